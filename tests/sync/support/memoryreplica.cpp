#include "memoryreplica.h"

#include "uuid7.h"

#include <QCborMap>

namespace OmniCrm::Test {

MemoryReplica::MemoryReplica(QString siteId)
    : m_siteId(std::move(siteId))
    , m_clock(m_wallClock)
{
}

qint64 MemoryReplica::write(const QString &table, const QString &rowId, const QCborMap &fields)
{
    return writeRows({ RowChange { table, rowId, 1, 0, fields } });
}

qint64 MemoryReplica::writeRows(const QList<RowChange> &rows)
{
    SyncTransaction transaction;
    transaction.siteId = m_siteId;
    transaction.localSeq = ++m_localSeq;
    transaction.txId = newId();
    for (RowChange row : rows) {
        row.hlc = m_clock.now();
        const auto existing = m_rows.constFind({ row.table, row.rowId });
        if (existing != m_rows.constEnd())
            row.causalLength = std::max(row.causalLength, existing->causalLength);
        transaction.hlc = row.hlc;
        transaction.rows.append(row);
    }
    ApplyReport ignored;
    merge(transaction, ignored);
    m_outbox.append(transaction);
    return transaction.localSeq;
}

QCborValue MemoryReplica::value(const QString &table, const QString &rowId, const QString &column) const
{
    const auto row = m_rows.constFind({ table, rowId });
    if (row == m_rows.constEnd())
        return QCborValue(QCborSimpleType::Undefined);
    return row->fields.value(column).value;
}

QMap<QString, QCborValue> MemoryReplica::contents() const
{
    QMap<QString, QCborValue> out;
    for (auto row = m_rows.cbegin(); row != m_rows.cend(); ++row) {
        const QString prefix = row.key().first + u'/' + row.key().second + u'/';
        out.insert(prefix + QStringLiteral("#cl"), row->causalLength);
        for (auto field = row->fields.cbegin(); field != row->fields.cend(); ++field)
            out.insert(prefix + field.key(), field->value);
    }
    return out;
}

Result<QList<SyncTransaction>> MemoryReplica::pending(int maxTransactions) const
{
    QList<SyncTransaction> out;
    for (const SyncTransaction &transaction : m_outbox) {
        if (out.size() >= maxTransactions)
            break;
        if (transaction.localSeq > m_acknowledged)
            out.append(transaction);
    }
    return out;
}

Status MemoryReplica::acknowledge(qint64 localSeq)
{
    if (localSeq > m_localSeq)
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("acknowledged %1, never written").arg(localSeq));
    m_acknowledged = std::max(m_acknowledged, localSeq);
    m_outbox.erase(std::remove_if(m_outbox.begin(), m_outbox.end(),
                                  [&](const SyncTransaction &t) { return t.localSeq <= m_acknowledged; }),
                   m_outbox.end());
    return {};
}

void MemoryReplica::merge(const SyncTransaction &transaction, ApplyReport &report)
{
    for (const RowChange &change : transaction.rows) {
        Row &row = m_rows[{ change.table, change.rowId }];
        row.causalLength = std::max(row.causalLength, change.causalLength);
        for (auto it = change.fields.constBegin(); it != change.fields.constEnd(); ++it) {
            const QString column = it.key().toString();
            const auto current = row.fields.constFind(column);
            const bool wins = current == row.fields.constEnd() || change.hlc > current->hlc
                || (change.hlc == current->hlc && transaction.siteId > current->siteId);
            if (!wins)
                continue;
            if (current != row.fields.constEnd() && current->siteId == m_siteId)
                ++report.conflicts;
            row.fields.insert(column, Field { it.value(), change.hlc, transaction.siteId });
            ++report.fieldsWritten;
        }
        (void)m_clock.receive(change.hlc, std::numeric_limits<qint64>::max() / 2);
    }
}

Result<ApplyReport> MemoryReplica::apply(const QList<SyncTransaction> &transactions)
{
    ApplyReport report;
    qint64 previous = 0;
    for (const SyncTransaction &transaction : transactions) {
        if (transaction.serverSeq != 0 && transaction.serverSeq <= previous)
            return Error::make(ErrorCode::InvalidArgument, QStringLiteral("serverSeq not ascending"));
        previous = transaction.serverSeq;
        if (transaction.serverSeq != 0 && transaction.serverSeq <= m_cursor)
            continue; // already applied
        if (transaction.siteId != m_siteId) {
            merge(transaction, report);
            ++report.transactions;
            ++m_applied;
        }
        m_cursor = std::max(m_cursor, transaction.serverSeq);
    }
    return report;
}

Result<ApplyReport> MemoryReplica::applySnapshot(const QList<SyncTransaction> &chunk)
{
    ApplyReport report;
    for (const SyncTransaction &transaction : chunk) {
        merge(transaction, report);
        ++report.transactions;
    }
    return report;
}

} // namespace OmniCrm::Test
