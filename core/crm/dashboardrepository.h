// DashboardRepository: the aggregate reads behind the dashboard (sums and counts over deals,
// leads and activities). Read-only, and the only dashboard code with SQL; each query reads a
// partial index of live rows (migration 3), so its cost follows the window asked for, not the
// size of the store.
#pragma once

#include "database.h"

#include <QList>
#include <QString>

#include <optional>

namespace OmniCrm {

/// Live deals of one stage in one currency.
struct StageValue
{
    QString stageId;
    QString currency;
    qint64 deals = 0;
    qint64 amountMinor = 0;
};

/// Won deals closed in interval `bucket` (see wonByInterval), in one currency.
struct WonBucket
{
    int bucket = 0;
    QString currency;
    qint64 deals = 0;
    qint64 amountMinor = 0;
};

/// Leads created in a window and how many of them became a deal.
struct LeadConversionCount
{
    qint64 created = 0;
    qint64 convertedToDeal = 0;
};

struct LeadSourceCount
{
    QString source; // empty: the lead says nothing about where it came from
    qint64 leads = 0;
};

class DashboardRepository
{
public:
    explicit DashboardRepository(Database &db);

    /// Live deals per stage (of every pipeline) and currency.
    Result<QList<StageValue>> valueByStage() const;
    /// Deals in a won stage whose closed_at lies in [bounds[i], bounds[i+1]), per i and currency.
    /// `bounds` ascend; at least two.
    Result<QList<WonBucket>> wonByInterval(const QList<qint64> &bounds) const;
    /// Leads created in [fromMs, toMs), and those of them converted with a deal.
    Result<LeadConversionCount> leadConversion(qint64 fromMs, qint64 toMs) const;
    /// Leads created in [fromMs, toMs) per source, most first.
    Result<QList<LeadSourceCount>> leadsBySource(qint64 fromMs, qint64 toMs) const;
    /// Open (not done) activities due in [fromMs, toMs); no lower bound when fromMs is empty.
    Result<qint64> openActivitiesDue(std::optional<qint64> fromMs, qint64 toMs) const;

private:
    Database &m_db;
};

} // namespace OmniCrm
