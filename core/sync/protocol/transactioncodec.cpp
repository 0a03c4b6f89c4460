#include "transactioncodec.h"

#include <QCborArray>

namespace OmniCrm::Wire {

namespace {

constexpr qsizetype MaxIdChars = 128; // site ids, row ids, tx ids, table and column names

Error parseError(QString detail)
{
    return Error::make(ErrorCode::Parse, std::move(detail));
}

QString prefixed(const QString &where, const Error &error)
{
    return where + QStringLiteral(": ") + error.detail;
}

} // namespace

bool isFieldValue(const QCborValue &value)
{
    if (value.isNull() || value.isBool() || value.isInteger() || value.isDouble() || value.isString()
        || value.isByteArray())
        return true;
    if (value.isArray()) {
        const QCborArray array = value.toArray();
        for (const QCborValue &item : array)
            if (!item.isString())
                return false;
        return true;
    }
    return false;
}

Result<QString> textAt(const QCborMap &map, QStringView key, bool required, qsizetype maxChars)
{
    const QCborValue value = map.value(key.toString());
    if (value.isUndefined()) {
        if (required)
            return parseError(QStringLiteral("\"%1\" is missing").arg(key));
        return QString();
    }
    if (!value.isString())
        return parseError(QStringLiteral("\"%1\": expected a text").arg(key));
    QString text = value.toString();
    if (text.size() > maxChars)
        return parseError(QStringLiteral("\"%1\": longer than %2 characters").arg(key).arg(maxChars));
    return text;
}

Result<qint64> integerAt(const QCborMap &map, QStringView key, bool required)
{
    const QCborValue value = map.value(key.toString());
    if (value.isUndefined()) {
        if (required)
            return parseError(QStringLiteral("\"%1\" is missing").arg(key));
        return qint64(0);
    }
    if (!value.isInteger())
        return parseError(QStringLiteral("\"%1\": expected an integer").arg(key));
    return value.toInteger();
}

Result<QByteArray> bytesAt(const QCborMap &map, QStringView key, bool required)
{
    const QCborValue value = map.value(key.toString());
    if (value.isUndefined()) {
        if (required)
            return parseError(QStringLiteral("\"%1\" is missing").arg(key));
        return QByteArray();
    }
    if (!value.isByteArray())
        return parseError(QStringLiteral("\"%1\": expected bytes").arg(key));
    return value.toByteArray();
}

Result<bool> boolAt(const QCborMap &map, QStringView key)
{
    const QCborValue value = map.value(key.toString());
    if (value.isUndefined())
        return false;
    if (!value.isBool())
        return parseError(QStringLiteral("\"%1\": expected true or false").arg(key));
    return value.toBool();
}

namespace {

/// A row's "was": column → [hlc, site id], as many entries as a row may have fields.
Result<QCborMap> replacedClocks(const QCborValue &value, const DecodeLimits &limits)
{
    if (!value.isMap())
        return parseError(QStringLiteral("expected a map of clocks"));
    const QCborMap map = value.toMap();
    if (map.size() > limits.maxFieldsPerRow)
        return parseError(
            QStringLiteral("%1 clocks (at most %2)").arg(map.size()).arg(limits.maxFieldsPerRow));
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (!it.key().isString() || it.key().toString().isEmpty() || it.key().toString().size() > MaxIdChars)
            return parseError(QStringLiteral("a field name that is not a short text"));
        const QCborArray clock = it.value().toArray();
        if (!it.value().isArray() || clock.size() != 2 || !clock.at(0).isInteger()
            || clock.at(0).toInteger() < 0 || !clock.at(1).isString() || clock.at(1).toString().isEmpty()
            || clock.at(1).toString().size() > MaxIdChars)
            return parseError(QStringLiteral("%1: expected [hlc, site id]").arg(it.key().toString()));
    }
    return map;
}

} // namespace

QCborArray encodeRows(const QList<RowChange> &rows)
{
    QCborArray array;
    for (const RowChange &row : rows) {
        QCborMap map;
        map.insert(QStringLiteral("t"), row.table);
        map.insert(QStringLiteral("id"), row.rowId);
        map.insert(QStringLiteral("cl"), row.causalLength);
        map.insert(QStringLiteral("hlc"), qint64(row.hlc));
        map.insert(QStringLiteral("f"), row.fields);
        if (!row.replaced.isEmpty())
            map.insert(QStringLiteral("was"), row.replaced);
        array.append(map);
    }
    return array;
}

QCborMap encodeTransaction(const SyncTransaction &transaction)
{
    QCborMap map;
    map.insert(QStringLiteral("site"), transaction.siteId);
    map.insert(QStringLiteral("lseq"), transaction.localSeq);
    map.insert(QStringLiteral("tx"), transaction.txId);
    map.insert(QStringLiteral("hlc"), qint64(transaction.hlc));
    if (transaction.serverSeq != 0)
        map.insert(QStringLiteral("sseq"), transaction.serverSeq);
    map.insert(QStringLiteral("rows"), encodeRows(transaction.rows));
    return map;
}

Result<QList<RowChange>> decodeRows(const QCborValue &value, const DecodeLimits &limits, int &rowBudget)
{
    if (!value.isArray())
        return parseError(QStringLiteral("\"rows\": expected an array"));
    const QCborArray array = value.toArray();
    if (array.size() > limits.maxRowsPerTransaction)
        return parseError(QStringLiteral("%1 rows in one transaction (at most %2)")
                              .arg(array.size())
                              .arg(limits.maxRowsPerTransaction));
    if (array.size() > rowBudget)
        return parseError(QStringLiteral("more than %1 rows in one message").arg(limits.maxRows));
    rowBudget -= int(array.size());
    QList<RowChange> rows;
    rows.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("rows[%1]").arg(i);
        if (!array.at(i).isMap())
            return parseError(where + QStringLiteral(": expected a map"));
        const QCborMap map = array.at(i).toMap();
        RowChange row;
        const auto table = textAt(map, u"t", true, MaxIdChars);
        const auto rowId = textAt(map, u"id", true, MaxIdChars);
        const auto causal = integerAt(map, u"cl", true);
        const auto hlc = integerAt(map, u"hlc", true);
        for (const Error *error :
             { table.ok() ? nullptr : &table.error(), rowId.ok() ? nullptr : &rowId.error(),
               causal.ok() ? nullptr : &causal.error(), hlc.ok() ? nullptr : &hlc.error() })
            if (error)
                return parseError(prefixed(where, *error));
        if (table->isEmpty() || rowId->isEmpty())
            return parseError(where + QStringLiteral(": empty table or row id"));
        if (*causal < 1)
            return parseError(where + QStringLiteral(".cl: a causal length is at least 1"));
        if (*hlc < 0)
            return parseError(where + QStringLiteral(".hlc: negative"));
        const QCborValue fields = map.value(QStringLiteral("f"));
        if (!fields.isMap())
            return parseError(where + QStringLiteral(".f: expected a map of fields"));
        const QCborMap fieldMap = fields.toMap();
        if (fieldMap.size() > limits.maxFieldsPerRow)
            return parseError(where
                              + QStringLiteral(".f: %1 fields (at most %2)")
                                    .arg(fieldMap.size())
                                    .arg(limits.maxFieldsPerRow));
        for (auto it = fieldMap.constBegin(); it != fieldMap.constEnd(); ++it) {
            if (!it.key().isString() || it.key().toString().isEmpty()
                || it.key().toString().size() > MaxIdChars)
                return parseError(where + QStringLiteral(".f: a field name that is not a short text"));
            if (!isFieldValue(it.value()))
                return parseError(where
                                  + QStringLiteral(".f.%1: not a field value").arg(it.key().toString()));
        }
        const QCborValue replaced = map.value(QStringLiteral("was"));
        if (!replaced.isUndefined()) {
            auto checked = replacedClocks(replaced, limits);
            if (!checked)
                return parseError(prefixed(where + QStringLiteral(".was"), checked.error()));
            row.replaced = std::move(checked).value();
        }
        row.table = *table;
        row.rowId = *rowId;
        row.causalLength = *causal;
        row.hlc = quint64(*hlc);
        row.fields = fieldMap;
        rows.append(std::move(row));
    }
    return rows;
}

Result<SyncTransaction> decodeTransaction(const QCborValue &value, const DecodeLimits &limits, int &rowBudget)
{
    if (!value.isMap())
        return parseError(QStringLiteral("expected a transaction map"));
    const QCborMap map = value.toMap();
    const auto site = textAt(map, u"site", true, MaxIdChars);
    const auto localSeq = integerAt(map, u"lseq", true);
    const auto txId = textAt(map, u"tx", false, MaxIdChars);
    const auto hlc = integerAt(map, u"hlc", true);
    const auto serverSeq = integerAt(map, u"sseq", false);
    for (const Error *error :
         { site.ok() ? nullptr : &site.error(), localSeq.ok() ? nullptr : &localSeq.error(),
           txId.ok() ? nullptr : &txId.error(), hlc.ok() ? nullptr : &hlc.error(),
           serverSeq.ok() ? nullptr : &serverSeq.error() })
        if (error)
            return *error;
    if (*localSeq < 0 || *serverSeq < 0 || *hlc < 0)
        return parseError(QStringLiteral("negative sequence or clock"));
    auto rows = decodeRows(map.value(QStringLiteral("rows")), limits, rowBudget);
    if (!rows)
        return rows.error();
    SyncTransaction transaction;
    transaction.siteId = *site;
    transaction.localSeq = *localSeq;
    transaction.txId = *txId;
    transaction.hlc = quint64(*hlc);
    transaction.serverSeq = *serverSeq;
    transaction.rows = std::move(rows).value();
    return transaction;
}

} // namespace OmniCrm::Wire
