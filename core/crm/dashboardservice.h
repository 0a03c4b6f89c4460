// DashboardService: the figures of the dashboard (open pipeline, won this month against last,
// lead conversion, activities due, pipeline value by stage, twelve months of won revenue, leads
// by source), computed from the store in a handful of aggregate queries. Read-only: the
// dashboard runs it on the reader thread's store.
//
// The rule that is not obvious: "today", "this month" and the twelve months are calendar
// periods in the time zone of DashboardQuery::now, so the caller decides whose calendar it is.
#pragma once

#include "dashboardrepository.h"
#include "pipelineservice.h"

#include <QDate>
#include <QDateTime>

namespace OmniCrm {

struct DashboardQuery
{
    QDateTime now; // the moment, in the time zone whose days and months count
    QString currency = QStringLiteral("SAR"); // the charts' and the month comparison's currency
    QString pipelineId; // the pipeline charted by stage; the default one when empty
    int conversionDays = 90;
};

struct CurrencyAmount
{
    QString currency;
    qint64 amountMinor = 0;
    qint64 deals = 0;

    bool operator==(const CurrencyAmount &) const = default;
};

struct StageFigure
{
    Stage stage;
    qint64 deals = 0; // every currency
    qint64 amountMinor = 0; // in DashboardQuery::currency
};

struct MonthFigure
{
    QDate month; // the first day
    qint64 deals = 0;
    qint64 amountMinor = 0; // in DashboardQuery::currency
};

struct DashboardFigures
{
    QString currency;
    QDateTime computedAt;

    /// Live deals in open stages of every pipeline, per currency.
    QList<CurrencyAmount> openValue;
    qint64 openDeals = 0;

    /// Deals in a won stage closed this calendar month / last calendar month, per currency.
    QList<CurrencyAmount> wonThisMonth;
    QList<CurrencyAmount> wonLastMonth;
    /// The same in `currency`, and the change from last month to this one in percent; empty when
    /// last month won nothing in `currency` (no base to compare with).
    qint64 wonThisMonthMinor = 0;
    qint64 wonLastMonthMinor = 0;
    std::optional<double> wonChangePercent;

    /// Lead → deal conversion: of the leads created in the last `conversionDays` days (the window
    /// [now − days, now)), the share that has been converted with a deal (converted_deal_id set),
    /// whenever the conversion happened. A cohort rate: a lead created before the window and
    /// converted inside it does not count. Empty when no lead was created in the window.
    qint64 leadsCreated = 0;
    qint64 leadsConverted = 0;
    std::optional<double> conversionPercent;
    int conversionDays = 90;

    /// Open activities (not done) due today (any time of today, passed or not) and due before
    /// today: the two never overlap.
    qint64 activitiesDueToday = 0;
    qint64 activitiesOverdue = 0;

    /// The open stages of the charted pipeline, in order, valued in `currency`.
    QList<StageFigure> pipelineStages;
    QString pipelineId;
    /// Won revenue in `currency` per calendar month: twelve months, the oldest first, this month last.
    QList<MonthFigure> wonByMonth;
    /// Leads created in the conversion window per source, most first.
    QList<LeadSourceCount> leadsBySource;
};

class DashboardService
{
public:
    DashboardService(const DashboardRepository &figures, const PipelineService &pipelines);

    Result<DashboardFigures> compute(const DashboardQuery &query) const;

    /// The first moment of the month `monthsBack` months before the one holding `now`, in now's zone.
    static QDateTime monthStart(const QDateTime &now, int monthsBack);

private:
    const DashboardRepository &m_figures;
    const PipelineService &m_pipelines;
};

} // namespace OmniCrm
