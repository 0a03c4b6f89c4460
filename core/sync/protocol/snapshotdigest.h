// The checksum that ends a snapshot: SHA-256 over the canonical CBOR encoding of every field
// sent, in the order sent ([table, rowId, causalLength, column, value, hlc, siteId] per field).
// The server computes it over its state; the client over what it received, across reconnects.
#pragma once

#include "syncmessages.h"

#include <QByteArray>
#include <QCborValue>

#include <memory>

struct evp_md_ctx_st;

namespace OmniCrm::Wire {

class SnapshotDigest
{
public:
    SnapshotDigest();
    ~SnapshotDigest();

    void addRow(const SnapshotRow &row);
    void addRows(const QList<SnapshotRow> &rows);
    /// One field of a row, as addRow() adds it: for a reader that walks fields without building
    /// rows (the server's checkpoint).
    void addField(const QString &table, const QString &rowId, qint64 causalLength, const QString &column,
                  const QCborValue &value, quint64 hlc, const QString &siteId);
    /// A row without fields, as addRow() adds it (its causal length is state).
    void addEmptyRow(const QString &table, const QString &rowId, qint64 causalLength);

    qint64 fieldCount() const { return m_fields; }
    QByteArray result() const; // 32 bytes; the digest so far
    void reset();

private:
    void flush() const;
    /// [column, value, hlc, site]: the part of a field's array after the row's start.
    void appendFieldEnd(const QString &column, const QCborValue &value, quint64 hlc, const QString &siteId);

    // Encoded fields wait in m_bytes and are hashed in blocks (the hash is over the concatenation,
    // so where a block ends does not matter).
    // SHA-256 is OpenSSL's (several times faster than QCryptographicHash's here).
    struct FreeContext
    {
        void operator()(evp_md_ctx_st *context) const;
    };
    std::unique_ptr<evp_md_ctx_st, FreeContext> m_hash;
    mutable QByteArray m_bytes;
    qint64 m_fields = 0;
};

} // namespace OmniCrm::Wire
