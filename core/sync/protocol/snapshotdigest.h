// The checksum that ends a snapshot: SHA-256 over the canonical CBOR encoding of every field
// sent, in the order sent ([table, rowId, causalLength, column, value, hlc, siteId] per field).
// The server computes it over its state; the client over what it received, across reconnects.
#pragma once

#include "syncmessages.h"

#include <QCryptographicHash>

namespace OmniCrm::Wire {

class SnapshotDigest
{
public:
    SnapshotDigest();

    void addRow(const SnapshotRow &row);
    void addRows(const QList<SnapshotRow> &rows);

    qint64 fieldCount() const { return m_fields; }
    QByteArray result() const; // 32 bytes; the digest so far
    void reset();

private:
    QCryptographicHash m_hash;
    qint64 m_fields = 0;
    QByteArray m_buffer; // one row's bytes, reused
};

} // namespace OmniCrm::Wire
