#include "pgtenantlog.h"

#include "pgconnection.h"
#include "snapshotdigest.h"
#include "storedlogentry.h"
#include "transactioncodec.h"

#include <QCborArray>
#include <QHash>
#include <QSet>

namespace OmniCrm {

PgTenantLog::PgTenantLog(PgConnection &connection, QString tenantId, QString instanceId)
    : m_db(connection)
    , m_tenantId(std::move(tenantId))
    , m_instanceId(std::move(instanceId))
{
}

Result<qint64> PgTenantLog::head()
{
    auto r = m_db.exec("SELECT head FROM tenant_heads WHERE tenant_id = $1", { m_tenantId });
    if (!r)
        return r.error();
    return r->rows() == 0 ? qint64(0) : r->int64(0, 0);
}

namespace {

// Statements carry at most this many parameters (PostgreSQL allows 65,535).
constexpr int kMaxParameters = 16'000;

// Runs `head VALUES (…), (…) tail` over `tuples` (each `width` values after the tenant, which is
// $1 in every tuple), in as few statements as the parameter limit allows.
Status runBatched(PgConnection &db, const char *head, const char *tail, const QString &tenantId, int width,
                  const QList<QList<QVariant>> &tuples)
{
    const qsizetype perStatement = std::max(1, (kMaxParameters - 1) / width);
    for (qsizetype first = 0; first < tuples.size(); first += perStatement) {
        const qsizetype count = std::min(perStatement, tuples.size() - first);
        QByteArray sql(head);
        sql += " VALUES ";
        QList<QVariant> parameters { tenantId };
        parameters.reserve(count * width + 1);
        int next = 2;
        for (qsizetype i = 0; i < count; ++i) {
            sql += i == 0 ? "($1" : ", ($1";
            for (int c = 0; c < width; ++c) {
                sql += ", $";
                sql += QByteArray::number(next++);
            }
            sql += ')';
            parameters.append(tuples.at(first + i));
        }
        sql += ' ';
        sql += tail;
        OMNICRM_TRY(db.run(sql.constData(), parameters));
    }
    return {};
}

bool newer(quint64 hlc, const QString &site, quint64 thanHlc, const QString &thanSite)
{
    return hlc > thanHlc || (hlc == thanHlc && site > thanSite);
}

} // namespace

Status PgTenantLog::merge(const QList<std::pair<const SyncTransaction *, qint64>> &stored)
{
    // The pushed changes folded per row and per field first (the newest of each within the push,
    // as merging them one by one would keep), then one upsert per batch that keeps the stored
    // value when it is at least as new: a round trip per few thousand fields, not two per field.
    struct RowKey
    {
        qint64 causalLength;
        qint64 firstSeq;
    };
    struct FieldWinner
    {
        QString table, rowId, column;
        QCborValue value;
        quint64 hlc;
        QString site;
        qint64 seq;
    };
    QHash<QString, qsizetype> rowIndex;
    QList<std::pair<const RowChange *, RowKey>> rows;
    QHash<QString, qsizetype> fieldIndex;
    QList<FieldWinner> fields;
    for (const auto &[transaction, seq] : stored) {
        for (const RowChange &row : transaction->rows) {
            const QString rowKey = row.table + u'\x1f' + row.rowId;
            const auto found = rowIndex.constFind(rowKey);
            if (found == rowIndex.constEnd()) {
                rowIndex.insert(rowKey, rows.size());
                rows.append({ &row, RowKey { row.causalLength, seq } });
            } else {
                RowKey &key = rows[*found].second;
                key.causalLength = std::max(key.causalLength, row.causalLength);
            }
            for (auto it = row.fields.constBegin(); it != row.fields.constEnd(); ++it) {
                const QString column = it.key().toString();
                const QString fieldKey = rowKey + u'\x1f' + column;
                const auto at = fieldIndex.constFind(fieldKey);
                if (at == fieldIndex.constEnd()) {
                    fieldIndex.insert(fieldKey, fields.size());
                    fields.append(
                        { row.table, row.rowId, column, it.value(), row.hlc, transaction->siteId, seq });
                } else if (FieldWinner &best = fields[*at];
                           newer(row.hlc, transaction->siteId, best.hlc, best.site)) {
                    best = { row.table, row.rowId, column, it.value(), row.hlc, transaction->siteId, seq };
                }
            }
        }
    }
    QList<QList<QVariant>> rowTuples;
    rowTuples.reserve(rows.size());
    for (const auto &[row, key] : std::as_const(rows))
        rowTuples.append({ row->table, row->rowId, key.causalLength, key.firstSeq });
    OMNICRM_TRY(runBatched(m_db, "INSERT INTO row_state(tenant_id, tbl, row_id, causal_length, first_seq)",
                           "ON CONFLICT (tenant_id, tbl, row_id) DO UPDATE SET "
                           "causal_length = GREATEST(row_state.causal_length, EXCLUDED.causal_length)",
                           m_tenantId, 4, rowTuples));
    QList<QList<QVariant>> fieldTuples;
    fieldTuples.reserve(fields.size());
    for (const FieldWinner &field : std::as_const(fields))
        fieldTuples.append({ field.table, field.rowId, field.column, field.value.toCbor(), qint64(field.hlc),
                             field.site, field.seq });
    return runBatched(
        m_db, "INSERT INTO field_state(tenant_id, tbl, row_id, col, value, hlc, site_id, seq)",
        "ON CONFLICT (tenant_id, tbl, row_id, col) DO UPDATE SET value = EXCLUDED.value, hlc = EXCLUDED.hlc, "
        "site_id = EXCLUDED.site_id, seq = EXCLUDED.seq WHERE field_state.hlc < EXCLUDED.hlc OR "
        "(field_state.hlc = EXCLUDED.hlc AND field_state.site_id COLLATE \"C\" < EXCLUDED.site_id COLLATE "
        "\"C\")",
        m_tenantId, 7, fieldTuples);
}

Result<PushOutcome> PgTenantLog::push(const QList<SyncTransaction> &transactions)
{
    PgTransaction tx(m_db);
    OMNICRM_TRY(tx.began());
    // The tenant's head row is the lock that orders pushes from every server instance.
    auto locked = m_db.exec("SELECT head FROM tenant_heads WHERE tenant_id = $1 FOR UPDATE", { m_tenantId });
    if (!locked)
        return locked.error();
    if (locked->rows() == 0)
        return Error::make(ErrorCode::NotFound, QStringLiteral("no tenant %1").arg(m_tenantId));
    qint64 seq = locked->int64(0, 0);
    // What is stored already: one query per pushing site (a device pushes only its own).
    QHash<QString, std::pair<qint64, qint64>> ranges;
    for (const SyncTransaction &transaction : transactions) {
        const auto range = ranges.constFind(transaction.siteId);
        if (range == ranges.constEnd())
            ranges.insert(transaction.siteId, { transaction.localSeq, transaction.localSeq });
        else
            ranges[transaction.siteId] = { std::min(range->first, transaction.localSeq),
                                           std::max(range->second, transaction.localSeq) };
    }
    QSet<std::pair<QString, qint64>> known;
    for (auto range = ranges.constBegin(); range != ranges.constEnd(); ++range) {
        auto found = m_db.exec("SELECT local_seq FROM sync_log WHERE tenant_id = $1 AND site_id = $2 AND "
                               "local_seq BETWEEN $3 AND $4",
                               { m_tenantId, range.key(), range->first, range->second });
        if (!found)
            return found.error();
        for (int i = 0; i < found->rows(); ++i)
            known.insert({ range.key(), found->int64(i, 0) });
    }
    PushOutcome outcome;
    QList<std::pair<const SyncTransaction *, qint64>> fresh;
    QList<QList<QVariant>> logTuples;
    for (const SyncTransaction &transaction : transactions) {
        if (!known.contains({ transaction.siteId, transaction.localSeq })) {
            known.insert({ transaction.siteId, transaction.localSeq });
            fresh.append({ &transaction, ++seq });
            logTuples.append({ seq, transaction.siteId, transaction.localSeq, transaction.txId,
                               qint64(transaction.hlc),
                               QCborValue(Wire::encodeRows(transaction.rows)).toCbor() });
        }
        outcome.applied.append(transaction.localSeq);
    }
    outcome.grew = !fresh.isEmpty();
    OMNICRM_TRY(runBatched(m_db, "INSERT INTO sync_log(tenant_id, seq, site_id, local_seq, tx_id, hlc, rows)",
                           "", m_tenantId, 6, logTuples));
    OMNICRM_TRY(merge(fresh));
    OMNICRM_TRY(m_db.run("UPDATE tenant_heads SET head = $1 WHERE tenant_id = $2", { seq, m_tenantId }));
    if (outcome.grew) // delivered at commit to every instance LISTENing (SyncServer pokes its clients)
        OMNICRM_TRY(m_db.run("SELECT pg_notify('omnicrm_push', $1)",
                             { QString(m_instanceId + u' ' + m_tenantId + u' ' + QString::number(seq)) }));
    OMNICRM_TRY(tx.commit());
    outcome.headSeq = seq;
    return outcome;
}

Result<Wire::Changes> PgTenantLog::changesAfter(qint64 after, int limit)
{
    auto r
        = m_db.exec("SELECT seq, site_id, local_seq, tx_id, hlc, rows FROM sync_log WHERE tenant_id = $1 AND "
                    "seq > $2 ORDER BY seq LIMIT $3",
                    { m_tenantId, after, qint64(limit) + 1 });
    if (!r)
        return r.error();
    Wire::Changes changes;
    changes.from = after;
    changes.to = after;
    for (int i = 0; i < r->rows(); ++i) {
        if (changes.transactions.size() == limit) {
            changes.more = true;
            break;
        }
        SyncTransaction transaction;
        transaction.serverSeq = r->int64(i, 0);
        transaction.siteId = r->text(i, 1);
        transaction.localSeq = r->int64(i, 2);
        transaction.txId = r->text(i, 3);
        transaction.hlc = quint64(r->int64(i, 4));
        auto decoded = decodeStoredRows(r->bytes(i, 5), transaction.serverSeq);
        if (!decoded)
            return decoded.error();
        transaction.rows = std::move(decoded).value();
        changes.to = transaction.serverSeq;
        changes.transactions.append(std::move(transaction));
    }
    return changes;
}

Result<SnapshotPage> PgTenantLog::snapshot(const SnapshotPosition &from, int limit)
{
    // One round trip per page: the page's rows joined with their fields (none for a row whose
    // fields were all written after atSeq).
    auto r = m_db.exec(
        "SELECT r.tbl, r.row_id, r.causal_length, f.col, f.value, f.hlc, f.site_id FROM ("
        "SELECT tbl, row_id, causal_length FROM row_state WHERE tenant_id = $1 AND first_seq <= $2 "
        "AND (tbl COLLATE \"C\" > $3 OR (tbl = $3 AND row_id COLLATE \"C\" > $4)) "
        "ORDER BY tbl COLLATE \"C\", row_id COLLATE \"C\" LIMIT $5) r "
        "LEFT JOIN field_state f ON f.tenant_id = $1 AND f.tbl = r.tbl AND f.row_id = r.row_id AND f.seq <= "
        "$2 "
        "ORDER BY r.tbl COLLATE \"C\", r.row_id COLLATE \"C\", f.col COLLATE \"C\"",
        { m_tenantId, from.atSeq, from.afterTable, from.afterRowId, qint64(limit) });
    if (!r)
        return r.error();
    SnapshotPage page;
    page.next = from;
    int keys = 0;
    for (int i = 0; i < r->rows(); ++i) {
        const QString table = r->text(i, 0);
        const QString rowId = r->text(i, 1);
        if (page.rows.isEmpty() || page.rows.last().table != table || page.rows.last().rowId != rowId) {
            page.rows.append(Wire::SnapshotRow { table, rowId, r->int64(i, 2), {} });
            page.next.afterTable = table;
            page.next.afterRowId = rowId;
            ++keys;
        }
        if (!r->isNull(i, 3))
            page.rows.last().fields.append(Wire::SnapshotField { r->text(i, 3),
                                                                 QCborValue::fromCbor(r->bytes(i, 4)),
                                                                 quint64(r->int64(i, 5)), r->text(i, 6) });
    }
    page.done = keys < limit;
    return page;
}

Result<Wire::Checkpoint> PgTenantLog::checkpoint(qint64 atSeq)
{
    Wire::SnapshotDigest digest;
    SnapshotPosition position { atSeq, {}, {} };
    while (true) {
        auto page = snapshot(position, 1000);
        if (!page)
            return page.error();
        digest.addRows(page->rows);
        position = page->next;
        if (page->done)
            break;
    }
    return Wire::Checkpoint { atSeq, digest.fieldCount(), digest.result() };
}

} // namespace OmniCrm
