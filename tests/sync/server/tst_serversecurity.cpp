// The server's security rules through the real protocol: a token of one tenant reads and writes
// nothing of another through any message; expired, forged and revoked tokens are refused; a
// refresh token reused after a short grace revokes its device (within it, two connections of one
// device refreshing together both get tokens); failed logins are rate-limited per user and address.
#include "accesstoken.h"
#include "memoryreplica.h"
#include "serverfixture.h"
#include "testsupport.h"

#include <QCborMap>
#include <QTest>

using namespace OmniCrm;
using namespace OmniCrm::Test;

namespace {

const QString Password = QStringLiteral("كلمة-سر-طويلة-1");

SyncTransaction transactionOf(const QString &siteId, qint64 localSeq, const QString &table,
                              const QString &value)
{
    const quint64 hlc = quint64(QDateTime::currentMSecsSinceEpoch()) << 16;
    return SyncTransaction {
        siteId,
        localSeq,
        QStringLiteral("tx-%1").arg(localSeq),
        hlc,
        { RowChange {
            table, QStringLiteral("row-%1").arg(localSeq), 1, hlc, { { QStringLiteral("name"), value } } } },
        0
    };
}

QString errorCode(const Result<Wire::Message> &reply)
{
    if (!reply.ok())
        return QStringLiteral("(no reply: %1)").arg(reply.error().detail);
    const auto *error = std::get_if<Wire::ErrorMessage>(&*reply);
    return error ? error->code : Wire::messageTypeName(*reply);
}

} // namespace

class tst_ServerSecurity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void tenantsAreIsolatedThroughEveryMessage();
    void expiredTokenIsRefused();
    void forgedTokensAreRefused();
    void revokedDeviceIsRefusedAndDisconnectedAtOnce();
    void revocationByAnotherProcessDisconnects();
    void reusedRefreshTokenRevokesTheDevice();
    void twoConnectionsOfOneDeviceMayRefreshTogether();
    void wrongPasswordsAreRateLimitedPerUser();
    void wrongPasswordsAreRateLimitedPerAddress();
    void secondFactorIsRequiredWhenSet();

private:
    std::unique_ptr<ServerFixture> m_fixture;
    QString m_tenantA;
    QString m_tenantB;
};

void tst_ServerSecurity::init()
{
    AuthConfig auth;
    auth.accessTtlMs = 60'000;
    auth.maxFailuresPerUser = 5;
    auth.maxFailuresPerAddress = 8;
    auth.failureWindowMs = 10 * 60'000;
    m_fixture = std::make_unique<ServerFixture>(SyncServerConfig {}, auth);
    QVERIFY2(m_fixture->startError().isEmpty(), Test::why(m_fixture->startError()));
    m_tenantA = m_fixture->addTenantWithUser(QStringLiteral("alpha"), QStringLiteral("a@alpha.sa"), Password);
    m_tenantB = m_fixture->addTenantWithUser(QStringLiteral("beta"), QStringLiteral("b@beta.sa"), Password);
    QVERIFY(!m_tenantA.isEmpty() && !m_tenantB.isEmpty());
}

void tst_ServerSecurity::cleanup()
{
    m_fixture.reset();
}

void tst_ServerSecurity::tenantsAreIsolatedThroughEveryMessage()
{
    RawClient a(m_fixture->url());
    RawClient b(m_fixture->url());
    QVERIFY(
        a.signIn(QStringLiteral("alpha"), QStringLiteral("a@alpha.sa"), Password, QStringLiteral("site-a"))
            .ok());
    QVERIFY(b.signIn(QStringLiteral("beta"), QStringLiteral("b@beta.sa"), Password, QStringLiteral("site-b"))
                .ok());

    auto reply = b.request(Wire::Push { { transactionOf(QStringLiteral("site-b"), 1, QStringLiteral("deals"),
                                                        QStringLiteral("secret of beta")) } });
    QCOMPARE(std::get<Wire::Ack>(*reply).applied, QList<qint64> { 1 });
    reply = a.request(Wire::Push { { transactionOf(QStringLiteral("site-a"), 1, QStringLiteral("deals"),
                                                   QStringLiteral("alpha deal")) } });
    QCOMPARE(std::get<Wire::Ack>(*reply).applied, QList<qint64> { 1 });

    // Reads: changes and snapshot through A's token show A's data only.
    reply = a.request(Wire::Pull { 0, 100 });
    const auto changes = std::get<Wire::Changes>(*reply);
    QCOMPARE(changes.transactions.size(), 1);
    QCOMPARE(changes.transactions.first().siteId, QStringLiteral("site-a"));
    reply = a.request(Wire::SnapshotRequest {});
    const auto chunk = std::get<Wire::SnapshotChunk>(*reply);
    QCOMPARE(chunk.rows.size(), 1);
    QCOMPARE(chunk.rows.first().fields.first().value.toString(), QStringLiteral("alpha deal"));
    QVERIFY(std::holds_alternative<Wire::Checkpoint>(*a.next()));

    // Writes: A cannot push as B's site, and a login of A's user into B's tenant fails.
    reply = a.request(Wire::Push { { transactionOf(QStringLiteral("site-b"), 2, QStringLiteral("deals"),
                                                   QStringLiteral("overwrite")) } });
    QCOMPARE(std::get<Wire::Ack>(*reply).rejected.size(), 1);
    reply = a.request(Wire::Login {
        QStringLiteral("beta"), QStringLiteral("a@alpha.sa"), Password, {}, QStringLiteral("site-x"), {} });
    QCOMPARE(errorCode(reply), QStringLiteral("unauthorized"));
    // A's token said with B's site id is refused too.
    RawClient c(m_fixture->url());
    reply = c.request(
        Wire::Hello { Wire::ProtocolVersion, 1, QStringLiteral("site-b"), 0, a.tokens().accessToken });
    QCOMPARE(errorCode(reply), QStringLiteral("unauthorized"));

    // A snapshot cursor crafted to point past A's head is refused, not served from elsewhere.
    reply = a.request(Wire::SnapshotRequest { QCborValue(QCborMap { { QStringLiteral("s"), 999 },
                                                                    { QStringLiteral("t"), QString() },
                                                                    { QStringLiteral("r"), QString() } })
                                                  .toCbor(),
                                              10 });
    QCOMPARE(errorCode(reply), QStringLiteral("bad_request"));

    // B's log holds B's transaction only.
    auto logB = m_fixture->storage().tenantLog(m_tenantB);
    QVERIFY(logB.ok());
    const auto changesB = (*logB)->changesAfter(0, 100);
    QCOMPARE(changesB->transactions.size(), 1);
    QCOMPARE(changesB->transactions.first().rows.first().fields.value(QStringLiteral("name")).toString(),
             QStringLiteral("secret of beta"));
}

void tst_ServerSecurity::expiredTokenIsRefused()
{
    RawClient a(m_fixture->url());
    QVERIFY(
        a.signIn(QStringLiteral("alpha"), QStringLiteral("a@alpha.sa"), Password, QStringLiteral("site-a"))
            .ok());
    m_fixture->clock().advance(61'000);
    RawClient again(m_fixture->url());
    const auto reply = again.request(
        Wire::Hello { Wire::ProtocolVersion, 1, QStringLiteral("site-a"), 0, a.tokens().accessToken });
    QCOMPARE(errorCode(reply), QStringLiteral("unauthorized"));
    QVERIFY(std::get<Wire::ErrorMessage>(*reply).message.contains(QStringLiteral("expired")));
    // Requests without a session are refused and the connection closed.
    const auto pull = again.request(Wire::Pull { 0, 10 });
    QCOMPARE(errorCode(pull), QStringLiteral("unauthorized"));
    QVERIFY(again.waitForClose());
}

void tst_ServerSecurity::forgedTokensAreRefused()
{
    RawClient a(m_fixture->url());
    QVERIFY(
        a.signIn(QStringLiteral("alpha"), QStringLiteral("a@alpha.sa"), Password, QStringLiteral("site-a"))
            .ok());
    const QString token = a.tokens().accessToken;
    const QStringList parts = token.split(u'.');
    QCOMPARE(parts.size(), 3);

    // One character of the signature changed.
    QString badSignature = token;
    badSignature[badSignature.size() - 2] = badSignature.at(badSignature.size() - 2) == u'A' ? u'B' : u'A';
    // The tenant claim replaced by B's, signature kept.
    const auto base64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    QCborMap claims = QCborValue::fromCbor(QByteArray::fromBase64(parts.at(1).toLatin1(), base64)).toMap();
    claims.insert(QStringLiteral("t"), m_tenantB);
    const QString alteredTenant = parts.at(0) + u'.'
        + QString::fromLatin1(QCborValue(claims).toCbor().toBase64(base64)) + u'.' + parts.at(2);
    // Claims signed with some other key.
    AccessClaims forged { m_tenantA,
                          QStringLiteral("u"),
                          a.tokens().deviceId,
                          {},
                          0,
                          QDateTime::currentMSecsSinceEpoch() + 60'000 };
    const QString otherKey = TokenSigner(QByteArray(32, 'k')).sign(forged);

    for (const QString &bad :
         { badSignature, alteredTenant, otherKey, QStringLiteral("v1.garbage"), QString() }) {
        RawClient c(m_fixture->url());
        const auto reply
            = c.request(Wire::Hello { Wire::ProtocolVersion, 1, QStringLiteral("site-a"), 0, bad });
        QCOMPARE(errorCode(reply), QStringLiteral("unauthorized"));
    }
}

void tst_ServerSecurity::revokedDeviceIsRefusedAndDisconnectedAtOnce()
{
    RawClient a(m_fixture->url());
    QVERIFY(
        a.signIn(QStringLiteral("alpha"), QStringLiteral("a@alpha.sa"), Password, QStringLiteral("site-a"))
            .ok());
    const Wire::Tokens tokens = a.tokens();
    QVERIFY(m_fixture->server().revokeDevice(m_tenantA, tokens.deviceId).ok());
    auto reply = a.next();
    QCOMPARE(errorCode(reply), QStringLiteral("revoked"));
    QVERIFY(a.waitForClose());

    RawClient again(m_fixture->url());
    reply = again.request(
        Wire::Hello { Wire::ProtocolVersion, 1, QStringLiteral("site-a"), 0, tokens.accessToken });
    QCOMPARE(errorCode(reply), QStringLiteral("unauthorized"));
    reply = again.request(Wire::Refresh { tokens.refreshToken });
    QCOMPARE(errorCode(reply), QStringLiteral("unauthorized"));
    reply = again.request(Wire::Login {
        QStringLiteral("alpha"), QStringLiteral("a@alpha.sa"), Password, {}, QStringLiteral("site-a"), {} });
    QCOMPARE(errorCode(reply), QStringLiteral("unauthorized"));
}

void tst_ServerSecurity::revocationByAnotherProcessDisconnects()
{
    RawClient a(m_fixture->url());
    QVERIFY(
        a.signIn(QStringLiteral("alpha"), QStringLiteral("a@alpha.sa"), Password, QStringLiteral("site-a"))
            .ok());
    // As `omnicrm-server device revoke` does: straight into the directory, not through the server.
    QVERIFY(m_fixture->storage().directory().revokeDevice(m_tenantA, a.tokens().deviceId, 1).ok());
    QCOMPARE(errorCode(a.next()), QStringLiteral("revoked"));
    QVERIFY(a.waitForClose());
}

void tst_ServerSecurity::reusedRefreshTokenRevokesTheDevice()
{
    RawClient a(m_fixture->url());
    QVERIFY(
        a.signIn(QStringLiteral("alpha"), QStringLiteral("a@alpha.sa"), Password, QStringLiteral("site-a"))
            .ok());
    const QString first = a.tokens().refreshToken;
    auto reply = a.request(Wire::Refresh { first });
    QVERIFY(std::holds_alternative<Wire::Tokens>(*reply));
    const Wire::Tokens rotated = std::get<Wire::Tokens>(*reply);
    QVERIFY(rotated.refreshToken != first);

    m_fixture->clock().advance(AuthConfig {}.refreshRaceGraceMs + 1);
    reply = a.request(Wire::Refresh { first }); // the old one, replayed once no refresh can be racing
    QCOMPARE(errorCode(reply), QStringLiteral("unauthorized"));
    QTRY_VERIFY(!a.isConnected()); // the device is revoked and its connection closed
    RawClient again(m_fixture->url());
    reply = again.request(Wire::Refresh { rotated.refreshToken });
    QCOMPARE(errorCode(reply), QStringLiteral("unauthorized"));
    reply = again.request(
        Wire::Hello { Wire::ProtocolVersion, 1, QStringLiteral("site-a"), 0, rotated.accessToken });
    QCOMPARE(errorCode(reply), QStringLiteral("unauthorized"));
}

void tst_ServerSecurity::twoConnectionsOfOneDeviceMayRefreshTogether()
{
    // The background sync and the admin page read the same stored token and refresh at once.
    RawClient sync(m_fixture->url());
    QVERIFY(
        sync.signIn(QStringLiteral("alpha"), QStringLiteral("a@alpha.sa"), Password, QStringLiteral("site-a"))
            .ok());
    const QString stored = sync.tokens().refreshToken;
    RawClient admin(m_fixture->url());
    auto first = sync.request(Wire::Refresh { stored });
    m_fixture->clock().advance(AuthConfig {}.refreshRaceGraceMs - 1'000);
    auto second = admin.request(Wire::Refresh { stored });
    QVERIFY(std::holds_alternative<Wire::Tokens>(*first));
    QCOMPARE(errorCode(second), QStringLiteral("tokens"));
    const Wire::Tokens a = std::get<Wire::Tokens>(*first);
    const Wire::Tokens b = std::get<Wire::Tokens>(*second);
    QVERIFY(a.refreshToken != b.refreshToken);
    QCOMPARE(a.deviceId, b.deviceId);

    // Neither was taken for a copy: the device is not revoked and both new tokens work.
    RawClient later(m_fixture->url());
    QCOMPARE(errorCode(later.request(Wire::Refresh { a.refreshToken })), QStringLiteral("tokens"));
    QCOMPARE(errorCode(later.request(Wire::Refresh { b.refreshToken })), QStringLiteral("tokens"));
    QVERIFY(sync.isConnected());

    // The grace runs from the first use: the same token a moment after it is a replay.
    m_fixture->clock().advance(2'000);
    QCOMPARE(errorCode(later.request(Wire::Refresh { stored })), QStringLiteral("unauthorized"));
    QTRY_VERIFY(!sync.isConnected());
}

void tst_ServerSecurity::wrongPasswordsAreRateLimitedPerUser()
{
    RawClient c(m_fixture->url());
    const auto login = [&](const QString &password) {
        return errorCode(c.request(Wire::Login { QStringLiteral("alpha"),
                                                 QStringLiteral("a@alpha.sa"),
                                                 password,
                                                 {},
                                                 QStringLiteral("site-a"),
                                                 {} }));
    };
    for (int i = 0; i < 5; ++i)
        QCOMPARE(login(QStringLiteral("wrong-%1").arg(i)), QStringLiteral("unauthorized"));
    QCOMPARE(login(Password), QStringLiteral("rate_limited")); // even the right one, for now
    // Another user is not blocked by this user's failures.
    QVERIFY(!m_fixture->addUser(m_tenantA, QStringLiteral("c@alpha.sa"), Password).isEmpty());
    QCOMPARE(errorCode(c.request(Wire::Login { QStringLiteral("alpha"),
                                               QStringLiteral("c@alpha.sa"),
                                               Password,
                                               {},
                                               QStringLiteral("site-c"),
                                               {} })),
             QStringLiteral("tokens"));
    m_fixture->clock().advance(11 * 60'000); // the window passes
    QCOMPARE(login(Password), QStringLiteral("tokens"));
}

void tst_ServerSecurity::wrongPasswordsAreRateLimitedPerAddress()
{
    RawClient c(m_fixture->url());
    for (int i = 0; i < 8; ++i) // different (unknown) users from one address
        QCOMPARE(errorCode(c.request(Wire::Login { QStringLiteral("alpha"),
                                                   QStringLiteral("x%1@alpha.sa").arg(i),
                                                   QStringLiteral("guess"),
                                                   {},
                                                   QStringLiteral("s"),
                                                   {} })),
                 QStringLiteral("unauthorized"));
    QCOMPARE(errorCode(c.request(Wire::Login { QStringLiteral("alpha"),
                                               QStringLiteral("a@alpha.sa"),
                                               Password,
                                               {},
                                               QStringLiteral("site-a"),
                                               {} })),
             QStringLiteral("rate_limited"));
}

void tst_ServerSecurity::secondFactorIsRequiredWhenSet()
{
    // RFC 6238 appendix B: the ASCII secret "12345678901234567890" at T = 59 s gives 94287082.
    const QString secret = QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    QVERIFY(AuthService::verifyTotp(secret, QStringLiteral("287082"), 59'000));
    QVERIFY(!AuthService::verifyTotp(secret, QStringLiteral("287083"), 59'000));
    QVERIFY(AuthService::verifyTotp(secret, QStringLiteral("081804"), 1'111'111'109'000));
    QVERIFY(!AuthService::verifyTotp(secret, QStringLiteral("287082"), 1'111'111'109'000));

    const auto user = m_fixture->storage().directory().userByEmail(m_tenantA, QStringLiteral("a@alpha.sa"));
    QVERIFY(user.ok());
    QVERIFY(m_fixture->storage().directory().setTotpSecret(m_tenantA, user->id, secret).ok());
    m_fixture->clock().advance(59'000 - m_fixture->clock().nowMs());
    RawClient c(m_fixture->url());
    const auto login = [&](const QString &code) {
        return errorCode(c.request(Wire::Login { QStringLiteral("alpha"),
                                                 QStringLiteral("a@alpha.sa"),
                                                 Password,
                                                 code,
                                                 QStringLiteral("site-a"),
                                                 {} }));
    };
    QCOMPARE(login(QString()), QStringLiteral("unauthorized"));
    QCOMPARE(login(QStringLiteral("000000")), QStringLiteral("unauthorized"));
    QCOMPARE(login(QStringLiteral("287082")), QStringLiteral("tokens"));
}

QTEST_GUILESS_MAIN(tst_ServerSecurity)
#include "tst_serversecurity.moc"
