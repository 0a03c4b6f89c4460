#include "snapshotrowreader.h"

#include "transactioncodec.h"

#include <QSet>

#include <limits>

namespace OmniCrm::Wire {

namespace {

/// The text `reader` stands on, whole (definite or in chunks); false at anything else.
bool readText(QCborStreamReader &reader, QString &text)
{
    if (!reader.isString())
        return false;
    text.clear();
    auto chunk = reader.readString();
    while (chunk.status == QCborStreamReader::Ok) {
        if (text.isEmpty())
            text = std::move(chunk.data);
        else
            text += chunk.data;
        chunk = reader.readString();
    }
    return chunk.status == QCborStreamReader::EndOfString;
}

/// Table names, column names and site ids repeat in every row of a chunk: each is kept once and
/// shared, so a chunk holds (and later frees) one string per field value, not three more.
class TextPool
{
public:
    bool read(QCborStreamReader &reader, QString &text)
    {
        if (!readText(reader, text))
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
bool readCount(QCborStreamReader &reader, qint64 &value)
{
    if (!reader.isUnsignedInteger())
        return false;
    const quint64 raw = reader.toUnsignedInteger();
    if (raw > quint64(std::numeric_limits<qint64>::max()))
        return false;
    value = qint64(raw);
    return reader.next();
}

bool readField(QCborStreamReader &reader, TextPool &pool, SnapshotField &field)
{
    if (!reader.isArray() || !reader.enterContainer())
        return false;
    qsizetype index = 0;
    qint64 hlc = -1;
    while (reader.lastError() == QCborError::NoError && reader.hasNext()) {
        bool ok = true;
        switch (index) {
        case 0:
            ok = pool.read(reader, field.column);
            break;
        case 1:
            if (reader.isString()) {
                QString text;
                ok = readText(reader, text);
                field.value = QCborValue(std::move(text));
            } else {
                field.value = QCborValue::fromCbor(reader);
                ok = reader.lastError() == QCborError::NoError && isFieldValue(field.value);
            }
            break;
        case 2:
            ok = readCount(reader, hlc);
            break;
        case 3:
            ok = pool.read(reader, field.siteId);
            break;
        default: // more than [column, value, hlc, site]: ignored, as the tree decoder does
            ok = reader.next();
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

bool readRow(QCborStreamReader &reader, const DecodeLimits &limits, TextPool &pool, SnapshotRow &row)
{
    if (!reader.isMap() || !reader.enterContainer())
        return false;
    bool hasTable = false;
    bool hasId = false;
    bool hasCausal = false;
    bool hasFields = false;
    QString key;
    while (reader.lastError() == QCborError::NoError && reader.hasNext()) {
        if (!reader.isString()) { // a key QCborMap::value(text) never finds: skip key and value
            if (!reader.next() || !reader.next())
                return false;
            continue;
        }
        if (!readText(reader, key))
            return false;
        bool ok = true;
        if (key == u"t") {
            ok = !hasTable && pool.read(reader, row.table) && row.table.size() <= MaxSnapshotText;
            hasTable = true;
        } else if (key == u"id") {
            ok = !hasId && readText(reader, row.rowId) && row.rowId.size() <= MaxSnapshotText;
            hasId = true;
        } else if (key == u"cl") {
            ok = !hasCausal && readCount(reader, row.causalLength) && row.causalLength >= 1;
            hasCausal = true;
        } else if (key == u"f") {
            if (hasFields || !reader.isArray())
                return false;
            hasFields = true;
            if (reader.isLengthKnown() && reader.length() <= quint64(limits.maxFieldsPerRow))
                row.fields.reserve(qsizetype(reader.length()));
            ok = reader.enterContainer();
            while (ok && reader.lastError() == QCborError::NoError && reader.hasNext()) {
                if (row.fields.size() >= limits.maxFieldsPerRow)
                    return false;
                SnapshotField field;
                ok = readField(reader, pool, field);
                row.fields.append(std::move(field));
            }
            ok = ok && reader.lastError() == QCborError::NoError && reader.leaveContainer();
        } else {
            ok = reader.next();
        }
        if (!ok)
            return false;
    }
    if (!hasTable || !hasId || !hasCausal || !hasFields || reader.lastError() != QCborError::NoError)
        return false;
    return reader.leaveContainer();
}

} // namespace

std::optional<QList<SnapshotRow>> readSnapshotRows(QCborStreamReader &reader, const DecodeLimits &limits)
{
    if (!reader.isArray())
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
        if (!readRow(reader, limits, pool, row))
            return std::nullopt;
        rows.append(std::move(row));
    }
    if (reader.lastError() != QCborError::NoError || !reader.leaveContainer())
        return std::nullopt;
    return rows;
}

bool readMessageMap(const QByteArray &frame, const DecodeLimits &limits, QCborMap &map,
                    std::optional<QList<SnapshotRow>> &rows)
{
    QCborStreamReader reader(frame);
    if (!reader.isMap() || !reader.enterContainer())
        return false;
    QString key;
    while (reader.lastError() == QCborError::NoError && reader.hasNext()) {
        if (!readText(reader, key))
            return false;
        if (key == u"rows") {
            if (rows || map.contains(key))
                return false;
            rows = readSnapshotRows(reader, limits);
            if (!rows)
                return false;
            continue;
        }
        if (map.contains(key))
            return false;
        const QCborValue value = QCborValue::fromCbor(reader);
        if (reader.lastError() != QCborError::NoError)
            return false;
        map.insert(key, value);
    }
    return reader.lastError() == QCborError::NoError && reader.leaveContainer()
        && reader.currentOffset() == frame.size();
}

} // namespace OmniCrm::Wire
