// SyncStatusText: the status bar says nothing when sync is not set up, "offline" with the last
// sync time, progress while syncing (first download parts and records, or changes), "up to date",
// and for errors the reason with what to do; the open conflicts are counted after it.
#include "syncstatus.h"

#include <QTest>

using namespace OmniCrm;
using namespace Qt::StringLiterals;

class tst_SyncStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusBarText_data();
    void statusBarText();
    void reasonsSayWhatToDo_data();
    void reasonsSayWhatToDo();
    void oneTimeCodeIsRecognised();
};

void tst_SyncStatus::statusBarText_data()
{
    QTest::addColumn<SyncStatus>("status");
    QTest::addColumn<QString>("text");
    const QDateTime nineFortyOne(QDate::currentDate(), QTime(9, 41));
    SyncStatus s;
    QTest::newRow("not configured") << s << QString();
    s.phase = SyncStatus::Phase::SignedOut;
    QTest::newRow("signed out") << s << u"Sync: sign in to sync"_s;
    s.phase = SyncStatus::Phase::Offline;
    QTest::newRow("offline, never synced") << s << u"Offline · not synced yet"_s;
    s.lastSynced = nineFortyOne;
    QTest::newRow("offline") << s
                             << u"Offline · last synced \u2068%1\u2069"_s.arg(
                                    QLocale().toString(QTime(9, 41), QLocale::ShortFormat));
    s.phase = SyncStatus::Phase::Syncing;
    QTest::newRow("syncing, nothing counted yet") << s << u"Syncing…"_s;
    s.changesDone = 40;
    s.changesTotal = 120;
    QTest::newRow("syncing changes") << s << u"Syncing: 40 of 120 changes"_s;
    s.snapshotChunks = 3;
    s.snapshotRows = 1500;
    QTest::newRow("first download") << s << u"Syncing: first download, part 3 (records: 1500)"_s;
    s = SyncStatus();
    s.phase = SyncStatus::Phase::UpToDate;
    QTest::newRow("up to date") << s << u"Up to date"_s;
    s.openConflicts = 2;
    QTest::newRow("up to date with conflicts") << s << u"Up to date · Conflicts: 2"_s;
    s = SyncStatus();
    s.phase = SyncStatus::Phase::Error;
    s.errorCode = u"revoked"_s;
    QTest::newRow("revoked") << s << u"Sync stopped: sign in again"_s;
    s.errorCode = u"unsupported"_s;
    QTest::newRow("other error") << s << u"Sync error"_s;
}

void tst_SyncStatus::statusBarText()
{
    QFETCH(SyncStatus, status);
    QFETCH(QString, text);
    QCOMPARE(SyncStatusText::statusBar(status), text);
}

void tst_SyncStatus::reasonsSayWhatToDo_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("contains");
    QTest::newRow("password changed")
        << u"unauthorized"_s << u"unknown refresh token"_s << u"Sign in again"_s;
    QTest::newRow("revoked") << u"revoked"_s << u"device revoked"_s << u"Sign in again"_s;
    QTest::newRow("rate limited") << u"rate_limited"_s << QString() << u"Wait a few minutes"_s;
    QTest::newRow("old app") << u"unsupported"_s << QString() << u"Update the app"_s;
    QTest::newRow("refused change") << u"rejected"_s << u"bad row"_s << u"(bad row)"_s;
    QTest::newRow("unknown") << u"teapot"_s << u"short and stout"_s << u"short and stout"_s;
}

void tst_SyncStatus::reasonsSayWhatToDo()
{
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, contains);
    QVERIFY2(SyncStatusText::reason(code, message).contains(contains),
             qPrintable(SyncStatusText::reason(code, message)));
}

void tst_SyncStatus::oneTimeCodeIsRecognised()
{
    QVERIFY(SyncStatusText::needsOneTimeCode(u"unauthorized"_s, u"a valid one-time code is required"_s));
    QVERIFY(!SyncStatusText::needsOneTimeCode(u"unauthorized"_s, u"wrong tenant, email or password"_s));
    QVERIFY(SyncStatusText::needsSignIn(u"revoked"_s));
    QVERIFY(!SyncStatusText::needsSignIn(u"offline"_s));
}

QTEST_GUILESS_MAIN(tst_SyncStatus)
#include "tst_syncstatus.moc"
