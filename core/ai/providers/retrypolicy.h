// RetryPolicy: when a 429 or 5xx is tried once more. The wait is the base delay scaled by a
// jitter factor in [1 - jitter, 1 + jitter) drawn from an injected RandomSource, or the server's
// Retry-After when it names one within maxRetryAfterMs; beyond that limit there is no retry and
// the chain moves on to the next provider.
#pragma once

#include <QtGlobal>

#include <optional>

namespace OmniCrm {

/// Uniform numbers in [0, 1); tests hand in a fixed sequence.
class RandomSource
{
public:
    virtual ~RandomSource() = default;
    virtual double uniform() = 0;
};

/// Backed by QRandomGenerator::global().
class SystemRandomSource final : public RandomSource
{
public:
    double uniform() override;
};

struct RetryPolicy
{
    qint64 baseDelayMs = 500;
    double jitter = 0.5; // ± fraction of the base delay
    qint64 maxRetryAfterMs = 10000;

    /// The wait before the one retry, or nullopt when the server asks for longer than allowed.
    std::optional<qint64> delayMs(qint64 retryAfterMs, RandomSource &random) const;
};

} // namespace OmniCrm
