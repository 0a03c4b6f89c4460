#include "retrypolicy.h"

#include <QRandomGenerator>

#include <cmath>

namespace OmniCrm {

double SystemRandomSource::uniform()
{
    return QRandomGenerator::global()->generateDouble();
}

std::optional<qint64> RetryPolicy::delayMs(qint64 retryAfterMs, RandomSource &random) const
{
    if (retryAfterMs >= 0) {
        if (retryAfterMs > maxRetryAfterMs)
            return std::nullopt;
        return retryAfterMs;
    }
    const double u = std::clamp(random.uniform(), 0.0, 1.0);
    const double factor = 1.0 - jitter + 2.0 * jitter * u;
    return qint64(std::floor(double(baseDelayMs) * factor));
}

} // namespace OmniCrm
