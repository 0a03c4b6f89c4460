#include "openaicompatibleprovider.h"
#include "httpexchange.h"

#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>

namespace OmniCrm {

namespace {

ProviderFailure parseFailure(const QString &providerId, const QString &what)
{
    ProviderFailure failure;
    failure.providerId = providerId;
    failure.error = Error::make(ErrorCode::Parse, what);
    return failure;
}

ProviderFailure unsupported(const QString &providerId, const QString &what)
{
    ProviderFailure failure;
    failure.providerId = providerId;
    failure.error = Error::make(ErrorCode::Unsupported, what);
    return failure;
}

bool refusesJsonSchema(const HttpResponse &response)
{
    if (response.status != 400 && response.status != 422)
        return false;
    const QByteArray body = response.body.toLower();
    return body.contains("response_format") || body.contains("json_schema");
}

} // namespace

OpenAiCompatibleProvider::OpenAiCompatibleProvider(ProviderConfig config, QByteArray apiKey,
                                                   QNetworkAccessManager &network)
    : m_config(std::move(config))
    , m_apiKey(std::move(apiKey))
    , m_network(network)
{
}

Capabilities OpenAiCompatibleProvider::capabilities() const
{
    Capabilities caps = Capability::Chat;
    if (!m_config.embeddingModel.isEmpty())
        caps |= Capability::Embeddings;
    if (!m_config.transcriptionModel.isEmpty())
        caps |= Capability::Transcription;
    return caps;
}

std::optional<QJsonObject> OpenAiCompatibleProvider::parseJsonContent(const QString &content)
{
    QString text = content.trimmed();
    if (text.startsWith(u"```")) {
        const qsizetype firstLine = text.indexOf(u'\n');
        const qsizetype fence = text.lastIndexOf(u"```");
        if (firstLine < 0 || fence <= firstLine)
            return std::nullopt;
        text = text.mid(firstLine + 1, fence - firstLine - 1);
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QByteArray OpenAiCompatibleProvider::chatBody(const ChatRequest &request, bool jsonObjectOnly) const
{
    QJsonArray messages;
    if (jsonObjectOnly)
        messages.append(QJsonObject {
            { QStringLiteral("role"), QStringLiteral("system") },
            { QStringLiteral("content"),
              QString(QStringLiteral(
                          "Answer with one JSON object and nothing else. It must match this JSON schema: ")
                      + QString::fromUtf8(QJsonDocument(request.schema).toJson(QJsonDocument::Compact))) },
        });
    for (const ChatMessage &message : request.messages)
        messages.append(QJsonObject { { QStringLiteral("role"), message.role },
                                      { QStringLiteral("content"), message.content } });
    QJsonObject format;
    if (jsonObjectOnly) {
        format.insert(QStringLiteral("type"), QStringLiteral("json_object"));
    } else {
        format.insert(QStringLiteral("type"), QStringLiteral("json_schema"));
        format.insert(QStringLiteral("json_schema"),
                      QJsonObject { { QStringLiteral("name"), request.schemaName },
                                    { QStringLiteral("schema"), request.schema },
                                    { QStringLiteral("strict"), false } });
    }
    const QJsonObject body {
        { QStringLiteral("model"), m_config.model },   { QStringLiteral("messages"), messages },
        { QStringLiteral("temperature"), 0 },          { QStringLiteral("stream"), false },
        { QStringLiteral("response_format"), format },
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void OpenAiCompatibleProvider::chat(const ChatRequest &request, const CallOptions &options,
                                    ProviderCallback<ChatResult> done)
{
    sendChat(request, options, *m_jsonObjectOnly, std::move(done));
}

void OpenAiCompatibleProvider::sendChat(const ChatRequest &request, const CallOptions &options,
                                        bool jsonObjectOnly, ProviderCallback<ChatResult> done)
{
    const QString id = m_config.id;
    const QString configuredModel = m_config.model;
    auto fallbackFlag = m_jsonObjectOnly;
    HttpExchange::postJson(
        m_network, HttpExchange::request(m_config.baseUrl, QStringLiteral("/chat/completions"), m_apiKey),
        chatBody(request, jsonObjectOnly), options.timeoutMs,
        [this, alive = std::weak_ptr<int>(m_alive), request, options, jsonObjectOnly, id, configuredModel,
         fallbackFlag, done = std::move(done)](HttpResponse response) mutable {
            if (!jsonObjectOnly && refusesJsonSchema(response) && !alive.expired()) {
                // An older server (or one without grammar support): ask for a plain JSON object.
                *fallbackFlag = true;
                sendChat(request, options, true, std::move(done));
                return;
            }
            if (response.status < 200 || response.status > 299) {
                done(ProviderResult<ChatResult>::failed(HttpExchange::failureOf(response, id)));
                return;
            }
            const QJsonObject body = QJsonDocument::fromJson(response.body).object();
            const QJsonArray choices = body.value(u"choices").toArray();
            if (choices.isEmpty()) {
                done(ProviderResult<ChatResult>::failed(
                    parseFailure(id, QStringLiteral("the answer has no choices"))));
                return;
            }
            const QString content
                = choices.first().toObject().value(u"message").toObject().value(u"content").toString();
            const auto object = parseJsonContent(content);
            if (!object) {
                done(ProviderResult<ChatResult>::failed(
                    parseFailure(id, QStringLiteral("the answer is not a JSON object"))));
                return;
            }
            const QJsonObject usage = body.value(u"usage").toObject();
            ChatResult result;
            result.object = *object;
            result.providerId = id;
            result.model = body.value(u"model").toString(configuredModel);
            if (result.model.isEmpty())
                result.model = configuredModel;
            result.usage.promptTokens = usage.value(u"prompt_tokens").toInteger();
            result.usage.completionTokens = usage.value(u"completion_tokens").toInteger();
            done(ProviderResult<ChatResult>::success(std::move(result)));
        });
}

void OpenAiCompatibleProvider::embed(const QStringList &texts, const CallOptions &options,
                                     ProviderCallback<EmbeddingResult> done)
{
    const QString id = m_config.id;
    const QString model = m_config.embeddingModel;
    if (model.isEmpty()) {
        answerLater(std::move(done),
                    ProviderResult<EmbeddingResult>::failed(
                        unsupported(id, QStringLiteral("no embedding model configured"))));
        return;
    }
    const QJsonObject body { { QStringLiteral("model"), model },
                             { QStringLiteral("input"), QJsonArray::fromStringList(texts) } };
    HttpExchange::postJson(
        m_network, HttpExchange::request(m_config.baseUrl, QStringLiteral("/embeddings"), m_apiKey),
        QJsonDocument(body).toJson(QJsonDocument::Compact), options.timeoutMs,
        [id, model, count = texts.size(), done = std::move(done)](HttpResponse response) {
            if (response.status < 200 || response.status > 299) {
                done(ProviderResult<EmbeddingResult>::failed(HttpExchange::failureOf(response, id)));
                return;
            }
            const QJsonObject json = QJsonDocument::fromJson(response.body).object();
            QList<std::pair<int, QList<double>>> indexed;
            for (const QJsonValue &item : json.value(u"data").toArray()) {
                QList<double> vector;
                for (const QJsonValue &x : item.toObject().value(u"embedding").toArray())
                    vector.append(x.toDouble());
                indexed.append({ item.toObject().value(u"index").toInt(int(indexed.size())), vector });
            }
            if (indexed.size() != count) {
                done(ProviderResult<EmbeddingResult>::failed(parseFailure(
                    id, QStringLiteral("asked for %1 embeddings, got %2").arg(count).arg(indexed.size()))));
                return;
            }
            std::sort(indexed.begin(), indexed.end(),
                      [](const auto &a, const auto &b) { return a.first < b.first; });
            EmbeddingResult result;
            for (auto &[index, vector] : indexed)
                result.vectors.append(std::move(vector));
            result.providerId = id;
            result.model = json.value(u"model").toString(model);
            result.usage.promptTokens = json.value(u"usage").toObject().value(u"prompt_tokens").toInteger();
            done(ProviderResult<EmbeddingResult>::success(std::move(result)));
        });
}

void OpenAiCompatibleProvider::transcribe(const QString &audioPath, const CallOptions &options,
                                          ProviderCallback<TranscriptionResult> done)
{
    const QString id = m_config.id;
    const QString model = m_config.transcriptionModel;
    if (model.isEmpty()) {
        answerLater(std::move(done),
                    ProviderResult<TranscriptionResult>::failed(
                        unsupported(id, QStringLiteral("no transcription model configured"))));
        return;
    }
    QFile file(audioPath);
    if (!file.open(QIODevice::ReadOnly)) {
        ProviderFailure failure;
        failure.providerId = id;
        failure.error = Error::make(ErrorCode::Io,
                                    QStringLiteral("cannot read %1: %2").arg(audioPath, file.errorString()));
        answerLater(std::move(done), ProviderResult<TranscriptionResult>::failed(failure));
        return;
    }
    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart modelPart;
    modelPart.setHeader(QNetworkRequest::ContentDispositionHeader,
                        QByteArrayLiteral("form-data; name=\"model\""));
    modelPart.setBody(model.toUtf8());
    multipart->append(modelPart);
    QHttpPart formatPart;
    formatPart.setHeader(QNetworkRequest::ContentDispositionHeader,
                         QByteArrayLiteral("form-data; name=\"response_format\""));
    formatPart.setBody(QByteArrayLiteral("json"));
    multipart->append(formatPart);
    QHttpPart filePart;
    QByteArray fileName = QFileInfo(audioPath).fileName().toUtf8();
    fileName.replace('"', '_');
    filePart.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QByteArray("form-data; name=\"file\"; filename=\"" + fileName + '"'));
    filePart.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
    filePart.setBody(file.readAll());
    multipart->append(filePart);

    QNetworkRequest request
        = HttpExchange::request(m_config.baseUrl, QStringLiteral("/audio/transcriptions"), m_apiKey);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArray("multipart/form-data; boundary=" + multipart->boundary()));
    HttpExchange::postMultipart(
        m_network, request, multipart, options.timeoutMs,
        [id, model, done = std::move(done)](HttpResponse response) {
            if (response.status < 200 || response.status > 299) {
                done(ProviderResult<TranscriptionResult>::failed(HttpExchange::failureOf(response, id)));
                return;
            }
            const QJsonObject json = QJsonDocument::fromJson(response.body).object();
            if (!json.value(u"text").isString()) {
                done(ProviderResult<TranscriptionResult>::failed(
                    parseFailure(id, QStringLiteral("the answer has no text"))));
                return;
            }
            done(ProviderResult<TranscriptionResult>::success(
                TranscriptionResult { json.value(u"text").toString(), id, model }));
        });
}

} // namespace OmniCrm
