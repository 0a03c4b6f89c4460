#include "changelog.h"

#include "cborvalue.h"
#include "hlc.h"
#include "uuid7.h"

#include <QDateTime>

namespace OmniCrm {

ChangeLog::ChangeLog(Database &db, HybridLogicalClock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Status ChangeLog::append(const QString &txId, quint64 hlc, QStringView table, const QString &rowId,
                         qint64 causalLength, const Fields &fields)
{
    auto stmt = m_db.cached(QStringLiteral(
        "INSERT INTO outbox (tx_id, tbl, row_id, col, value, hlc, cl) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!stmt)
        return stmt.error();
    for (const auto &[column, value] : fields) {
        Statement &s = **stmt;
        s.bind(1, txId).bind(2, table).bind(3, rowId).bind(4, column);
        s.bind(5, encodeValue(value)).bind(6, qint64(hlc)).bind(7, causalLength);
        OMNICRM_TRY(s.run());
    }
    return {};
}

Result<qint64> ChangeLog::pendingCount() const
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT count(*) FROM outbox WHERE seq > "
        "coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'outbox_acked_seq'), 0)"));
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    return stmt->int64(0);
}

Result<quint64> ChangeLog::lastClock() const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'hlc_last'"));
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    return *row ? quint64(stmt->text(0).toULongLong()) : quint64(0);
}

Status ChangeLog::saveClock(quint64 hlc)
{
    auto stmt
        = m_db.cached(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('hlc_last', ?)"));
    if (!stmt)
        return stmt.error();
    return (*stmt)->bind(1, QString::number(hlc)).run();
}

UnitOfWork::UnitOfWork(ChangeLog &log)
    : m_db(log.database())
    , m_log(log)
    , m_tx(log.database())
    , m_txId(newId())
    , m_hlc(log.clock().now())
    , m_nowMs(QDateTime::currentMSecsSinceEpoch())
{
}

Status UnitOfWork::record(QStringView table, const QString &rowId, qint64 causalLength, const Fields &fields)
{
    return m_log.append(m_txId, m_hlc, table, rowId, causalLength, fields);
}

Status UnitOfWork::commit()
{
    OMNICRM_TRY(m_log.saveClock(m_hlc));
    return m_tx.commit();
}

} // namespace OmniCrm
