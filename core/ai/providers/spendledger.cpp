#include "spendledger.h"
#include "airepository.h"

#include <QDateTime>

namespace OmniCrm {

QString SpendLedger::monthOf(qint64 unixMs)
{
    return QDateTime::fromMSecsSinceEpoch(unixMs, Qt::UTC).toString(QStringLiteral("yyyy-MM"));
}

StoreSpendLedger::StoreSpendLedger(AiRepository &repository)
    : m_repository(repository)
{
}

Result<qint64> StoreSpendLedger::spentMicros(const QString &month)
{
    return m_repository.spendMicros(month);
}

Status StoreSpendLedger::record(const QString &month, const QString &providerId, const QString &model,
                                qint64 costMicros, qint64 promptTokens, qint64 completionTokens)
{
    return m_repository.addSpend(month, providerId, model, costMicros, promptTokens, completionTokens);
}

} // namespace OmniCrm
