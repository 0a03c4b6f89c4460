// Hybrid logical clock for sync: timestamps that follow wall time but never go backwards and
// always move past every timestamp seen from another device.
//
// A timestamp is 48 bits of Unix milliseconds and a 16-bit counter (ms << 16 | counter), so
// timestamps compare as plain integers. The site id that breaks ties lives with the caller.
#pragma once

#include "result.h"

#include <QMutex>
#include <QtGlobal>

namespace OmniCrm {

/// Wall time behind an interface so tests can step it.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0; // Unix milliseconds
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
};

class HybridLogicalClock
{
public:
    /// last: the newest timestamp this site has persisted, so a restart never reuses a timestamp.
    explicit HybridLogicalClock(const Clock &clock, quint64 last = 0);

    HybridLogicalClock(const HybridLogicalClock &) = delete;
    HybridLogicalClock &operator=(const HybridLogicalClock &) = delete;

    /// A timestamp for a local event or an outgoing message; greater than every earlier one.
    quint64 now();

    /// Merges a timestamp received from another site and returns one greater than both. Conflict
    /// (field "hlc"), and the clock unchanged, when remote is more than maxDriftMs ahead of the
    /// wall clock: one device with a wrong date must not drag every other clock into the future.
    Result<quint64> receive(quint64 remote, qint64 maxDriftMs);

    /// The newest timestamp handed out or merged.
    quint64 last() const;

    static constexpr int kCounterBits = 16;
    static constexpr qint64 kMaxMillis = (qint64(1) << 48) - 1;

    static quint64 pack(qint64 millis, quint16 counter);
    static qint64 millis(quint64 timestamp) { return qint64(timestamp >> kCounterBits); }
    static quint16 counter(quint64 timestamp) { return quint16(timestamp & 0xFFFF); }

private:
    qint64 wallMs() const;

    const Clock &m_clock;
    mutable QMutex m_mutex;
    quint64 m_last;
};

} // namespace OmniCrm
