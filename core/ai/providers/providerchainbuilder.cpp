#include "providerchainbuilder.h"
#include "ollamaprovider.h"
#include "openaicompatibleprovider.h"

#include <QLoggingCategory>

namespace OmniCrm {

Q_LOGGING_CATEGORY(lcBuilder, "omnicrm.ai.providers")

std::unique_ptr<Provider> ProviderChainBuilder::makeProvider(const ProviderConfig &config,
                                                             const QByteArray &apiKey,
                                                             QNetworkAccessManager &network)
{
    if (config.kind == ProviderKind::Ollama)
        return std::make_unique<OllamaProvider>(config, apiKey, network);
    return std::make_unique<OpenAiCompatibleProvider>(config, apiKey, network);
}

Status ProviderChainBuilder::populate(ProviderChain &chain, const ProviderSettingsService &settings,
                                      QNetworkAccessManager &network)
{
    auto loaded = settings.load();
    if (!loaded)
        return loaded.error();
    for (const ProviderConfig &config : loaded->providers) {
        auto key = settings.apiKey(config);
        if (!key) {
            qCWarning(lcBuilder) << "AI provider" << config.id
                                 << "left out: its key cannot be read:" << key.error().detail;
            continue;
        }
        chain.addProvider(makeProvider(config, *key, network), config);
    }
    chain.setMonthlyCapMicros(loaded->monthlyCapMicros);
    return {};
}

} // namespace OmniCrm
