// OpenAiCompatibleProvider against FakeLlmServer: the request it sends (model, json_schema,
// bearer key), what it reads back (object, model, tokens), the json_object fallback, errors,
// timeouts, embeddings and multipart transcription.
#include "fakellmserver.h"
#include "openaicompatibleprovider.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace OmniCrm;
using namespace OmniCrm::Test;

namespace {

QJsonObject nameSchema()
{
    return QJsonObject {
        { QStringLiteral("type"), QStringLiteral("object") },
        { QStringLiteral("properties"),
          QJsonObject { { QStringLiteral("name"),
                          QJsonObject { { QStringLiteral("type"), QStringLiteral("string") } } } } },
        { QStringLiteral("required"), QJsonArray { QStringLiteral("name") } },
    };
}

ChatRequest nameRequest()
{
    ChatRequest request;
    request.schema = nameSchema();
    request.schemaName = QStringLiteral("contact");
    request.messages = { { QStringLiteral("system"), QStringLiteral("Extract the name.") },
                         { QStringLiteral("user"), QStringLiteral("أنا سارة من شركة النخبة") } };
    return request;
}

} // namespace

class tst_OpenAiCompatibleProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void sendsModelSchemaAndKey();
    void readsObjectModelAndTokens();
    void fallsBackToJsonObjectWhenSchemaIsRefused();
    void reportsWrongKey();
    void reportsServerErrorAsRetryable();
    void reportsRetryAfter();
    void reportsBrokenJson();
    void timesOut();
    void readsJsonInCodeFence();
    void embeds();
    void transcribesAudioFile();

private:
    std::unique_ptr<OpenAiCompatibleProvider> provider(const QByteArray &key = "sk-test",
                                                       int timeoutMs = 5000);
    ProviderResult<ChatResult> chat(OpenAiCompatibleProvider &p, const ChatRequest &request);

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FakeLlmServer> m_server;
    int m_timeoutMs = 5000;
};

void tst_OpenAiCompatibleProvider::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<FakeLlmServer>();
    QVERIFY(m_server->listen());
    m_server->setApiKey("sk-test");
}

void tst_OpenAiCompatibleProvider::cleanup()
{
    m_server.reset();
    m_network.reset();
}

std::unique_ptr<OpenAiCompatibleProvider> tst_OpenAiCompatibleProvider::provider(const QByteArray &key,
                                                                                 int timeoutMs)
{
    ProviderConfig config;
    config.id = QStringLiteral("groq");
    config.baseUrl = m_server->openAiBaseUrl();
    config.model = QStringLiteral("llama-3.1-8b");
    config.embeddingModel = QStringLiteral("text-embedding-3-small");
    config.transcriptionModel = QStringLiteral("whisper-1");
    m_timeoutMs = timeoutMs;
    return std::make_unique<OpenAiCompatibleProvider>(config, key, *m_network);
}

ProviderResult<ChatResult> tst_OpenAiCompatibleProvider::chat(OpenAiCompatibleProvider &p,
                                                              const ChatRequest &request)
{
    return waitForResult<ProviderResult<ChatResult>>(
        [&](auto done) { p.chat(request, CallOptions { m_timeoutMs }, std::move(done)); });
}

void tst_OpenAiCompatibleProvider::sendsModelSchemaAndKey()
{
    auto p = provider();
    const auto result = chat(*p, nameRequest());
    QVERIFY2(result.ok(), qPrintable(result.failure.error.detail));

    QCOMPARE(m_server->received().size(), 1);
    const ReceivedRequest &sent = m_server->received().first();
    QCOMPARE(sent.path, QByteArray("/v1/chat/completions"));
    QCOMPARE(sent.headers.value("authorization"), QByteArray("Bearer sk-test"));
    const QJsonObject body = sent.json();
    QCOMPARE(body.value(u"model").toString(), QStringLiteral("llama-3.1-8b"));
    const QJsonObject format = body.value(u"response_format").toObject();
    QCOMPARE(format.value(u"type").toString(), QStringLiteral("json_schema"));
    QCOMPARE(format.value(u"json_schema").toObject().value(u"name").toString(), QStringLiteral("contact"));
    QCOMPARE(format.value(u"json_schema").toObject().value(u"schema").toObject(), nameSchema());
    const QJsonArray messages = body.value(u"messages").toArray();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(1).toObject().value(u"content").toString(),
             QStringLiteral("أنا سارة من شركة النخبة"));
}

void tst_OpenAiCompatibleProvider::readsObjectModelAndTokens()
{
    auto p = provider();
    FakeReply reply = FakeReply::answer({ { QStringLiteral("name"), QStringLiteral("سارة") } });
    reply.model = QStringLiteral("llama-3.1-8b-instant");
    reply.promptTokens = 321;
    reply.completionTokens = 12;
    m_server->enqueue(reply);

    const auto result = chat(*p, nameRequest());
    QVERIFY2(result.ok(), qPrintable(result.failure.error.detail));
    QCOMPARE(result.value->object.value(u"name").toString(), QStringLiteral("سارة"));
    QCOMPARE(result.value->providerId, QStringLiteral("groq"));
    QCOMPARE(result.value->model, QStringLiteral("llama-3.1-8b-instant"));
    QCOMPARE(result.value->usage.promptTokens, 321);
    QCOMPARE(result.value->usage.completionTokens, 12);
}

void tst_OpenAiCompatibleProvider::fallsBackToJsonObjectWhenSchemaIsRefused()
{
    m_server->setRejectJsonSchema(true);
    auto p = provider();
    const auto first = chat(*p, nameRequest());
    QVERIFY2(first.ok(), qPrintable(first.failure.error.detail));
    QCOMPARE(first.value->object.value(u"name").toString(), QStringLiteral("أنا سارة من شركة النخبة"));
    QVERIFY(p->usesJsonObjectFallback());
    QCOMPARE(m_server->received().size(), 2);
    const QJsonObject retried = m_server->received().at(1).json();
    QCOMPARE(retried.value(u"response_format").toObject().value(u"type").toString(),
             QStringLiteral("json_object"));
    QVERIFY(retried.value(u"messages")
                .toArray()
                .first()
                .toObject()
                .value(u"content")
                .toString()
                .contains(QStringLiteral("\"required\":[\"name\"]")));

    const auto second = chat(*p, nameRequest()); // remembers: one request, json_object at once
    QVERIFY(second.ok());
    QCOMPARE(m_server->received().size(), 3);
    QCOMPARE(m_server->received().at(2).json().value(u"response_format").toObject().value(u"type").toString(),
             QStringLiteral("json_object"));
}

void tst_OpenAiCompatibleProvider::reportsWrongKey()
{
    auto p = provider("sk-wrong");
    const auto result = chat(*p, nameRequest());
    QVERIFY(!result.ok());
    QCOMPARE(result.failure.httpStatus, 401);
    QCOMPARE(result.failure.error.code, ErrorCode::KeyRejected);
    QVERIFY(!result.failure.retryable());
    QVERIFY2(!result.failure.describe().contains(QStringLiteral("sk-wrong")),
             qPrintable(result.failure.describe()));
}

void tst_OpenAiCompatibleProvider::reportsServerErrorAsRetryable()
{
    auto p = provider();
    m_server->enqueue(FakeReply::error(500));
    const auto result = chat(*p, nameRequest());
    QVERIFY(!result.ok());
    QCOMPARE(result.failure.httpStatus, 500);
    QVERIFY(result.failure.retryable());
    QCOMPARE(result.failure.providerId, QStringLiteral("groq"));
}

void tst_OpenAiCompatibleProvider::reportsRetryAfter()
{
    auto p = provider();
    m_server->enqueue(FakeReply::tooManyRequests(7));
    const auto result = chat(*p, nameRequest());
    QVERIFY(!result.ok());
    QCOMPARE(result.failure.httpStatus, 429);
    QCOMPARE(result.failure.retryAfterMs, 7000);
}

void tst_OpenAiCompatibleProvider::reportsBrokenJson()
{
    auto p = provider();
    m_server->enqueue(FakeReply::brokenJson());
    const auto result = chat(*p, nameRequest());
    QVERIFY(!result.ok());
    QCOMPARE(result.failure.error.code, ErrorCode::Parse);
    QVERIFY(!result.failure.retryable());
}

void tst_OpenAiCompatibleProvider::timesOut()
{
    auto p = provider("sk-test", 200);
    m_server->enqueue(FakeReply::hang());
    const auto result = chat(*p, nameRequest());
    QVERIFY(!result.ok());
    QVERIFY(result.failure.timedOut);
    QCOMPARE(result.failure.httpStatus, 0);
}

void tst_OpenAiCompatibleProvider::readsJsonInCodeFence()
{
    const auto fenced
        = OpenAiCompatibleProvider::parseJsonContent(QStringLiteral("```json\n{\"name\": \"x\"}\n```"));
    QVERIFY(fenced.has_value());
    QCOMPARE(fenced->value(u"name").toString(), QStringLiteral("x"));
    QVERIFY(!OpenAiCompatibleProvider::parseJsonContent(QStringLiteral("name: x")).has_value());
    QVERIFY(!OpenAiCompatibleProvider::parseJsonContent(QStringLiteral("[1]")).has_value());
}

void tst_OpenAiCompatibleProvider::embeds()
{
    auto p = provider();
    QVERIFY(p->capabilities().testFlag(Capability::Embeddings));
    const auto result = waitForResult<ProviderResult<EmbeddingResult>>([&](auto done) {
        p->embed({ QStringLiteral("abc"), QStringLiteral("مرحبا بكم") }, CallOptions { 5000 },
                 std::move(done));
    });
    QVERIFY2(result.ok(), qPrintable(result.failure.error.detail));
    QCOMPARE(result.value->vectors.size(), 2);
    QCOMPARE(result.value->vectors.at(0).first(), 3.0); // the fake server's first dimension is the length
    QCOMPARE(result.value->vectors.at(1).first(), 9.0);
    QCOMPARE(result.value->model, QStringLiteral("text-embedding-3-small"));
    QCOMPARE(result.value->usage.promptTokens, 6);
    QCOMPARE(m_server->received().first().path, QByteArray("/v1/embeddings"));
}

void tst_OpenAiCompatibleProvider::transcribesAudioFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("voice-note.ogg"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(2048, '\x5a'));
    file.close();
    m_server->setTranscript(QStringLiteral("أبغى عرض سعر لخمسين كرتون"));

    auto p = provider();
    const auto result = waitForResult<ProviderResult<TranscriptionResult>>(
        [&](auto done) { p->transcribe(path, CallOptions { 5000 }, std::move(done)); });
    QVERIFY2(result.ok(), qPrintable(result.failure.error.detail));
    QCOMPARE(result.value->text, QStringLiteral("أبغى عرض سعر لخمسين كرتون"));
    QCOMPARE(result.value->model, QStringLiteral("whisper-1"));
    const ReceivedRequest &sent = m_server->received().first();
    QCOMPARE(sent.path, QByteArray("/v1/audio/transcriptions"));
    QVERIFY(sent.headers.value("content-type").startsWith("multipart/form-data; boundary="));
    QVERIFY(sent.body.contains("filename=\"voice-note.ogg\""));
    QVERIFY(sent.body.contains(QByteArray(2048, '\x5a')));
    QVERIFY(sent.body.contains("whisper-1"));
}

QTEST_GUILESS_MAIN(tst_OpenAiCompatibleProvider)
#include "tst_openaicompatibleprovider.moc"
