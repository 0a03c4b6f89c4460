// CBOR items appended straight to a QByteArray, for the hot paths that write many small items
// (the outbox, snapshot chunks and their digest). QCborStreamWriter writes through a QIODevice,
// one virtual call per item, which was a tenth of an initial sync; these write the same bytes
// (definite lengths, shortest heads, text as UTF-8, doubles in 64 bits) without one.
#pragma once

#include <QByteArray>
#include <QCborValue>
#include <QStringView>

namespace OmniCrm::CborBytes {

/// The head of an item: `major` type (0..7) and its argument in the shortest form.
void appendHead(QByteArray &out, quint8 major, quint64 value);
void appendText(QByteArray &out, QStringView text);
void appendInteger(QByteArray &out, qint64 value);
void appendBytes(QByteArray &out, const QByteArray &bytes);
/// Always the 64-bit form, as QCborStreamWriter::append(double) and QCborValue::toCbor() write it.
void appendDouble(QByteArray &out, double value);
/// A definite-length array or map of `size` items (a map's size counts pairs).
inline void appendArrayHead(QByteArray &out, quint64 size)
{
    appendHead(out, 4, size);
}
inline void appendMapHead(QByteArray &out, quint64 size)
{
    appendHead(out, 5, size);
}
/// The same bytes as value.toCbor().
void appendValue(QByteArray &out, const QCborValue &value);

} // namespace OmniCrm::CborBytes
