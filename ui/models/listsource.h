// ListSource: what one record list shows (columns) and how it reads a chunk of rows from the
// store. A source is stateless; fetch() runs on the BackgroundStore thread, so it may only use
// the CrmStore it is given. One source per kind of record (contacts, deals, …).
#pragma once

#include "crmstore.h"

#include <QStringList>
#include <QVariant>

namespace OmniCrm {

struct ListQuery
{
    QString filterText; // what the user typed in the list's filter box; folded by search
    int sortColumn = 0;
    Qt::SortOrder order = Qt::AscendingOrder;

    bool operator==(const ListQuery &) const = default;
};

struct ListRow
{
    QString id;
    QVariantList cells; // one per column, display values; QString, qint64, QDateTime, Money text
};

struct ListChunk
{
    QList<ListRow> rows;
    QString nextCursor; // empty when there is nothing after these rows
};

class ListSource
{
public:
    virtual ~ListSource();

    virtual RecordKind kind() const = 0;
    /// Column titles in the current language (GUI thread).
    virtual QStringList headers() const = 0;
    /// Columns the store can order by without a full scan; others ignore a sort request.
    virtual bool canSort(int column) const { return column == 0; }
    /// Rows after `cursor` (empty: from the start). Worker thread.
    virtual Result<ListChunk> fetch(CrmStore &store, const ListQuery &query, const QString &cursor,
                                    int limit) const = 0;
};

} // namespace OmniCrm
