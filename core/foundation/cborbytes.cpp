#include "cborbytes.h"

#include <cstring>

namespace OmniCrm::CborBytes {

void appendHead(QByteArray &out, quint8 major, quint64 value)
{
    // Built on the stack and appended at once: QByteArray::append(char) is a call per byte.
    char head[9];
    const char type = char(major << 5);
    if (value < 24) {
        head[0] = char(type | char(value));
        out.append(head, 1);
        return;
    }
    int bytes = 8;
    char info = 27;
    if (value <= 0xff) {
        bytes = 1;
        info = 24;
    } else if (value <= 0xffff) {
        bytes = 2;
        info = 25;
    } else if (value <= 0xffffffffULL) {
        bytes = 4;
        info = 26;
    }
    head[0] = char(type | info);
    for (int i = 0; i < bytes; ++i)
        head[1 + i] = char((value >> (8 * (bytes - 1 - i))) & 0xff);
    out.append(head, 1 + bytes);
}

void appendText(QByteArray &out, QStringView text)
{
    // Column names, ids and most values are ASCII: their UTF-8 is their Latin-1.
    const qsizetype size = text.size();
    const QChar *chars = text.data();
    qsizetype i = 0;
    while (i < size && chars[i].unicode() < 0x80)
        ++i;
    if (i == size) {
        appendHead(out, 3, quint64(size));
        const qsizetype at = out.size();
        out.resize(at + size);
        char *dst = out.data() + at;
        for (qsizetype j = 0; j < size; ++j)
            dst[j] = char(chars[j].unicode());
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    appendHead(out, 3, quint64(utf8.size()));
    out.append(utf8);
}

void appendInteger(QByteArray &out, qint64 value)
{
    if (value >= 0)
        appendHead(out, 0, quint64(value));
    else
        appendHead(out, 1, quint64(-1 - value));
}

void appendBytes(QByteArray &out, const QByteArray &bytes)
{
    appendHead(out, 2, quint64(bytes.size()));
    out.append(bytes);
}

void appendDouble(QByteArray &out, double value)
{
    quint64 bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    char item[9];
    item[0] = char(0xfb);
    for (int i = 0; i < 8; ++i)
        item[1 + i] = char((bits >> (8 * (7 - i))) & 0xff);
    out.append(item, 9);
}

void appendValue(QByteArray &out, const QCborValue &value)
{
    switch (value.type()) {
    case QCborValue::Integer:
        appendInteger(out, value.toInteger());
        return;
    case QCborValue::String:
        appendText(out, value.toString());
        return;
    case QCborValue::ByteArray:
        appendBytes(out, value.toByteArray());
        return;
    case QCborValue::Double:
        appendDouble(out, value.toDouble());
        return;
    case QCborValue::False:
        out.append(char(0xf4));
        return;
    case QCborValue::True:
        out.append(char(0xf5));
        return;
    case QCborValue::Null:
        out.append(char(0xf6));
        return;
    default: // arrays, maps, tags and the rest are rare in a field: Qt encodes them
        out.append(value.toCbor());
        return;
    }
}

} // namespace OmniCrm::CborBytes
