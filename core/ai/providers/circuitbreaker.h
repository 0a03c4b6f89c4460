// CircuitBreaker: stops calling a provider that keeps failing. Closed → open after `threshold`
// consecutive failures; open → half-open once `coolDownMs` have passed on the injected clock,
// which lets one trial call through: its success closes the breaker, its failure opens it again.
#pragma once

#include "hlc.h"

namespace OmniCrm {

class CircuitBreaker
{
public:
    enum class State { Closed, Open, HalfOpen };

    CircuitBreaker(const Clock &clock, int threshold, qint64 coolDownMs);

    /// The state now (an open breaker whose cool-down passed reads as half-open).
    State state() const;
    /// True when a call may go out; in half-open state only one trial call at a time.
    bool allowCall();
    void recordSuccess();
    void recordFailure();
    int consecutiveFailures() const { return m_failures; }

private:
    const Clock &m_clock;
    int m_threshold;
    qint64 m_coolDownMs;
    int m_failures = 0;
    bool m_open = false;
    qint64 m_openedAt = 0;
    bool m_trialInFlight = false;
};

} // namespace OmniCrm
