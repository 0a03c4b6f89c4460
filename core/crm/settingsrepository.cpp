#include "settingsrepository.h"

namespace OmniCrm {

SettingsRepository::SettingsRepository(Database &db)
    : m_db(db)
{
}

Result<QString> SettingsRepository::value(const QString &key, const QString &fallback) const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key);
    auto row = stmt->step();
    if (!row)
        return row.error();
    return *row ? stmt->text(0) : fallback;
}

Status SettingsRepository::setValue(const QString &key, const QString &value)
{
    auto stmt = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    if (!stmt)
        return stmt.error();
    return stmt->bind(1, key).bind(2, value).run();
}

Status SettingsRepository::setValues(const QList<std::pair<QString, QString>> &values)
{
    Transaction tx(m_db);
    OMNICRM_TRY(tx.began());
    for (const auto &[key, value] : values)
        OMNICRM_TRY(setValue(key, value));
    return tx.commit();
}

} // namespace OmniCrm
