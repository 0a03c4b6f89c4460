// ProviderChainBuilder: turns saved AI settings into a ProviderChain: one provider object per
// configured entry (OpenAI-compatible or Ollama) with its key from the SecretStore, in the saved
// order, then the offline engine; the monthly cap from the settings.
#pragma once

#include "providerchain.h"
#include "providersettingsservice.h"

class QNetworkAccessManager;

namespace OmniCrm {

class ProviderChainBuilder
{
public:
    static std::unique_ptr<Provider> makeProvider(const ProviderConfig &config, const QByteArray &apiKey,
                                                  QNetworkAccessManager &network);

    /// Adds every configured provider to `chain` and sets its cap. A provider whose key cannot be
    /// read is left out with a warning rather than failing the whole chain.
    static Status populate(ProviderChain &chain, const ProviderSettingsService &settings,
                           QNetworkAccessManager &network);
};

} // namespace OmniCrm
