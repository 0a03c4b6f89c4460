#include "storedlogentry.h"

#include "transactioncodec.h"

#include <QCborValue>

namespace OmniCrm {

Result<QList<RowChange>> decodeStoredRows(const QByteArray &blob, qint64 seq)
{
    Wire::DecodeLimits limits;
    limits.maxRowsPerTransaction = 1'000'000;
    limits.maxRows = 1'000'000;
    limits.maxFieldsPerRow = 100'000;
    QCborParserError parseError;
    const QCborValue rows = QCborValue::fromCbor(blob, &parseError);
    int budget = limits.maxRows;
    auto decoded = Wire::decodeRows(rows, limits, budget);
    if (parseError.error != QCborError::NoError || !decoded)
        return Error::make(ErrorCode::StoreCorrupt, QStringLiteral("log entry %1 cannot be read").arg(seq));
    return decoded;
}

QString logRowKey(const QString &table, const QString &rowId)
{
    return table + QChar(0x1f) + rowId;
}

} // namespace OmniCrm
