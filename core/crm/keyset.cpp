#include "keyset.h"

#include <QSet>

namespace OmniCrm {

namespace {

Status visitRows(Statement &stmt, const QVariant &key, const std::function<bool(const Statement &)> &visit)
{
    if (!key.isNull())
        stmt.bind(1, key);
    while (true) {
        auto row = stmt.step();
        if (!row)
            return row.error();
        if (!*row || !visit(stmt))
            return {};
    }
}

} // namespace

Status forEachRow(Database &db, const QString &sql, const QVariant &key,
                  const std::function<bool(const Statement &)> &visit)
{
    // The connection's cached statement (a record's find() runs several per call; preparing
    // them each time was a tenth of a sync apply), unless a visit up the stack is still reading
    // with the same one: that one gets a statement of its own.
    thread_local QSet<std::pair<const Database *, QString>> reading;
    const std::pair<const Database *, QString> inUse { &db, sql };
    if (reading.contains(inUse)) {
        auto stmt = db.prepare(sql);
        if (!stmt)
            return stmt.error();
        return visitRows(*stmt, key, visit);
    }
    auto stmt = db.cached(sql);
    if (!stmt)
        return stmt.error();
    reading.insert(inUse);
    const Status done = visitRows(**stmt, key, visit);
    reading.remove(inUse);
    (*stmt)->reset(); // no read transaction left open
    return done;
}

Result<QStringList> textColumn(Database &db, const QString &sql, const QString &value)
{
    return allRows<QString>(db, sql, value, [](const Statement &s) { return s.text(0); });
}

Result<QString> firstText(Database &db, const QString &sql, const QString &value)
{
    auto stmt = db.cached(sql);
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, value);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    const QString text = *row ? (*stmt)->text(0) : QString();
    (*stmt)->reset();
    return text;
}

} // namespace OmniCrm
