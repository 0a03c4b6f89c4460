// OllamaProvider against FakeLlmServer: /api/chat with the schema as "format", tokens from the
// eval counts, /api/embed, and no transcription.
#include "fakellmserver.h"
#include "ollamaprovider.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTest>

using namespace OmniCrm;
using namespace OmniCrm::Test;

class tst_OllamaProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void chatsWithSchemaAsFormat();
    void reportsErrorsAndBrokenJson();
    void embeds();
    void cannotTranscribe();

private:
    std::unique_ptr<OllamaProvider> provider();

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FakeLlmServer> m_server;
};

void tst_OllamaProvider::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<FakeLlmServer>();
    QVERIFY(m_server->listen());
}

void tst_OllamaProvider::cleanup()
{
    m_server.reset();
    m_network.reset();
}

std::unique_ptr<OllamaProvider> tst_OllamaProvider::provider()
{
    ProviderConfig config;
    config.id = QStringLiteral("local");
    config.kind = ProviderKind::Ollama;
    config.baseUrl = m_server->ollamaBaseUrl();
    config.model = QStringLiteral("qwen2.5:7b");
    config.embeddingModel = QStringLiteral("nomic-embed-text");
    return std::make_unique<OllamaProvider>(config, QByteArray(), *m_network);
}

void tst_OllamaProvider::chatsWithSchemaAsFormat()
{
    const QJsonObject schema {
        { QStringLiteral("type"), QStringLiteral("object") },
        { QStringLiteral("properties"),
          QJsonObject { { QStringLiteral("city"),
                          QJsonObject { { QStringLiteral("type"), QStringLiteral("string") } } } } },
        { QStringLiteral("required"), QJsonArray { QStringLiteral("city") } },
    };
    ChatRequest request;
    request.schema = schema;
    request.messages = { { QStringLiteral("user"), QStringLiteral("نحن في جدة") } };
    FakeReply reply = FakeReply::answer({ { QStringLiteral("city"), QStringLiteral("جدة") } });
    reply.promptTokens = 42;
    reply.completionTokens = 7;
    m_server->enqueue(reply);

    auto p = provider();
    const auto result = waitForResult<ProviderResult<ChatResult>>(
        [&](auto done) { p->chat(request, CallOptions { 5000 }, std::move(done)); });
    QVERIFY2(result.ok(), qPrintable(result.failure.error.detail));
    QCOMPARE(result.value->object.value(u"city").toString(), QStringLiteral("جدة"));
    QCOMPARE(result.value->providerId, QStringLiteral("local"));
    QCOMPARE(result.value->model, QStringLiteral("qwen2.5:7b"));
    QCOMPARE(result.value->usage.promptTokens, 42);
    QCOMPARE(result.value->usage.completionTokens, 7);

    const ReceivedRequest &sent = m_server->received().first();
    QCOMPARE(sent.path, QByteArray("/api/chat"));
    QCOMPARE(sent.json().value(u"format").toObject(), schema);
    QCOMPARE(sent.json().value(u"stream").toBool(true), false);
    QVERIFY(!sent.headers.contains("authorization")); // no key configured, none sent
}

void tst_OllamaProvider::reportsErrorsAndBrokenJson()
{
    auto p = provider();
    ChatRequest request;
    request.messages = { { QStringLiteral("user"), QStringLiteral("x") } };
    m_server->enqueue(FakeReply::error(503));
    const auto failed = waitForResult<ProviderResult<ChatResult>>(
        [&](auto done) { p->chat(request, CallOptions { 5000 }, std::move(done)); });
    QVERIFY(!failed.ok());
    QCOMPARE(failed.failure.httpStatus, 503);
    QVERIFY(failed.failure.retryable());

    m_server->enqueue(FakeReply::brokenJson());
    const auto broken = waitForResult<ProviderResult<ChatResult>>(
        [&](auto done) { p->chat(request, CallOptions { 5000 }, std::move(done)); });
    QVERIFY(!broken.ok());
    QCOMPARE(broken.failure.error.code, ErrorCode::Parse);
}

void tst_OllamaProvider::embeds()
{
    auto p = provider();
    const auto result = waitForResult<ProviderResult<EmbeddingResult>>([&](auto done) {
        p->embed({ QStringLiteral("a"), QStringLiteral("bb"), QStringLiteral("ccc") }, CallOptions { 5000 },
                 std::move(done));
    });
    QVERIFY2(result.ok(), qPrintable(result.failure.error.detail));
    QCOMPARE(result.value->vectors.size(), 3);
    QCOMPARE(result.value->vectors.at(2).first(), 3.0);
    QCOMPARE(result.value->model, QStringLiteral("nomic-embed-text"));
    QCOMPARE(result.value->usage.promptTokens, 9);
    QCOMPARE(m_server->received().first().path, QByteArray("/api/embed"));
}

void tst_OllamaProvider::cannotTranscribe()
{
    auto p = provider();
    QVERIFY(!p->capabilities().testFlag(Capability::Transcription));
    const auto result = waitForResult<ProviderResult<TranscriptionResult>>([&](auto done) {
        p->transcribe(QStringLiteral("/nonexistent.ogg"), CallOptions { 5000 }, std::move(done));
    });
    QVERIFY(!result.ok());
    QCOMPARE(result.failure.error.code, ErrorCode::Unsupported);
    QCOMPARE(m_server->received().size(), 0);
}

QTEST_GUILESS_MAIN(tst_OllamaProvider)
#include "tst_ollamaprovider.moc"
