// AiServices: the AI side of one opened store, wired once by main() (app or CLI): the provider
// settings, the API keys (the OS keychain when one answers, else the encrypted store itself),
// the monthly spend in the store, the provider chain built from the settings, and translation.
#pragma once

#include "airepository.h"
#include "protectedtokens.h"
#include "providerchain.h"
#include "providersettingsservice.h"
#include "spendledger.h"
#include "storesecretstore.h"
#include "translationservice.h"

#include <QNetworkAccessManager>

#include <memory>

namespace OmniCrm {

class SettingsRepository;

/// The keychain when it answers, else a fallback store (for headless machines).
class FallbackSecretStore final : public SecretStore
{
public:
    FallbackSecretStore(SecretStore &primary, SecretStore &fallback);
    bool available() override { return true; }
    Result<QByteArray> read(const QString &account) override { return active().read(account); }
    Status write(const QString &account, const QByteArray &secret) override
    {
        return active().write(account, secret);
    }
    Status remove(const QString &account) override { return active().remove(account); }

private:
    SecretStore &active();

    SecretStore &m_primary;
    SecretStore &m_fallback;
    std::optional<bool> m_primaryAvailable;
};

class AiServices
{
public:
    AiServices(Database &db, SettingsRepository &settings, const PhoneNormalizer &phones,
               SecretStore &keychain, const Clock &clock, ChainPolicy policy = {});
    ~AiServices();

    ProviderSettingsService &settings() { return m_settings; }
    /// Builds the chain from the saved settings (again, when they changed).
    Status reloadChain();
    ProviderChain &chain() { return *m_chain; }
    TranslationService &translations() { return *m_translations; }
    QNetworkAccessManager &network() { return m_network; }
    /// What the providers cost this month (the cap's side of Settings → AI).
    SpendLedger &ledger() { return m_ledger; }

private:
    AiRepository m_repository;
    StoreSecretStore m_storeSecrets;
    FallbackSecretStore m_secrets;
    ProviderSettingsService m_settings;
    StoreSpendLedger m_ledger;
    SystemRandomSource m_random;
    const PhoneNormalizer &m_phones;
    const Clock &m_clock;
    ChainPolicy m_policy;
    ProtectedTokens m_tokens;
    QNetworkAccessManager m_network;
    std::unique_ptr<ProviderChain> m_chain;
    std::unique_ptr<TranslationService> m_translations;
};

} // namespace OmniCrm
