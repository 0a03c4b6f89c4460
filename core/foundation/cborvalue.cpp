#include "cborvalue.h"

#include <QCborArray>
#include <QCborValue>
#include <QStringList>

#include <limits>

namespace OmniCrm {

namespace {

QCborValue toCbor(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QCborValue(nullptr);
    switch (value.metaType().id()) {
    case QMetaType::Nullptr:
        return QCborValue(nullptr);
    case QMetaType::Bool:
        return QCborValue(value.toBool());
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
        return QCborValue(value.toLongLong());
    case QMetaType::ULong:
    case QMetaType::ULongLong: {
        const qulonglong unsignedValue = value.toULongLong();
        if (unsignedValue <= qulonglong(std::numeric_limits<qint64>::max()))
            return QCborValue(qint64(unsignedValue));
        return QCborValue::fromVariant(value);
    }
    case QMetaType::Double:
    case QMetaType::Float:
        return QCborValue(value.toDouble());
    case QMetaType::QString:
        return QCborValue(value.toString());
    case QMetaType::QByteArray:
        return QCborValue(value.toByteArray());
    case QMetaType::QStringList: {
        QCborArray array;
        for (const QString &item : value.toStringList())
            array.append(item);
        return array;
    }
    default:
        return QCborValue::fromVariant(value);
    }
}

QVariant fromCbor(const QCborValue &value)
{
    switch (value.type()) {
    case QCborValue::Null:
    case QCborValue::Undefined:
        return {};
    case QCborValue::Integer:
        return QVariant(qlonglong(value.toInteger()));
    case QCborValue::Double:
        return QVariant(value.toDouble());
    case QCborValue::False:
    case QCborValue::True:
        return QVariant(value.toBool());
    case QCborValue::String:
        return QVariant(value.toString());
    case QCborValue::ByteArray:
        return QVariant(value.toByteArray());
    case QCborValue::Array: {
        const QCborArray array = value.toArray();
        QStringList strings;
        strings.reserve(array.size());
        for (const QCborValue &item : array) {
            if (!item.isString())
                return value.toVariant();
            strings.append(item.toString());
        }
        return QVariant(strings);
    }
    default:
        return value.toVariant();
    }
}

} // namespace

QByteArray encodeValue(const QVariant &value)
{
    return toCbor(value).toCbor();
}

Result<QVariant> tryDecodeValue(const QByteArray &bytes)
{
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(bytes, &error);
    if (error.error != QCborError::NoError)
        return Error::make(ErrorCode::Parse, QStringLiteral("not a CBOR value: %1").arg(error.errorString()));
    if (error.offset != bytes.size())
        return Error::make(
            ErrorCode::Parse,
            QStringLiteral("%1 bytes left after the CBOR value").arg(bytes.size() - error.offset));
    return fromCbor(value);
}

QVariant decodeValue(const QByteArray &bytes)
{
    auto result = tryDecodeValue(bytes);
    return result.ok() ? std::move(result).value() : QVariant();
}

} // namespace OmniCrm
