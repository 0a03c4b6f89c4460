// OllamaProvider: Ollama's native API: POST {base}/api/chat with "format": the JSON schema
// (structured outputs) and stream false, and {base}/api/embed. Token counts come from
// prompt_eval_count and eval_count. Ollama has no transcription endpoint.
#pragma once

#include "provider.h"
#include "providerconfig.h"

class QNetworkAccessManager;

namespace OmniCrm {

class OllamaProvider final : public Provider
{
public:
    OllamaProvider(ProviderConfig config, QByteArray apiKey, QNetworkAccessManager &network);

    QString id() const override { return m_config.id; }
    QString model() const override { return m_config.model; }
    Capabilities capabilities() const override;

    void chat(const ChatRequest &request, const CallOptions &options,
              ProviderCallback<ChatResult> done) override;
    void embed(const QStringList &texts, const CallOptions &options,
               ProviderCallback<EmbeddingResult> done) override;
    void transcribe(const QString &audioPath, const CallOptions &options,
                    ProviderCallback<TranscriptionResult> done) override;

private:
    ProviderConfig m_config;
    QByteArray m_apiKey; // usually empty; sent when Ollama sits behind an authenticating proxy
    QNetworkAccessManager &m_network;
};

} // namespace OmniCrm
