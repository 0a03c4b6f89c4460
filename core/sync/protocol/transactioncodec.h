// SyncTransaction ⇄ CBOR, shared by the wire messages and the server's log. The decoder checks
// every type and limit and names the offending place ("rows[2].hlc: expected an integer").
#pragma once

#include "cborlimits.h"
#include "result.h"
#include "synctransaction.h"

#include <QCborMap>
#include <QCborValue>

namespace OmniCrm::Wire {

QCborMap encodeTransaction(const SyncTransaction &transaction);
QCborArray encodeRows(const QList<RowChange> &rows);

/// rowBudget: rows still allowed in the enclosing message; decreased by the rows decoded.
Result<SyncTransaction> decodeTransaction(const QCborValue &value, const DecodeLimits &limits,
                                          int &rowBudget);
Result<QList<RowChange>> decodeRows(const QCborValue &value, const DecodeLimits &limits, int &rowBudget);

/// A field value the protocol carries: null, bool, integer, double, text, bytes, or an array of
/// texts (a string list).
bool isFieldValue(const QCborValue &value);

/// Reading helpers for the decoders: Parse errors that name the key.
Result<QString> textAt(const QCborMap &map, QStringView key, bool required, qsizetype maxChars);
Result<qint64> integerAt(const QCborMap &map, QStringView key, bool required);
Result<QByteArray> bytesAt(const QCborMap &map, QStringView key, bool required);
Result<bool> boolAt(const QCborMap &map, QStringView key);

} // namespace OmniCrm::Wire
