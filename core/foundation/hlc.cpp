#include "hlc.h"

#include <QDateTime>

#include <algorithm>

namespace OmniCrm {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

HybridLogicalClock::HybridLogicalClock(const Clock &clock, quint64 last)
    : m_clock(clock)
    , m_last(last)
{
}

quint64 HybridLogicalClock::pack(qint64 millis, quint16 counter)
{
    Q_ASSERT(millis >= 0 && millis <= kMaxMillis);
    return (quint64(millis) << kCounterBits) | counter;
}

qint64 HybridLogicalClock::wallMs() const
{
    return std::clamp(m_clock.nowMs(), qint64(0), kMaxMillis);
}

quint64 HybridLogicalClock::now()
{
    const qint64 wall = wallMs();
    QMutexLocker locker(&m_mutex);
    const qint64 lastMs = millis(m_last);
    if (wall > lastMs) {
        m_last = pack(wall, 0);
    } else if (counter(m_last) == 0xFFFF) {
        m_last = pack(lastMs + 1, 0); // counter exhausted within one millisecond: borrow the next
    } else {
        ++m_last;
    }
    return m_last;
}

Result<quint64> HybridLogicalClock::receive(quint64 remote, qint64 maxDriftMs)
{
    const qint64 wall = wallMs();
    const qint64 remoteMs = millis(remote);
    if (remoteMs - wall > maxDriftMs) {
        return Error::make(ErrorCode::Conflict,
                           QStringLiteral("remote clock is %1 ms ahead of local time (limit %2 ms)")
                               .arg(remoteMs - wall)
                               .arg(maxDriftMs),
                           QStringLiteral("hlc"));
    }

    QMutexLocker locker(&m_mutex);
    const qint64 lastMs = millis(m_last);
    const qint64 ms = std::max({ wall, lastMs, remoteMs });
    quint32 next = 0;
    if (ms == lastMs && ms == remoteMs)
        next = quint32(std::max(counter(m_last), counter(remote))) + 1;
    else if (ms == lastMs)
        next = quint32(counter(m_last)) + 1;
    else if (ms == remoteMs)
        next = quint32(counter(remote)) + 1;
    m_last = next > 0xFFFF ? pack(ms + 1, 0) : pack(ms, quint16(next));
    return m_last;
}

quint64 HybridLogicalClock::last() const
{
    QMutexLocker locker(&m_mutex);
    return m_last;
}

} // namespace OmniCrm
