// SyncServer end to end on 127.0.0.1: replicas converge through it, pushes stay idempotent
// across a reconnect, a snapshot resumes after a drop and ends on a matching checksum, and bad
// frames close only the connection that sent them.
#include "memoryreplica.h"
#include "messagecodec.h"
#include "serverfixture.h"
#include "syncclient.h"
#include "testsupport.h"

#include <QCborMap>
#include <QSignalSpy>
#include <QTest>

using namespace OmniCrm;
using namespace OmniCrm::Test;

namespace {

const QString Tenant = QStringLiteral("شركة الأفق");
const QString Email = QStringLiteral("rep@ufuq.sa");
const QString Password = QStringLiteral("كلمة-سر-طويلة-1");

QString rowId(int i)
{
    return QStringLiteral("0190f1a2-0000-7000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
}

} // namespace

class tst_SyncServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void twoReplicasConverge();
    void liveChangesReachOtherClients();
    void pushIsIdempotentAfterReconnectBeforeAck();
    void snapshotResumesAfterDropWithMatchingChecksum();
    void badFramesCloseOnlyTheirConnection();
    void refusesPushForAnotherSiteAndClockFarAhead();
    void pullsAreBoundedByRowsButKeepTransactionsWhole();
    void silentConnectionsAreClosed();

private:
    SyncClientConfig clientConfig() const;
    bool syncOnce(MemoryReplica &replica, SyncClientConfig config = {});

    std::unique_ptr<ServerFixture> m_fixture;
    QString m_tenantId;
    SystemClock m_clock;
};

void tst_SyncServer::init()
{
    SyncServerConfig config;
    config.limits.maxFrameBytes = 256 * 1024;
    m_fixture = std::make_unique<ServerFixture>(config);
    QVERIFY2(m_fixture->startError().isEmpty(), Test::why(m_fixture->startError()));
    m_tenantId = m_fixture->addTenantWithUser(Tenant, Email, Password);
    QVERIFY(!m_tenantId.isEmpty());
}

void tst_SyncServer::cleanup()
{
    m_fixture.reset();
}

SyncClientConfig tst_SyncServer::clientConfig() const
{
    SyncClientConfig config;
    config.url = m_fixture->url();
    config.tenant = Tenant;
    config.email = Email;
    config.password = Password;
    config.deviceName = QStringLiteral("test");
    config.reconnectInitialMs = 20;
    return config;
}

bool tst_SyncServer::syncOnce(MemoryReplica &replica, SyncClientConfig config)
{
    if (config.url.isEmpty())
        config = clientConfig();
    SyncClient client(replica, config, m_clock);
    QSignalSpy finished(&client, &SyncClient::finished);
    client.syncOnce();
    if (!finished.wait(15000))
        return false;
    if (!finished.first().first().toBool())
        qWarning() << "sync failed:" << client.lastError();
    return finished.first().first().toBool();
}

void tst_SyncServer::twoReplicasConverge()
{
    MemoryReplica a(QStringLiteral("site-a"));
    MemoryReplica b(QStringLiteral("site-b"));
    for (int i = 0; i < 5; ++i)
        a.write(QStringLiteral("contacts"), rowId(i),
                { { QStringLiteral("name"), QStringLiteral("عميل %1").arg(i) } });
    b.write(QStringLiteral("deals"), rowId(100), { { QStringLiteral("amount_minor"), 5000 } });
    // Both edit the same field of one row; B's edit is the later one and must win everywhere.
    a.write(QStringLiteral("contacts"), rowId(0),
            { { QStringLiteral("phone"), QStringLiteral("+966500000001") } });
    QTest::qWait(5);
    b.write(QStringLiteral("contacts"), rowId(0),
            { { QStringLiteral("phone"), QStringLiteral("+966500000002") } });

    QVERIFY(syncOnce(a));
    QVERIFY(syncOnce(b)); // b is new: snapshot, then its own push, then the changes
    QVERIFY(syncOnce(a));

    QCOMPARE(a.pending(10)->size(), 0);
    QCOMPARE(b.pending(10)->size(), 0);
    QCOMPARE(a.contents(), b.contents());
    QCOMPARE(a.value(QStringLiteral("contacts"), rowId(0), QStringLiteral("phone")).toString(),
             QStringLiteral("+966500000002"));
    QCOMPARE(b.value(QStringLiteral("contacts"), rowId(3), QStringLiteral("name")).toString(),
             QStringLiteral("عميل 3"));
    auto log = m_fixture->storage().tenantLog(m_tenantId);
    QVERIFY(log.ok());
    QCOMPARE(*(*log)->head(), qint64(8));
    QCOMPARE(a.cursor(), qint64(8));
    QCOMPARE(b.cursor(), qint64(8));
}

void tst_SyncServer::liveChangesReachOtherClients()
{
    MemoryReplica a(QStringLiteral("site-a"));
    MemoryReplica b(QStringLiteral("site-b"));
    SyncClient clientA(a, clientConfig(), m_clock);
    SyncClient clientB(b, clientConfig(), m_clock);
    QSignalSpy upToDateA(&clientA, &SyncClient::upToDate);
    QSignalSpy upToDateB(&clientB, &SyncClient::upToDate);
    clientA.start();
    clientB.start();
    QVERIFY(upToDateA.wait(10000));
    QTRY_VERIFY(upToDateB.count() > 0);

    a.write(QStringLiteral("companies"), rowId(1),
            { { QStringLiteral("name"), QStringLiteral("مؤسسة النور") } });
    clientA.localChangesAvailable();
    QTRY_COMPARE_WITH_TIMEOUT(
        b.value(QStringLiteral("companies"), rowId(1), QStringLiteral("name")).toString(),
        QStringLiteral("مؤسسة النور"), 10000);
    b.write(QStringLiteral("companies"), rowId(1), { { QStringLiteral("city"), QStringLiteral("جدة") } });
    clientB.localChangesAvailable();
    QTRY_COMPARE_WITH_TIMEOUT(
        a.value(QStringLiteral("companies"), rowId(1), QStringLiteral("city")).toString(),
        QStringLiteral("جدة"), 10000);
    QTRY_COMPARE(clientA.state(), SyncClient::State::UpToDate);
    QTRY_COMPARE(clientB.state(), SyncClient::State::UpToDate);
    QCOMPARE(a.contents(), b.contents());
}

void tst_SyncServer::pushIsIdempotentAfterReconnectBeforeAck()
{
    MemoryReplica a(QStringLiteral("site-a"));
    for (int i = 0; i < 3; ++i)
        a.write(QStringLiteral("leads"), rowId(i),
                { { QStringLiteral("title"), QStringLiteral("طلب %1").arg(i) } });

    // The server stores the push and the connection dies before the replica hears the ack.
    {
        RawClient raw(m_fixture->url());
        QVERIFY(raw.signIn(Tenant, Email, Password, a.siteId()).ok());
        auto ack = raw.request(Wire::Push { *a.pending(10) });
        QVERIFY2(ack.ok(), Test::why(ack));
        QCOMPARE(std::get<Wire::Ack>(*ack).applied, (QList<qint64> { 1, 2, 3 }));
        raw.socket().abort();
    }
    QCOMPARE(a.pending(10)->size(), 3); // never acknowledged locally

    QVERIFY(syncOnce(a)); // pushes 1..3 again
    QCOMPARE(a.pending(10)->size(), 0);
    auto log = m_fixture->storage().tenantLog(m_tenantId);
    QVERIFY(log.ok());
    QCOMPARE(*(*log)->head(), qint64(3));
    const auto changes = (*log)->changesAfter(0, 100);
    QVERIFY(changes.ok());
    QCOMPARE(changes->transactions.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(changes->transactions.at(i).localSeq, qint64(i + 1));

    MemoryReplica b(QStringLiteral("site-b"));
    QVERIFY(syncOnce(b));
    QCOMPARE(b.contents(), a.contents());
}

void tst_SyncServer::snapshotResumesAfterDropWithMatchingChecksum()
{
    MemoryReplica a(QStringLiteral("site-a"));
    for (int i = 0; i < 57; ++i)
        a.write(QStringLiteral("products"), rowId(i),
                { { QStringLiteral("sku"), QStringLiteral("SKU-%1").arg(i) },
                  { QStringLiteral("price_minor"), i * 100 } });
    QVERIFY(syncOnce(a));

    MemoryReplica b(QStringLiteral("site-b"));
    SyncClientConfig config = clientConfig();
    config.snapshotLimit = 10;
    SyncClient client(b, config, m_clock);
    int chunks = 0;
    int rowsReceived = 0;
    bool dropped = false;
    connect(&client, &SyncClient::snapshotChunkApplied, this, [&](int rows) {
        ++chunks;
        rowsReceived += rows;
        if (chunks == 3 && !dropped) {
            dropped = true;
            client.dropConnection();
        }
    });
    QSignalSpy errors(&client, &SyncClient::errorOccurred);
    QSignalSpy finished(&client, &SyncClient::finished);
    client.syncOnce();
    QVERIFY(finished.wait(15000));
    QVERIFY2(finished.first().first().toBool(), Test::why(client.lastError()));
    QVERIFY(dropped);
    QCOMPARE(errors.count(), 0); // a checksum mismatch would have been reported
    QCOMPARE(rowsReceived, 57); // resumed where it stopped: no row sent twice, none missing
    QCOMPARE(b.contents(), a.contents());
    QCOMPARE(b.cursor(), a.cursor());
}

void tst_SyncServer::badFramesCloseOnlyTheirConnection()
{
    MemoryReplica a(QStringLiteral("site-a"));
    MemoryReplica b(QStringLiteral("site-b"));
    SyncClient clientB(b, clientConfig(), m_clock);
    QSignalSpy upToDateB(&clientB, &SyncClient::upToDate);
    QSignalSpy statesB(&clientB, &SyncClient::stateChanged);
    clientB.start();
    QVERIFY(upToDateB.wait(10000));
    statesB.clear();

    const QByteArray validPush = Wire::encodeMessage(Wire::Push { {} });
    const QList<std::pair<QByteArray, QString>> bad {
        { QByteArray("\xff\x00garbage", 9), QStringLiteral("bad_frame") },
        { validPush.left(validPush.size() - 3), QStringLiteral("bad_frame") },
        { QByteArray(300 * 1024, 'x'), QStringLiteral("frame_too_large") },
        { Wire::encodeMessage(Wire::Ack {}), QStringLiteral("bad_request") },
    };
    for (const auto &[frame, code] : bad) {
        RawClient raw(m_fixture->url());
        QVERIFY(raw.signIn(Tenant, Email, Password, QStringLiteral("site-raw")).ok());
        raw.sendBytes(frame);
        const auto reply = raw.next();
        QVERIFY2(reply.ok(), Test::why(reply));
        const auto *error = std::get_if<Wire::ErrorMessage>(&*reply);
        QVERIFY(error);
        QCOMPARE(error->code, code);
        QVERIFY(raw.waitForClose());
    }
    {
        RawClient text(m_fixture->url());
        text.socket().sendTextMessage(QStringLiteral("{\"type\":\"hello\"}"));
        QVERIFY(text.waitForClose());
    }

    // Meanwhile the healthy client was never dropped and still receives changes.
    a.write(QStringLiteral("contacts"), rowId(9), { { QStringLiteral("name"), QStringLiteral("سارة") } });
    QVERIFY(syncOnce(a));
    QTRY_COMPARE_WITH_TIMEOUT(
        b.value(QStringLiteral("contacts"), rowId(9), QStringLiteral("name")).toString(),
        QStringLiteral("سارة"), 10000);
    for (const auto &arguments : statesB)
        QVERIFY(arguments.first().value<SyncClient::State>() != SyncClient::State::Offline);
}

void tst_SyncServer::refusesPushForAnotherSiteAndClockFarAhead()
{
    RawClient raw(m_fixture->url());
    QVERIFY(raw.signIn(Tenant, Email, Password, QStringLiteral("site-a")).ok());
    const quint64 now = quint64(QDateTime::currentMSecsSinceEpoch()) << 16;
    const RowChange row { QStringLiteral("contacts"), rowId(1), 1, now, { { QStringLiteral("name"), 1 } } };
    SyncTransaction foreign { QStringLiteral("site-b"), 1, QStringLiteral("t1"), now, { row }, 0 };
    auto reply = raw.request(Wire::Push { { foreign } });
    QVERIFY(reply.ok());
    auto ack = std::get<Wire::Ack>(*reply);
    QCOMPARE(ack.applied.size(), 0);
    QCOMPARE(ack.rejected.size(), 1);

    const quint64 future = quint64(QDateTime::currentMSecsSinceEpoch() + 3'600'000) << 16;
    SyncTransaction ahead { QStringLiteral("site-a"),
                            1,
                            QStringLiteral("t2"),
                            future,
                            { RowChange { QStringLiteral("contacts"), rowId(1), 1, future, {} } },
                            0 };
    SyncTransaction after { QStringLiteral("site-a"), 2, QStringLiteral("t3"), now, { row }, 0 };
    reply = raw.request(Wire::Push { { ahead, after } });
    QVERIFY(reply.ok());
    ack = std::get<Wire::Ack>(*reply);
    QCOMPARE(ack.applied.size(), 0);
    QCOMPARE(ack.rejected.size(), 2); // nothing after a rejected transaction is applied
    QVERIFY(ack.rejected.first().reason.contains(QStringLiteral("clock_ahead")));
    QCOMPARE(ack.headSeq, qint64(0));
}

void tst_SyncServer::pullsAreBoundedByRowsButKeepTransactionsWhole()
{
    SyncServerConfig config;
    config.maxRowsPerPull = 5;
    ServerFixture fixture(config);
    QVERIFY(!fixture.addTenantWithUser(Tenant, Email, Password).isEmpty());
    MemoryReplica a(QStringLiteral("site-a"));
    for (int t = 0; t < 4; ++t) {
        QList<RowChange> rows;
        for (int r = 0; r < 3; ++r)
            rows.append(RowChange {
                QStringLiteral("contacts"), rowId(t * 10 + r), 1, 0, { { QStringLiteral("n"), r } } });
        a.writeRows(rows);
    }
    RawClient raw(fixture.url());
    QVERIFY(raw.signIn(Tenant, Email, Password, a.siteId()).ok());
    QVERIFY(std::holds_alternative<Wire::Ack>(*raw.request(Wire::Push { *a.pending(1) })));

    // B takes the first transaction by snapshot, then the other three by pulls of one each.
    MemoryReplica b(QStringLiteral("site-b"));
    SyncClientConfig clientConfig = this->clientConfig();
    clientConfig.url = fixture.url();
    const auto syncB = [&] {
        SyncClient client(b, clientConfig, m_clock);
        QSignalSpy finished(&client, &SyncClient::finished);
        client.syncOnce();
        return finished.wait(10000) && finished.first().first().toBool();
    };
    QVERIFY(syncB());
    QCOMPARE(b.cursor(), qint64(1));

    QVERIFY(std::holds_alternative<Wire::Ack>(*raw.request(Wire::Push { *a.pending(10) })));
    auto changes = std::get<Wire::Changes>(*raw.request(Wire::Pull { 0, 100 }));
    QCOMPARE(changes.transactions.size(), 1); // a second transaction would pass 5 rows
    QCOMPARE(changes.transactions.first().rows.size(), 3);
    QVERIFY(changes.more);
    QCOMPARE(changes.to, qint64(1));

    QVERIFY(syncB());
    QCOMPARE(b.cursor(), qint64(4));
    QCOMPARE(b.appliedCount(), 3);
    QCOMPARE(b.contents(), a.contents());
}

void tst_SyncServer::silentConnectionsAreClosed()
{
    SyncServerConfig config;
    config.helloTimeoutMs = 300;
    ServerFixture fixture(config);
    QVERIFY(!fixture.addTenantWithUser(Tenant, Email, Password).isEmpty());
    // signedIn connects first, so its own hello deadline has passed when silent's has.
    RawClient signedIn(fixture.url());
    RawClient silent(fixture.url());
    QVERIFY(signedIn.signIn(Tenant, Email, Password, QStringLiteral("site-a")).ok());
    QVERIFY(silent.waitForClose(5000));
    const auto reply = silent.next(100);
    QVERIFY(reply.ok());
    QCOMPARE(std::get<Wire::ErrorMessage>(*reply).code, QStringLiteral("timeout"));
    QVERIFY(signedIn.isConnected()); // a signed-in connection stays
    QVERIFY(std::holds_alternative<Wire::Pong>(*signedIn.request(Wire::Ping { 5 })));
}

QTEST_GUILESS_MAIN(tst_SyncServer)
#include "tst_syncserver.moc"
