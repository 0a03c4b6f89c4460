// Proves SyncSettings: the account and device token live in the store's meta table, survive a
// reopen, and the token can be forgotten without the rest.
#include "replicatestsupport.h"
#include "syncsettings.h"

#include <QTest>

using namespace OmniCrm;
using namespace OmniCrm::Test;

class tst_SyncSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyUntilSet();
    void accountSurvivesReopenAndTokenCanBeCleared();
};

void tst_SyncSettings::emptyUntilSet()
{
    SimulatedTime time;
    TestReplica replica(time, 0);
    QVERIFY(replica.create().isEmpty());
    SyncSettings settings(replica.store().settings());
    auto account = settings.account();
    QVERIFY2(account.ok(), why(account));
    QVERIFY(!account->isConfigured());
    QCOMPARE(*account, SyncAccount());
}

void tst_SyncSettings::accountSurvivesReopenAndTokenCanBeCleared()
{
    SimulatedTime time;
    TestReplica replica(time, 0);
    QVERIFY(replica.create().isEmpty());
    const SyncAccount saved { QStringLiteral("wss://sync.example.sa"), QStringLiteral("acme"),
                              QStringLiteral("sara@example.sa"), QStringLiteral("token-1") };
    {
        SyncSettings settings(replica.store().settings());
        const Status set = settings.setAccount(saved);
        QVERIFY2(set.ok(), why(set));
    }
    QVERIFY(replica.reopen().isEmpty());
    SyncSettings settings(replica.store().settings());
    auto account = settings.account();
    QVERIFY2(account.ok(), why(account));
    QCOMPARE(*account, saved);
    QVERIFY(account->isConfigured());

    QVERIFY(settings.clearDeviceToken().ok());
    account = settings.account();
    QVERIFY2(account.ok(), why(account));
    QCOMPARE(account->deviceToken, QString());
    QCOMPARE(account->serverUrl, saved.serverUrl);
}

QTEST_GUILESS_MAIN(tst_SyncSettings)
#include "tst_syncsettings.moc"
