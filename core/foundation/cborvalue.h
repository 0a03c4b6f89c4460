// One field value as CBOR bytes, for the sync outbox and the wire.
//
// Supported: null (an invalid QVariant or nullptr), bool, integers (as int64), double, string,
// bytes, string list. Decoding gives back the same QVariant types (integers as qlonglong), so
// encode → decode → encode is byte-identical. Other types go through QCborValue::fromVariant and
// come back as whatever QCborValue::toVariant makes of them.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QVariant>

namespace OmniCrm {

QByteArray encodeValue(const QVariant &value);

/// The value, or an invalid QVariant for null and for bytes that are not one CBOR item.
QVariant decodeValue(const QByteArray &bytes);

/// As decodeValue(), but Parse when the bytes are not exactly one well-formed CBOR item.
Result<QVariant> tryDecodeValue(const QByteArray &bytes);

} // namespace OmniCrm
