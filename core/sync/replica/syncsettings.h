// SyncSettings: where and as whom this store syncs (server URL, tenant, e-mail) and the device
// token the server issued, kept in the store's meta table (inside the encrypted store).
#pragma once

#include "settingsrepository.h"

namespace OmniCrm {

struct SyncAccount
{
    QString serverUrl;
    QString tenant;
    QString email;
    QString deviceToken;

    bool isConfigured() const { return !serverUrl.isEmpty() && !tenant.isEmpty(); }
    friend bool operator==(const SyncAccount &, const SyncAccount &) = default;
};

class SyncSettings
{
public:
    explicit SyncSettings(SettingsRepository &meta);

    Result<SyncAccount> account() const;
    /// Saves all four values at once.
    Status setAccount(const SyncAccount &account);
    Status setDeviceToken(const QString &token);
    /// Forgets the device token (sign out); the rest stays.
    Status clearDeviceToken() { return setDeviceToken({}); }

private:
    SettingsRepository &m_meta;
};

} // namespace OmniCrm
