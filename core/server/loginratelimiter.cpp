#include "loginratelimiter.h"

namespace OmniCrm {

LoginRateLimiter::LoginRateLimiter(int maxFailures, qint64 windowMs)
    : m_maxFailures(maxFailures)
    , m_windowMs(windowMs)
{
}

void LoginRateLimiter::prune(QList<qint64> &times, qint64 nowMs) const
{
    while (!times.isEmpty() && times.first() <= nowMs - m_windowMs)
        times.removeFirst();
}

bool LoginRateLimiter::isBlocked(const QString &key, qint64 nowMs)
{
    auto it = m_failures.find(key);
    if (it == m_failures.end())
        return false;
    prune(*it, nowMs);
    if (it->isEmpty()) {
        m_failures.erase(it);
        return false;
    }
    return it->size() >= m_maxFailures;
}

void LoginRateLimiter::recordFailure(const QString &key, qint64 nowMs)
{
    QList<qint64> &times = m_failures[key];
    prune(times, nowMs);
    times.append(nowMs);
    // Bounded memory under a flood: keep only what decides the answer.
    while (times.size() > m_maxFailures)
        times.removeFirst();
}

void LoginRateLimiter::clear(const QString &key)
{
    m_failures.remove(key);
}

} // namespace OmniCrm
