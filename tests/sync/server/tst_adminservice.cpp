// Team administration through the real protocol, on SQLite and (with OMNICRM_TEST_PG_URL) on
// PostgreSQL: an admin lists, adds, resets, disables and enables users and lists and revokes
// devices; a rep may do none of it and a manager only look; an admin of one tenant sees and
// touches nothing of another; malformed admin messages are refused naming the field.
#include "adminteststeps.h"
#include "messagecodec.h"
#include "testsupport.h"

#include <QCborMap>
#include <QTest>

using namespace OmniCrm;
using namespace OmniCrm::Test;

namespace {

const QString Password = QStringLiteral("كلمة-سر-طويلة-1");
const QString NewPassword = QStringLiteral("another long secret 2");

} // namespace

class tst_AdminService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { backendRows(); }
    void init();
    void cleanup();
    void adminManagesUsers();
    void adminListsAndRevokesDevices();
    void revocationByAnotherProcessCutsOnlyThatDevice();
    void disablingCutsTheUserOff();
    void repCannotCallAdminMessages();
    void managerMayOnlyLook();
    void adminOfOneTenantCannotTouchAnother();
    void malformedAdminMessagesNameTheField();
    void adminNeedsHelloFirst();

private:
    std::unique_ptr<RawClient> signedIn(const QString &tenant, const QString &email, const QString &password,
                                        const QString &site);
    QString userIdOf(RawClient &admin, const QString &email);

    std::unique_ptr<ServerFixture> m_fixture;
    QString m_alpha;
    QString m_beta;
};

void tst_AdminService::init()
{
    QFETCH_GLOBAL(QString, databaseUrl);
    QVERIFY(resetDatabase(databaseUrl));
    m_fixture = std::make_unique<ServerFixture>(SyncServerConfig {}, AuthConfig {}, databaseUrl);
    QVERIFY2(m_fixture->startError().isEmpty(), Test::why(m_fixture->startError()));
    m_alpha = m_fixture->addTenantWithUser(QStringLiteral("alpha"), QStringLiteral("rep@alpha.sa"), Password);
    m_beta = m_fixture->addTenantWithUser(QStringLiteral("beta"), QStringLiteral("rep@beta.sa"), Password);
    QVERIFY(!m_alpha.isEmpty() && !m_beta.isEmpty());
    QVERIFY(!m_fixture->addUser(m_alpha, QStringLiteral("boss@alpha.sa"), Password, QStringLiteral("admin"))
                 .isEmpty());
    QVERIFY(!m_fixture->addUser(m_alpha, QStringLiteral("lead@alpha.sa"), Password, QStringLiteral("manager"))
                 .isEmpty());
    QVERIFY(!m_fixture->addUser(m_beta, QStringLiteral("boss@beta.sa"), Password, QStringLiteral("admin"))
                 .isEmpty());
}

void tst_AdminService::cleanup()
{
    m_fixture.reset();
}

std::unique_ptr<RawClient> tst_AdminService::signedIn(const QString &tenant, const QString &email,
                                                      const QString &password, const QString &site)
{
    auto client = std::make_unique<RawClient>(m_fixture->url());
    const auto welcome = client->signIn(tenant, email, password, site);
    return welcome.ok() ? std::move(client) : nullptr;
}

QString tst_AdminService::userIdOf(RawClient &admin, const QString &email)
{
    const auto users = adminResult(admin.request(adminOp(Wire::AdminOp::ListUsers))).users;
    for (const Wire::AdminUser &user : users)
        if (user.email == email)
            return user.id;
    return {};
}

void tst_AdminService::adminManagesUsers()
{
    auto admin
        = signedIn(QStringLiteral("alpha"), QStringLiteral("boss@alpha.sa"), Password, QStringLiteral("s1"));
    QVERIFY(admin);
    auto reply = admin->request(adminOp(Wire::AdminOp::WhoAmI));
    QCOMPARE(adminResult(reply).email, QStringLiteral("boss@alpha.sa"));
    QCOMPARE(adminResult(reply).roles, QStringList { QStringLiteral("admin") });

    reply = admin->request(adminOp(Wire::AdminOp::ListUsers));
    QCOMPARE(replyCode(reply), QStringLiteral("admin_result"));
    const auto users = adminResult(reply).users;
    QCOMPARE(users.size(), 3);
    QCOMPARE(users.at(0).email, QStringLiteral("boss@alpha.sa")); // by email
    QCOMPARE(users.at(0).role, QStringLiteral("admin"));
    QCOMPARE(users.at(1).role, QStringLiteral("manager"));
    QCOMPARE(users.at(2).role, QStringLiteral("rep"));
    QVERIFY(!users.at(2).totp && !users.at(2).disabled);

    // Bad input is refused naming the field, and nothing is added.
    reply = admin->request(adminOp(Wire::AdminOp::AddUser, {}, QStringLiteral("new@alpha.sa"),
                                   QStringLiteral("owner"), NewPassword));
    QCOMPARE(replyCode(reply), QStringLiteral("bad_request"));
    QVERIFY2(replyMessage(reply).contains(QStringLiteral("role")), qPrintable(replyMessage(reply)));
    reply = admin->request(adminOp(Wire::AdminOp::AddUser, {}, QStringLiteral("new@alpha.sa"),
                                   QStringLiteral("rep"), QStringLiteral("short")));
    QCOMPARE(replyCode(reply), QStringLiteral("bad_request"));
    reply = admin->request(adminOp(Wire::AdminOp::AddUser, {}, QStringLiteral("not an email"),
                                   QStringLiteral("rep"), NewPassword));
    QCOMPARE(replyCode(reply), QStringLiteral("bad_request"));
    reply = admin->request(adminOp(Wire::AdminOp::AddUser, {}, QStringLiteral("REP@alpha.sa"),
                                   QStringLiteral("rep"), NewPassword));
    QCOMPARE(replyCode(reply), QStringLiteral("duplicate"));
    QCOMPARE(adminResult(admin->request(adminOp(Wire::AdminOp::ListUsers))).users.size(), 3);

    reply = admin->request(adminOp(Wire::AdminOp::AddUser, {}, QStringLiteral("New@Alpha.sa"),
                                   QStringLiteral("manager"), NewPassword));
    QCOMPARE(replyCode(reply), QStringLiteral("admin_result"));
    QCOMPARE(adminResult(reply).users.value(0).email, QStringLiteral("new@alpha.sa"));
    QCOMPARE(adminResult(reply).users.value(0).role, QStringLiteral("manager"));
    QVERIFY(
        signedIn(QStringLiteral("alpha"), QStringLiteral("new@alpha.sa"), NewPassword, QStringLiteral("s2")));

    // Reset: the old password stops working, the new one works.
    const QString repId = userIdOf(*admin, QStringLiteral("rep@alpha.sa"));
    QVERIFY(!repId.isEmpty());
    reply = admin->request(adminOp(Wire::AdminOp::ResetPassword, repId, {}, {}, NewPassword));
    QCOMPARE(replyCode(reply), QStringLiteral("admin_result"));
    QVERIFY(
        !signedIn(QStringLiteral("alpha"), QStringLiteral("rep@alpha.sa"), Password, QStringLiteral("s3")));
    QVERIFY(
        signedIn(QStringLiteral("alpha"), QStringLiteral("rep@alpha.sa"), NewPassword, QStringLiteral("s3")));
    reply = admin->request(
        adminOp(Wire::AdminOp::ResetPassword, QStringLiteral("no-such-user"), {}, {}, NewPassword));
    QCOMPARE(replyCode(reply), QStringLiteral("not_found"));
}

void tst_AdminService::adminListsAndRevokesDevices()
{
    auto admin
        = signedIn(QStringLiteral("alpha"), QStringLiteral("boss@alpha.sa"), Password, QStringLiteral("s1"));
    auto rep
        = signedIn(QStringLiteral("alpha"), QStringLiteral("rep@alpha.sa"), Password, QStringLiteral("s2"));
    QVERIFY(admin && rep);
    auto reply = admin->request(adminOp(Wire::AdminOp::ListDevices));
    const auto devices = adminResult(reply).devices;
    QCOMPARE(devices.size(), 2);
    const auto repDevice = std::find_if(devices.cbegin(), devices.cend(), [&](const Wire::AdminDevice &d) {
        return d.id == rep->tokens().deviceId;
    });
    QVERIFY(repDevice != devices.cend());
    QCOMPARE(repDevice->email, QStringLiteral("rep@alpha.sa"));
    QCOMPARE(repDevice->name, QStringLiteral("test"));
    QVERIFY(repDevice->lastSeenMs > 0);
    QCOMPARE(repDevice->revokedAtMs, qint64(0));

    reply = admin->request(adminOp(Wire::AdminOp::RevokeDevice, {}, {}, {}, {}, rep->tokens().deviceId));
    QCOMPARE(replyCode(reply), QStringLiteral("admin_result"));
    QVERIFY(adminResult(reply).devices.value(0).revokedAtMs > 0);
    QVERIFY(rep->waitForClose()); // cut off at once
    const auto after = adminResult(admin->request(adminOp(Wire::AdminOp::ListDevices))).devices;
    QCOMPARE(std::count_if(after.cbegin(), after.cend(),
                           [](const Wire::AdminDevice &d) { return d.revokedAtMs > 0; }),
             1);
    RawClient again(m_fixture->url());
    QCOMPARE(replyCode(again.request(Wire::Refresh { rep->tokens().refreshToken })),
             QStringLiteral("unauthorized"));
}

// As `omnicrm-server device revoke` does: straight into the directory, not through this server.
// The server's periodic check (one directory query for every connected device) cuts that device
// off and only that one; the others keep syncing.
void tst_AdminService::revocationByAnotherProcessCutsOnlyThatDevice()
{
    auto revoked
        = signedIn(QStringLiteral("alpha"), QStringLiteral("rep@alpha.sa"), Password, QStringLiteral("s1"));
    auto kept
        = signedIn(QStringLiteral("alpha"), QStringLiteral("boss@alpha.sa"), Password, QStringLiteral("s2"));
    auto other
        = signedIn(QStringLiteral("beta"), QStringLiteral("rep@beta.sa"), Password, QStringLiteral("s3"));
    QVERIFY(revoked && kept && other);
    Directory &directory = m_fixture->storage().directory();
    const QString revokedId = revoked->tokens().deviceId;
    auto active = directory.activeDevices(
        { revokedId, kept->tokens().deviceId, other->tokens().deviceId, QStringLiteral("no-such-device") });
    QVERIFY2(active.ok(), Test::why(active));
    QCOMPARE(active->size(), 3);
    QCOMPARE(active->value(revokedId), m_alpha);
    QCOMPARE(active->value(other->tokens().deviceId), m_beta);

    QVERIFY(directory.revokeDevice(m_alpha, revokedId, 1).ok());
    active = directory.activeDevices({ revokedId, kept->tokens().deviceId });
    QVERIFY2(active.ok(), Test::why(active));
    QCOMPARE(active->keys(), QList<QString> { kept->tokens().deviceId });
    QCOMPARE(replyCode(revoked->next()), QStringLiteral("revoked"));
    QVERIFY(revoked->waitForClose());
    for (RawClient *client : { kept.get(), other.get() }) {
        QVERIFY(client->isConnected());
        QCOMPARE(replyCode(client->request(Wire::Pull { 0, 10 })), QStringLiteral("changes"));
    }
}

void tst_AdminService::disablingCutsTheUserOff()
{
    auto admin
        = signedIn(QStringLiteral("alpha"), QStringLiteral("boss@alpha.sa"), Password, QStringLiteral("s1"));
    auto rep
        = signedIn(QStringLiteral("alpha"), QStringLiteral("rep@alpha.sa"), Password, QStringLiteral("s2"));
    QVERIFY(admin && rep);
    const QString repId = userIdOf(*admin, QStringLiteral("rep@alpha.sa"));
    const QString bossId = userIdOf(*admin, QStringLiteral("boss@alpha.sa"));
    const Wire::Tokens repTokens = rep->tokens();

    auto reply = admin->request(adminOp(Wire::AdminOp::DisableUser, bossId));
    QCOMPARE(replyCode(reply), QStringLiteral("bad_request")); // not yourself
    reply = admin->request(adminOp(Wire::AdminOp::DisableUser, repId));
    QCOMPARE(replyCode(reply), QStringLiteral("admin_result"));
    QVERIFY(adminResult(reply).users.value(0).disabled);
    QVERIFY(rep->waitForClose());
    QVERIFY(
        !signedIn(QStringLiteral("alpha"), QStringLiteral("rep@alpha.sa"), Password, QStringLiteral("s2")));
    RawClient stale(m_fixture->url());
    QCOMPARE(replyCode(stale.request(Wire::Refresh { repTokens.refreshToken })),
             QStringLiteral("unauthorized"));
    RawClient hello(m_fixture->url());
    QCOMPARE(replyCode(hello.request(
                 Wire::Hello { Wire::ProtocolVersion, 1, QStringLiteral("s2"), 0, repTokens.accessToken })),
             QStringLiteral("unauthorized"));

    reply = admin->request(adminOp(Wire::AdminOp::EnableUser, repId));
    QVERIFY(!adminResult(reply).users.value(0).disabled);
    QVERIFY(
        signedIn(QStringLiteral("alpha"), QStringLiteral("rep@alpha.sa"), Password, QStringLiteral("s2")));
}

void tst_AdminService::repCannotCallAdminMessages()
{
    auto rep
        = signedIn(QStringLiteral("alpha"), QStringLiteral("rep@alpha.sa"), Password, QStringLiteral("s2"));
    QVERIFY(rep);
    const QString someone = m_fixture->addUser(m_alpha, QStringLiteral("x@alpha.sa"), Password);
    const QList<Wire::AdminRequest> requests {
        adminOp(Wire::AdminOp::ListUsers),
        adminOp(Wire::AdminOp::ListDevices),
        adminOp(Wire::AdminOp::AddUser, {}, QStringLiteral("y@alpha.sa"), QStringLiteral("admin"),
                NewPassword),
        adminOp(Wire::AdminOp::ResetPassword, someone, {}, {}, NewPassword),
        adminOp(Wire::AdminOp::DisableUser, someone),
        adminOp(Wire::AdminOp::EnableUser, someone),
        adminOp(Wire::AdminOp::RevokeDevice, {}, {}, {}, {}, rep->tokens().deviceId),
    };
    for (const Wire::AdminRequest &request : requests)
        QCOMPARE(replyCode(rep->request(request)), QStringLiteral("forbidden"));
    // Nothing changed, and the connection still serves what a rep may do.
    QVERIFY(signedIn(QStringLiteral("alpha"), QStringLiteral("x@alpha.sa"), Password, QStringLiteral("s9")));
    QVERIFY(
        !signedIn(QStringLiteral("alpha"), QStringLiteral("y@alpha.sa"), NewPassword, QStringLiteral("s8")));
    QCOMPARE(adminResult(rep->request(adminOp(Wire::AdminOp::WhoAmI))).roles,
             QStringList { QStringLiteral("rep") });
}

void tst_AdminService::managerMayOnlyLook()
{
    auto manager
        = signedIn(QStringLiteral("alpha"), QStringLiteral("lead@alpha.sa"), Password, QStringLiteral("s4"));
    QVERIFY(manager);
    QCOMPARE(adminResult(manager->request(adminOp(Wire::AdminOp::ListUsers))).users.size(), 3);
    QCOMPARE(replyCode(manager->request(adminOp(Wire::AdminOp::ListDevices))),
             QStringLiteral("admin_result"));
    QCOMPARE(replyCode(manager->request(adminOp(Wire::AdminOp::AddUser, {}, QStringLiteral("z@alpha.sa"),
                                                QStringLiteral("rep"), NewPassword))),
             QStringLiteral("forbidden"));
    QCOMPARE(replyCode(manager->request(
                 adminOp(Wire::AdminOp::RevokeDevice, {}, {}, {}, {}, manager->tokens().deviceId))),
             QStringLiteral("forbidden"));
}

void tst_AdminService::adminOfOneTenantCannotTouchAnother()
{
    auto adminA
        = signedIn(QStringLiteral("alpha"), QStringLiteral("boss@alpha.sa"), Password, QStringLiteral("s1"));
    auto adminB
        = signedIn(QStringLiteral("beta"), QStringLiteral("boss@beta.sa"), Password, QStringLiteral("b1"));
    auto repB
        = signedIn(QStringLiteral("beta"), QStringLiteral("rep@beta.sa"), Password, QStringLiteral("b2"));
    QVERIFY(adminA && adminB && repB);
    const QString repBId = userIdOf(*adminB, QStringLiteral("rep@beta.sa"));
    QVERIFY(!repBId.isEmpty());

    // Lists show the caller's tenant only.
    for (const Wire::AdminUser &user : adminResult(adminA->request(adminOp(Wire::AdminOp::ListUsers))).users)
        QVERIFY2(user.email.endsWith(QStringLiteral("@alpha.sa")), qPrintable(user.email));
    for (const Wire::AdminDevice &device :
         adminResult(adminA->request(adminOp(Wire::AdminOp::ListDevices))).devices)
        QVERIFY2(device.email.endsWith(QStringLiteral("@alpha.sa")), qPrintable(device.email));

    // B's user and device, named by id from A's connection, are not found and not touched.
    QCOMPARE(replyCode(adminA->request(adminOp(Wire::AdminOp::ResetPassword, repBId, {}, {}, NewPassword))),
             QStringLiteral("not_found"));
    QCOMPARE(replyCode(adminA->request(adminOp(Wire::AdminOp::DisableUser, repBId))),
             QStringLiteral("not_found"));
    QCOMPARE(replyCode(adminA->request(
                 adminOp(Wire::AdminOp::RevokeDevice, {}, {}, {}, {}, repB->tokens().deviceId))),
             QStringLiteral("not_found"));
    // Adding "into" B is impossible: the user lands in A, the tenant of the token.
    auto reply = adminA->request(adminOp(Wire::AdminOp::AddUser, {}, QStringLiteral("spy@beta.sa"),
                                         QStringLiteral("admin"), NewPassword));
    QCOMPARE(replyCode(reply), QStringLiteral("admin_result"));
    QVERIFY(
        !signedIn(QStringLiteral("beta"), QStringLiteral("spy@beta.sa"), NewPassword, QStringLiteral("x1")));

    QVERIFY(repB->isConnected());
    QCOMPARE(replyCode(repB->request(Wire::Pull { 0, 10 })), QStringLiteral("changes"));
    QVERIFY(signedIn(QStringLiteral("beta"), QStringLiteral("rep@beta.sa"), Password, QStringLiteral("b3")));
    QCOMPARE(adminResult(adminB->request(adminOp(Wire::AdminOp::ListUsers))).users.size(), 2);
}

void tst_AdminService::malformedAdminMessagesNameTheField()
{
    struct Case
    {
        QCborMap body;
        QString field;
    };
    const auto base = [](const QString &op) {
        return QCborMap { { QStringLiteral("v"), 1 },
                          { QStringLiteral("type"), QStringLiteral("admin") },
                          { QStringLiteral("av"), 1 },
                          { QStringLiteral("op"), op } };
    };
    QCborMap noPassword = base(QStringLiteral("add_user"));
    noPassword.insert(QStringLiteral("email"), QStringLiteral("a@alpha.sa"));
    noPassword.insert(QStringLiteral("role"), QStringLiteral("rep"));
    QCborMap numericEmail = noPassword;
    numericEmail.insert(QStringLiteral("email"), 42);
    numericEmail.insert(QStringLiteral("password"), NewPassword);
    QCborMap noVersion = base(QStringLiteral("list_users"));
    noVersion.remove(QStringLiteral("av"));
    QCborMap hugeUser = base(QStringLiteral("disable_user"));
    hugeUser.insert(QStringLiteral("user"), QString(5000, u'x'));
    const QList<Case> cases {
        { noPassword, QStringLiteral("\"password\"") },
        { numericEmail, QStringLiteral("\"email\"") },
        { noVersion, QStringLiteral("\"av\"") },
        { base(QStringLiteral("revoke_device")), QStringLiteral("\"device\"") },
        { base(QStringLiteral("drop_tenant")), QStringLiteral("\"op\"") },
        { hugeUser, QStringLiteral("\"user\"") },
    };
    for (const Case &c : cases) {
        auto admin = signedIn(QStringLiteral("alpha"), QStringLiteral("boss@alpha.sa"), Password,
                              QStringLiteral("s1"));
        QVERIFY(admin);
        admin->sendBytes(QCborValue(c.body).toCbor());
        const auto reply = admin->next();
        const auto *error = reply.ok() ? std::get_if<Wire::ErrorMessage>(&*reply) : nullptr;
        QVERIFY2(error, qPrintable(replyCode(reply)));
        QVERIFY2(error->message.contains(c.field), qPrintable(error->message + u" / " + c.field));
        QVERIFY(admin->waitForClose());
    }
    // Nothing was added, and the server keeps serving.
    auto admin
        = signedIn(QStringLiteral("alpha"), QStringLiteral("boss@alpha.sa"), Password, QStringLiteral("s1"));
    QVERIFY(admin);
    QCOMPARE(adminResult(admin->request(adminOp(Wire::AdminOp::ListUsers))).users.size(), 3);
}

void tst_AdminService::adminNeedsHelloFirst()
{
    RawClient raw(m_fixture->url());
    QCOMPARE(replyCode(raw.request(adminOp(Wire::AdminOp::ListUsers))), QStringLiteral("unauthorized"));
    QVERIFY(raw.waitForClose());
    RawClient totp(m_fixture->url());
    QCOMPARE(replyCode(totp.request(Wire::TotpRequest {})), QStringLiteral("unauthorized"));
}

QTEST_GUILESS_MAIN(tst_AdminService)
#include "tst_adminservice.moc"
