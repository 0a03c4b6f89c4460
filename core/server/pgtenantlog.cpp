#include "pgtenantlog.h"

#include "pgconnection.h"
#include "snapshotdigest.h"
#include "transactioncodec.h"

#include <QCborArray>

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

Status PgTenantLog::merge(const SyncTransaction &transaction, qint64 seq)
{
    for (const RowChange &row : transaction.rows) {
        OMNICRM_TRY(m_db.run("INSERT INTO row_state(tenant_id, tbl, row_id, causal_length, first_seq) "
                             "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (tenant_id, tbl, row_id) DO UPDATE SET "
                             "causal_length = GREATEST(row_state.causal_length, EXCLUDED.causal_length)",
                             { m_tenantId, row.table, row.rowId, row.causalLength, seq }));
        for (auto it = row.fields.constBegin(); it != row.fields.constEnd(); ++it) {
            const QString column = it.key().toString();
            auto current
                = m_db.exec("SELECT hlc, site_id FROM field_state WHERE tenant_id = $1 AND tbl = $2 AND "
                            "row_id = $3 AND col = $4",
                            { m_tenantId, row.table, row.rowId, column });
            if (!current)
                return current.error();
            if (current->rows() > 0) {
                const quint64 storedHlc = quint64(current->int64(0, 0));
                const QString storedSite = current->text(0, 1);
                if (!(row.hlc > storedHlc || (row.hlc == storedHlc && transaction.siteId > storedSite)))
                    continue;
            }
            OMNICRM_TRY(m_db.run(
                "INSERT INTO field_state(tenant_id, tbl, row_id, col, value, hlc, site_id, seq) "
                "VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (tenant_id, tbl, row_id, col) "
                "DO UPDATE SET value = EXCLUDED.value, hlc = EXCLUDED.hlc, site_id = EXCLUDED.site_id, "
                "seq = EXCLUDED.seq",
                { m_tenantId, row.table, row.rowId, column, it.value().toCbor(), qint64(row.hlc),
                  transaction.siteId, seq }));
        }
    }
    return {};
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
    PushOutcome outcome;
    for (const SyncTransaction &transaction : transactions) {
        auto stored
            = m_db.exec("SELECT 1 FROM sync_log WHERE tenant_id = $1 AND site_id = $2 AND local_seq = $3",
                        { m_tenantId, transaction.siteId, transaction.localSeq });
        if (!stored)
            return stored.error();
        if (stored->rows() == 0) {
            ++seq;
            OMNICRM_TRY(m_db.run("INSERT INTO sync_log(tenant_id, seq, site_id, local_seq, tx_id, hlc, rows) "
                                 "VALUES ($1, $2, $3, $4, $5, $6, $7)",
                                 { m_tenantId, seq, transaction.siteId, transaction.localSeq,
                                   transaction.txId, qint64(transaction.hlc),
                                   QCborValue(Wire::encodeRows(transaction.rows)).toCbor() }));
            OMNICRM_TRY(merge(transaction, seq));
            outcome.grew = true;
        }
        outcome.applied.append(transaction.localSeq);
    }
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
    Wire::DecodeLimits limits;
    limits.maxRowsPerTransaction = 1'000'000;
    limits.maxRows = 1'000'000;
    limits.maxFieldsPerRow = 100'000;
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
        QCborParserError parseError;
        const QCborValue rows = QCborValue::fromCbor(r->bytes(i, 5), &parseError);
        int budget = limits.maxRows;
        auto decoded = Wire::decodeRows(rows, limits, budget);
        if (parseError.error != QCborError::NoError || !decoded)
            return Error::make(ErrorCode::StoreCorrupt,
                               QStringLiteral("log entry %1 cannot be read").arg(transaction.serverSeq));
        transaction.rows = std::move(decoded).value();
        changes.to = transaction.serverSeq;
        changes.transactions.append(std::move(transaction));
    }
    return changes;
}

Result<SnapshotPage> PgTenantLog::snapshot(const SnapshotPosition &from, int limit)
{
    auto keys = m_db.exec(
        "SELECT tbl, row_id, causal_length FROM row_state WHERE tenant_id = $1 AND first_seq <= $2 "
        "AND (tbl COLLATE \"C\" > $3 OR (tbl = $3 AND row_id COLLATE \"C\" > $4)) "
        "ORDER BY tbl COLLATE \"C\", row_id COLLATE \"C\" LIMIT $5",
        { m_tenantId, from.atSeq, from.afterTable, from.afterRowId, qint64(limit) });
    if (!keys)
        return keys.error();
    SnapshotPage page;
    page.next = from;
    for (int i = 0; i < keys->rows(); ++i) {
        Wire::SnapshotRow row { keys->text(i, 0), keys->text(i, 1), keys->int64(i, 2), {} };
        auto fields
            = m_db.exec("SELECT col, value, hlc, site_id FROM field_state WHERE tenant_id = $1 AND tbl = $2 "
                        "AND row_id = $3 AND seq <= $4 ORDER BY col COLLATE \"C\"",
                        { m_tenantId, row.table, row.rowId, from.atSeq });
        if (!fields)
            return fields.error();
        for (int f = 0; f < fields->rows(); ++f)
            row.fields.append(Wire::SnapshotField { fields->text(f, 0),
                                                    QCborValue::fromCbor(fields->bytes(f, 1)),
                                                    quint64(fields->int64(f, 2)), fields->text(f, 3) });
        page.next.afterTable = row.table;
        page.next.afterRowId = row.rowId;
        page.rows.append(std::move(row));
    }
    page.done = keys->rows() < limit;
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
