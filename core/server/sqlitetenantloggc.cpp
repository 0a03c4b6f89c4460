// SqliteTenantLog::collectGarbage: tombstones that every active device has seen (serverstorage.h).
#include "sqlitetenantlog.h"

#include "storedlogentry.h"

#include <QSet>

namespace OmniCrm {

Result<GarbageCollected> SqliteTenantLog::collectGarbage(qint64 horizon)
{
    Transaction tx(m_db);
    OMNICRM_TRY(tx.began());
    GarbageCollected collected;
    auto current = head();
    if (!current)
        return current.error();
    horizon = std::min(horizon, *current);

    // Rows some device may not have seen changing yet.
    QSet<QString> recent;
    {
        auto s = m_db.prepare(QStringLiteral("SELECT seq, rows FROM log WHERE seq > ?"));
        if (!s)
            return s.error();
        s->bind(1, horizon);
        while (true) {
            auto next = s->step();
            if (!next)
                return next.error();
            if (!*next)
                break;
            auto rows = decodeStoredRows(s->blob(1), s->int64(0));
            if (!rows)
                return rows.error();
            for (const RowChange &row : *rows)
                recent.insert(logRowKey(row.table, row.rowId));
        }
    }
    QSet<QString> gone;
    qint64 firstSeq = horizon + 1;
    {
        auto s = m_db.prepare(QStringLiteral(
            "SELECT tbl, row_id, first_seq FROM row_state WHERE causal_length % 2 = 0 AND first_seq <= ?"));
        if (!s)
            return s.error();
        s->bind(1, horizon);
        auto forgetFields
            = m_db.prepare(QStringLiteral("DELETE FROM field_state WHERE tbl = ? AND row_id = ?"));
        auto forgetRow = m_db.prepare(QStringLiteral("DELETE FROM row_state WHERE tbl = ? AND row_id = ?"));
        if (!forgetFields)
            return forgetFields.error();
        if (!forgetRow)
            return forgetRow.error();
        QList<std::pair<QString, QString>> rows;
        while (true) {
            auto next = s->step();
            if (!next)
                return next.error();
            if (!*next)
                break;
            if (!recent.contains(logRowKey(s->text(0), s->text(1)))) {
                rows.append({ s->text(0), s->text(1) });
                firstSeq = std::min(firstSeq, s->int64(2));
            }
        }
        for (const auto &[table, rowId] : rows) {
            OMNICRM_TRY(forgetFields->bind(1, table).bind(2, rowId).run());
            forgetFields->reset();
            OMNICRM_TRY(forgetRow->bind(1, table).bind(2, rowId).run());
            forgetRow->reset();
            gone.insert(logRowKey(table, rowId));
        }
        collected.tombstones = rows.size();
    }
    if (gone.isEmpty())
        return collected;

    // Log entries up to the horizon that touched nothing but forgotten rows. The newest entry
    // stays: it is the tenant's head, and sequences must never be handed out twice.
    QList<qint64> obsolete;
    {
        auto s = m_db.prepare(
            QStringLiteral("SELECT seq, rows FROM log WHERE seq >= ? AND seq <= ? AND seq < ?"));
        if (!s)
            return s.error();
        s->bind(1, firstSeq).bind(2, horizon).bind(3, *current);
        while (true) {
            auto next = s->step();
            if (!next)
                return next.error();
            if (!*next)
                break;
            auto rows = decodeStoredRows(s->blob(1), s->int64(0));
            if (!rows)
                return rows.error();
            if (std::all_of(rows->cbegin(), rows->cend(), [&](const RowChange &row) {
                    return gone.contains(logRowKey(row.table, row.rowId));
                }))
                obsolete.append(s->int64(0));
        }
    }
    auto forgetEntry = m_db.prepare(QStringLiteral("DELETE FROM log WHERE seq = ?"));
    if (!forgetEntry)
        return forgetEntry.error();
    for (qint64 seq : obsolete) {
        OMNICRM_TRY(forgetEntry->bind(1, seq).run());
        forgetEntry->reset();
    }
    collected.logEntries = obsolete.size();
    OMNICRM_TRY(tx.commit());
    return collected;
}

} // namespace OmniCrm
