#include "cborlimits.h"

#include <QCborStreamReader>

namespace OmniCrm::Wire {

namespace {

struct Walker
{
    QCborStreamReader &reader;
    const DecodeLimits &limits;
    qsizetype items = 0;
    QString failure;

    bool fail(QString why)
    {
        if (failure.isEmpty())
            failure = std::move(why);
        return false;
    }

    bool skipString()
    {
        const qsizetype declared = reader.isLengthKnown() ? qsizetype(reader.length()) : -1;
        if (declared > limits.maxStringBytes)
            return fail(
                QStringLiteral("a string of %1 bytes (at most %2)").arg(declared).arg(limits.maxStringBytes));
        qsizetype total = 0;
        QByteArray scratch;
        QCborStreamReader::StringResult<qsizetype> chunk;
        while (true) {
            const qsizetype size = reader.currentStringChunkSize();
            if (size < 0 && reader.lastError() != QCborError::NoError)
                return fail(QStringLiteral("a malformed string: ") + reader.lastError().toString());
            if (size > limits.maxStringBytes - total)
                return fail(QStringLiteral("a string longer than %1 bytes").arg(limits.maxStringBytes));
            if (size > scratch.size())
                scratch.resize(size);
            chunk = reader.readStringChunk(scratch.data(), std::max<qsizetype>(size, 0));
            if (chunk.status != QCborStreamReader::Ok)
                break;
            total += chunk.data;
        }
        if (chunk.status == QCborStreamReader::Error)
            return fail(QStringLiteral("a malformed string: ") + reader.lastError().toString());
        return true;
    }

    bool item(int depth)
    {
        if (++items > limits.maxItems)
            return fail(QStringLiteral("more than %1 CBOR items").arg(limits.maxItems));
        if (reader.lastError() != QCborError::NoError)
            return fail(QStringLiteral("malformed CBOR: ") + reader.lastError().toString());
        switch (reader.type()) {
        case QCborStreamReader::Array:
        case QCborStreamReader::Map: {
            if (depth >= limits.maxDepth)
                return fail(QStringLiteral("nesting deeper than %1").arg(limits.maxDepth));
            const bool isMap = reader.isMap();
            if (reader.isLengthKnown() && reader.length() > quint64(limits.maxItems))
                return fail(QStringLiteral("a container claiming %1 items").arg(reader.length()));
            if (!reader.enterContainer())
                return fail(QStringLiteral("malformed CBOR container: ") + reader.lastError().toString());
            while (reader.lastError() == QCborError::NoError && reader.hasNext()) {
                if (!item(depth + 1))
                    return false;
                if (isMap) {
                    if (!reader.hasNext())
                        return fail(QStringLiteral("a map key without a value"));
                    if (!item(depth + 1))
                        return false;
                }
            }
            if (reader.lastError() != QCborError::NoError)
                return fail(QStringLiteral("malformed CBOR: ") + reader.lastError().toString());
            if (!reader.leaveContainer())
                return fail(QStringLiteral("malformed CBOR container end: ") + reader.lastError().toString());
            return true;
        }
        case QCborStreamReader::String:
        case QCborStreamReader::ByteArray:
            return skipString();
        case QCborStreamReader::Tag:
            return fail(QStringLiteral("tagged CBOR items are not part of the protocol"));
        case QCborStreamReader::Invalid:
            return fail(QStringLiteral("malformed CBOR: ") + reader.lastError().toString());
        default:
            if (!reader.next())
                return fail(QStringLiteral("malformed CBOR: ") + reader.lastError().toString());
            return true;
        }
    }
};

} // namespace

Status checkCborStructure(const QByteArray &bytes, const DecodeLimits &limits)
{
    if (bytes.size() > limits.maxFrameBytes)
        return Error::make(
            ErrorCode::Parse,
            QStringLiteral("frame of %1 bytes (at most %2)").arg(bytes.size()).arg(limits.maxFrameBytes));
    if (bytes.isEmpty())
        return Error::make(ErrorCode::Parse, QStringLiteral("empty frame"));
    QCborStreamReader reader(bytes);
    Walker walker { reader, limits };
    if (!walker.item(0))
        return Error::make(ErrorCode::Parse, walker.failure);
    if (reader.lastError() != QCborError::NoError)
        return Error::make(ErrorCode::Parse,
                           QStringLiteral("malformed CBOR: ") + reader.lastError().toString());
    if (reader.currentOffset() != bytes.size())
        return Error::make(
            ErrorCode::Parse,
            QStringLiteral("%1 trailing bytes after the message").arg(bytes.size() - reader.currentOffset()));
    return {};
}

} // namespace OmniCrm::Wire
