#include "migrator.h"

#include <algorithm>

namespace OmniCrm {

Migrator::Migrator(QList<Migration> migrations)
    : m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

Result<int> Migrator::currentVersion(Database &db)
{
    auto stmt = db.prepare(QStringLiteral("PRAGMA user_version;"));
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    return *row ? stmt->int32(0) : 0;
}

Status Migrator::migrate(Database &db) const
{
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    if (*current > latestVersion())
        return Error::make(ErrorCode::Unsupported,
                           QStringLiteral("the store has schema version %1; this build knows up to %2")
                               .arg(*current)
                               .arg(latestVersion()));
    if (*current == latestVersion())
        return {};

    Transaction tx(db);
    OMNICRM_TRY(tx.began());
    for (const Migration &migration : m_migrations) {
        if (migration.version <= *current)
            continue;
        Status applied = db.exec(migration.sql);
        if (!applied)
            return Error::make(applied.error().code,
                               QStringLiteral("migration %1 (%2): %3")
                                   .arg(migration.version)
                                   .arg(migration.name, applied.error().detail));
    }
    OMNICRM_TRY(db.exec(QStringLiteral("PRAGMA user_version = %1;").arg(latestVersion())));
    return tx.commit();
}

} // namespace OmniCrm
