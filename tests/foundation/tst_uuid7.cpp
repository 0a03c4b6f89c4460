// Proves ids (newId): canonical UUIDv7 text, the version and variant bits, a time prefix that
// never goes back, and no repeats, also when several threads make ids at once (each thread draws
// its random bits from a pool of its own).
#include "uuid7.h"

#include <QDateTime>
#include <QSet>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using namespace OmniCrm;

class tst_Uuid7 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isCanonicalVersion7();
    void timePrefixNeverGoesBack();
    void noRepeatsAcrossThreads();
    void validatesIds_data();
    void validatesIds();
};

void tst_Uuid7::isCanonicalVersion7()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const QString id = newId();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(isValidId(id));
    QCOMPARE(id.size(), 36);
    QCOMPARE(id, id.toLower());
    QCOMPARE(id.at(14), QChar(u'7')); // version
    QVERIFY(QStringLiteral("89ab").contains(id.at(19))); // RFC 4122 variant
    const qint64 ms = QStringView(id).left(8).toLongLong(nullptr, 16) << 16
        | QStringView(id).mid(9, 4).toLongLong(nullptr, 16);
    QVERIFY(ms >= before && ms <= after);
}

void tst_Uuid7::timePrefixNeverGoesBack()
{
    QString previous = newId();
    // More ids than one pool of random bytes holds, so refills are crossed too.
    for (int i = 0; i < 5000; ++i) {
        const QString id = newId();
        QVERIFY2(id.left(13) >= previous.left(13), qPrintable(previous + u' ' + id));
        QVERIFY(id != previous);
        previous = id;
    }
}

void tst_Uuid7::noRepeatsAcrossThreads()
{
    constexpr int kThreads = 4;
    constexpr int kPerThread = 25000;
    std::vector<QStringList> made(kThreads);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back(QThread::create([&made, t] {
            made[size_t(t)].reserve(kPerThread);
            for (int i = 0; i < kPerThread; ++i)
                made[size_t(t)].append(newId());
        }));
        threads.back()->start();
    }
    for (auto &thread : threads)
        QVERIFY(thread->wait());
    QSet<QString> all;
    QSet<QString> randomParts; // the 74 random bits alone must not repeat either
    for (const QStringList &ids : made) {
        for (const QString &id : ids) {
            QVERIFY(isValidId(id));
            all.insert(id);
            randomParts.insert(id.mid(15));
        }
    }
    QCOMPARE(all.size(), kThreads * kPerThread);
    QCOMPARE(randomParts.size(), kThreads * kPerThread);
}

void tst_Uuid7::validatesIds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("fresh") << newId() << true;
    QTest::newRow("upper-case") << newId().toUpper() << false;
    QTest::newRow("braces") << u'{' + newId() + u'}' << false;
    QTest::newRow("short") << newId().left(35) << false;
    QTest::newRow("empty") << QString() << false;
}

void tst_Uuid7::validatesIds()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(isValidId(text), valid);
}

QTEST_GUILESS_MAIN(tst_Uuid7)
#include "tst_uuid7.moc"
