#include "page.h"

#include <QByteArray>

namespace OmniCrm {

QString Cursor::encode() const
{
    const QByteArray raw = QByteArray::number(rowId) + '\x1f' + sortKey.toUtf8();
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<Cursor> Cursor::decode(const QString &text)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QByteArray &raw = *decoded;
    const qsizetype split = raw.indexOf('\x1f');
    if (split <= 0)
        return std::nullopt;
    bool ok = false;
    const qint64 rowId = raw.left(split).toLongLong(&ok);
    if (!ok || rowId <= 0)
        return std::nullopt;
    return Cursor { QString::fromUtf8(raw.mid(split + 1)), rowId };
}

QString listOrderName(ListOrder order)
{
    switch (order) {
    case ListOrder::Name:
        return QStringLiteral("name");
    case ListOrder::Updated:
        return QStringLiteral("updated");
    case ListOrder::Due:
        return QStringLiteral("due");
    }
    return QStringLiteral("name");
}

std::optional<ListOrder> listOrderFromName(QStringView name)
{
    for (ListOrder order : { ListOrder::Name, ListOrder::Updated, ListOrder::Due }) {
        if (name == listOrderName(order))
            return order;
    }
    return std::nullopt;
}

} // namespace OmniCrm
