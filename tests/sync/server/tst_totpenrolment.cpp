// Two-factor self-enrolment through the protocol: a signed-in user asks for a secret (an
// otpauth:// URI), confirms it with a current RFC 6238 code, and from then on sign-in needs a
// code. Wrong confirmation codes are refused naming the field and rate-limited.
#include "adminteststeps.h"
#include "testsupport.h"

#include <QUrlQuery>

using namespace OmniCrm;
using namespace OmniCrm::Test;

namespace {

const QString Password = QStringLiteral("كلمة-سر-طويلة-1");

} // namespace

class tst_TotpEnrolment : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { backendRows(); }
    void init();
    void cleanup();
    void codesFollowRfc6238();
    void enrolmentNeedsConfirmationThenSignInNeedsACode();
    void wrongCodesAreRefusedAndRateLimited();

private:
    std::unique_ptr<ServerFixture> m_fixture;
    QString m_tenant;
};

void tst_TotpEnrolment::init()
{
    QFETCH_GLOBAL(QString, databaseUrl);
    QVERIFY(resetDatabase(databaseUrl));
    AuthConfig auth;
    auth.maxFailuresPerUser = 3;
    m_fixture = std::make_unique<ServerFixture>(SyncServerConfig {}, auth, databaseUrl);
    QVERIFY2(m_fixture->startError().isEmpty(), Test::why(m_fixture->startError()));
    m_tenant = m_fixture->addTenantWithUser(QStringLiteral("alpha"), QStringLiteral("a@alpha.sa"), Password);
    QVERIFY(!m_tenant.isEmpty());
    QVERIFY(!m_fixture->addUser(m_tenant, QStringLiteral("boss@alpha.sa"), Password, QStringLiteral("admin"))
                 .isEmpty());
}

void tst_TotpEnrolment::cleanup()
{
    m_fixture.reset();
}

void tst_TotpEnrolment::codesFollowRfc6238()
{
    // RFC 6238 appendix B, SHA-1 (the 8-digit values' last six digits).
    const QString secret = QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"); // "12345678901234567890"
    QCOMPARE(AuthService::totpCode(secret, 59'000), QStringLiteral("287082"));
    QCOMPARE(AuthService::totpCode(secret, 1111111109'000LL), QStringLiteral("081804"));
    QCOMPARE(AuthService::totpCode(secret, 2000000000'000LL), QStringLiteral("279037"));
    QVERIFY(AuthService::verifyTotp(secret, QStringLiteral("287082"), 59'000 + 30'000)); // one step late
    QVERIFY(!AuthService::verifyTotp(secret, QStringLiteral("287082"), 59'000 + 90'000));
}

void tst_TotpEnrolment::enrolmentNeedsConfirmationThenSignInNeedsACode()
{
    RawClient user(m_fixture->url());
    QVERIFY(user.signIn(QStringLiteral("alpha"), QStringLiteral("a@alpha.sa"), Password, QStringLiteral("s1"))
                .ok());
    auto reply = user.request(Wire::TotpRequest {});
    QCOMPARE(replyCode(reply), QStringLiteral("totp_result"));
    const auto begun = std::get<Wire::TotpResult>(*reply);
    QVERIFY(!begun.enabled);
    QCOMPARE(begun.secret.size(), 32); // 160 bits in base32
    const QUrl uri(begun.uri);
    QCOMPARE(uri.scheme(), QStringLiteral("otpauth"));
    QCOMPARE(uri.host(), QStringLiteral("totp"));
    QVERIFY2(uri.path().contains(QStringLiteral("a@alpha.sa")), qPrintable(uri.path()));
    const QUrlQuery query(uri);
    QCOMPARE(query.queryItemValue(QStringLiteral("secret")), begun.secret);
    QCOMPARE(query.queryItemValue(QStringLiteral("issuer")), QStringLiteral("OmniCRM"));

    // Pending: sign-in does not need a code yet.
    RawClient before(m_fixture->url());
    QVERIFY(
        before.signIn(QStringLiteral("alpha"), QStringLiteral("a@alpha.sa"), Password, QStringLiteral("s2"))
            .ok());

    const QString code = AuthService::totpCode(begun.secret, m_fixture->clock().nowMs());
    reply = user.request(Wire::TotpRequest { Wire::AdminVersion, code });
    QCOMPARE(replyCode(reply), QStringLiteral("totp_result"));
    QVERIFY(std::get<Wire::TotpResult>(*reply).enabled);
    QVERIFY(std::get<Wire::TotpResult>(*reply).secret.isEmpty());
    // Confirmed once: a second confirmation finds nothing pending.
    QCOMPARE(replyCode(user.request(Wire::TotpRequest { Wire::AdminVersion, code })),
             QStringLiteral("not_found"));

    // Required now: without a code sign-in fails, with the current one it works.
    RawClient without(m_fixture->url());
    QVERIFY(
        !without.signIn(QStringLiteral("alpha"), QStringLiteral("a@alpha.sa"), Password, QStringLiteral("s3"))
             .ok());
    RawClient with(m_fixture->url());
    reply = with.request(Wire::Login { QStringLiteral("alpha"), QStringLiteral("a@alpha.sa"), Password,
                                       AuthService::totpCode(begun.secret, m_fixture->clock().nowMs()),
                                       QStringLiteral("s3"), QStringLiteral("phone") });
    QCOMPARE(replyCode(reply), QStringLiteral("tokens"));

    // The team's admin sees it switched on.
    RawClient admin(m_fixture->url());
    QVERIFY(
        admin.signIn(QStringLiteral("alpha"), QStringLiteral("boss@alpha.sa"), Password, QStringLiteral("s9"))
            .ok());
    const auto users = adminResult(admin.request(adminOp(Wire::AdminOp::ListUsers))).users;
    QCOMPARE(users.size(), 2);
    QCOMPARE(users.at(0).email, QStringLiteral("a@alpha.sa"));
    QVERIFY(users.at(0).totp);
    QVERIFY(!users.at(1).totp);
}

void tst_TotpEnrolment::wrongCodesAreRefusedAndRateLimited()
{
    RawClient user(m_fixture->url());
    QVERIFY(user.signIn(QStringLiteral("alpha"), QStringLiteral("a@alpha.sa"), Password, QStringLiteral("s1"))
                .ok());
    QCOMPARE(replyCode(user.request(Wire::TotpRequest { Wire::AdminVersion, QStringLiteral("123456") })),
             QStringLiteral("not_found")); // nothing pending yet
    const auto begun = std::get<Wire::TotpResult>(*user.request(Wire::TotpRequest {}));
    const QString right = AuthService::totpCode(begun.secret, m_fixture->clock().nowMs());
    const QString wrong = right == u"000000" ? QStringLiteral("000001") : QStringLiteral("000000");
    for (int i = 0; i < 3; ++i) {
        const auto reply = user.request(Wire::TotpRequest { Wire::AdminVersion, wrong });
        QCOMPARE(replyCode(reply), QStringLiteral("bad_request"));
        QVERIFY2(replyMessage(reply).contains(QStringLiteral("code")), qPrintable(replyMessage(reply)));
    }
    // Blocked now, even for the right code; still pending, so sign-in needs no code.
    QCOMPARE(replyCode(user.request(Wire::TotpRequest { Wire::AdminVersion, right })),
             QStringLiteral("rate_limited"));
    RawClient again(m_fixture->url());
    QVERIFY(
        again.signIn(QStringLiteral("alpha"), QStringLiteral("a@alpha.sa"), Password, QStringLiteral("s2"))
            .ok());
}

QTEST_GUILESS_MAIN(tst_TotpEnrolment)
#include "tst_totpenrolment.moc"
