// Test doubles for the provider chain: a clock the test steps and a random source that returns
// the numbers the test chooses, so jitter and breaker cool-downs are deterministic.
#pragma once

#include "hlc.h"
#include "retrypolicy.h"

#include <QList>

namespace OmniCrm::Test {

class SteppedClock final : public Clock
{
public:
    qint64 nowMs() const override { return m_now; }
    void advance(qint64 ms) { m_now += ms; }

private:
    qint64 m_now = 1'795'000'000'000; // November 2026
};

class FixedRandom final : public RandomSource
{
public:
    explicit FixedRandom(double value = 0.5)
        : m_value(value)
    {
    }
    double uniform() override { return m_value; }
    void set(double value) { m_value = value; }

private:
    double m_value;
};

} // namespace OmniCrm::Test
