#include "sqlitetenantlog.h"

#include "storedlogentry.h"

#include "snapshotdigest.h"
#include "transactioncodec.h"

#include <QCborArray>
#include <QFile>

namespace OmniCrm {

namespace {

const QString Schema = QStringLiteral(R"(
CREATE TABLE IF NOT EXISTS log(
    seq INTEGER PRIMARY KEY, site_id TEXT NOT NULL, local_seq INTEGER NOT NULL, tx_id TEXT NOT NULL,
    hlc INTEGER NOT NULL, rows BLOB NOT NULL, UNIQUE(site_id, local_seq));
CREATE TABLE IF NOT EXISTS row_state(
    tbl TEXT NOT NULL, row_id TEXT NOT NULL, causal_length INTEGER NOT NULL, first_seq INTEGER NOT NULL,
    PRIMARY KEY(tbl, row_id)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS field_state(
    tbl TEXT NOT NULL, row_id TEXT NOT NULL, col TEXT NOT NULL, value BLOB NOT NULL, hlc INTEGER NOT NULL,
    site_id TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY(tbl, row_id, col)) WITHOUT ROWID;
PRAGMA user_version = 1;
)");

} // namespace

SqliteTenantLog::SqliteTenantLog(Database db)
    : m_db(std::move(db))
{
}

Result<std::unique_ptr<SqliteTenantLog>> SqliteTenantLog::open(const QString &path)
{
    auto db
        = Database::open(path, DatabaseKey {}, QFile::exists(path) ? OpenMode::Existing : OpenMode::Create);
    if (!db)
        return db.error();
    OMNICRM_TRY(db->exec(Schema));
    return std::unique_ptr<SqliteTenantLog>(new SqliteTenantLog(std::move(db).value()));
}

Result<qint64> SqliteTenantLog::head()
{
    auto s = m_db.cached(QStringLiteral("SELECT coalesce(max(seq), 0) FROM log"));
    if (!s)
        return s.error();
    auto row = (*s)->step();
    if (!row)
        return row.error();
    const qint64 value = (*s)->int64(0);
    (*s)->reset();
    return value;
}

Result<bool> SqliteTenantLog::alreadyStored(const SyncTransaction &transaction)
{
    auto s = m_db.cached(QStringLiteral("SELECT 1 FROM log WHERE site_id = ? AND local_seq = ?"));
    if (!s)
        return s.error();
    (*s)->bind(1, transaction.siteId).bind(2, transaction.localSeq);
    auto row = (*s)->step();
    if (!row)
        return row.error();
    const bool found = *row;
    (*s)->reset();
    return found;
}

Status SqliteTenantLog::merge(const SyncTransaction &transaction, qint64 seq)
{
    for (const RowChange &row : transaction.rows) {
        auto rowState
            = m_db.cached(QStringLiteral("SELECT causal_length FROM row_state WHERE tbl = ? AND row_id = ?"));
        if (!rowState)
            return rowState.error();
        (*rowState)->bind(1, row.table).bind(2, row.rowId);
        auto found = (*rowState)->step();
        if (!found)
            return found.error();
        const qint64 storedLength = *found ? (*rowState)->int64(0) : 0;
        (*rowState)->reset();
        if (storedLength == 0) {
            auto insert = m_db.cached(QStringLiteral(
                "INSERT INTO row_state(tbl, row_id, causal_length, first_seq) VALUES (?, ?, ?, ?)"));
            if (!insert)
                return insert.error();
            OMNICRM_TRY((*insert)
                            ->bind(1, row.table)
                            .bind(2, row.rowId)
                            .bind(3, row.causalLength)
                            .bind(4, seq)
                            .run());
        } else if (row.causalLength > storedLength) {
            auto update = m_db.cached(
                QStringLiteral("UPDATE row_state SET causal_length = ? WHERE tbl = ? AND row_id = ?"));
            if (!update)
                return update.error();
            OMNICRM_TRY((*update)->bind(1, row.causalLength).bind(2, row.table).bind(3, row.rowId).run());
        }
        for (auto it = row.fields.constBegin(); it != row.fields.constEnd(); ++it) {
            const QString column = it.key().toString();
            auto current = m_db.cached(QStringLiteral(
                "SELECT hlc, site_id FROM field_state WHERE tbl = ? AND row_id = ? AND col = ?"));
            if (!current)
                return current.error();
            (*current)->bind(1, row.table).bind(2, row.rowId).bind(3, column);
            auto exists = (*current)->step();
            if (!exists)
                return exists.error();
            bool wins = true;
            if (*exists) {
                const quint64 storedHlc = quint64((*current)->int64(0));
                const QString storedSite = (*current)->text(1);
                wins = row.hlc > storedHlc || (row.hlc == storedHlc && transaction.siteId > storedSite);
            }
            (*current)->reset();
            if (!wins)
                continue;
            auto write = m_db.cached(
                QStringLiteral("INSERT OR REPLACE INTO field_state(tbl, row_id, col, value, hlc, "
                               "site_id, seq) VALUES (?, ?, ?, ?, ?, ?, ?)"));
            if (!write)
                return write.error();
            OMNICRM_TRY((*write)
                            ->bind(1, row.table)
                            .bind(2, row.rowId)
                            .bind(3, column)
                            .bind(4, it.value().toCbor())
                            .bind(5, qint64(row.hlc))
                            .bind(6, transaction.siteId)
                            .bind(7, seq)
                            .run());
        }
    }
    return {};
}

Result<PushOutcome> SqliteTenantLog::push(const QList<SyncTransaction> &transactions)
{
    Transaction tx(m_db);
    OMNICRM_TRY(tx.began());
    auto current = head();
    if (!current)
        return current.error();
    PushOutcome outcome;
    qint64 seq = *current;
    for (const SyncTransaction &transaction : transactions) {
        auto stored = alreadyStored(transaction);
        if (!stored)
            return stored.error();
        if (!*stored) {
            ++seq;
            auto insert = m_db.cached(QStringLiteral(
                "INSERT INTO log(seq, site_id, local_seq, tx_id, hlc, rows) VALUES (?, ?, ?, ?, ?, ?)"));
            if (!insert)
                return insert.error();
            OMNICRM_TRY((*insert)
                            ->bind(1, seq)
                            .bind(2, transaction.siteId)
                            .bind(3, transaction.localSeq)
                            .bind(4, transaction.txId)
                            .bind(5, qint64(transaction.hlc))
                            .bind(6, QCborValue(Wire::encodeRows(transaction.rows)).toCbor())
                            .run());
            OMNICRM_TRY(merge(transaction, seq));
            outcome.grew = true;
        }
        outcome.applied.append(transaction.localSeq);
    }
    OMNICRM_TRY(tx.commit());
    outcome.headSeq = seq;
    return outcome;
}

Result<Wire::Changes> SqliteTenantLog::changesAfter(qint64 after, int limit)
{
    auto s = m_db.cached(QStringLiteral(
        "SELECT seq, site_id, local_seq, tx_id, hlc, rows FROM log WHERE seq > ? ORDER BY seq LIMIT ?"));
    if (!s)
        return s.error();
    (*s)->bind(1, after).bind(2, qint64(limit) + 1);
    Wire::Changes changes;
    changes.from = after;
    changes.to = after;
    while (true) {
        auto row = (*s)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        if (changes.transactions.size() == limit) {
            changes.more = true;
            break;
        }
        SyncTransaction transaction;
        transaction.serverSeq = (*s)->int64(0);
        transaction.siteId = (*s)->text(1);
        transaction.localSeq = (*s)->int64(2);
        transaction.txId = (*s)->text(3);
        transaction.hlc = quint64((*s)->int64(4));
        auto decoded = decodeStoredRows((*s)->blob(5), transaction.serverSeq);
        if (!decoded)
            return decoded.error();
        transaction.rows = std::move(decoded).value();
        changes.to = transaction.serverSeq;
        changes.transactions.append(std::move(transaction));
    }
    (*s)->reset();
    return changes;
}

Result<SnapshotPage> SqliteTenantLog::snapshot(const SnapshotPosition &from, int limit)
{
    // Rows in key order after the last one sent, with their fields in one statement; fields
    // written after atSeq are left out (the client gets them from the changes after atSeq), so
    // every page describes the same moment.
    auto s = m_db.cached(
        QStringLiteral("SELECT r.tbl, r.row_id, r.causal_length, f.col, f.value, f.hlc, f.site_id FROM ("
                       "SELECT tbl, row_id, causal_length FROM row_state WHERE first_seq <= ?1 AND "
                       "(tbl, row_id) > (?2, ?3) ORDER BY tbl, row_id LIMIT ?4) r "
                       "LEFT JOIN field_state f ON f.tbl = r.tbl AND f.row_id = r.row_id AND f.seq <= ?1 "
                       "ORDER BY r.tbl, r.row_id, f.col"));
    if (!s)
        return s.error();
    Statement &q = **s;
    q.bind(1, from.atSeq).bind(2, from.afterTable).bind(3, from.afterRowId).bind(4, qint64(limit));
    SnapshotPage page;
    page.next = from;
    int keys = 0;
    while (true) {
        auto next = q.step();
        if (!next)
            return next.error();
        if (!*next)
            break;
        const QString table = q.text(0);
        const QString rowId = q.text(1);
        if (page.rows.isEmpty() || page.rows.last().table != table || page.rows.last().rowId != rowId) {
            page.rows.append(Wire::SnapshotRow { table, rowId, q.int64(2), {} });
            page.next.afterTable = table;
            page.next.afterRowId = rowId;
            ++keys;
        }
        if (!q.isNull(3))
            page.rows.last().fields.append(Wire::SnapshotField { q.text(3), QCborValue::fromCbor(q.blob(4)),
                                                                 quint64(q.int64(5)), q.text(6) });
    }
    q.reset();
    page.done = keys < limit;
    return page;
}

Result<Wire::Checkpoint> SqliteTenantLog::checkpoint(qint64 atSeq)
{
    // What snapshot() pages deliver, in the same order, in one pass and without building rows:
    // the checkpoint reads the whole state again at the end of every snapshot.
    auto s = m_db.cached(QStringLiteral(
        "SELECT r.tbl, r.row_id, r.causal_length, f.col, f.value, f.hlc, f.site_id FROM row_state r "
        "LEFT JOIN field_state f ON f.tbl = r.tbl AND f.row_id = r.row_id AND f.seq <= ?1 "
        "WHERE r.first_seq <= ?1 ORDER BY r.tbl, r.row_id, f.col"));
    if (!s)
        return s.error();
    Statement &q = **s;
    q.bind(1, atSeq);
    Wire::SnapshotDigest digest;
    while (true) {
        auto next = q.step();
        if (!next)
            return next.error();
        if (!*next)
            break;
        if (q.isNull(3))
            digest.addEmptyRow(q.text(0), q.text(1), q.int64(2));
        else
            digest.addField(q.text(0), q.text(1), q.int64(2), q.text(3), QCborValue::fromCbor(q.blob(4)),
                            quint64(q.int64(5)), q.text(6));
    }
    q.reset();
    return Wire::Checkpoint { atSeq, digest.fieldCount(), digest.result() };
}

} // namespace OmniCrm
