// Proves TeamAdminPage and TwoFactorDialog against a real omnicrm server in-process on
// 127.0.0.1, signed in through the store's SyncSettings as the desktop keeps them: a computer not
// signed in and a rep get an explanation, a manager sees the lists read-only, an admin adds a
// member, resets a password, disables (after confirming) and enables a member and revokes a
// device (after confirming); an expired access token is refreshed and the rotated tokens are
// stored; the two-factor dialog shows a QR code and the key, and a right code switches it on.
// Screenshots in Arabic and English go to $OMNICRM_SHOTS (default /tmp/omnicrm-sync-admin).
#include "adminconnector.h"
#include "authservice.h"
#include "serverfixture.h"
#include "syncsettings.h"
#include "teamadminpage.h"
#include "twofactordialog.h"
#include "uitestsupport.h"
#include "userdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTranslator>

using namespace OmniCrm;
using namespace OmniCrm::Test;

namespace {

const QString Password = QStringLiteral("كلمة-سر-طويلة-1");
const QString NewPassword = QStringLiteral("a fresh password 7");

} // namespace

class tst_TeamAdminPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void notSignedInExplains();
    void repGetsAnExplanation();
    void managerSeesTheListsReadOnly();
    void adminManagesMembers();
    void adminRevokesADeviceAfterConfirming();
    void expiredAccessTokenIsRefreshedAndStored();
    void reconnectUsesTokensTheSyncRotatedMeanwhile();
    void twoFactorDialogShowsTheCodeAndConfirms();
    void screenshots();

private:
    /// Signs this store in as `email` (a device for its site) the way sync leaves it.
    bool signInStore(const QString &email);
    TeamAdminPage *openPage();
    bool login(const QString &email, const QString &password, const QString &site);
    int rowOf(QTableWidget *table, const QString &email);

    UiStoreFixture m_store;
    std::unique_ptr<ServerFixture> m_server;
    std::unique_ptr<TeamAdminPage> m_page;
    QString m_tenant;
};

void tst_TeamAdminPage::init()
{
    const QString failed = m_store.create();
    QVERIFY2(failed.isEmpty(), why(failed));
    m_server = std::make_unique<ServerFixture>();
    QVERIFY2(m_server->startError().isEmpty(), why(m_server->startError()));
    m_tenant = m_server->addTenantWithUser(QStringLiteral("alpha"), QStringLiteral("rep@alpha.sa"), Password);
    QVERIFY(!m_tenant.isEmpty());
    QVERIFY(!m_server->addUser(m_tenant, QStringLiteral("boss@alpha.sa"), Password, QStringLiteral("admin"))
                 .isEmpty());
    QVERIFY(!m_server->addUser(m_tenant, QStringLiteral("lead@alpha.sa"), Password, QStringLiteral("manager"))
                 .isEmpty());
}

void tst_TeamAdminPage::cleanup()
{
    m_page.reset();
    m_server.reset();
    m_store.reset();
}

bool tst_TeamAdminPage::signInStore(const QString &email)
{
    RawClient raw(m_server->url());
    const auto reply = raw.request(Wire::Login { QStringLiteral("alpha"),
                                                 email,
                                                 Password,
                                                 {},
                                                 m_store.store().siteId(),
                                                 QStringLiteral("office PC") });
    const auto *tokens = reply.ok() ? std::get_if<Wire::Tokens>(&*reply) : nullptr;
    if (!tokens)
        return false;
    SyncSettings settings(m_store.store().settings());
    return settings
        .setAccount(SyncAccount {
            m_server->url().toString(), QStringLiteral("alpha"), email,
            encodeDeviceCredentials(DeviceCredentials { tokens->deviceId, tokens->accessToken,
                                                        tokens->refreshToken, tokens->accessExpiresAtMs }) })
        .ok();
}

TeamAdminPage *tst_TeamAdminPage::openPage()
{
    m_page = std::make_unique<TeamAdminPage>(storeAdminConnector(m_store.store(), m_server->clock()));
    m_page->resize(1000, 680);
    m_page->show();
    m_page->activate();
    return m_page.get();
}

bool tst_TeamAdminPage::login(const QString &email, const QString &password, const QString &site)
{
    RawClient raw(m_server->url());
    return raw.signIn(QStringLiteral("alpha"), email, password, site).ok();
}

int tst_TeamAdminPage::rowOf(QTableWidget *table, const QString &email)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0) && table->item(row, 0)->text() == email)
            return row;
    return -1;
}

void tst_TeamAdminPage::notSignedInExplains()
{
    auto *page = openPage();
    QVERIFY(page->notice().contains(QStringLiteral("not signed in")));
    QVERIFY(!page->findChild<QTableWidget *>(QStringLiteral("usersTable"))->isVisible());
    QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("twoFactorButton"))->isEnabled());
}

void tst_TeamAdminPage::repGetsAnExplanation()
{
    QVERIFY(signInStore(QStringLiteral("rep@alpha.sa")));
    auto *page = openPage();
    QTRY_VERIFY(page->notice().contains(QStringLiteral("Only the team's admin")));
    QVERIFY(!page->canManage());
    QVERIFY(!page->findChild<QTableWidget *>(QStringLiteral("usersTable"))->isVisible());
    QVERIFY(page->findChild<QPushButton *>(QStringLiteral("twoFactorButton"))->isEnabled());
}

void tst_TeamAdminPage::managerSeesTheListsReadOnly()
{
    QVERIFY(signInStore(QStringLiteral("lead@alpha.sa")));
    auto *page = openPage();
    auto *users = page->findChild<QTableWidget *>(QStringLiteral("usersTable"));
    QTRY_COMPARE(users->rowCount(), 3);
    QVERIFY(users->isVisible());
    QVERIFY(!page->canManage());
    for (const char *name : { "addUserButton", "resetPasswordButton", "disableButton", "revokeButton" })
        QVERIFY2(!page->findChild<QPushButton *>(QLatin1String(name))->isVisible(), name);
}

void tst_TeamAdminPage::adminManagesMembers()
{
    QVERIFY(signInStore(QStringLiteral("boss@alpha.sa")));
    auto *page = openPage();
    auto *users = page->findChild<QTableWidget *>(QStringLiteral("usersTable"));
    QTRY_COMPARE(users->rowCount(), 3);
    QVERIFY(page->canManage());
    QSignalSpy status(page, &ShellPage::statusMessage);

    // Add: the dialog enables Add only for a complete, consistent entry.
    page->findChild<QPushButton *>(QStringLiteral("addUserButton"))->click();
    auto *dialog = page->findChild<UserDialog *>();
    QVERIFY(dialog);
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit"))->setText(QStringLiteral("new@alpha.sa"));
    dialog->findChild<QComboBox *>(QStringLiteral("roleCombo"))->setCurrentIndex(1);
    dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("short"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(
        dialog->findChild<QLabel *>(QStringLiteral("problemLabel"))->text().contains(QStringLiteral("10")));
    dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(NewPassword);
    dialog->findChild<QLineEdit *>(QStringLiteral("repeatEdit"))->setText(NewPassword);
    QVERIFY(ok->isEnabled());
    ok->click();
    QTRY_COMPARE(users->rowCount(), 4);
    const int added = rowOf(users, QStringLiteral("new@alpha.sa"));
    QVERIFY(added >= 0);
    QCOMPARE(users->item(added, 1)->text(), QStringLiteral("Manager"));
    QVERIFY(login(QStringLiteral("new@alpha.sa"), NewPassword, QStringLiteral("n1")));

    // Adding the same address again: a clear error, nothing added.
    page->findChild<QPushButton *>(QStringLiteral("addUserButton"))->click();
    dialog = page->findChild<UserDialog *>();
    dialog->findChild<QLineEdit *>(QStringLiteral("emailEdit"))->setText(QStringLiteral("NEW@alpha.sa"));
    dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(NewPassword);
    dialog->findChild<QLineEdit *>(QStringLiteral("repeatEdit"))->setText(NewPassword);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(page->notice().contains(QStringLiteral("already exists")));
    QCOMPARE(users->rowCount(), 4);

    // Reset the rep's password.
    users->selectRow(rowOf(users, QStringLiteral("rep@alpha.sa")));
    page->findChild<QPushButton *>(QStringLiteral("resetPasswordButton"))->click();
    dialog = page->findChild<UserDialog *>();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(NewPassword);
    dialog->findChild<QLineEdit *>(QStringLiteral("repeatEdit"))->setText(NewPassword);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!status.isEmpty() && status.last().value(0).toString().contains(QStringLiteral("reset")));
    QVERIFY(login(QStringLiteral("rep@alpha.sa"), NewPassword, QStringLiteral("r1")));

    // Disable asks first; "no" changes nothing, "yes" disables; Enable undoes it without asking.
    QStringList asked;
    bool answer = false;
    page->setConfirmer([&](const QString &title, const QString &) {
        asked.append(title);
        return answer;
    });
    users->selectRow(rowOf(users, QStringLiteral("rep@alpha.sa")));
    auto *disable = page->findChild<QPushButton *>(QStringLiteral("disableButton"));
    disable->click();
    QCOMPARE(asked.size(), 1);
    QVERIFY(asked.first().contains(QStringLiteral("rep@alpha.sa")));
    QVERIFY(!page->isBusy());
    answer = true;
    disable->click();
    QTRY_COMPARE(users->item(rowOf(users, QStringLiteral("rep@alpha.sa")), 3)->text(),
                 QStringLiteral("Disabled"));
    QVERIFY(!login(QStringLiteral("rep@alpha.sa"), NewPassword, QStringLiteral("r2")));
    users->selectRow(rowOf(users, QStringLiteral("rep@alpha.sa")));
    QCOMPARE(disable->text(), QStringLiteral("&Enable"));
    disable->click();
    QCOMPARE(asked.size(), 2);
    QTRY_COMPARE(users->item(rowOf(users, QStringLiteral("rep@alpha.sa")), 3)->text(),
                 QStringLiteral("Active"));
    QVERIFY(login(QStringLiteral("rep@alpha.sa"), NewPassword, QStringLiteral("r2")));

    // The admin's own row cannot be disabled from here.
    users->selectRow(rowOf(users, QStringLiteral("boss@alpha.sa")));
    QVERIFY(!disable->isEnabled());
}

void tst_TeamAdminPage::adminRevokesADeviceAfterConfirming()
{
    QVERIFY(signInStore(QStringLiteral("boss@alpha.sa")));
    RawClient rep(m_server->url());
    QVERIFY(rep.signIn(QStringLiteral("alpha"), QStringLiteral("rep@alpha.sa"), Password,
                       QStringLiteral("rep-laptop"))
                .ok());
    auto *page = openPage();
    auto *devices = page->findChild<QTableWidget *>(QStringLiteral("devicesTable"));
    QTRY_COMPARE(devices->rowCount(), 2);
    bool answer = false;
    page->setConfirmer([&](const QString &, const QString &) { return answer; });
    devices->selectRow(rowOf(devices, QStringLiteral("rep@alpha.sa")));
    auto *revoke = page->findChild<QPushButton *>(QStringLiteral("revokeButton"));
    QVERIFY(revoke->isEnabled());
    revoke->click();
    QVERIFY(!page->isBusy());
    QVERIFY(rep.isConnected());
    answer = true;
    revoke->click();
    QVERIFY(rep.waitForClose());
    QTRY_VERIFY(devices->item(rowOf(devices, QStringLiteral("rep@alpha.sa")), 4)
                    ->text()
                    .startsWith(QStringLiteral("Revoked")));
    devices->selectRow(rowOf(devices, QStringLiteral("rep@alpha.sa")));
    QVERIFY(!revoke->isEnabled()); // already revoked
}

void tst_TeamAdminPage::expiredAccessTokenIsRefreshedAndStored()
{
    QVERIFY(signInStore(QStringLiteral("boss@alpha.sa")));
    SyncSettings settings(m_store.store().settings());
    const DeviceCredentials before = decodeDeviceCredentials(settings.account()->deviceToken);
    m_server->clock().advance(20 * 60 * 1000); // past the access token's 15 minutes
    auto *page = openPage();
    QTRY_COMPARE(page->findChild<QTableWidget *>(QStringLiteral("usersTable"))->rowCount(), 3);
    const DeviceCredentials after = decodeDeviceCredentials(settings.account()->deviceToken);
    QVERIFY(after.refreshToken != before.refreshToken);
    QCOMPARE(after.deviceId, before.deviceId);
    // The stored (rotated) token is the live one: it refreshes; the old one is a replay.
    RawClient raw(m_server->url());
    const auto refreshed = raw.request(Wire::Refresh { after.refreshToken });
    QVERIFY(refreshed.ok() && std::holds_alternative<Wire::Tokens>(*refreshed));
}

void tst_TeamAdminPage::reconnectUsesTokensTheSyncRotatedMeanwhile()
{
    QVERIFY(signInStore(QStringLiteral("boss@alpha.sa")));
    auto *page = openPage();
    auto *users = page->findChild<QTableWidget *>(QStringLiteral("usersTable"));
    QTRY_COMPARE(users->rowCount(), 3);

    // The background sync refreshes the device's tokens and stores them while the page is open.
    SyncSettings settings(m_store.store().settings());
    const auto account = settings.account();
    const DeviceCredentials before = decodeDeviceCredentials(account->deviceToken);
    RawClient sync(m_server->url());
    const auto reply = sync.request(Wire::Refresh { before.refreshToken });
    QVERIFY(reply.ok() && std::holds_alternative<Wire::Tokens>(*reply));
    const auto &rotated = std::get<Wire::Tokens>(*reply);
    QVERIFY(settings
                .setDeviceToken(encodeDeviceCredentials(DeviceCredentials {
                    rotated.deviceId, rotated.accessToken, rotated.refreshToken, rotated.accessExpiresAtMs }))
                .ok());

    // Much later the page's connection is gone and it signs in again: with the stored tokens,
    // not the ones it started with (replaying those would revoke this computer).
    m_server->clock().advance(20 * 60 * 1000);
    page->findChild<AdminClient *>()->close();
    users->setRowCount(0);
    page->refresh();
    QTRY_COMPARE(users->rowCount(), 3);
    const auto device = m_server->storage().directory().device(m_tenant, before.deviceId);
    QVERIFY(device.ok());
    QVERIFY(!device->isRevoked());
}

void tst_TeamAdminPage::twoFactorDialogShowsTheCodeAndConfirms()
{
    QVERIFY(signInStore(QStringLiteral("rep@alpha.sa")));
    auto *page = openPage();
    QTRY_VERIFY(page->notice().contains(QStringLiteral("rep@alpha.sa")));
    TwoFactorDialog *dialog = page->openTwoFactor();
    QTRY_VERIFY(!dialog->secret().isEmpty());
    QVERIFY(dialog->uri().startsWith(QStringLiteral("otpauth://totp/")));
    const QPixmap qr = dialog->findChild<QLabel *>(QStringLiteral("qrLabel"))->pixmap();
    QVERIFY(!qr.isNull() && qr.width() >= 150);
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("secretLabel"))->text().remove(u' '),
             dialog->secret());

    auto *code = dialog->findChild<QLineEdit *>(QStringLiteral("codeEdit"));
    auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"));
    const QString right = AuthService::totpCode(dialog->secret(), m_server->clock().nowMs());
    code->setText(right == u"000000" ? QStringLiteral("111111") : QStringLiteral("000000"));
    confirm->click();
    QTRY_VERIFY(dialog->findChild<QLabel *>(QStringLiteral("statusLabel"))
                    ->text()
                    .contains(QStringLiteral("not right")));
    QVERIFY(!dialog->isSwitchedOn());
    code->setText(right);
    QSignalSpy enabled(dialog, &TwoFactorDialog::enabled);
    confirm->click();
    QTRY_COMPARE(enabled.size(), 1);
    QVERIFY(dialog->isSwitchedOn());
    QVERIFY(!login(QStringLiteral("rep@alpha.sa"), Password, QStringLiteral("x1"))); // a code is needed now
}

void tst_TeamAdminPage::screenshots()
{
    const QString folder = qEnvironmentVariable("OMNICRM_SHOTS", QStringLiteral("/tmp/omnicrm-sync-admin"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(signInStore(QStringLiteral("boss@alpha.sa")));
    RawClient rep(m_server->url());
    QVERIFY(rep.signIn(QStringLiteral("alpha"), QStringLiteral("rep@alpha.sa"), Password,
                       QStringLiteral("rep-laptop"))
                .ok());
    for (const auto &[language, direction] :
         { std::pair(QLocale::Arabic, Qt::RightToLeft), std::pair(QLocale::English, Qt::LeftToRight) }) {
        QLocale::setDefault(
            QLocale(language, language == QLocale::Arabic ? QLocale::SaudiArabia : QLocale::UnitedStates));
        QApplication::setLayoutDirection(direction);
        // The app's Arabic catalogue plus this part's strings (OMNICRM_ADMIN_QM, built from
        // translations/pending/sync-admin.tsv) when given.
        QTranslator app;
        QTranslator part;
        if (language == QLocale::Arabic) {
            if (app.load(QStringLiteral(":/i18n/omnicrm_ar.qm")))
                QCoreApplication::installTranslator(&app);
            if (part.load(qEnvironmentVariable("OMNICRM_ADMIN_QM")))
                QCoreApplication::installTranslator(&part);
        }
        const QString tag = language == QLocale::Arabic ? QStringLiteral("ar") : QStringLiteral("en");
        auto *page = openPage();
        QTRY_COMPARE(page->findChild<QTableWidget *>(QStringLiteral("devicesTable"))->rowCount(), 2);
        page->findChild<QTableWidget *>(QStringLiteral("usersTable"))->selectRow(0);
        QCoreApplication::processEvents();
        QVERIFY(page->grab().save(QDir(folder).filePath(QStringLiteral("team-admin-%1.png").arg(tag))));
        TwoFactorDialog *dialog = page->openTwoFactor();
        QTRY_VERIFY(!dialog->secret().isEmpty());
        dialog->adjustSize();
        QCoreApplication::processEvents();
        QVERIFY(dialog->grab().save(QDir(folder).filePath(QStringLiteral("two-factor-%1.png").arg(tag))));
        dialog->close();
        m_page.reset();
        QCoreApplication::removeTranslator(&app);
        QCoreApplication::removeTranslator(&part);
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

QTEST_MAIN(tst_TeamAdminPage)
#include "tst_teamadminpage.moc"
