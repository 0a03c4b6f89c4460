#include "syncpanel.h"

#include "settingsform.h"
#include "synccontroller.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace OmniCrm {

using namespace SettingsForm;

namespace {

QLineEdit *lineEdit(QWidget *parent, const char *name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    return edit;
}

QLabel *wrapped(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

SyncPanel::SyncPanel(SyncController &controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("syncPanel"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 16, 0, 0);
    m_pages = new QStackedWidget(this);
    m_pages->setMaximumWidth(620);
    m_pages->addWidget(buildForm());
    m_pages->addWidget(buildAccount());
    outer->addWidget(m_pages);
    outer->addStretch(1);

    connect(&m_controller, &SyncController::statusChanged, this, &SyncPanel::showStatus);
    connect(&m_controller, &SyncController::signInFinished, this, &SyncPanel::signInFinished);
    connect(&m_controller, &SyncController::signedInChanged, this, [this]() { reload(); });
    retranslate();
    reload();
}

QWidget *SyncPanel::buildForm()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_intro = wrapped(page, "syncIntro");
    layout->addWidget(m_intro);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_form->setHorizontalSpacing(16);
    m_form->setVerticalSpacing(10);
    m_server = lineEdit(page, "syncServer");
    m_server->setPlaceholderText(QStringLiteral("wss://sync.example.com:8443"));
    m_server->setLayoutDirection(Qt::LeftToRight); // an address reads left to right in Arabic too
    m_tenant = lineEdit(page, "syncTenant");
    m_email = lineEdit(page, "syncEmail");
    m_email->setLayoutDirection(Qt::LeftToRight);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_password = lineEdit(page, "syncPassword");
    m_password->setEchoMode(QLineEdit::Password);
    m_code = lineEdit(page, "syncCode");
    m_code->setInputMethodHints(Qt::ImhDigitsOnly);
    m_code->setMaxLength(8);
    m_codeHint = wrapped(page, "syncCodeHint");
    m_codeHint->setEnabled(false);
    m_error = errorLabel(page, QStringLiteral("syncError"));
    m_signIn = new QPushButton(page);
    m_signIn->setObjectName(QStringLiteral("syncSignIn"));
    m_signIn->setDefault(true);
    addLabelledRow(m_form, m_server);
    addLabelledRow(m_form, m_tenant);
    addLabelledRow(m_form, m_email);
    addLabelledRow(m_form, m_password);
    addLabelledRow(m_form, m_code);
    m_form->addRow(QString(), m_codeHint);
    m_form->addRow(QString(), m_error);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_signIn);
    m_form->addRow(buttons);
    layout->addLayout(m_form);
    m_form->setRowVisible(m_code, false);
    m_form->setRowVisible(m_codeHint, false);

    for (QLineEdit *edit : { m_server, m_tenant, m_email, m_password, m_code })
        connect(edit, &QLineEdit::returnPressed, this, &SyncPanel::submit);
    connect(m_signIn, &QPushButton::clicked, this, &SyncPanel::submit);
    return page;
}

QWidget *SyncPanel::buildAccount()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    m_account = wrapped(page, "syncAccount");
    m_device = wrapped(page, "syncDevice");
    m_device->setEnabled(false);
    m_state = wrapped(page, "syncState");
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    m_stateDetails = wrapped(page, "syncStateDetails");
    m_syncNow = new QPushButton(page);
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_conflicts = new QPushButton(page);
    m_conflicts->setObjectName(QStringLiteral("syncConflicts"));
    m_signOut = new QPushButton(page);
    m_signOut->setObjectName(QStringLiteral("syncSignOut"));
    layout->addWidget(m_account);
    layout->addWidget(m_device);
    layout->addSpacing(6);
    layout->addWidget(m_state);
    layout->addWidget(m_stateDetails);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_syncNow);
    buttons->addWidget(m_conflicts);
    buttons->addStretch(1);
    buttons->addWidget(m_signOut);
    layout->addLayout(buttons);

    connect(m_syncNow, &QPushButton::clicked, &m_controller, &SyncController::syncNow);
    connect(m_conflicts, &QPushButton::clicked, this, &SyncPanel::conflictsRequested);
    connect(m_signOut, &QPushButton::clicked, this, [this]() {
        m_controller.signOut();
        m_password->clear();
        reload();
        m_password->setFocus();
    });
    return page;
}

void SyncPanel::reload()
{
    const SyncAccount account = m_controller.account();
    const bool signedIn = m_controller.isSignedIn();
    if (!signedIn && !m_busy) {
        if (m_server->text().isEmpty())
            m_server->setText(account.serverUrl);
        if (m_tenant->text().isEmpty())
            m_tenant->setText(account.tenant);
        if (m_email->text().isEmpty())
            m_email->setText(account.email);
    }
    const SyncStatus status = m_controller.status();
    const bool mustSignIn
        = status.phase == SyncStatus::Phase::Error && SyncStatusText::needsSignIn(status.errorCode);
    m_pages->setCurrentIndex(signedIn && !m_busy && !mustSignIn ? 1 : 0);
    //: "Signed in as rep@example.com, team Riyadh Sales, on wss://sync.example.com".
    m_account->setText(
        tr("Signed in as %1, team %2, on %3").arg(account.email, account.tenant, account.serverUrl));
    m_device->setText(tr("This device: %1").arg(m_controller.deviceId()));
    showStatus(status);
}

void SyncPanel::submit()
{
    if (m_busy)
        return;
    setFieldError(m_error, {});
    SyncAccount account;
    account.serverUrl = m_server->text();
    account.tenant = m_tenant->text();
    account.email = m_email->text();
    setBusy(true);
    m_controller.signIn(account, m_password->text(), m_code->text().trimmed());
}

void SyncPanel::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *field :
         std::initializer_list<QWidget *> { m_server, m_tenant, m_email, m_password, m_code })
        field->setEnabled(!busy);
    m_signIn->setEnabled(!busy);
    m_signIn->setText(busy ? tr("Signing in…") : tr("Sign in"));
}

void SyncPanel::signInFinished(bool ok, const QString &reason, bool needsCode)
{
    setBusy(false);
    if (ok) {
        m_password->clear();
        m_code->clear();
        reload();
        return;
    }
    if (needsCode && !m_codeAsked) {
        m_codeAsked = true;
        m_form->setRowVisible(m_code, true);
        m_form->setRowVisible(m_codeHint, true);
        m_code->setFocus();
    } else {
        m_password->setFocus();
        m_password->selectAll();
    }
    setFieldError(m_error, reason);
    reload();
}

void SyncPanel::showStatus(const SyncStatus &status)
{
    const QString text = SyncStatusText::statusBar(status);
    m_state->setText(text.isEmpty() ? tr("Not set up") : text);
    m_stateDetails->setText(SyncStatusText::details(status));
    m_conflicts->setVisible(status.openConflicts > 0);
    m_conflicts->setText(tr("Review conflicts (%1)…").arg(status.openConflicts));
    m_syncNow->setEnabled(status.phase != SyncStatus::Phase::Error);
    const bool mustSignIn
        = status.phase == SyncStatus::Phase::Error && SyncStatusText::needsSignIn(status.errorCode);
    if (mustSignIn && !m_busy) {
        // The token no longer works: the form, filled in, with why.
        m_pages->setCurrentIndex(0);
        setFieldError(m_error, SyncStatusText::details(status));
    }
}

void SyncPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SyncPanel::retranslate()
{
    setWindowTitle(tr("Sync"));
    m_intro->setText(tr("Sign in to your team's OmniCRM server to share contacts, deals and activities. "
                        "You keep working offline; changes are exchanged whenever the server can be "
                        "reached."));
    setRowLabel(m_form, m_server, tr("Server address"));
    setRowLabel(m_form, m_tenant, tr("Team"));
    setRowLabel(m_form, m_email, tr("E-mail"));
    setRowLabel(m_form, m_password, tr("Password"));
    setRowLabel(m_form, m_code, tr("One-time code"));
    m_tenant->setPlaceholderText(tr("The team name your administrator gave you"));
    m_codeHint->setText(tr("The six-digit code from your authenticator app."));
    m_signIn->setText(m_busy ? tr("Signing in…") : tr("Sign in"));
    m_syncNow->setText(tr("Sync now"));
    m_signOut->setText(tr("Sign out"));
    reload();
}

} // namespace OmniCrm
