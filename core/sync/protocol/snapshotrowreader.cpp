#include "snapshotrowreader.h"

#include "transactioncodec.h"

#include <QCborArray>
#include <QSet>

#include <limits>

namespace OmniCrm::Wire {

namespace {

/// What checkCborStructure() would hold the frame to, counted as it is read: every CBOR item
/// against maxItems, each string against maxStringBytes. Nesting needs no count: a frame read
/// whole nests containers at most six deep (message, rows, row, fields, field, a list value),
/// and readMessageMap() gives up at once under a lower maxDepth.
struct Budget
{
    const DecodeLimits &limits;
    qsizetype items = 0;

    bool take(qsizetype count = 1)
    {
        items += count;
        return items <= limits.maxItems;
    }
};

constexpr int kDepthRead = 6; // the containers a chunk frame nests, the message map included

/// The text `reader` stands on, whole (definite or in chunks); false at anything else, or at a
/// text longer than the limit.
bool readText(QCborStreamReader &reader, Budget &budget, QString &text)
{
    if (!reader.isString() || !budget.take())
        return false;
    text.clear();
    qsizetype bytes = 0;
    while (true) {
        const qsizetype size = reader.currentStringChunkSize();
        if (size > budget.limits.maxStringBytes - bytes)
            return false;
        bytes += std::max<qsizetype>(size, 0);
        auto chunk = reader.readString();
        if (chunk.status != QCborStreamReader::Ok)
            return chunk.status == QCborStreamReader::EndOfString;
        if (text.isEmpty())
            text = std::move(chunk.data);
        else
            text += chunk.data;
    }
}

/// Reads a value that is no container and no tag; false at anything else. Its strings are held
/// to the limit; a list of texts (a field value) counts its items.
bool readScalar(QCborStreamReader &reader, Budget &budget, QCborValue &value)
{
    if (reader.isString()) {
        QString text;
        if (!readText(reader, budget, text))
            return false;
        value = QCborValue(std::move(text));
        return true;
    }
    if (reader.isArray() || reader.isMap() || reader.isTag() || !budget.take())
        return false;
    if (reader.isByteArray()
        && (!reader.isLengthKnown() || reader.length() > quint64(budget.limits.maxStringBytes)))
        return false;
    value = QCborValue::fromCbor(reader);
    return reader.lastError() == QCborError::NoError;
}

/// Steps over a value that is no container and no tag; false at anything else.
bool skipScalar(QCborStreamReader &reader, Budget &budget)
{
    QCborValue ignored;
    return readScalar(reader, budget, ignored);
}

/// Table names, column names and site ids repeat in every row of a chunk: each is kept once and
/// shared, so a chunk holds (and later frees) one string per field value, not three more.
class TextPool
{
public:
    bool read(QCborStreamReader &reader, Budget &budget, QString &text)
    {
        if (!readText(reader, budget, text))
            return false;
        const auto known = m_texts.constFind(text);
        if (known != m_texts.constEnd())
            text = *known;
        else if (m_texts.size() < MaxTexts)
            m_texts.insert(text);
        return true;
    }

private:
    static constexpr qsizetype MaxTexts = 4096; // a hostile chunk gets no more than this
    QSet<QString> m_texts;
};

/// A non-negative integer QCborValue would hold as an integer (not as a double).
bool readCount(QCborStreamReader &reader, Budget &budget, qint64 &value)
{
    if (!reader.isUnsignedInteger() || !budget.take())
        return false;
    const quint64 raw = reader.toUnsignedInteger();
    if (raw > quint64(std::numeric_limits<qint64>::max()))
        return false;
    value = qint64(raw);
    return reader.next();
}

/// A field's value: a scalar, or a list of texts (each read as one, within the limits); nothing
/// else is built from the bytes.
bool readFieldValue(QCborStreamReader &reader, Budget &budget, QCborValue &value)
{
    if (!reader.isArray())
        return readScalar(reader, budget, value) && isFieldValue(value);
    if (!budget.take() || !reader.enterContainer())
        return false;
    QCborArray texts;
    QString text;
    while (reader.lastError() == QCborError::NoError && reader.hasNext()) {
        if (!readText(reader, budget, text))
            return false;
        texts.append(text);
    }
    if (reader.lastError() != QCborError::NoError || !reader.leaveContainer())
        return false;
    value = QCborValue(std::move(texts));
    return true;
}

bool readField(QCborStreamReader &reader, Budget &budget, TextPool &pool, SnapshotField &field)
{
    if (!reader.isArray() || !budget.take() || !reader.enterContainer())
        return false;
    qsizetype index = 0;
    qint64 hlc = -1;
    while (reader.lastError() == QCborError::NoError && reader.hasNext()) {
        bool ok = true;
        switch (index) {
        case 0:
            ok = pool.read(reader, budget, field.column);
            break;
        case 1:
            ok = readFieldValue(reader, budget, field.value);
            break;
        case 2:
            ok = readCount(reader, budget, hlc);
            break;
        case 3:
            ok = pool.read(reader, budget, field.siteId);
            break;
        default: // more than [column, value, hlc, site]: ignored, as the tree decoder does
            ok = skipScalar(reader, budget);
            break;
        }
        if (!ok)
            return false;
        ++index;
    }
    if (index < 4 || field.column.isEmpty() || field.column.size() > MaxSnapshotText
        || field.siteId.size() > MaxSnapshotText || reader.lastError() != QCborError::NoError)
        return false;
    field.hlc = quint64(hlc);
    return reader.leaveContainer();
}

bool readRow(QCborStreamReader &reader, Budget &budget, TextPool &pool, SnapshotRow &row)
{
    const DecodeLimits &limits = budget.limits;
    if (!reader.isMap() || !budget.take() || !reader.enterContainer())
        return false;
    bool hasTable = false;
    bool hasId = false;
    bool hasCausal = false;
    bool hasFields = false;
    QString key;
    while (reader.lastError() == QCborError::NoError && reader.hasNext()) {
        if (!reader.isString()) { // a key QCborMap::value(text) never finds: skip key and value
            if (!skipScalar(reader, budget) || !skipScalar(reader, budget))
                return false;
            continue;
        }
        if (!readText(reader, budget, key))
            return false;
        bool ok = true;
        if (key == u"t") {
            ok = !hasTable && pool.read(reader, budget, row.table) && row.table.size() <= MaxSnapshotText;
            hasTable = true;
        } else if (key == u"id") {
            ok = !hasId && readText(reader, budget, row.rowId) && row.rowId.size() <= MaxSnapshotText;
            hasId = true;
        } else if (key == u"cl") {
            ok = !hasCausal && readCount(reader, budget, row.causalLength) && row.causalLength >= 1;
            hasCausal = true;
        } else if (key == u"f") {
            if (hasFields || !reader.isArray() || !budget.take())
                return false;
            hasFields = true;
            if (reader.isLengthKnown() && reader.length() <= quint64(limits.maxFieldsPerRow))
                row.fields.reserve(qsizetype(reader.length()));
            ok = reader.enterContainer();
            while (ok && reader.lastError() == QCborError::NoError && reader.hasNext()) {
                if (row.fields.size() >= limits.maxFieldsPerRow)
                    return false;
                SnapshotField field;
                ok = readField(reader, budget, pool, field);
                row.fields.append(std::move(field));
            }
            ok = ok && reader.lastError() == QCborError::NoError && reader.leaveContainer();
        } else {
            ok = skipScalar(reader, budget);
        }
        if (!ok)
            return false;
    }
    if (!hasTable || !hasId || !hasCausal || !hasFields || reader.lastError() != QCborError::NoError)
        return false;
    return reader.leaveContainer();
}

/// Reads the array `reader` stands on (a chunk's "rows") into rows, leaving the reader after it;
/// nothing when the array is not exactly what the tree decoder accepts, or breaks a limit (the
/// reader is then somewhere inside it and must be dropped).
std::optional<QList<SnapshotRow>> readSnapshotRows(QCborStreamReader &reader, Budget &budget)
{
    const DecodeLimits &limits = budget.limits;
    if (!reader.isArray() || !budget.take())
        return std::nullopt;
    if (reader.isLengthKnown() && reader.length() > quint64(limits.maxRows))
        return std::nullopt;
    QList<SnapshotRow> rows;
    TextPool pool;
    if (reader.isLengthKnown())
        rows.reserve(qsizetype(reader.length()));
    if (!reader.enterContainer())
        return std::nullopt;
    while (reader.lastError() == QCborError::NoError && reader.hasNext()) {
        if (rows.size() >= limits.maxRows)
            return std::nullopt;
        SnapshotRow row;
        if (!readRow(reader, budget, pool, row))
            return std::nullopt;
        rows.append(std::move(row));
    }
    if (reader.lastError() != QCborError::NoError || !reader.leaveContainer())
        return std::nullopt;
    return rows;
}

} // namespace

bool readMessageMap(const QByteArray &frame, const DecodeLimits &limits, QCborMap &map,
                    std::optional<QList<SnapshotRow>> &rows)
{
    if (frame.isEmpty() || frame.size() > limits.maxFrameBytes || limits.maxDepth < kDepthRead)
        return false;
    Budget budget { limits };
    QCborStreamReader reader(frame);
    if (!reader.isMap() || !budget.take() || !reader.enterContainer())
        return false;
    QString key;
    while (reader.lastError() == QCborError::NoError && reader.hasNext()) {
        if (!readText(reader, budget, key))
            return false;
        if (key == u"rows") {
            if (rows || map.contains(key))
                return false;
            rows = readSnapshotRows(reader, budget);
            if (!rows)
                return false;
            continue;
        }
        QCborValue value;
        if (map.contains(key) || !readScalar(reader, budget, value))
            return false;
        map.insert(key, value);
    }
    return reader.lastError() == QCborError::NoError && reader.leaveContainer()
        && reader.currentOffset() == frame.size();
}

} // namespace OmniCrm::Wire
