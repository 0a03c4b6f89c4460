#include "snapshotdigest.h"

#include <openssl/evp.h>

namespace OmniCrm::Wire {

namespace {

constexpr qsizetype kBlockBytes = 64 * 1024;

} // namespace

void SnapshotDigest::FreeContext::operator()(evp_md_ctx_st *context) const
{
    EVP_MD_CTX_free(context);
}

SnapshotDigest::SnapshotDigest()
    : m_hash(EVP_MD_CTX_new())
    , m_device(&m_bytes)
    , m_writer(&m_device)
{
    m_device.open(QIODevice::WriteOnly);
    if (!m_hash || EVP_DigestInit_ex(m_hash.get(), EVP_sha256(), nullptr) != 1)
        qFatal("SnapshotDigest: OpenSSL has no SHA-256");
}

SnapshotDigest::~SnapshotDigest() = default;

void SnapshotDigest::addField(const QString &table, const QString &rowId, qint64 causalLength,
                              const QString &column, const QCborValue &value, quint64 hlc,
                              const QString &siteId)
{
    // The same bytes as a QCborArray per field encoded with toCbor() (peers of other versions
    // compare these hashes), written straight into the block: building the arrays, or a writer
    // per row, was a tenth of an initial sync on both ends.
    m_writer.startArray(7);
    m_writer.append(table);
    m_writer.append(rowId);
    m_writer.append(causalLength);
    m_writer.append(column);
    value.toCbor(m_writer);
    m_writer.append(qint64(hlc));
    m_writer.append(siteId);
    m_writer.endArray();
    ++m_fields;
    if (m_bytes.size() >= kBlockBytes)
        flush();
}

void SnapshotDigest::addEmptyRow(const QString &table, const QString &rowId, qint64 causalLength)
{
    m_writer.startArray(3);
    m_writer.append(table);
    m_writer.append(rowId);
    m_writer.append(causalLength);
    m_writer.endArray();
    if (m_bytes.size() >= kBlockBytes)
        flush();
}

void SnapshotDigest::addRow(const SnapshotRow &row)
{
    if (row.fields.isEmpty()) {
        addEmptyRow(row.table, row.rowId, row.causalLength);
        return;
    }
    // The same bytes as addField() per field, but the start every field of the row shares (the
    // array's head, table, row id and causal length) is encoded once and copied for the others.
    QByteArray rowStart;
    for (qsizetype i = 0; i < row.fields.size(); ++i) {
        if (i == 0) {
            const qsizetype start = m_bytes.size();
            m_device.putChar(char(0x87)); // a definite-length array of 7 items
            m_writer.append(row.table);
            m_writer.append(row.rowId);
            m_writer.append(row.causalLength);
            rowStart = m_bytes.sliced(start);
        } else {
            m_device.write(rowStart);
        }
        const SnapshotField &field = row.fields.at(i);
        m_writer.append(field.column);
        field.value.toCbor(m_writer);
        m_writer.append(qint64(field.hlc));
        m_writer.append(field.siteId);
        ++m_fields;
    }
    if (m_bytes.size() >= kBlockBytes)
        flush();
}

void SnapshotDigest::addRows(const QList<SnapshotRow> &rows)
{
    for (const SnapshotRow &row : rows)
        addRow(row);
}

void SnapshotDigest::flush() const
{
    if (m_bytes.isEmpty())
        return;
    EVP_DigestUpdate(m_hash.get(), m_bytes.constData(), size_t(m_bytes.size()));
    m_bytes.resize(0); // keeps the block's memory
    m_device.seek(0);
}

QByteArray SnapshotDigest::result() const
{
    flush();
    // The digest so far, from a copy: more fields may follow.
    std::unique_ptr<evp_md_ctx_st, FreeContext> copy(EVP_MD_CTX_new());
    QByteArray digest(32, '\0');
    unsigned int length = 0;
    if (!copy || EVP_MD_CTX_copy_ex(copy.get(), m_hash.get()) != 1
        || EVP_DigestFinal_ex(copy.get(), reinterpret_cast<unsigned char *>(digest.data()), &length) != 1
        || length != 32)
        qFatal("SnapshotDigest: SHA-256 failed");
    return digest;
}

void SnapshotDigest::reset()
{
    m_bytes.resize(0);
    m_device.seek(0);
    EVP_DigestInit_ex(m_hash.get(), EVP_sha256(), nullptr);
    m_fields = 0;
}

} // namespace OmniCrm::Wire
