#include "snapshotdigest.h"

#include <QCborStreamWriter>

namespace OmniCrm::Wire {

SnapshotDigest::SnapshotDigest()
    : m_hash(QCryptographicHash::Sha256)
{
}

void SnapshotDigest::addRow(const SnapshotRow &row)
{
    // The same bytes as a QCborArray per field encoded with toCbor() (peers of other versions
    // compare these hashes), written straight into one buffer per row: building the arrays was a
    // tenth of an initial sync, on both ends.
    m_buffer.clear();
    QCborStreamWriter writer(&m_buffer);
    // A row without fields still counts: its causal length is state.
    if (row.fields.isEmpty()) {
        writer.startArray(3);
        writer.append(row.table);
        writer.append(row.rowId);
        writer.append(row.causalLength);
        writer.endArray();
    }
    for (const SnapshotField &field : row.fields) {
        writer.startArray(7);
        writer.append(row.table);
        writer.append(row.rowId);
        writer.append(row.causalLength);
        writer.append(field.column);
        field.value.toCbor(writer);
        writer.append(qint64(field.hlc));
        writer.append(field.siteId);
        writer.endArray();
        ++m_fields;
    }
    m_hash.addData(m_buffer);
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
