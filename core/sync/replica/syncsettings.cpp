#include "syncsettings.h"

namespace OmniCrm {

namespace {
const QString kServerUrl = QStringLiteral("sync.server_url");
const QString kTenant = QStringLiteral("sync.tenant");
const QString kEmail = QStringLiteral("sync.email");
const QString kDeviceToken = QStringLiteral("sync.device_token");
} // namespace

SyncSettings::SyncSettings(SettingsRepository &meta)
    : m_meta(meta)
{
}

Result<SyncAccount> SyncSettings::account() const
{
    SyncAccount account;
    const std::pair<const QString *, QString *> keys[] = {
        { &kServerUrl, &account.serverUrl },
        { &kTenant, &account.tenant },
        { &kEmail, &account.email },
        { &kDeviceToken, &account.deviceToken },
    };
    for (const auto &[key, into] : keys) {
        auto value = m_meta.value(*key);
        if (!value)
            return value.error();
        *into = *value;
    }
    return account;
}

Status SyncSettings::setAccount(const SyncAccount &account)
{
    return m_meta.setValues({ { kServerUrl, account.serverUrl },
                              { kTenant, account.tenant },
                              { kEmail, account.email },
                              { kDeviceToken, account.deviceToken } });
}

Status SyncSettings::setDeviceToken(const QString &token)
{
    return m_meta.setValue(kDeviceToken, token);
}

} // namespace OmniCrm
