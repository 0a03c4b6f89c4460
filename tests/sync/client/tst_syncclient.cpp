// SyncClient against a real in-process server: sign-in and kept credentials, token refresh,
// clear errors, reconnecting after the server goes away, and stopping for good when revoked.
#include "memoryreplica.h"
#include "serverfixture.h"
#include "syncclient.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace OmniCrm;
using namespace OmniCrm::Test;

namespace {

const QString Tenant = QStringLiteral("acme");
const QString Email = QStringLiteral("rep@acme.sa");
const QString Password = QStringLiteral("long-enough-password");

} // namespace

class tst_SyncClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void signsInAndKeepsCredentials();
    void reusesDeviceTokensWithoutPassword();
    void refreshesWhenTheServerFindsTheTokenExpired();
    void refreshesBeforeHelloWhenItKnowsTheTokenExpired();
    void wrongPasswordIsAClearError();
    void reconnectsAfterTheServerComesBack();
    void revokedDeviceStopsForGood();

private:
    SyncClientConfig config(const QString &password = Password) const;
    bool syncOnce(SyncClient &client);

    std::unique_ptr<ServerFixture> m_fixture;
    QString m_tenantId;
    SystemClock m_clock;
};

void tst_SyncClient::init()
{
    m_fixture = std::make_unique<ServerFixture>();
    QVERIFY2(m_fixture->startError().isEmpty(), Test::why(m_fixture->startError()));
    m_tenantId = m_fixture->addTenantWithUser(Tenant, Email, Password);
    QVERIFY(!m_tenantId.isEmpty());
}

void tst_SyncClient::cleanup()
{
    m_fixture.reset();
}

SyncClientConfig tst_SyncClient::config(const QString &password) const
{
    SyncClientConfig c;
    c.url = m_fixture->url();
    c.tenant = Tenant;
    c.email = Email;
    c.password = password;
    c.deviceName = QStringLiteral("laptop");
    c.reconnectInitialMs = 20;
    c.reconnectMaxMs = 200;
    return c;
}

bool tst_SyncClient::syncOnce(SyncClient &client)
{
    QSignalSpy finished(&client, &SyncClient::finished);
    client.syncOnce();
    return finished.wait(15000) && finished.first().first().toBool();
}

void tst_SyncClient::signsInAndKeepsCredentials()
{
    MemoryReplica replica(QStringLiteral("site-a"));
    replica.write(QStringLiteral("contacts"), QStringLiteral("r1"),
                  { { QStringLiteral("name"), QStringLiteral("نورة") } });
    SyncClient client(replica, config(), m_clock);
    QSignalSpy credentials(&client, &SyncClient::credentialsChanged);
    QSignalSpy states(&client, &SyncClient::stateChanged);
    QVERIFY(syncOnce(client));
    QCOMPARE(credentials.count(), 1);
    const auto saved = credentials.first().first().value<DeviceCredentials>();
    QVERIFY(!saved.deviceId.isEmpty() && !saved.accessToken.isEmpty() && !saved.refreshToken.isEmpty());
    QCOMPARE(client.credentials().deviceId, saved.deviceId);
    QCOMPARE(client.state(), SyncClient::State::UpToDate);
    QCOMPARE(states.first().first().value<SyncClient::State>(), SyncClient::State::Connecting);
    QCOMPARE(replica.acknowledged(), qint64(1));
    QCOMPARE(replica.cursor(), qint64(1));
}

void tst_SyncClient::reusesDeviceTokensWithoutPassword()
{
    MemoryReplica replica(QStringLiteral("site-a"));
    DeviceCredentials saved;
    {
        SyncClient first(replica, config(), m_clock);
        QVERIFY(syncOnce(first));
        saved = first.credentials();
    }
    replica.write(QStringLiteral("deals"), QStringLiteral("d1"), { { QStringLiteral("amount_minor"), 900 } });
    SyncClient second(replica, config(QString()), m_clock);
    second.setCredentials(saved);
    QSignalSpy credentials(&second, &SyncClient::credentialsChanged);
    QVERIFY(syncOnce(second));
    QCOMPARE(credentials.count(), 0); // the access token was still good: no new sign-in
    QCOMPARE(replica.acknowledged(), qint64(1));
}

void tst_SyncClient::refreshesWhenTheServerFindsTheTokenExpired()
{
    MemoryReplica replica(QStringLiteral("site-a"));
    DeviceCredentials saved;
    {
        SyncClient first(replica, config(), m_clock);
        QVERIFY(syncOnce(first));
        saved = first.credentials();
    }
    m_fixture->clock().advance(16 * 60 * 1000); // the server's clock is past the token's expiry
    SyncClient second(replica, config(QString()), m_clock);
    second.setCredentials(saved);
    QSignalSpy credentials(&second, &SyncClient::credentialsChanged);
    QVERIFY(syncOnce(second));
    QCOMPARE(credentials.count(), 1);
    const auto rotated = credentials.first().first().value<DeviceCredentials>();
    QCOMPARE(rotated.deviceId, saved.deviceId);
    QVERIFY(rotated.refreshToken != saved.refreshToken);
    QVERIFY(rotated.accessToken != saved.accessToken);
}

void tst_SyncClient::refreshesBeforeHelloWhenItKnowsTheTokenExpired()
{
    MemoryReplica replica(QStringLiteral("site-a"));
    SyncClient first(replica, config(), m_clock);
    QVERIFY(syncOnce(first));
    DeviceCredentials saved = first.credentials();
    saved.accessExpiresAtMs = m_clock.nowMs() - 1;
    SyncClient second(replica, config(QString()), m_clock);
    second.setCredentials(saved);
    QVERIFY(syncOnce(second));
    QVERIFY(second.credentials().refreshToken != saved.refreshToken);
}

void tst_SyncClient::wrongPasswordIsAClearError()
{
    MemoryReplica replica(QStringLiteral("site-a"));
    SyncClient client(replica, config(QStringLiteral("not-the-password")), m_clock);
    QSignalSpy errors(&client, &SyncClient::errorOccurred);
    QSignalSpy finished(&client, &SyncClient::finished);
    client.syncOnce();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.first().first().toString(), QStringLiteral("unauthorized"));
    QCOMPARE(client.state(), SyncClient::State::Error);
}

void tst_SyncClient::reconnectsAfterTheServerComesBack()
{
    MemoryReplica replica(QStringLiteral("site-a"));
    SyncClient client(replica, config(), m_clock);
    QSignalSpy upToDate(&client, &SyncClient::upToDate);
    client.start();
    QVERIFY(upToDate.wait(10000));
    const quint16 port = m_fixture->server().port();

    m_fixture->server().close();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), SyncClient::State::Offline, 10000);
    replica.write(QStringLiteral("contacts"), QStringLiteral("r1"),
                  { { QStringLiteral("name"), QStringLiteral("خالد") } });

    SyncServerConfig again;
    again.port = port;
    SyncServer restarted(m_fixture->storage(), m_fixture->auth(), m_fixture->clock(), again);
    QVERIFY(restarted.listen().ok());
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), SyncClient::State::UpToDate, 15000);
    QCOMPARE(replica.acknowledged(), qint64(1)); // the change made while offline went up
    client.stop();
}

void tst_SyncClient::revokedDeviceStopsForGood()
{
    MemoryReplica replica(QStringLiteral("site-a"));
    SyncClient client(replica, config(), m_clock);
    QSignalSpy upToDate(&client, &SyncClient::upToDate);
    QSignalSpy errors(&client, &SyncClient::errorOccurred);
    client.start();
    QVERIFY(upToDate.wait(10000));
    QVERIFY(m_fixture->server().revokeDevice(m_tenantId, client.credentials().deviceId).ok());
    QTRY_COMPARE(client.state(), SyncClient::State::Error);
    QCOMPARE(errors.first().first().toString(), QStringLiteral("revoked"));
    QVERIFY(client.credentials().isEmpty());
    QTest::qWait(300); // a reconnect would have happened by now (backoff is 20 ms)
    QCOMPARE(m_fixture->server().connectionCount(), 0);
}

QTEST_GUILESS_MAIN(tst_SyncClient)
#include "tst_syncclient.moc"
