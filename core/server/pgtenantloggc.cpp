// PgTenantLog::collectGarbage: tombstones that every active device has seen (serverstorage.h).
#include "pgtenantlog.h"

#include "pgconnection.h"
#include "storedlogentry.h"

#include <QSet>

namespace OmniCrm {

Result<GarbageCollected> PgTenantLog::collectGarbage(qint64 horizon)
{
    PgTransaction tx(m_db);
    OMNICRM_TRY(tx.began());
    // The head row orders this against pushes from every server instance.
    auto locked = m_db.exec("SELECT head FROM tenant_heads WHERE tenant_id = $1 FOR UPDATE", { m_tenantId });
    if (!locked)
        return locked.error();
    if (locked->rows() == 0)
        return Error::make(ErrorCode::NotFound, QStringLiteral("no tenant %1").arg(m_tenantId));
    horizon = std::min(horizon, locked->int64(0, 0));
    GarbageCollected collected;

    QSet<QString> recent;
    auto after = m_db.exec("SELECT seq, rows FROM sync_log WHERE tenant_id = $1 AND seq > $2",
                           { m_tenantId, horizon });
    if (!after)
        return after.error();
    for (int i = 0; i < after->rows(); ++i) {
        auto rows = decodeStoredRows(after->bytes(i, 1), after->int64(i, 0));
        if (!rows)
            return rows.error();
        for (const RowChange &row : *rows)
            recent.insert(logRowKey(row.table, row.rowId));
    }
    auto candidates = m_db.exec("SELECT tbl, row_id, first_seq FROM row_state WHERE tenant_id = $1 AND "
                                "causal_length % 2 = 0 AND first_seq <= $2",
                                { m_tenantId, horizon });
    if (!candidates)
        return candidates.error();
    QSet<QString> gone;
    qint64 firstSeq = horizon + 1;
    for (int i = 0; i < candidates->rows(); ++i) {
        const QString table = candidates->text(i, 0);
        const QString rowId = candidates->text(i, 1);
        if (recent.contains(logRowKey(table, rowId)))
            continue;
        OMNICRM_TRY(m_db.run("DELETE FROM field_state WHERE tenant_id = $1 AND tbl = $2 AND row_id = $3",
                             { m_tenantId, table, rowId }));
        OMNICRM_TRY(m_db.run("DELETE FROM row_state WHERE tenant_id = $1 AND tbl = $2 AND row_id = $3",
                             { m_tenantId, table, rowId }));
        gone.insert(logRowKey(table, rowId));
        firstSeq = std::min(firstSeq, candidates->int64(i, 2));
    }
    collected.tombstones = gone.size();
    if (gone.isEmpty())
        return collected;
    // The head lives in tenant_heads here, so even the newest entry may go.
    auto entries
        = m_db.exec("SELECT seq, rows FROM sync_log WHERE tenant_id = $1 AND seq >= $2 AND seq <= $3",
                    { m_tenantId, firstSeq, horizon });
    if (!entries)
        return entries.error();
    for (int i = 0; i < entries->rows(); ++i) {
        auto rows = decodeStoredRows(entries->bytes(i, 1), entries->int64(i, 0));
        if (!rows)
            return rows.error();
        if (!std::all_of(rows->cbegin(), rows->cend(), [&](const RowChange &row) {
                return gone.contains(logRowKey(row.table, row.rowId));
            }))
            continue;
        OMNICRM_TRY(m_db.run("DELETE FROM sync_log WHERE tenant_id = $1 AND seq = $2",
                             { m_tenantId, entries->int64(i, 0) }));
        ++collected.logEntries;
    }
    OMNICRM_TRY(tx.commit());
    return collected;
}

} // namespace OmniCrm
