// Counts failed logins per key (a user, an address) in a sliding window and refuses further
// attempts — right or wrong — once a key has failed too often, so guessing stays slow.
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace OmniCrm {

class LoginRateLimiter
{
public:
    LoginRateLimiter(int maxFailures, qint64 windowMs);

    bool isBlocked(const QString &key, qint64 nowMs);
    void recordFailure(const QString &key, qint64 nowMs);
    void clear(const QString &key);

private:
    void prune(QList<qint64> &times, qint64 nowMs) const;

    int m_maxFailures;
    qint64 m_windowMs;
    QHash<QString, QList<qint64>> m_failures;
};

} // namespace OmniCrm
