#include "snapshotdigest.h"

#include <QCborArray>

namespace OmniCrm::Wire {

SnapshotDigest::SnapshotDigest()
    : m_hash(QCryptographicHash::Sha256)
{
}

void SnapshotDigest::addRow(const SnapshotRow &row)
{
    // A row without fields still counts: its causal length is state.
    if (row.fields.isEmpty()) {
        m_hash.addData(QCborValue(QCborArray { row.table, row.rowId, row.causalLength }).toCbor());
        return;
    }
    for (const SnapshotField &field : row.fields) {
        m_hash.addData(QCborValue(QCborArray { row.table, row.rowId, row.causalLength, field.column,
                                               field.value, qint64(field.hlc), field.siteId })
                           .toCbor());
        ++m_fields;
    }
}

void SnapshotDigest::addRows(const QList<SnapshotRow> &rows)
{
    for (const SnapshotRow &row : rows)
        addRow(row);
}

QByteArray SnapshotDigest::result() const
{
    return m_hash.resultView().toByteArray();
}

void SnapshotDigest::reset()
{
    m_hash.reset();
    m_fields = 0;
}

} // namespace OmniCrm::Wire
