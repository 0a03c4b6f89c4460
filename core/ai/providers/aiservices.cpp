#include "aiservices.h"
#include "providerchainbuilder.h"

namespace OmniCrm {

FallbackSecretStore::FallbackSecretStore(SecretStore &primary, SecretStore &fallback)
    : m_primary(primary)
    , m_fallback(fallback)
{
}

SecretStore &FallbackSecretStore::active()
{
    if (!m_primaryAvailable)
        m_primaryAvailable = m_primary.available();
    return *m_primaryAvailable ? m_primary : m_fallback;
}

AiServices::AiServices(Database &db, SettingsRepository &settings, const PhoneNormalizer &phones,
                       SecretStore &keychain, const Clock &clock, ChainPolicy policy)
    : m_repository(db)
    , m_storeSecrets(db)
    , m_secrets(keychain, m_storeSecrets)
    , m_settings(settings, m_secrets)
    , m_ledger(m_repository)
    , m_phones(phones)
    , m_clock(clock)
    , m_policy(policy)
    , m_tokens(phones)
{
    m_chain = std::make_unique<ProviderChain>(m_clock, m_random, m_ledger, m_phones, m_policy);
    m_translations = std::make_unique<TranslationService>(*m_chain, m_tokens, &m_repository, m_clock);
}

AiServices::~AiServices() = default;

Status AiServices::reloadChain()
{
    auto chain = std::make_unique<ProviderChain>(m_clock, m_random, m_ledger, m_phones, m_policy);
    OMNICRM_TRY(ProviderChainBuilder::populate(*chain, m_settings, m_network));
    m_translations = std::make_unique<TranslationService>(*chain, m_tokens, &m_repository, m_clock);
    m_chain = std::move(chain);
    return {};
}

} // namespace OmniCrm
