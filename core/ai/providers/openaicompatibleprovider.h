// OpenAiCompatibleProvider: any endpoint that speaks OpenAI's API (OpenAI, Groq, llama.cpp
// server, Ollama's /v1, vLLM …): POST {base}/chat/completions with response_format json_schema
// (json_object plus the schema in a system message when the server refuses json_schema),
// {base}/embeddings and {base}/audio/transcriptions (multipart). The base URL includes the
// version folder, e.g. "https://api.openai.com/v1".
#pragma once

#include "provider.h"
#include "providerconfig.h"

#include <memory>

class QNetworkAccessManager;

namespace OmniCrm {

class OpenAiCompatibleProvider final : public Provider
{
public:
    OpenAiCompatibleProvider(ProviderConfig config, QByteArray apiKey, QNetworkAccessManager &network);

    QString id() const override { return m_config.id; }
    QString model() const override { return m_config.model; }
    Capabilities capabilities() const override;

    void chat(const ChatRequest &request, const CallOptions &options,
              ProviderCallback<ChatResult> done) override;
    void embed(const QStringList &texts, const CallOptions &options,
               ProviderCallback<EmbeddingResult> done) override;
    void transcribe(const QString &audioPath, const CallOptions &options,
                    ProviderCallback<TranscriptionResult> done) override;

    /// True once the server refused response_format json_schema; later calls ask for json_object.
    bool usesJsonObjectFallback() const { return *m_jsonObjectOnly; }

    /// The JSON object in an answer's content, also when wrapped in a ``` fence; nullopt otherwise.
    static std::optional<QJsonObject> parseJsonContent(const QString &content);

private:
    QByteArray chatBody(const ChatRequest &request, bool jsonObjectOnly) const;
    void sendChat(const ChatRequest &request, const CallOptions &options, bool jsonObjectOnly,
                  ProviderCallback<ChatResult> done);

    ProviderConfig m_config;
    QByteArray m_apiKey;
    QNetworkAccessManager &m_network;
    std::shared_ptr<bool> m_jsonObjectOnly = std::make_shared<bool>(false);
    std::shared_ptr<int> m_alive = std::make_shared<int>(0); // replies outliving this provider see it expire
};

} // namespace OmniCrm
