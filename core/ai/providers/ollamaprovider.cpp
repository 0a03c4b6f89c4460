#include "ollamaprovider.h"
#include "httpexchange.h"
#include "openaicompatibleprovider.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace OmniCrm {

namespace {

ProviderFailure failureWith(const QString &providerId, ErrorCode code, const QString &what)
{
    ProviderFailure failure;
    failure.providerId = providerId;
    failure.error = Error::make(code, what);
    return failure;
}

} // namespace

OllamaProvider::OllamaProvider(ProviderConfig config, QByteArray apiKey, QNetworkAccessManager &network)
    : m_config(std::move(config))
    , m_apiKey(std::move(apiKey))
    , m_network(network)
{
}

Capabilities OllamaProvider::capabilities() const
{
    Capabilities caps = Capability::Chat;
    if (!m_config.embeddingModel.isEmpty())
        caps |= Capability::Embeddings;
    return caps;
}

void OllamaProvider::chat(const ChatRequest &request, const CallOptions &options,
                          ProviderCallback<ChatResult> done)
{
    QJsonArray messages;
    for (const ChatMessage &message : request.messages)
        messages.append(QJsonObject { { QStringLiteral("role"), message.role },
                                      { QStringLiteral("content"), message.content } });
    const QJsonObject body {
        { QStringLiteral("model"), m_config.model },
        { QStringLiteral("messages"), messages },
        { QStringLiteral("format"), request.schema },
        { QStringLiteral("stream"), false },
        { QStringLiteral("options"), QJsonObject { { QStringLiteral("temperature"), 0 } } },
    };
    const QString id = m_config.id;
    const QString configuredModel = m_config.model;
    HttpExchange::postJson(
        m_network, HttpExchange::request(m_config.baseUrl, QStringLiteral("/api/chat"), m_apiKey),
        QJsonDocument(body).toJson(QJsonDocument::Compact), options.timeoutMs,
        [id, configuredModel, done = std::move(done)](HttpResponse response) {
            if (response.status < 200 || response.status > 299) {
                done(ProviderResult<ChatResult>::failed(HttpExchange::failureOf(response, id)));
                return;
            }
            const QJsonObject json = QJsonDocument::fromJson(response.body).object();
            const auto object = OpenAiCompatibleProvider::parseJsonContent(
                json.value(u"message").toObject().value(u"content").toString());
            if (!object) {
                done(ProviderResult<ChatResult>::failed(
                    failureWith(id, ErrorCode::Parse, QStringLiteral("the answer is not a JSON object"))));
                return;
            }
            ChatResult result;
            result.object = *object;
            result.providerId = id;
            result.model = json.value(u"model").toString();
            if (result.model.isEmpty())
                result.model = configuredModel;
            result.usage.promptTokens = json.value(u"prompt_eval_count").toInteger();
            result.usage.completionTokens = json.value(u"eval_count").toInteger();
            done(ProviderResult<ChatResult>::success(std::move(result)));
        });
}

void OllamaProvider::embed(const QStringList &texts, const CallOptions &options,
                           ProviderCallback<EmbeddingResult> done)
{
    const QString id = m_config.id;
    const QString model = m_config.embeddingModel;
    if (model.isEmpty()) {
        answerLater(std::move(done),
                    ProviderResult<EmbeddingResult>::failed(failureWith(
                        id, ErrorCode::Unsupported, QStringLiteral("no embedding model configured"))));
        return;
    }
    const QJsonObject body { { QStringLiteral("model"), model },
                             { QStringLiteral("input"), QJsonArray::fromStringList(texts) } };
    HttpExchange::postJson(
        m_network, HttpExchange::request(m_config.baseUrl, QStringLiteral("/api/embed"), m_apiKey),
        QJsonDocument(body).toJson(QJsonDocument::Compact), options.timeoutMs,
        [id, model, count = texts.size(), done = std::move(done)](HttpResponse response) {
            if (response.status < 200 || response.status > 299) {
                done(ProviderResult<EmbeddingResult>::failed(HttpExchange::failureOf(response, id)));
                return;
            }
            const QJsonObject json = QJsonDocument::fromJson(response.body).object();
            EmbeddingResult result;
            for (const QJsonValue &row : json.value(u"embeddings").toArray()) {
                QList<double> vector;
                for (const QJsonValue &x : row.toArray())
                    vector.append(x.toDouble());
                result.vectors.append(vector);
            }
            if (result.vectors.size() != count) {
                done(ProviderResult<EmbeddingResult>::failed(
                    failureWith(id, ErrorCode::Parse,
                                QStringLiteral("asked for %1 embeddings, got %2")
                                    .arg(count)
                                    .arg(result.vectors.size()))));
                return;
            }
            result.providerId = id;
            result.model = json.value(u"model").toString(model);
            result.usage.promptTokens = json.value(u"prompt_eval_count").toInteger();
            done(ProviderResult<EmbeddingResult>::success(std::move(result)));
        });
}

void OllamaProvider::transcribe(const QString &, const CallOptions &,
                                ProviderCallback<TranscriptionResult> done)
{
    answerLater(
        std::move(done),
        ProviderResult<TranscriptionResult>::failed(failureWith(
            m_config.id, ErrorCode::Unsupported, QStringLiteral("Ollama has no transcription endpoint"))));
}

} // namespace OmniCrm
