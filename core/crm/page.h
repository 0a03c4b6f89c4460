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

} // namespace OmniCrm
