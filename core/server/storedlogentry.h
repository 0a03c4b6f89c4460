// What both tenant-log backends (SQLite, PostgreSQL) need to read back the log entries they
// stored: the rows of one entry, and a key naming one row of the log.
#pragma once

#include "result.h"
#include "synctransaction.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace OmniCrm {

/// The rows of the log entry `seq` as stored (CBOR from our own encoder; the limits only guard
/// against a damaged store). StoreCorrupt naming the entry when it cannot be read.
Result<QList<RowChange>> decodeStoredRows(const QByteArray &blob, qint64 seq);

/// A set key for one row of the log (table and row id).
QString logRowKey(const QString &table, const QString &rowId);

} // namespace OmniCrm
