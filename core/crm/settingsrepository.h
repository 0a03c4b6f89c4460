// SettingsRepository: the only code that knows the meta table (store-wide settings such as the
// site id that breaks clock ties in sync, the default currency and the store's language).
#pragma once

#include "database.h"

#include <QList>

#include <utility>

namespace OmniCrm {

class SettingsRepository
{
public:
    explicit SettingsRepository(Database &db);

    /// The value of `key`, or `fallback` when it was never set.
    Result<QString> value(const QString &key, const QString &fallback = {}) const;
    Status setValue(const QString &key, const QString &value);
    /// Sets several keys in one transaction: all of them or none.
    Status setValues(const QList<std::pair<QString, QString>> &values);

private:
    Database &m_db;
};

} // namespace OmniCrm
