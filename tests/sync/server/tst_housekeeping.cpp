// Server housekeeping on SQLite and (with OMNICRM_TEST_PG_URL) PostgreSQL: tombstones and the
// log entries they make obsolete are collected only once every active device acknowledged a
// cursor past them (a revoked device does not hold them back), and idle refresh tokens expire.
#include "adminteststeps.h"
#include "testsupport.h"

#include <QTest>

using namespace OmniCrm;
using namespace OmniCrm::Test;

namespace {

const QString Password = QStringLiteral("كلمة-سر-طويلة-1");
constexpr qint64 Day = 24LL * 60 * 60 * 1000;

SyncTransaction change(const QString &site, qint64 localSeq, const QString &rowId, qint64 causalLength,
                       const QCborMap &fields)
{
    const quint64 hlc = (quint64(QDateTime::currentMSecsSinceEpoch()) << 16) + quint64(localSeq);
    return SyncTransaction { site,
                             localSeq,
                             QStringLiteral("tx-%1").arg(localSeq),
                             hlc,
                             { RowChange { QStringLiteral("contacts"), rowId, causalLength, hlc, fields } },
                             0 };
}

/// Pulls after `after`, skipping the pokes other devices' pushes sent meanwhile.
bool pulled(RawClient &client, qint64 after)
{
    client.send(Wire::Pull { after, 10 });
    for (int i = 0; i < 10; ++i) {
        const auto reply = client.next();
        if (!reply)
            return false;
        if (!std::holds_alternative<Wire::Poke>(*reply))
            return std::holds_alternative<Wire::Changes>(*reply);
    }
    return false;
}

QStringList snapshotRowIds(TenantLog &log)
{
    auto head = log.head();
    auto page = log.snapshot(SnapshotPosition { head.ok() ? *head : 0, {}, {} }, 1000);
    QStringList ids;
    if (page)
        for (const Wire::SnapshotRow &row : page->rows)
            ids.append(row.rowId);
    return ids;
}

QList<qint64> logSeqs(TenantLog &log)
{
    auto changes = log.changesAfter(0, 1000);
    QList<qint64> seqs;
    if (changes)
        for (const SyncTransaction &t : changes->transactions)
            seqs.append(t.serverSeq);
    return seqs;
}

} // namespace

class tst_Housekeeping : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { backendRows(); }
    void init();
    void cleanup();
    void tombstonesWaitForEveryActiveDevice();
    void tenantsAreCollectedSeparately();
    void refreshTokensExpireWhenIdle();

private:
    std::unique_ptr<ServerFixture> m_fixture;
    QString m_tenant;
};

void tst_Housekeeping::init()
{
    QFETCH_GLOBAL(QString, databaseUrl);
    QVERIFY(resetDatabase(databaseUrl));
    SyncServerConfig config;
    config.housekeepingIntervalMs = 0; // the tests run it themselves
    AuthConfig auth;
    auth.refreshIdleTtlMs = 60 * Day;
    m_fixture = std::make_unique<ServerFixture>(config, auth, databaseUrl);
    QVERIFY2(m_fixture->startError().isEmpty(), Test::why(m_fixture->startError()));
    m_tenant = m_fixture->addTenantWithUser(QStringLiteral("alpha"), QStringLiteral("a@alpha.sa"), Password);
    QVERIFY(!m_tenant.isEmpty());
}

void tst_Housekeeping::cleanup()
{
    m_fixture.reset();
}

void tst_Housekeeping::tombstonesWaitForEveryActiveDevice()
{
    RawClient a(m_fixture->url());
    RawClient b(m_fixture->url());
    RawClient c(m_fixture->url());
    QVERIFY(
        a.signIn(QStringLiteral("alpha"), QStringLiteral("a@alpha.sa"), Password, QStringLiteral("site-a"))
            .ok());
    QVERIFY(
        b.signIn(QStringLiteral("alpha"), QStringLiteral("a@alpha.sa"), Password, QStringLiteral("site-b"))
            .ok());
    QVERIFY(
        c.signIn(QStringLiteral("alpha"), QStringLiteral("a@alpha.sa"), Password, QStringLiteral("site-c"))
            .ok());

    // A creates two contacts and deletes the first: seq 1 create, 2 delete, 3 another create.
    const QString gone = QStringLiteral("019a0000-0000-7000-8000-000000000001");
    const QString kept = QStringLiteral("019a0000-0000-7000-8000-000000000002");
    auto reply = a.request(Wire::Push { { change(QStringLiteral("site-a"), 1, gone, 1,
                                                 { { QStringLiteral("name"), QStringLiteral("سارة") } }),
                                          change(QStringLiteral("site-a"), 2, gone, 2, {}),
                                          change(QStringLiteral("site-a"), 3, kept, 1,
                                                 { { QStringLiteral("name"), QStringLiteral("Omar") } }) } });
    QCOMPARE(std::get<Wire::Ack>(*reply).headSeq, qint64(3));
    QVERIFY(pulled(a, 3)); // A has seen 3

    auto log = m_fixture->storage().tenantLog(m_tenant);
    QVERIFY(log.ok());
    // B has not seen the delete (its cursor is 0): the tombstone and its log entries stay.
    QVERIFY(pulled(b, 0));
    auto report = m_fixture->server().housekeep();
    QVERIFY2(report.ok(), Test::why(report));
    QCOMPARE(report->collected.tombstones, qint64(0));
    QCOMPARE(snapshotRowIds(**log), (QStringList { gone, kept }));
    QCOMPARE(logSeqs(**log), (QList<qint64> { 1, 2, 3 }));

    // B acknowledges 3 (its next pull starts there); C, silent since its hello at 0, holds it back.
    QVERIFY(pulled(b, 3));
    report = m_fixture->server().housekeep();
    QVERIFY(report.ok());
    QCOMPARE(report->collected.tombstones, qint64(0));
    QCOMPARE(snapshotRowIds(**log).size(), 2);

    // C is revoked: a device that will never pull again does not hold GC back.
    QVERIFY(m_fixture->server().revokeDevice(m_tenant, c.tokens().deviceId).ok());
    report = m_fixture->server().housekeep();
    QVERIFY2(report.ok(), Test::why(report));
    QCOMPARE(report->collected.tombstones, qint64(1));
    QCOMPARE(report->collected.logEntries, qint64(2)); // the create and the delete of the row
    QCOMPARE(snapshotRowIds(**log), QStringList { kept });
    QCOMPARE(logSeqs(**log), QList<qint64> { 3 });
    // The head stays where it was: the next push gets 4, never a sequence handed out before.
    QCOMPARE(*(*log)->head(), qint64(3));
    reply = a.request(Wire::Push { { change(QStringLiteral("site-a"), 4, kept, 1,
                                            { { QStringLiteral("name"), QStringLiteral("Omar S") } }) } });
    QCOMPARE(std::get<Wire::Ack>(*reply).headSeq, qint64(4));
    // The snapshot a new device takes agrees with its checkpoint after the collection.
    auto checkpoint = (*log)->checkpoint(4);
    QVERIFY(checkpoint.ok());
    QCOMPARE(checkpoint->fieldCount, qint64(1));
    // Nothing left to collect: a second run changes nothing.
    report = m_fixture->server().housekeep();
    QCOMPARE(report->collected.tombstones, qint64(0));
}

void tst_Housekeeping::tenantsAreCollectedSeparately()
{
    const QString beta
        = m_fixture->addTenantWithUser(QStringLiteral("beta"), QStringLiteral("b@beta.sa"), Password);
    RawClient a(m_fixture->url());
    RawClient b(m_fixture->url());
    QVERIFY(
        a.signIn(QStringLiteral("alpha"), QStringLiteral("a@alpha.sa"), Password, QStringLiteral("site-a"))
            .ok());
    QVERIFY(b.signIn(QStringLiteral("beta"), QStringLiteral("b@beta.sa"), Password, QStringLiteral("site-b"))
                .ok());
    const QString row = QStringLiteral("019a0000-0000-7000-8000-0000000000aa");
    for (RawClient *client : { &a, &b }) {
        const QString site = client == &a ? QStringLiteral("site-a") : QStringLiteral("site-b");
        (void)client->request(Wire::Push {
            { change(site, 1, row, 1, { { QStringLiteral("name"), site } }), change(site, 2, row, 2, {}),
              change(site, 3, row + u'b', 1, { { QStringLiteral("name"), site } }) } });
    }
    // Only alpha's device has acknowledged its deletes.
    QVERIFY(pulled(a, 3));
    QVERIFY(pulled(b, 1));
    const auto report = m_fixture->server().housekeep();
    QVERIFY2(report.ok(), Test::why(report));
    QCOMPARE(report->collected.tombstones, qint64(1));
    auto alphaLog = m_fixture->storage().tenantLog(m_tenant);
    auto betaLog = m_fixture->storage().tenantLog(beta);
    QCOMPARE(snapshotRowIds(**alphaLog).size(), 1);
    QCOMPARE(snapshotRowIds(**betaLog).size(), 2);
    QCOMPARE(logSeqs(**betaLog).size(), 3);
}

void tst_Housekeeping::refreshTokensExpireWhenIdle()
{
    RawClient client(m_fixture->url());
    QVERIFY(
        client
            .signIn(QStringLiteral("alpha"), QStringLiteral("a@alpha.sa"), Password, QStringLiteral("site-a"))
            .ok());
    // Used within the idle time, a token rotates and the new one starts the clock again.
    m_fixture->clock().advance(59 * Day);
    auto reply = client.request(Wire::Refresh { client.tokens().refreshToken });
    QCOMPARE(replyCode(reply), QStringLiteral("tokens"));
    const Wire::Tokens rotated = std::get<Wire::Tokens>(*reply);
    m_fixture->clock().advance(59 * Day);
    reply = client.request(Wire::Refresh { rotated.refreshToken });
    QCOMPARE(replyCode(reply), QStringLiteral("tokens"));
    const Wire::Tokens idle = std::get<Wire::Tokens>(*reply);

    // Unused for longer than the idle time, it is refused; the device is not revoked (the
    // password signs it in again).
    m_fixture->clock().advance(61 * Day);
    reply = client.request(Wire::Refresh { idle.refreshToken });
    QCOMPARE(replyCode(reply), QStringLiteral("unauthorized"));
    QVERIFY2(replyMessage(reply).contains(QStringLiteral("expired")), qPrintable(replyMessage(reply)));
    RawClient again(m_fixture->url());
    QVERIFY(
        again
            .signIn(QStringLiteral("alpha"), QStringLiteral("a@alpha.sa"), Password, QStringLiteral("site-a"))
            .ok());
    QCOMPARE(again.tokens().deviceId, client.tokens().deviceId);

    // Housekeeping forgets the expired tokens: it is unknown afterwards, not merely expired.
    QVERIFY(m_fixture->server().housekeep().ok());
    reply = again.request(Wire::Refresh { idle.refreshToken });
    QCOMPARE(replyCode(reply), QStringLiteral("unauthorized"));
    QVERIFY2(replyMessage(reply).contains(QStringLiteral("unknown")), qPrintable(replyMessage(reply)));
}

QTEST_GUILESS_MAIN(tst_Housekeeping)
#include "tst_housekeeping.moc"
