// SpendLedger: what the AI providers cost this month, for the monthly cap. The chain asks it
// before every paid call and records each call's cost after it. StoreSpendLedger keeps it in
// the store; InMemorySpendLedger is for tests and tools without a store.
#pragma once

#include "result.h"

#include <QHash>

namespace OmniCrm {

class AiRepository;

class SpendLedger
{
public:
    virtual ~SpendLedger() = default;
    /// Micro-units of the cap currency spent in `month` ("2026-11").
    virtual Result<qint64> spentMicros(const QString &month) = 0;
    virtual Status record(const QString &month, const QString &providerId, const QString &model,
                          qint64 costMicros, qint64 promptTokens, qint64 completionTokens)
        = 0;

    /// "yyyy-MM" of a Unix-ms time, in UTC.
    static QString monthOf(qint64 unixMs);
};

class InMemorySpendLedger final : public SpendLedger
{
public:
    Result<qint64> spentMicros(const QString &month) override { return m_spent.value(month); }
    Status record(const QString &month, const QString &, const QString &, qint64 costMicros, qint64,
                  qint64) override
    {
        m_spent[month] += costMicros;
        return {};
    }

private:
    QHash<QString, qint64> m_spent;
};

class StoreSpendLedger final : public SpendLedger
{
public:
    explicit StoreSpendLedger(AiRepository &repository);
    Result<qint64> spentMicros(const QString &month) override;
    Status record(const QString &month, const QString &providerId, const QString &model, qint64 costMicros,
                  qint64 promptTokens, qint64 completionTokens) override;

private:
    AiRepository &m_repository;
};

} // namespace OmniCrm
