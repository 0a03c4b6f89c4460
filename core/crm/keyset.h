// Shared read paths of the repositories: keyset pages over (sort_key, rowid), single rows,
// row loops and id lookups. Only repositories include this; it runs their SQL text.
#pragma once

#include "database.h"
#include "page.h"

#include <functional>

namespace OmniCrm {

/// Runs `select` (which must end in a FROM/JOIN clause, with `alias` the listed table and the
/// sort key as its last selected column) as one keyset page. Uses the table's partial index on
/// (sort_key, rowid) WHERE cl % 2 = 1, so any depth costs the same.
template <typename Row>
Result<Page<Row>> keysetPage(Database &db, const QString &select, const QString &alias,
                             const std::optional<Cursor> &after, int limit,
                             const std::function<Row(const Statement &)> &read)
{
    const QString a = alias + u'.';
    QString where = QStringLiteral("WHERE ") + a + QStringLiteral("cl % 2 = 1 ");
    if (after) // a row value: SQLite walks the index from the cursor on (3.15+)
        where += QStringLiteral("AND (") + a + QStringLiteral("sort_key, ") + a
            + QStringLiteral("rowid) > (?1, ?2) ");
    auto stmt = db.cached(select + where + QStringLiteral("ORDER BY ") + a + QStringLiteral("sort_key, ") + a
                          + QStringLiteral("rowid LIMIT ?3"));
    if (!stmt)
        return stmt.error();
    Statement &s = **stmt;
    if (after)
        s.bind(1, after->sortKey).bind(2, after->rowId);
    s.bind(3, limit + 1);
    Page<Row> page;
    Cursor last;
    while (true) {
        auto row = s.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        if (page.rows.size() == limit) {
            page.nextCursor = last.encode();
            break;
        }
        page.rows.append(read(s));
        last = Cursor { s.text(s.columnCount() - 1), s.int64(0) };
    }
    s.reset();
    return page;
}

/// What an ordered keyset page walks: one key (a column or an expression over the listed
/// table's alias, e.g. "c.updated_at"), then rowid, both ascending or both descending. Each key
/// a list offers has a partial index on (key, rowid) WHERE cl % 2 = 1, read forwards or backwards.
struct KeysetOrder
{
    QString key;
    bool descending = false;
    bool numeric = false; // an integer key: the cursor keeps its decimal text
};

/// The key of a list that offers name and last-change orders (Due reads as Name there).
inline KeysetOrder nameOrUpdated(const QString &alias, const ListSort &sort)
{
    const bool updated = sort.order == ListOrder::Updated;
    return KeysetOrder { alias + (updated ? QStringLiteral(".updated_at") : QStringLiteral(".sort_key")),
                         sort.descending, updated };
}

/// keysetPage in any order: `columns` is the SELECT list without the key, `from` the FROM/JOIN
/// clause; the key is selected last so the cursor can resume after the last row.
///
/// SQLite 3.15 seeks a row value (key, rowid) > (?, ?) on the key alone and then scans every row
/// that shares it, so a page deep inside many equal keys (a whole import has one updated_at)
/// would cost its depth. A resumed page is therefore two seeks: the rest of the cursor's key
/// (key = ? AND rowid > ?), then the keys after it (key > ?), each a range of the index.
template <typename Row>
Result<Page<Row>> orderedKeysetPage(Database &db, const QString &columns, const QString &from,
                                    const QString &alias, const KeysetOrder &order,
                                    const std::optional<Cursor> &after, int limit,
                                    const std::function<Row(const Statement &)> &read)
{
    const QString a = alias + u'.';
    const QString direction = order.descending ? QStringLiteral(" DESC") : QString();
    const QChar beyond = order.descending ? u'<' : u'>';
    const QString head = columns + QStringLiteral(", ") + order.key + u' ' + from + QStringLiteral("WHERE ")
        + a + QStringLiteral("cl % 2 = 1 ");
    QStringList steps;
    if (after) {
        steps.append(head + QStringLiteral("AND ") + order.key + QStringLiteral(" = ?1 AND ") + a
                     + QStringLiteral("rowid ") + beyond + QStringLiteral(" ?2 ORDER BY ") + a
                     + QStringLiteral("rowid") + direction + QStringLiteral(" LIMIT ?3"));
        steps.append(head + QStringLiteral("AND ") + order.key + u' ' + beyond
                     + QStringLiteral(" ?1 ORDER BY ") + order.key + direction + QStringLiteral(", ") + a
                     + QStringLiteral("rowid") + direction + QStringLiteral(" LIMIT ?3"));
    } else {
        steps.append(head + QStringLiteral("ORDER BY ") + order.key + direction + QStringLiteral(", ") + a
                     + QStringLiteral("rowid") + direction + QStringLiteral(" LIMIT ?3"));
    }
    Page<Row> page;
    Cursor last;
    for (const QString &sql : steps) {
        auto stmt = db.cached(sql);
        if (!stmt)
            return stmt.error();
        Statement &s = **stmt;
        if (after) {
            if (order.numeric)
                s.bind(1, after->sortKey.toLongLong());
            else
                s.bind(1, after->sortKey);
            s.bind(2, after->rowId); // unused by the second step; ?3 keeps its slot valid
        }
        s.bind(3, limit + 1 - int(page.rows.size()));
        while (true) {
            auto row = s.step();
            if (!row) {
                s.reset();
                return row.error();
            }
            if (!*row)
                break;
            if (page.rows.size() == limit) {
                page.nextCursor = last.encode();
                break;
            }
            page.rows.append(read(s));
            last = Cursor { s.text(s.columnCount() - 1), s.int64(0) };
        }
        s.reset();
        if (!page.nextCursor.isEmpty())
            break;
    }
    return page;
}

/// Runs `select` once per rowid (bound as ?1) and collects the rows found, in the given order.
template <typename Row>
Result<QList<Row>> rowsByRowIds(Database &db, const QString &select, const QList<qint64> &rowIds,
                                const std::function<Row(const Statement &)> &read)
{
    auto stmt = db.cached(select);
    if (!stmt)
        return stmt.error();
    QList<Row> rows;
    for (qint64 rowId : rowIds) {
        Statement &s = **stmt;
        s.reset();
        s.bind(1, rowId);
        auto row = s.step();
        if (!row)
            return row.error();
        if (*row)
            rows.append(read(s));
    }
    (*stmt)->reset();
    return rows;
}

/// Runs `sql` with `key` bound as ?1 (nothing bound for a null key) and calls `visit` for each
/// row until it returns false.
Status forEachRow(Database &db, const QString &sql, const QVariant &key,
                  const std::function<bool(const Statement &)> &visit);

/// Every row of `sql` (key bound as ?1), read by `read`.
template <typename T>
Result<QList<T>> allRows(Database &db, const QString &sql, const QVariant &key,
                         const std::function<T(const Statement &)> &read)
{
    QList<T> rows;
    OMNICRM_TRY(forEachRow(db, sql, key, [&](const Statement &s) {
        rows.append(read(s));
        return true;
    }));
    return rows;
}

/// The first row of `sql` (key bound as ?1), or NotFound naming `what` and the key.
template <typename T>
Result<T> oneRow(Database &db, const QString &sql, const QVariant &key,
                 const std::function<T(const Statement &)> &read, const QString &what)
{
    std::optional<T> found;
    OMNICRM_TRY(forEachRow(db, sql, key, [&](const Statement &s) {
        found = read(s);
        return false;
    }));
    if (!found)
        return Error::make(ErrorCode::NotFound, QStringLiteral("no %1 %2").arg(what, key.toString()));
    return std::move(*found);
}

/// The first text column of every row of `sql` with `value` bound as ?1.
Result<QStringList> textColumn(Database &db, const QString &sql, const QString &value);
/// The first text column of the first row, or an empty string when there is none.
Result<QString> firstText(Database &db, const QString &sql, const QString &value);

} // namespace OmniCrm
