#include "snapshotassembler.h"

#include <QMap>

#include <algorithm>

namespace OmniCrm {

QList<SyncTransaction> snapshotTransactions(const QList<Wire::SnapshotRow> &rows)
{
    QMap<QString, SyncTransaction> bySite;
    const auto transactionOf = [&](const QString &siteId) -> SyncTransaction & {
        auto it = bySite.find(siteId);
        if (it == bySite.end()) {
            SyncTransaction transaction;
            transaction.siteId = siteId;
            transaction.txId = QStringLiteral("snapshot");
            it = bySite.insert(siteId, transaction);
        }
        return *it;
    };
    for (const Wire::SnapshotRow &row : rows) {
        if (row.fields.isEmpty()) {
            SyncTransaction &transaction = transactionOf(QString());
            transaction.rows.append(RowChange { row.table, row.rowId, row.causalLength, 0, {} });
            continue;
        }
        // Most rows were written by one insert: all their fields share one clock, one row change.
        const Wire::SnapshotField &head = row.fields.first();
        const bool oneClock = std::all_of(row.fields.cbegin(), row.fields.cend(), [&](const auto &field) {
            return field.hlc == head.hlc && field.siteId == head.siteId;
        });
        if (oneClock) {
            RowChange change { row.table, row.rowId, row.causalLength, head.hlc, {} };
            for (const Wire::SnapshotField &field : row.fields)
                change.fields.insert(field.column, field.value);
            SyncTransaction &transaction = transactionOf(head.siteId);
            transaction.hlc = std::max(transaction.hlc, head.hlc);
            transaction.rows.append(std::move(change));
            continue;
        }
        // (site, hlc) → the row change holding those fields
        QMap<std::pair<QString, quint64>, RowChange> changes;
        for (const Wire::SnapshotField &field : row.fields) {
            RowChange &change = changes[{ field.siteId, field.hlc }];
            change.table = row.table;
            change.rowId = row.rowId;
            change.causalLength = row.causalLength;
            change.hlc = field.hlc;
            change.fields.insert(field.column, field.value);
        }
        for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
            SyncTransaction &transaction = transactionOf(it.key().first);
            transaction.hlc = std::max(transaction.hlc, it->hlc);
            transaction.rows.append(*it);
        }
    }
    return bySite.values();
}

} // namespace OmniCrm
