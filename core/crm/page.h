// Keyset paging: a page of rows and an opaque cursor that resumes after its last row.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace OmniCrm {

/// Where a list resumes: the sort key and rowid of the last row shown. Never an OFFSET.
struct Cursor
{
    QString sortKey;
    qint64 rowId = 0;

    QString encode() const;
    /// nullopt for text that is not a cursor this build wrote.
    static std::optional<Cursor> decode(const QString &text);
};

template <typename Row> struct Page
{
    QList<Row> rows;
    QString nextCursor; // empty on the last page
};

/// The orders a record list offers; each one is a keyset walk over an index of live rows.
/// Name is the folded title (sort_key); Due puts undated activities last.
enum class ListOrder { Name, Updated, Due };

struct ListSort
{
    ListOrder order = ListOrder::Name;
    bool descending = false;

    bool operator==(const ListSort &) const = default;
};

/// "name", "updated", "due": how saved views and settings spell an order.
QString listOrderName(ListOrder order);
std::optional<ListOrder> listOrderFromName(QStringView name);

} // namespace OmniCrm
