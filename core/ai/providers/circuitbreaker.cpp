#include "circuitbreaker.h"

namespace OmniCrm {

CircuitBreaker::CircuitBreaker(const Clock &clock, int threshold, qint64 coolDownMs)
    : m_clock(clock)
    , m_threshold(std::max(1, threshold))
    , m_coolDownMs(coolDownMs)
{
}

CircuitBreaker::State CircuitBreaker::state() const
{
    if (!m_open)
        return State::Closed;
    return m_clock.nowMs() - m_openedAt >= m_coolDownMs ? State::HalfOpen : State::Open;
}

bool CircuitBreaker::allowCall()
{
    switch (state()) {
    case State::Closed:
        return true;
    case State::Open:
        return false;
    case State::HalfOpen:
        if (m_trialInFlight)
            return false;
        m_trialInFlight = true;
        return true;
    }
    return false;
}

void CircuitBreaker::recordSuccess()
{
    m_failures = 0;
    m_open = false;
    m_trialInFlight = false;
}

void CircuitBreaker::recordFailure()
{
    ++m_failures;
    if (m_trialInFlight || m_failures >= m_threshold) {
        m_open = true;
        m_openedAt = m_clock.nowMs();
    }
    m_trialInFlight = false;
}

} // namespace OmniCrm
