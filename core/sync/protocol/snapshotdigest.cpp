#include "snapshotdigest.h"

#include "cborbytes.h"

#include <openssl/evp.h>

#include <cstring>

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
{
    if (!m_hash || EVP_DigestInit_ex(m_hash.get(), EVP_sha256(), nullptr) != 1)
        qFatal("SnapshotDigest: OpenSSL has no SHA-256");
    m_bytes.reserve(kBlockBytes + 4096);
}

SnapshotDigest::~SnapshotDigest() = default;

void SnapshotDigest::addField(const QString &table, const QString &rowId, qint64 causalLength,
                              const QString &column, const QCborValue &value, quint64 hlc,
                              const QString &siteId)
{
    // The same bytes as a QCborArray per field encoded with toCbor() (peers of other versions
    // compare these hashes), written straight into the block (cborbytes.h): building the arrays,
    // or a writer per row, was a tenth of an initial sync on both ends.
    CborBytes::appendArrayHead(m_bytes, 7);
    CborBytes::appendText(m_bytes, table);
    CborBytes::appendText(m_bytes, rowId);
    CborBytes::appendInteger(m_bytes, causalLength);
    appendFieldEnd(column, value, hlc, siteId);
    ++m_fields;
    if (m_bytes.size() >= kBlockBytes)
        flush();
}

void SnapshotDigest::addEmptyRow(const QString &table, const QString &rowId, qint64 causalLength)
{
    CborBytes::appendArrayHead(m_bytes, 3);
    CborBytes::appendText(m_bytes, table);
    CborBytes::appendText(m_bytes, rowId);
    CborBytes::appendInteger(m_bytes, causalLength);
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
    const qsizetype start = m_bytes.size();
    CborBytes::appendArrayHead(m_bytes, 7);
    CborBytes::appendText(m_bytes, row.table);
    CborBytes::appendText(m_bytes, row.rowId);
    CborBytes::appendInteger(m_bytes, row.causalLength);
    const qsizetype startSize = m_bytes.size() - start;
    for (qsizetype i = 0; i < row.fields.size(); ++i) {
        if (i > 0) { // the start again, copied from the first field's
            const qsizetype at = m_bytes.size();
            m_bytes.resize(at + startSize);
            std::memcpy(m_bytes.data() + at, m_bytes.constData() + start, size_t(startSize));
        }
        const SnapshotField &field = row.fields.at(i);
        appendFieldEnd(field.column, field.value, field.hlc, field.siteId);
        ++m_fields;
    }
    if (m_bytes.size() >= kBlockBytes)
        flush();
}

void SnapshotDigest::appendFieldEnd(const QString &column, const QCborValue &value, quint64 hlc,
                                    const QString &siteId)
{
    CborBytes::appendText(m_bytes, column);
    CborBytes::appendValue(m_bytes, value);
    CborBytes::appendInteger(m_bytes, qint64(hlc));
    CborBytes::appendText(m_bytes, siteId);
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
    EVP_DigestInit_ex(m_hash.get(), EVP_sha256(), nullptr);
    m_fields = 0;
}

} // namespace OmniCrm::Wire
