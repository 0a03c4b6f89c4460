#include "keyset.h"

namespace OmniCrm {

Result<QStringList> textColumn(Database &db, const QString &sql, const QString &value)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, value);
    QStringList values;
    while (true) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        values.append(stmt->text(0));
    }
    return values;
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
