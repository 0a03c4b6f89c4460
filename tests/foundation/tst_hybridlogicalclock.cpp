// Proves the hybrid logical clock: timestamps always increase, also when the wall clock steps
// back or stands still; merging a remote timestamp moves past it; a remote clock far ahead is
// refused without touching local state.
#include "hlc.h"
#include "testsupport.h"

#include <QTest>

using namespace OmniCrm;
using OmniCrm::Test::why;

namespace {

class FakeClock final : public Clock
{
public:
    qint64 nowMs() const override { return m_ms; }
    void set(qint64 ms) { m_ms = ms; }

private:
    qint64 m_ms = 1'700'000'000'000;
};

constexpr qint64 kDrift = 60'000;

} // namespace

class tst_HybridLogicalClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_wall = std::make_unique<FakeClock>();
        m_clock = std::make_unique<HybridLogicalClock>(*m_wall);
    }
    void packsMillisAndCounter_data();
    void packsMillisAndCounter();
    void followsWallClock();
    void monotonicWhenWallClockStepsBack();
    void counterOverflowBumpsMillis();
    void resumesAfterPersistedTimestamp();
    void receive_data();
    void receive();
    void refusesRemoteFarAhead();
    void systemClockIsNow();

private:
    using Hlc = HybridLogicalClock;
    std::unique_ptr<FakeClock> m_wall;
    std::unique_ptr<HybridLogicalClock> m_clock;
};

void tst_HybridLogicalClock::packsMillisAndCounter_data()
{
    QTest::addColumn<qint64>("millis");
    QTest::addColumn<int>("counter");
    QTest::newRow("zero") << qint64(0) << 0;
    QTest::newRow("typical") << qint64(1'700'000'000'123) << 7;
    QTest::newRow("max-counter") << qint64(1'700'000'000'123) << 0xFFFF;
    QTest::newRow("max-millis") << Hlc::kMaxMillis << 0xFFFF;
}

void tst_HybridLogicalClock::packsMillisAndCounter()
{
    QFETCH(qint64, millis);
    QFETCH(int, counter);
    const quint64 t = Hlc::pack(millis, quint16(counter));
    QCOMPARE(Hlc::millis(t), millis);
    QCOMPARE(int(Hlc::counter(t)), counter);
    if (millis < Hlc::kMaxMillis)
        QVERIFY(t < Hlc::pack(millis + 1, 0));
}

void tst_HybridLogicalClock::followsWallClock()
{
    const quint64 a = m_clock->now();
    QCOMPARE(Hlc::millis(a), m_wall->nowMs());
    QCOMPARE(Hlc::counter(a), quint16(0));
    const quint64 b = m_clock->now(); // same millisecond
    QCOMPARE(Hlc::millis(b), m_wall->nowMs());
    QCOMPARE(Hlc::counter(b), quint16(1));
    m_wall->set(m_wall->nowMs() + 5);
    const quint64 c = m_clock->now();
    QCOMPARE(Hlc::millis(c), m_wall->nowMs());
    QCOMPARE(Hlc::counter(c), quint16(0));
    QVERIFY(a < b && b < c);
    QCOMPARE(m_clock->last(), c);
}

void tst_HybridLogicalClock::monotonicWhenWallClockStepsBack()
{
    const qint64 start = m_wall->nowMs();
    const quint64 before = m_clock->now();
    m_wall->set(start - 3'600'000); // NTP correction, or a user fixing the date
    quint64 previous = before;
    for (int i = 0; i < 100; ++i) {
        const quint64 t = m_clock->now();
        QVERIFY(t > previous);
        QCOMPARE(Hlc::millis(t), start);
        previous = t;
    }
    m_wall->set(start + 1);
    const quint64 after = m_clock->now();
    QCOMPARE(Hlc::millis(after), start + 1);
    QCOMPARE(Hlc::counter(after), quint16(0));
}

void tst_HybridLogicalClock::counterOverflowBumpsMillis()
{
    const qint64 start = m_wall->nowMs();
    HybridLogicalClock clock(*m_wall, Hlc::pack(start, 0xFFFE));
    const quint64 a = clock.now();
    QCOMPARE(Hlc::counter(a), quint16(0xFFFF));
    const quint64 b = clock.now();
    QCOMPARE(Hlc::millis(b), start + 1);
    QCOMPARE(Hlc::counter(b), quint16(0));
    QVERIFY(b > a);

    const auto merged = clock.receive(Hlc::pack(start + 1, 0xFFFF), kDrift);
    QVERIFY2(merged.ok(), why(merged));
    QCOMPARE(*merged, Hlc::pack(start + 2, 0));
}

void tst_HybridLogicalClock::resumesAfterPersistedTimestamp()
{
    const quint64 persisted = Hlc::pack(m_wall->nowMs() + 10, 3); // written before a restart
    HybridLogicalClock clock(*m_wall, persisted);
    QCOMPARE(clock.now(), persisted + 1);
}

void tst_HybridLogicalClock::receive_data()
{
    // Times relative to the fake wall clock W; local last is (W, 5) before each receive.
    QTest::addColumn<qint64>("remoteOffset");
    QTest::addColumn<int>("remoteCounter");
    QTest::addColumn<qint64>("wallOffset");
    QTest::addColumn<qint64>("expectedOffset");
    QTest::addColumn<int>("expectedCounter");
    QTest::newRow("remote-behind") << qint64(-1000) << 9 << qint64(0) << qint64(0) << 6;
    QTest::newRow("remote-same-ms-higher-counter") << qint64(0) << 9 << qint64(0) << qint64(0) << 10;
    QTest::newRow("remote-same-ms-lower-counter") << qint64(0) << 2 << qint64(0) << qint64(0) << 6;
    QTest::newRow("remote-ahead-within-drift") << qint64(500) << 4 << qint64(0) << qint64(500) << 5;
    QTest::newRow("wall-ahead-of-both") << qint64(100) << 4 << qint64(200) << qint64(200) << 0;
    QTest::newRow("wall-stepped-back") << qint64(-50) << 1 << qint64(-100) << qint64(0) << 6;
}

void tst_HybridLogicalClock::receive()
{
    QFETCH(qint64, remoteOffset);
    QFETCH(int, remoteCounter);
    QFETCH(qint64, wallOffset);
    QFETCH(qint64, expectedOffset);
    QFETCH(int, expectedCounter);
    const qint64 w = m_wall->nowMs();
    HybridLogicalClock clock(*m_wall, Hlc::pack(w, 5));
    m_wall->set(w + wallOffset);
    const quint64 remote = Hlc::pack(w + remoteOffset, quint16(remoteCounter));
    const auto merged = clock.receive(remote, kDrift);
    QVERIFY2(merged.ok(), why(merged));
    QCOMPARE(Hlc::millis(*merged), w + expectedOffset);
    QCOMPARE(int(Hlc::counter(*merged)), expectedCounter);
    QVERIFY(*merged > remote);
    QVERIFY(*merged > Hlc::pack(w, 5));
    QCOMPARE(clock.last(), *merged);
    QVERIFY(clock.now() > *merged);
}

void tst_HybridLogicalClock::refusesRemoteFarAhead()
{
    const quint64 before = m_clock->now();
    const quint64 remote = Hlc::pack(m_wall->nowMs() + kDrift + 1, 0);
    const auto merged = m_clock->receive(remote, kDrift);
    QVERIFY(!merged.ok());
    QCOMPARE(merged.error().code, ErrorCode::Conflict);
    QVERIFY2(merged.error().detail.contains(QStringLiteral("ahead")), why(merged));
    QCOMPARE(m_clock->last(), before);

    const auto atLimit = m_clock->receive(Hlc::pack(m_wall->nowMs() + kDrift, 0), kDrift);
    QVERIFY2(atLimit.ok(), why(atLimit));
}

void tst_HybridLogicalClock::systemClockIsNow()
{
    const SystemClock system;
    HybridLogicalClock clock(system);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const quint64 t = clock.now();
    QVERIFY(Hlc::millis(t) >= before);
    QVERIFY(Hlc::millis(t) <= QDateTime::currentMSecsSinceEpoch());
}

QTEST_GUILESS_MAIN(tst_HybridLogicalClock)
#include "tst_hybridlogicalclock.moc"
