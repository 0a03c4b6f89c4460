#include "dashboardservice.h"

#include <QHash>
#include <QTimeZone>

namespace OmniCrm {

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr int kMonths = 12;

void addTo(QList<CurrencyAmount> &totals, const QString &currency, qint64 amountMinor, qint64 deals)
{
    for (CurrencyAmount &total : totals) {
        if (total.currency == currency) {
            total.amountMinor += amountMinor;
            total.deals += deals;
            return;
        }
    }
    totals.append(CurrencyAmount { currency, amountMinor, deals });
}

void sortByCurrency(QList<CurrencyAmount> &totals)
{
    std::sort(totals.begin(), totals.end(),
              [](const CurrencyAmount &a, const CurrencyAmount &b) { return a.currency < b.currency; });
}
} // namespace

DashboardService::DashboardService(const DashboardRepository &figures, const PipelineService &pipelines)
    : m_figures(figures)
    , m_pipelines(pipelines)
{
}

QDateTime DashboardService::monthStart(const QDateTime &now, int monthsBack)
{
    const QDate today = now.date();
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(-monthsBack);
    return first.startOfDay(now.timeZone());
}

Result<DashboardFigures> DashboardService::compute(const DashboardQuery &query) const
{
    if (!query.now.isValid())
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("the dashboard needs a time"));
    DashboardFigures figures;
    figures.currency = query.currency;
    figures.computedAt = query.now;
    figures.conversionDays = query.conversionDays;
    const qint64 nowMs = query.now.toMSecsSinceEpoch();

    // Stages of every pipeline say which deals are open; the charted pipeline gives the order.
    auto pipelines = m_pipelines.all();
    if (!pipelines)
        return pipelines.error();
    QHash<QString, Stage> stages;
    const Pipeline *charted = nullptr;
    for (const Pipeline &pipeline : *pipelines) {
        for (const Stage &stage : pipeline.stages)
            stages.insert(stage.meta.id, stage);
        if (query.pipelineId.isEmpty() ? pipeline.isDefault : pipeline.meta.id == query.pipelineId)
            charted = charted ? charted : &pipeline;
    }
    if (!charted && !query.pipelineId.isEmpty())
        return Error::make(ErrorCode::NotFound, QStringLiteral("no pipeline %1").arg(query.pipelineId),
                           QStringLiteral("pipeline"));
    if (charted) {
        figures.pipelineId = charted->meta.id;
        for (const Stage &stage : charted->stages) {
            if (stage.type == StageType::Open)
                figures.pipelineStages.append(StageFigure { stage, 0, 0 });
        }
    }

    auto values = m_figures.valueByStage();
    if (!values)
        return values.error();
    for (const StageValue &value : *values) {
        const auto stage = stages.constFind(value.stageId);
        if (stage == stages.constEnd() || stage->type != StageType::Open)
            continue;
        addTo(figures.openValue, value.currency, value.amountMinor, value.deals);
        figures.openDeals += value.deals;
        for (StageFigure &figure : figures.pipelineStages) {
            if (figure.stage.meta.id != value.stageId)
                continue;
            figure.deals += value.deals;
            if (value.currency == query.currency)
                figure.amountMinor += value.amountMinor;
        }
    }
    sortByCurrency(figures.openValue);

    // Thirteen month starts bound twelve months; the last interval is this month.
    QList<qint64> bounds;
    for (int back = kMonths - 1; back >= -1; --back) {
        const QDateTime start = monthStart(query.now, back);
        bounds.append(start.toMSecsSinceEpoch());
        if (back >= 0)
            figures.wonByMonth.append(MonthFigure { start.date(), 0, 0 });
    }
    auto won = m_figures.wonByInterval(bounds);
    if (!won)
        return won.error();
    for (const WonBucket &bucket : *won) {
        if (bucket.bucket < 0 || bucket.bucket >= kMonths)
            continue;
        if (bucket.currency == query.currency) {
            figures.wonByMonth[bucket.bucket].amountMinor += bucket.amountMinor;
            figures.wonByMonth[bucket.bucket].deals += bucket.deals;
        }
        if (bucket.bucket == kMonths - 1)
            addTo(figures.wonThisMonth, bucket.currency, bucket.amountMinor, bucket.deals);
        else if (bucket.bucket == kMonths - 2)
            addTo(figures.wonLastMonth, bucket.currency, bucket.amountMinor, bucket.deals);
    }
    sortByCurrency(figures.wonThisMonth);
    sortByCurrency(figures.wonLastMonth);
    figures.wonThisMonthMinor = figures.wonByMonth.at(kMonths - 1).amountMinor;
    figures.wonLastMonthMinor = figures.wonByMonth.at(kMonths - 2).amountMinor;
    if (figures.wonLastMonthMinor > 0)
        figures.wonChangePercent = double(figures.wonThisMonthMinor - figures.wonLastMonthMinor) * 100.0
            / double(figures.wonLastMonthMinor);

    // The conversion window runs up to and including now: a lead created this millisecond counts.
    const qint64 windowStart = nowMs - qint64(query.conversionDays) * kDayMs;
    auto leads = m_figures.leadConversion(windowStart, nowMs + 1);
    if (!leads)
        return leads.error();
    figures.leadsCreated = leads->created;
    figures.leadsConverted = leads->convertedToDeal;
    if (leads->created > 0)
        figures.conversionPercent = double(leads->convertedToDeal) * 100.0 / double(leads->created);
    auto sources = m_figures.leadsBySource(windowStart, nowMs + 1);
    if (!sources)
        return sources.error();
    figures.leadsBySource = *sources;

    const QDate today = query.now.date();
    const qint64 todayStart = today.startOfDay(query.now.timeZone()).toMSecsSinceEpoch();
    const qint64 tomorrowStart = today.addDays(1).startOfDay(query.now.timeZone()).toMSecsSinceEpoch();
    auto overdue = m_figures.openActivitiesDue(std::nullopt, todayStart);
    if (!overdue)
        return overdue.error();
    figures.activitiesOverdue = *overdue;
    auto dueToday = m_figures.openActivitiesDue(todayStart, tomorrowStart);
    if (!dueToday)
        return dueToday.error();
    figures.activitiesDueToday = *dueToday;
    return figures;
}

} // namespace OmniCrm
