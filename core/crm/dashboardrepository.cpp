#include "dashboardrepository.h"

#include "keyset.h"

#include <limits>

namespace OmniCrm {

DashboardRepository::DashboardRepository(Database &db)
    : m_db(db)
{
}

Result<QList<StageValue>> DashboardRepository::valueByStage() const
{
    // Stages drive the join (a handful of rows; CROSS JOIN keeps SQLite from scanning deals
    // first); each stage's deals come from deal_stage_value, which holds every column read here.
    return allRows<StageValue>(
        m_db,
        QStringLiteral("SELECT s.id, d.currency, count(*), sum(d.amount_minor) FROM stage s "
                       "CROSS JOIN deal d ON d.stage_id = s.id WHERE d.cl % 2 = 1 "
                       "GROUP BY s.id, d.currency"),
        {}, [](const Statement &s) {
            return StageValue { s.text(0), s.text(1), s.int64(2), s.int64(3) };
        });
}

Result<QList<WonBucket>> DashboardRepository::wonByInterval(const QList<qint64> &bounds) const
{
    if (bounds.size() < 2)
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("won revenue needs two bounds at least"));
    // Won stages first (CROSS JOIN fixes the order), then each one's deals from deal_stage_value
    // alone; the CASE puts each deal in its interval, so twelve months cost one query, not twelve.
    const int n = int(bounds.size());
    QString bucket = QStringLiteral("CASE");
    for (int i = 1; i < n - 1; ++i)
        bucket += QStringLiteral(" WHEN d.closed_at < ?%1 THEN %2").arg(i + 1).arg(i - 1);
    bucket += QStringLiteral(" ELSE %1 END").arg(n - 2);
    auto stmt = m_db.cached(
        QStringLiteral("SELECT ") + bucket
        + QStringLiteral(", d.currency, count(*), sum(d.amount_minor) FROM stage s "
                         "CROSS JOIN deal d ON d.stage_id = s.id "
                         "WHERE s.type = 'won' AND d.cl % 2 = 1 AND d.closed_at >= ?1 AND d.closed_at < ?%1 "
                         "GROUP BY 1, 2 ORDER BY 1, 2")
              .arg(n));
    if (!stmt)
        return stmt.error();
    Statement &s = **stmt;
    for (int i = 0; i < n; ++i)
        s.bind(i + 1, bounds.at(i));
    QList<WonBucket> buckets;
    while (true) {
        auto row = s.step();
        if (!row) {
            s.reset();
            return row.error();
        }
        if (!*row)
            break;
        buckets.append(WonBucket { s.int32(0), s.text(1), s.int64(2), s.int64(3) });
    }
    s.reset();
    return buckets;
}

Result<LeadConversionCount> DashboardRepository::leadConversion(qint64 fromMs, qint64 toMs) const
{
    auto stmt
        = m_db.cached(QStringLiteral("SELECT count(*), count(l.converted_deal_id) FROM lead l "
                                     "WHERE l.cl % 2 = 1 AND l.created_at >= ?1 AND l.created_at < ?2"));
    if (!stmt)
        return stmt.error();
    Statement &s = **stmt;
    s.bind(1, fromMs).bind(2, toMs);
    auto row = s.step();
    if (!row) {
        s.reset();
        return row.error();
    }
    LeadConversionCount counts { s.int64(0), s.int64(1) };
    s.reset();
    return counts;
}

Result<QList<LeadSourceCount>> DashboardRepository::leadsBySource(qint64 fromMs, qint64 toMs) const
{
    auto stmt = m_db.cached(QStringLiteral("SELECT ifnull(l.source, ''), count(*) FROM lead l "
                                           "WHERE l.cl % 2 = 1 AND l.created_at >= ?1 AND l.created_at < ?2 "
                                           "GROUP BY 1 ORDER BY 2 DESC, 1"));
    if (!stmt)
        return stmt.error();
    Statement &s = **stmt;
    s.bind(1, fromMs).bind(2, toMs);
    QList<LeadSourceCount> sources;
    while (true) {
        auto row = s.step();
        if (!row) {
            s.reset();
            return row.error();
        }
        if (!*row)
            break;
        sources.append(LeadSourceCount { s.text(0), s.int64(1) });
    }
    s.reset();
    return sources;
}

Result<qint64> DashboardRepository::openActivitiesDue(std::optional<qint64> fromMs, qint64 toMs) const
{
    // The conditions repeat activity_due's own (cl % 2 = 1 AND done_at IS NULL) so it is used.
    auto stmt
        = m_db.cached(QStringLiteral("SELECT count(*) FROM activity WHERE cl % 2 = 1 AND done_at IS NULL "
                                     "AND due_at >= ?1 AND due_at < ?2"));
    if (!stmt)
        return stmt.error();
    Statement &s = **stmt;
    s.bind(1, fromMs.value_or(std::numeric_limits<qint64>::min())).bind(2, toMs);
    auto row = s.step();
    if (!row) {
        s.reset();
        return row.error();
    }
    const qint64 count = s.int64(0);
    s.reset();
    return count;
}

} // namespace OmniCrm
