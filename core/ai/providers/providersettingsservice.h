// ProviderSettingsService: the AI settings (provider list and order, endpoints, models, timeouts,
// prices, privacy mode, monthly cap) as one validated JSON document in the store's settings, and
// each provider's API key in the SecretStore (the keychain in the app). The rule that is not
// obvious: a key never passes through the settings document, logs or error messages.
#pragma once

#include "providerconfig.h"

namespace OmniCrm {

class SecretStore;
class SettingsRepository;

class ProviderSettingsService
{
public:
    ProviderSettingsService(SettingsRepository &settings, SecretStore &secrets);

    /// The saved settings; defaults (no providers, no cap) when nothing was saved.
    Result<AiSettings> load() const;
    /// Validates and saves; nothing is saved when any field is wrong.
    Status save(const AiSettings &settings);

    /// Appends a provider (or replaces the one with its id, keeping its place) and stores its key
    /// when `apiKey` is not empty.
    Status addProvider(const ProviderConfig &config, const QByteArray &apiKey);
    /// Removes the provider and its key; NotFound when there is none with that id.
    Status removeProvider(const QString &id);
    /// Moves a provider to `position` (0 = tried first).
    Status moveProvider(const QString &id, int position);
    Status setMonthlyCap(qint64 capMicros, const QString &currency);

    /// The provider's API key; empty when none is stored (local servers need none).
    Result<QByteArray> apiKey(const ProviderConfig &config) const;

    static inline const QString SettingsKey = QStringLiteral("ai.providers");

private:
    SettingsRepository &m_settings;
    SecretStore &m_secrets;
};

} // namespace OmniCrm
