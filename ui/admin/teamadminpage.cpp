#include "teamadminpage.h"

#include "twofactordialog.h"
#include "uiicons.h"
#include "userdialog.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace OmniCrm {

namespace {

QTableWidget *makeTable(const char *name, int columns, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setObjectName(QLatin1String(name));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setAlternatingRowColors(true);
    return table;
}

QTableWidgetItem *cell(const QString &text)
{
    return new QTableWidgetItem(text);
}

} // namespace

TeamAdminPage::TeamAdminPage(AdminConnector connector, QWidget *parent)
    : ShellPage(parent)
    , m_connector(std::move(connector))
{
    setObjectName(QStringLiteral("teamAdminPage"));
    m_confirm = [this](const QString &title, const QString &question) {
        return QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    auto *top = new QHBoxLayout;
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    top->addWidget(m_heading, 1);
    m_twoFactor = new QPushButton(uiIcon(QStringLiteral("lock")), QString(), this);
    m_twoFactor->setObjectName(QStringLiteral("twoFactorButton"));
    m_refresh = new QPushButton(uiIcon(QStringLiteral("view-refresh")), QString(), this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    top->addWidget(m_twoFactor);
    top->addWidget(m_refresh);
    layout->addLayout(top);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("noticeLabel"));
    m_notice->setWordWrap(true);
    layout->addWidget(m_notice);

    m_lists = new QWidget(this);
    auto *lists = new QVBoxLayout(m_lists);
    lists->setContentsMargins(0, 0, 0, 0);
    auto *usersBar = new QHBoxLayout;
    m_usersCaption = new QLabel(m_lists);
    QFont captionFont = m_usersCaption->font();
    captionFont.setBold(true);
    m_usersCaption->setFont(captionFont);
    usersBar->addWidget(m_usersCaption, 1);
    m_add = new QPushButton(uiIcon(QStringLiteral("list-add")), QString(), m_lists);
    m_add->setObjectName(QStringLiteral("addUserButton"));
    m_reset = new QPushButton(m_lists);
    m_reset->setObjectName(QStringLiteral("resetPasswordButton"));
    m_disable = new QPushButton(m_lists);
    m_disable->setObjectName(QStringLiteral("disableButton"));
    usersBar->addWidget(m_add);
    usersBar->addWidget(m_reset);
    usersBar->addWidget(m_disable);
    lists->addLayout(usersBar);
    m_usersTable = makeTable("usersTable", 4, m_lists);
    lists->addWidget(m_usersTable, 3);
    auto *devicesBar = new QHBoxLayout;
    m_devicesCaption = new QLabel(m_lists);
    m_devicesCaption->setFont(captionFont);
    devicesBar->addWidget(m_devicesCaption, 1);
    m_revoke = new QPushButton(uiIcon(QStringLiteral("edit-delete")), QString(), m_lists);
    m_revoke->setObjectName(QStringLiteral("revokeButton"));
    devicesBar->addWidget(m_revoke);
    lists->addLayout(devicesBar);
    m_devicesTable = makeTable("devicesTable", 5, m_lists);
    lists->addWidget(m_devicesTable, 2);
    layout->addWidget(m_lists, 1);

    connect(m_refresh, &QPushButton::clicked, this, &TeamAdminPage::refresh);
    connect(m_twoFactor, &QPushButton::clicked, this, [this] { (void)openTwoFactor(); });
    connect(m_add, &QPushButton::clicked, this, &TeamAdminPage::addUser);
    connect(m_reset, &QPushButton::clicked, this, &TeamAdminPage::resetPassword);
    connect(m_disable, &QPushButton::clicked, this, &TeamAdminPage::toggleDisabled);
    connect(m_revoke, &QPushButton::clicked, this, &TeamAdminPage::revokeDevice);
    connect(m_usersTable, &QTableWidget::itemSelectionChanged, this, &TeamAdminPage::updateActions);
    connect(m_devicesTable, &QTableWidget::itemSelectionChanged, this, &TeamAdminPage::updateActions);
    setTabOrder(m_twoFactor, m_refresh);
    setTabOrder(m_refresh, m_add);
    setTabOrder(m_add, m_reset);
    setTabOrder(m_reset, m_disable);
    setTabOrder(m_disable, m_usersTable);
    setTabOrder(m_usersTable, m_revoke);
    setTabOrder(m_revoke, m_devicesTable);
    retranslate();
    m_lists->setVisible(false);
    updateActions();
}

QString TeamAdminPage::title() const
{
    return tr("Team admin");
}

QIcon TeamAdminPage::icon() const
{
    return uiIcon(QStringLiteral("resource-group"));
}

void TeamAdminPage::activate()
{
    refresh();
}

bool TeamAdminPage::isBusy() const
{
    return m_client && m_client->pendingCount() > 0;
}

QString TeamAdminPage::notice() const
{
    return m_notice->text();
}

void TeamAdminPage::ensureClient()
{
    if (m_client)
        return;
    QString why;
    m_client = m_connector ? m_connector(this, &why) : nullptr;
    if (!m_client) {
        m_signedIn = false;
        setNotice(why.isEmpty() ? tr("This computer is not signed in to a sync server.") : why, true);
        return;
    }
    m_signedIn = true;
    connect(m_client, &AdminClient::replied, this, &TeamAdminPage::onReplied);
    connect(m_client, &AdminClient::failed, this, &TeamAdminPage::onFailed);
}

void TeamAdminPage::refresh()
{
    ensureClient();
    if (!m_client) {
        m_lists->setVisible(false);
        updateActions();
        return;
    }
    setNotice(tr("Loading the team…"));
    m_client->whoAmI();
    updateActions();
}

void TeamAdminPage::onReplied(const Wire::AdminResult &result)
{
    switch (result.op) {
    case Wire::AdminOp::WhoAmI:
        m_roles = result.roles;
        m_myEmail = result.email;
        m_canManage = m_roles.contains(QStringLiteral("admin"));
        m_canLook = m_canManage || m_roles.contains(QStringLiteral("manager"));
        m_lists->setVisible(m_canLook);
        if (!m_canLook) {
            setNotice(tr("You are signed in as %1. Only the team's admin can see and manage its members and "
                         "devices; ask your admin if you need a change. You can still switch on two-factor "
                         "sign-in for yourself.")
                          .arg(m_myEmail));
        } else {
            setNotice(m_canManage
                          ? tr("Signed in as %1 (admin).").arg(m_myEmail)
                          : tr("Signed in as %1 (manager): you can look at the team, but only an admin "
                               "can change it.")
                                .arg(m_myEmail));
            m_client->listUsers();
            m_client->listDevices();
        }
        break;
    case Wire::AdminOp::ListUsers:
        m_users = result.users;
        showUsers();
        break;
    case Wire::AdminOp::ListDevices:
        m_devices = result.devices;
        showDevices();
        break;
    case Wire::AdminOp::AddUser:
        Q_EMIT statusMessage(tr("Added %1 to the team.").arg(result.users.value(0).email));
        m_client->listUsers();
        break;
    case Wire::AdminOp::ResetPassword:
        Q_EMIT statusMessage(tr("The password of %1 was reset.").arg(result.users.value(0).email));
        break;
    case Wire::AdminOp::DisableUser:
    case Wire::AdminOp::EnableUser: {
        const Wire::AdminUser user = result.users.value(0);
        Q_EMIT statusMessage(user.disabled ? tr("%1 is disabled and was signed out.").arg(user.email)
                                           : tr("%1 may sign in again.").arg(user.email));
        m_client->listUsers();
        break;
    }
    case Wire::AdminOp::RevokeDevice:
        Q_EMIT statusMessage(tr("The device was revoked."));
        m_client->listDevices();
        break;
    }
    updateActions();
}

void TeamAdminPage::onFailed(const QString &operation, const QString &code, const QString &message)
{
    Q_UNUSED(operation)
    if (operation == u"totp")
        return; // the two-factor dialog shows its own
    QString text;
    if (code == u"forbidden")
        text = tr("Only the team's admin can do this.");
    else if (code == u"offline" || code == u"timeout")
        text = tr("Cannot reach the sync server: %1").arg(message);
    else if (code == u"unauthorized" || code == u"revoked")
        text = tr("The server no longer accepts this computer's sign-in (%1). Sign in to sync again.")
                   .arg(message);
    else if (code == u"duplicate")
        text = tr("A member with this email address already exists.");
    else if (code == u"not_found")
        text = tr("That member or device is no longer in the team; the lists were reloaded.");
    else if (code == u"unsupported")
        text = tr("The sync server is too old for team administration; ask whoever runs it to update it.");
    else
        text = tr("The server refused: %1").arg(message);
    setNotice(text, true);
    if (code == u"not_found" && m_client) {
        m_client->listUsers();
        m_client->listDevices();
    }
    updateActions();
}

void TeamAdminPage::showUsers()
{
    const QString selected = selectedUser() >= 0 ? m_users.value(selectedUser()).id : QString();
    m_usersTable->setRowCount(int(m_users.size()));
    for (int row = 0; row < m_users.size(); ++row) {
        const Wire::AdminUser &user = m_users.at(row);
        auto *email = cell(user.email);
        email->setData(Qt::UserRole, user.id);
        m_usersTable->setItem(row, 0, email);
        const QString role = user.role == u"admin" ? tr("Admin")
            : user.role == u"manager"              ? tr("Manager")
                                                   : tr("Sales rep");
        m_usersTable->setItem(row, 1, cell(role));
        m_usersTable->setItem(row, 2, cell(user.totp ? tr("On") : tr("Off")));
        m_usersTable->setItem(row, 3, cell(user.disabled ? tr("Disabled") : tr("Active")));
    }
    for (int row = 0; row < m_users.size(); ++row)
        if (m_users.at(row).id == selected)
            m_usersTable->selectRow(row);
}

void TeamAdminPage::showDevices()
{
    const QLocale locale;
    const auto when = [&](qint64 ms) {
        return ms <= 0 ? tr("Never")
                       : locale.toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
    };
    m_devicesTable->setRowCount(int(m_devices.size()));
    for (int row = 0; row < m_devices.size(); ++row) {
        const Wire::AdminDevice &device = m_devices.at(row);
        auto *email = cell(device.email);
        email->setData(Qt::UserRole, device.id);
        m_devicesTable->setItem(row, 0, email);
        m_devicesTable->setItem(row, 1, cell(device.name.isEmpty() ? tr("(unnamed)") : device.name));
        m_devicesTable->setItem(row, 2, cell(when(device.lastSeenMs)));
        m_devicesTable->setItem(row, 3, cell(when(device.createdAtMs)));
        m_devicesTable->setItem(
            row, 4,
            cell(device.revokedAtMs ? tr("Revoked %1").arg(when(device.revokedAtMs)) : tr("May sync")));
    }
}

int TeamAdminPage::selectedUser() const
{
    const auto rows = m_usersTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

int TeamAdminPage::selectedDevice() const
{
    const auto rows = m_devicesTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void TeamAdminPage::updateActions()
{
    const bool ready = m_client && m_signedIn;
    m_twoFactor->setEnabled(ready);
    m_add->setVisible(m_canManage);
    m_reset->setVisible(m_canManage);
    m_disable->setVisible(m_canManage);
    m_revoke->setVisible(m_canManage);
    const int user = selectedUser();
    const bool userSelected = ready && m_canManage && user >= 0 && user < m_users.size();
    m_add->setEnabled(ready && m_canManage);
    m_reset->setEnabled(userSelected);
    const bool disabled = userSelected && m_users.at(user).disabled;
    m_disable->setText(disabled ? tr("&Enable") : tr("&Disable…"));
    m_disable->setEnabled(userSelected && m_users.at(user).email != m_myEmail);
    const int device = selectedDevice();
    m_revoke->setEnabled(ready && m_canManage && device >= 0 && device < m_devices.size()
                         && m_devices.at(device).revokedAtMs == 0);
}

void TeamAdminPage::setNotice(const QString &text, bool problem)
{
    m_notice->setText(text);
    m_notice->setStyleSheet(problem ? QStringLiteral("color: #b3261e; font-weight: bold;") : QString());
}

void TeamAdminPage::addUser()
{
    auto *dialog = new UserDialog(UserDialog::Mode::AddUser, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (m_client)
            m_client->addUser(dialog->email(), dialog->role(), dialog->password());
    });
    dialog->open();
}

void TeamAdminPage::resetPassword()
{
    const int row = selectedUser();
    if (row < 0 || !m_canManage)
        return;
    const Wire::AdminUser user = m_users.at(row);
    auto *dialog = new UserDialog(UserDialog::Mode::ResetPassword, user.email, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, user] {
        if (m_client)
            m_client->resetPassword(user.id, dialog->password());
    });
    dialog->open();
}

void TeamAdminPage::toggleDisabled()
{
    const int row = selectedUser();
    if (row < 0 || !m_canManage || !m_client)
        return;
    const Wire::AdminUser user = m_users.at(row);
    if (!user.disabled
        && !m_confirm(tr("Disable %1?").arg(user.email),
                      tr("%1 is signed out of every device at once and cannot sign in until you enable the "
                         "account again. Their records stay in the team.")
                          .arg(user.email)))
        return;
    m_client->setUserDisabled(user.id, !user.disabled);
}

void TeamAdminPage::revokeDevice()
{
    const int row = selectedDevice();
    if (row < 0 || !m_canManage || !m_client)
        return;
    const Wire::AdminDevice device = m_devices.at(row);
    if (!m_confirm(tr("Revoke this device?"),
                   tr("The device “%1” of %2 stops syncing at once. This cannot be undone: to sync again, "
                      "they sign in from a new store.")
                       .arg(device.name, device.email)))
        return;
    m_client->revokeDevice(device.id);
}

TwoFactorDialog *TeamAdminPage::openTwoFactor()
{
    ensureClient();
    auto *dialog = new TwoFactorDialog(m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TwoFactorDialog::enabled, this, [this] {
        if (m_client && m_canLook)
            m_client->listUsers();
    });
    dialog->open();
    dialog->start();
    return dialog;
}

void TeamAdminPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ShellPage::changeEvent(event);
}

void TeamAdminPage::retranslate()
{
    m_heading->setText(tr("Team admin"));
    m_twoFactor->setText(tr("&Two-factor sign-in…"));
    m_refresh->setText(tr("Re&load"));
    m_usersCaption->setText(tr("Members"));
    m_devicesCaption->setText(tr("Devices"));
    m_add->setText(tr("&Add member…"));
    m_reset->setText(tr("Reset &password…"));
    m_revoke->setText(tr("Re&voke device…"));
    m_usersTable->setHorizontalHeaderLabels({ tr("Email"), tr("Role"), tr("Two-factor"), tr("Status") });
    m_devicesTable->setHorizontalHeaderLabels(
        { tr("Member"), tr("Device"), tr("Last seen"), tr("Signed in"), tr("Status") });
    showUsers();
    showDevices();
    updateActions();
}

} // namespace OmniCrm
