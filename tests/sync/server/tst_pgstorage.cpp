// The PostgreSQL backend against a real server: the TenantLog and Directory rules the SQLite
// backend follows, tenants sharing one database without seeing each other, and two replicas
// converging through a SyncServer on it. Needs OMNICRM_TEST_PG_URL (see run-with-postgres.sh);
// skipped without it.
#include "memoryreplica.h"
#include "pgconnection.h"
#include "serverfixture.h"
#include "snapshotdigest.h"
#include "syncclient.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace OmniCrm;
using namespace OmniCrm::Test;

namespace {

SyncTransaction tx(const QString &site, qint64 localSeq, const QString &rowId, quint64 hlc,
                   const QCborMap &fields)
{
    return SyncTransaction { site,
                             localSeq,
                             QStringLiteral("tx"),
                             hlc,
                             { RowChange { QStringLiteral("contacts"), rowId, 1, hlc, fields } },
                             0 };
}

} // namespace

class tst_PgStorage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void logIsIdempotentOrderedAndScopedByTenant();
    void snapshotPagesMatchTheCheckpoint();
    void directoryRotatesRefreshTokens();
    void replicasConvergeThroughTheServer();
    void pushesReachClientsOfAnotherInstance();

private:
    QString m_url;
    std::unique_ptr<ServerStorage> m_storage;
};

void tst_PgStorage::init()
{
    m_url = qEnvironmentVariable("OMNICRM_TEST_PG_URL");
    if (m_url.isEmpty())
        QSKIP("OMNICRM_TEST_PG_URL is not set (tests/sync/server/run-with-postgres.sh starts a throwaway "
              "server)");
    {
        auto connection = PgConnection::connect(m_url);
        QVERIFY2(connection.ok(), Test::why(connection));
        QVERIFY(
            (*connection)
                ->runScript(
                    "SET client_min_messages = warning; DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
                .ok());
    }
    auto storage = openServerStorage(QString(), m_url);
    QVERIFY2(storage.ok(), Test::why(storage));
    m_storage = std::move(storage).value();
}

void tst_PgStorage::cleanup()
{
    m_storage.reset();
}

void tst_PgStorage::logIsIdempotentOrderedAndScopedByTenant()
{
    const auto a = m_storage->directory().createTenant(QStringLiteral("alpha"));
    const auto b = m_storage->directory().createTenant(QStringLiteral("beta"));
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(m_storage->directory().createTenant(QStringLiteral("ALPHA")).error().code, ErrorCode::Duplicate);
    TenantLog *logA = *m_storage->tenantLog(a->id);
    TenantLog *logB = *m_storage->tenantLog(b->id);

    const QList<SyncTransaction> batch { tx(QStringLiteral("s1"), 1, QStringLiteral("r1"), 20,
                                            { { QStringLiteral("n"), QStringLiteral("new") } }),
                                         tx(QStringLiteral("s1"), 2, QStringLiteral("r2"), 21,
                                            { { QStringLiteral("n"), 2 } }) };
    auto outcome = logA->push(batch);
    QVERIFY2(outcome.ok(), Test::why(outcome));
    QCOMPARE(outcome->headSeq, qint64(2));
    outcome = logA->push(batch
                         + QList<SyncTransaction> { tx(QStringLiteral("s2"), 1, QStringLiteral("r1"), 10,
                                                       { { QStringLiteral("n"), QStringLiteral("old") } }) });
    QCOMPARE(outcome->applied, (QList<qint64> { 1, 2, 1 }));
    QCOMPARE(outcome->headSeq, qint64(3));
    QCOMPARE(*logB->head(), qint64(0)); // B's sequence is its own
    QCOMPARE(
        logB->push({ tx(QStringLiteral("s9"), 1, QStringLiteral("rb"), 5, { { QStringLiteral("n"), 9 } }) })
            ->headSeq,
        qint64(1));

    const auto changes = logA->changesAfter(1, 10);
    QCOMPARE(changes->transactions.size(), 2);
    QCOMPARE(changes->transactions.first().serverSeq, qint64(2));
    QCOMPARE(logB->changesAfter(0, 10)->transactions.size(), 1);
    const auto page = logA->snapshot(SnapshotPosition { 3, {}, {} }, 10);
    QCOMPARE(page->rows.size(), 2);
    QCOMPARE(page->rows.first().fields.first().value.toString(),
             QStringLiteral("new")); // the older write lost
}

void tst_PgStorage::snapshotPagesMatchTheCheckpoint()
{
    const auto tenant = m_storage->directory().createTenant(QStringLiteral("gamma"));
    TenantLog *log = *m_storage->tenantLog(tenant->id);
    for (int i = 1; i <= 12; ++i)
        QVERIFY(
            log->push({ tx(QStringLiteral("s1"), i, QStringLiteral("r%1").arg(i, 2, 10, QLatin1Char('0')),
                           quint64(i),
                           { { QStringLiteral("n"), i }, { QStringLiteral("ن"), QStringLiteral("قيمة") } }) })
                .ok());
    Wire::SnapshotDigest digest;
    SnapshotPosition position { 12, {}, {} };
    int rows = 0;
    while (true) {
        const auto page = log->snapshot(position, 5);
        QVERIFY2(page.ok(), Test::why(page));
        digest.addRows(page->rows);
        rows += int(page->rows.size());
        position = page->next;
        if (page->done)
            break;
    }
    QCOMPARE(rows, 12);
    const auto checkpoint = log->checkpoint(12);
    QCOMPARE(checkpoint->fieldCount, qint64(24));
    QCOMPARE(checkpoint->checksum, digest.result());
}

void tst_PgStorage::directoryRotatesRefreshTokens()
{
    Directory &directory = m_storage->directory();
    const auto tenant = directory.createTenant(QStringLiteral("delta"));
    const auto user = directory.addUser(tenant->id, QStringLiteral("U@delta.sa"),
                                        QStringLiteral("$argon2id$x"), { QStringLiteral("rep") });
    QVERIFY2(user.ok(), Test::why(user));
    QCOMPARE(directory.userByEmail(tenant->id, QStringLiteral("u@delta.sa"))->id, user->id);
    const auto device
        = directory.deviceFor(tenant->id, user->id, QStringLiteral("site"), QStringLiteral("pc"), 1);
    QCOMPARE(directory.deviceFor(tenant->id, user->id, QStringLiteral("site"), QStringLiteral("pc"), 2)->id,
             device->id);
    QVERIFY(directory.storeRefreshToken(QByteArray("hash-1"), tenant->id, device->id, 1).ok());
    const auto first = directory.useRefreshToken(QByteArray("hash-1"), 10);
    QCOMPARE(first->wasUsedBefore, false);
    QCOMPARE(first->firstUsedAtMs, qint64(0));
    QCOMPARE(directory.useRefreshToken(QByteArray("hash-1"), 20)->firstUsedAtMs, qint64(10));
    const auto third = directory.useRefreshToken(QByteArray("hash-1"), 30);
    QCOMPARE(third->wasUsedBefore, true);
    QCOMPARE(third->firstUsedAtMs, qint64(10)); // a replay does not move the first use
    QVERIFY(directory.revokeDevice(tenant->id, device->id, 5).ok());
    QVERIFY(directory.device(tenant->id, device->id)->isRevoked());
    QCOMPARE(directory.useRefreshToken(QByteArray("hash-1"), 40).error().code, ErrorCode::NotFound);
    QCOMPARE(directory.signingKey()->size(), 32);
    QCOMPARE(*directory.signingKey(), *directory.signingKey());
}

void tst_PgStorage::replicasConvergeThroughTheServer()
{
    PasswordHasher hasher(KdfParams::fastForTests());
    SteppableClock clock;
    const auto tenant = m_storage->directory().createTenant(QStringLiteral("شركة"));
    QVERIFY(m_storage->directory()
                .addUser(tenant->id, QStringLiteral("r@x.sa"), *hasher.hash(QStringLiteral("password-1")), {})
                .ok());
    auto auth = AuthService::create(m_storage->directory(), hasher, clock);
    QVERIFY(auth.ok());
    SyncServer server(*m_storage, **auth, clock, SyncServerConfig {});
    QVERIFY(server.listen().ok());

    SyncClientConfig config;
    config.url = QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server.port()));
    config.tenant = QStringLiteral("شركة");
    config.email = QStringLiteral("r@x.sa");
    config.password = QStringLiteral("password-1");
    MemoryReplica a(QStringLiteral("site-a"));
    MemoryReplica b(QStringLiteral("site-b"));
    for (int i = 0; i < 10; ++i)
        a.write(QStringLiteral("deals"), QStringLiteral("d%1").arg(i),
                { { QStringLiteral("amount_minor"), i * 1000 } });
    b.write(QStringLiteral("deals"), QStringLiteral("d0"),
            { { QStringLiteral("stage"), QStringLiteral("won") } });
    SystemClock wall;
    for (MemoryReplica *replica : { &a, &b, &a }) {
        SyncClient client(*replica, config, wall);
        QSignalSpy finished(&client, &SyncClient::finished);
        client.syncOnce();
        QVERIFY(finished.wait(15000));
        QVERIFY2(finished.first().first().toBool(), Test::why(client.lastError()));
    }
    QCOMPARE(a.contents(), b.contents());
    QCOMPARE(a.cursor(), qint64(11));
}

void tst_PgStorage::pushesReachClientsOfAnotherInstance()
{
    // Two server instances on one database, as behind a load balancer.
    auto secondStorage = openServerStorage(QString(), m_url);
    QVERIFY2(secondStorage.ok(), Test::why(secondStorage));
    PasswordHasher hasher(KdfParams::fastForTests());
    SteppableClock clock;
    const auto tenant = m_storage->directory().createTenant(QStringLiteral("epsilon"));
    QVERIFY(m_storage->directory()
                .addUser(tenant->id, QStringLiteral("r@x.sa"), *hasher.hash(QStringLiteral("password-1")), {})
                .ok());
    auto auth1 = AuthService::create(m_storage->directory(), hasher, clock);
    auto auth2 = AuthService::create((*secondStorage)->directory(), hasher, clock);
    QVERIFY(auth1.ok() && auth2.ok());
    SyncServer server1(*m_storage, **auth1, clock, SyncServerConfig {});
    SyncServer server2(**secondStorage, **auth2, clock, SyncServerConfig {});
    QVERIFY(server1.listen().ok() && server2.listen().ok());

    SyncClientConfig config;
    config.tenant = QStringLiteral("epsilon");
    config.email = QStringLiteral("r@x.sa");
    config.password = QStringLiteral("password-1");
    SystemClock wall;
    MemoryReplica a(QStringLiteral("site-a"));
    MemoryReplica b(QStringLiteral("site-b"));
    config.url = QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server1.port()));
    SyncClient clientA(a, config, wall);
    config.url = QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server2.port()));
    SyncClient clientB(b, config, wall);
    QSignalSpy upToDateA(&clientA, &SyncClient::upToDate);
    QSignalSpy upToDateB(&clientB, &SyncClient::upToDate);
    clientA.start();
    clientB.start();
    QVERIFY(upToDateA.wait(10000));
    QTRY_VERIFY(upToDateB.count() > 0);

    a.write(QStringLiteral("contacts"), QStringLiteral("c1"),
            { { QStringLiteral("name"), QStringLiteral("ريم") } });
    clientA.localChangesAvailable();
    // Only a NOTIFY from instance 1 can make instance 2 poke B: B never asks by itself.
    QTRY_COMPARE_WITH_TIMEOUT(
        b.value(QStringLiteral("contacts"), QStringLiteral("c1"), QStringLiteral("name")).toString(),
        QStringLiteral("ريم"), 10000);
    clientA.stop();
    clientB.stop();
}

QTEST_GUILESS_MAIN(tst_PgStorage)
#include "tst_pgstorage.moc"
