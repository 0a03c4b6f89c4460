#include "keyset.h"

namespace OmniCrm {

Status forEachRow(Database &db, const QString &sql, const QVariant &key,
                  const std::function<bool(const Statement &)> &visit)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    if (!key.isNull())
        stmt->bind(1, key);
    while (true) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row || !visit(*stmt))
            return {};
    }
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
