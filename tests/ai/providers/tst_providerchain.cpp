// ProviderChain: order, fallback on every kind of failure, one jittered retry, Retry-After,
// circuit breaker, monthly spend cap, privacy mode, and the provider/model every result names.
#include "airepository.h"
#include "chaintestsupport.h"
#include "crmstore.h"
#include "fakellmserver.h"
#include "openaicompatibleprovider.h"
#include "phonenormalizer.h"
#include "privacyredactor.h"
#include "providerchain.h"
#include "spendledger.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace OmniCrm;
using namespace OmniCrm::Test;

namespace {

QJsonObject summarySchema()
{
    return QJsonObject {
        { QStringLiteral("type"), QStringLiteral("object") },
        { QStringLiteral("properties"),
          QJsonObject {
              { QStringLiteral("summary"),
                QJsonObject { { QStringLiteral("type"), QStringLiteral("string") } } },
              { QStringLiteral("priority"),
                QJsonObject { { QStringLiteral("type"), QStringLiteral("string") },
                              { QStringLiteral("enum"),
                                QJsonArray { QStringLiteral("high"), QStringLiteral("medium"),
                                             QStringLiteral("low") } } } },
          } },
        { QStringLiteral("required"), QJsonArray { QStringLiteral("summary"), QStringLiteral("priority") } },
    };
}

ChatRequest summaryRequest(const QString &text)
{
    ChatRequest request;
    request.task = QStringLiteral("summarize");
    request.schema = summarySchema();
    request.messages
        = { { QStringLiteral("system"), QStringLiteral("Summarize.") }, { QStringLiteral("user"), text } };
    return request;
}

ProviderConfig configFor(const QString &id, const QUrl &url)
{
    ProviderConfig config;
    config.id = id;
    config.baseUrl = url;
    config.model = QStringLiteral("model-") + id;
    config.timeoutMs = 400;
    return config;
}

} // namespace

class tst_ProviderChain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void triesProvidersInOrderWithOfflineLast();
    void answersFromFirstProviderAndNamesIt();
    void fallsBackToNextProvider_data();
    void fallsBackToNextProvider();
    void retriesOnceAfterJitteredBackoff();
    void retryDelayStaysWithinJitterBounds();
    void honoursRetryAfterWithinLimit();
    void movesOnWhenRetryAfterIsTooLong();
    void breakerOpensAfterConsecutiveFailuresAndHalfOpensAfterCoolDown();
    void halfOpenTrialFailureOpensBreakerAgain();
    void spendCapRefusesPaidCallBeforeSending();
    void privacyModeKeepsPersonalDataOnTheMachine();
    void privacyModeFindsNamesWrittenDifferently();
    void offlineAnswersOnlyItsTasks();
    void storeSpendLedgerPersistsSpend();
    void embeddingsAndTranscriptionGoToCapableProviders();

private:
    ProviderResult<ChatResult> chat(const ChatRequest &request);
    void build(const QList<ProviderConfig> &configs);

    SteppedClock m_clock;
    FixedRandom m_random { 0.5 };
    InMemorySpendLedger m_ledger;
    PhoneNormalizer m_phones;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FakeLlmServer> m_a;
    std::unique_ptr<FakeLlmServer> m_b;
    std::unique_ptr<ProviderChain> m_chain;
    ChainPolicy m_policy;
};

void tst_ProviderChain::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_a = std::make_unique<FakeLlmServer>();
    m_b = std::make_unique<FakeLlmServer>();
    QVERIFY(m_a->listen());
    QVERIFY(m_b->listen());
    m_ledger = InMemorySpendLedger();
    m_policy = ChainPolicy {};
    m_policy.retry.baseDelayMs = 40;
    m_policy.retry.jitter = 0.5;
    m_policy.retry.maxRetryAfterMs = 2000;
    m_policy.breakerThreshold = 2;
    m_policy.breakerCoolDownMs = 60000;
    m_random.set(0.5);
}

void tst_ProviderChain::cleanup()
{
    m_chain.reset();
    m_a.reset();
    m_b.reset();
    m_network.reset();
}

void tst_ProviderChain::build(const QList<ProviderConfig> &configs)
{
    m_chain = std::make_unique<ProviderChain>(m_clock, m_random, m_ledger, m_phones, m_policy);
    for (const ProviderConfig &config : configs)
        m_chain->addProvider(std::make_unique<OpenAiCompatibleProvider>(
                                 config, QByteArray("key-") + config.id.toUtf8(), *m_network),
                             config);
}

ProviderResult<ChatResult> tst_ProviderChain::chat(const ChatRequest &request)
{
    return waitForResult<ProviderResult<ChatResult>>(
        [&](auto done) { m_chain->chat(request, std::move(done)); });
}

void tst_ProviderChain::triesProvidersInOrderWithOfflineLast()
{
    build({ configFor(QStringLiteral("b"), m_b->openAiBaseUrl()),
            configFor(QStringLiteral("a"), m_a->openAiBaseUrl()) });
    QCOMPARE(m_chain->order(),
             (QStringList { QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("offline") }));

    const auto result = chat(summaryRequest(QStringLiteral("hello")));
    QVERIFY2(result.ok(), qPrintable(result.failure.error.detail));
    QCOMPARE(result.value->providerId, QStringLiteral("b"));
    QCOMPARE(m_a->received().size(), 0);
}

void tst_ProviderChain::answersFromFirstProviderAndNamesIt()
{
    build({ configFor(QStringLiteral("a"), m_a->openAiBaseUrl()),
            configFor(QStringLiteral("b"), m_b->openAiBaseUrl()) });
    FakeReply reply = FakeReply::answer({ { QStringLiteral("summary"), QStringLiteral("طلب عرض سعر") },
                                          { QStringLiteral("priority"), QStringLiteral("high") } });
    reply.model = QStringLiteral("model-a-2026-01");
    m_a->enqueue(reply);
    QSignalSpy answered(m_chain.get(), &ProviderChain::answered);

    const auto result = chat(summaryRequest(QStringLiteral("hello")));
    QVERIFY2(result.ok(), qPrintable(result.failure.error.detail));
    QCOMPARE(result.value->providerId, QStringLiteral("a"));
    QCOMPARE(result.value->model, QStringLiteral("model-a-2026-01")); // what the server says it ran
    QCOMPARE(result.value->object.value(u"summary").toString(), QStringLiteral("طلب عرض سعر"));
    QCOMPARE(result.value->usage.promptTokens, 100);
    QCOMPARE(result.value->usage.completionTokens, 50);
    QCOMPARE(answered.size(), 1);
    QCOMPARE(m_b->received().size(), 0);
}

void tst_ProviderChain::fallsBackToNextProvider_data()
{
    QTest::addColumn<FakeReply>("reply");
    QTest::addColumn<int>("requestsToA"); // 2 when the failure is retried once

    QTest::newRow("timeout") << FakeReply::hang() << 1;
    QTest::newRow("500") << FakeReply::error(500) << 2;
    QTest::newRow("503") << FakeReply::error(503) << 2;
    QTest::newRow("429") << FakeReply::tooManyRequests(0) << 2;
    QTest::newRow("401") << FakeReply::error(401) << 1;
    QTest::newRow("broken-json") << FakeReply::brokenJson() << 1;
    QTest::newRow("not-an-object") << FakeReply::raw(QStringLiteral("[1, 2]")) << 1;
    QTest::newRow("missing-required")
        << FakeReply::answer({ { QStringLiteral("summary"), QStringLiteral("x") } }) << 1;
    QTest::newRow("wrong-type") << FakeReply::answer(
        { { QStringLiteral("summary"), 5 }, { QStringLiteral("priority"), QStringLiteral("low") } })
                                << 1;
    QTest::newRow("outside-enum") << FakeReply::answer(
        { { QStringLiteral("summary"), QStringLiteral("x") },
          { QStringLiteral("priority"), QStringLiteral("urgent") } })
                                  << 1;
}

void tst_ProviderChain::fallsBackToNextProvider()
{
    QFETCH(FakeReply, reply);
    QFETCH(int, requestsToA);
    build({ configFor(QStringLiteral("a"), m_a->openAiBaseUrl()),
            configFor(QStringLiteral("b"), m_b->openAiBaseUrl()) });
    m_a->setDefaultReply(reply);
    QSignalSpy failed(m_chain.get(), &ProviderChain::attemptFailed);

    const auto result = chat(summaryRequest(QStringLiteral("hello")));
    QVERIFY2(result.ok(), qPrintable(result.failure.error.detail));
    QCOMPARE(result.value->providerId, QStringLiteral("b"));
    QCOMPARE(result.value->model, QStringLiteral("model-b"));
    QCOMPARE(m_a->countFor("/chat/completions"), requestsToA);
    QCOMPARE(m_b->countFor("/chat/completions"), 1);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toString(), QStringLiteral("a"));
}

void tst_ProviderChain::retriesOnceAfterJitteredBackoff()
{
    build({ configFor(QStringLiteral("a"), m_a->openAiBaseUrl()),
            configFor(QStringLiteral("b"), m_b->openAiBaseUrl()) });
    m_random.set(0.25);
    m_a->enqueue(FakeReply::error(502));
    m_a->enqueue(FakeReply::echo());
    QSignalSpy retries(m_chain.get(), &ProviderChain::retryScheduled);

    const auto result = chat(summaryRequest(QStringLiteral("hello")));
    QVERIFY2(result.ok(), qPrintable(result.failure.error.detail));
    QCOMPARE(result.value->providerId, QStringLiteral("a"));
    QCOMPARE(m_a->countFor("/chat/completions"), 2);
    QCOMPARE(m_b->received().size(), 0);
    QCOMPARE(retries.size(), 1);
    // base 40 ms × (1 - 0.5 + 2 × 0.5 × 0.25) = 30 ms
    QCOMPARE(retries.first().at(1).toLongLong(), 30);
}

void tst_ProviderChain::retryDelayStaysWithinJitterBounds()
{
    RetryPolicy policy;
    policy.baseDelayMs = 1000;
    policy.jitter = 0.3;
    FixedRandom random;
    for (double u : { 0.0, 0.1, 0.5, 0.9, 0.999999 }) {
        random.set(u);
        const auto delay = policy.delayMs(-1, random);
        QVERIFY(delay.has_value());
        QVERIFY2(*delay >= 700 && *delay < 1300, qPrintable(QString::number(*delay)));
    }
    random.set(0.0);
    QCOMPARE(*policy.delayMs(-1, random), 700);
    random.set(0.5);
    QCOMPARE(*policy.delayMs(-1, random), 1000);
}

void tst_ProviderChain::honoursRetryAfterWithinLimit()
{
    build({ configFor(QStringLiteral("a"), m_a->openAiBaseUrl()),
            configFor(QStringLiteral("b"), m_b->openAiBaseUrl()) });
    m_a->enqueue(FakeReply::tooManyRequests(1));
    m_a->enqueue(FakeReply::echo());
    QSignalSpy retries(m_chain.get(), &ProviderChain::retryScheduled);

    const auto result = chat(summaryRequest(QStringLiteral("hello")));
    QVERIFY2(result.ok(), qPrintable(result.failure.error.detail));
    QCOMPARE(result.value->providerId, QStringLiteral("a"));
    QCOMPARE(retries.size(), 1);
    QCOMPARE(retries.first().at(1).toLongLong(), 1000); // the server's Retry-After, not the jitter
}

void tst_ProviderChain::movesOnWhenRetryAfterIsTooLong()
{
    build({ configFor(QStringLiteral("a"), m_a->openAiBaseUrl()),
            configFor(QStringLiteral("b"), m_b->openAiBaseUrl()) });
    m_a->enqueue(FakeReply::tooManyRequests(3600));
    QSignalSpy retries(m_chain.get(), &ProviderChain::retryScheduled);

    const auto result = chat(summaryRequest(QStringLiteral("hello")));
    QVERIFY2(result.ok(), qPrintable(result.failure.error.detail));
    QCOMPARE(result.value->providerId, QStringLiteral("b"));
    QCOMPARE(m_a->countFor("/chat/completions"), 1);
    QCOMPARE(retries.size(), 0);
}

void tst_ProviderChain::breakerOpensAfterConsecutiveFailuresAndHalfOpensAfterCoolDown()
{
    build({ configFor(QStringLiteral("a"), m_a->openAiBaseUrl()),
            configFor(QStringLiteral("b"), m_b->openAiBaseUrl()) });
    m_a->setApiKey("another-key"); // every call to a fails with 401, which is not retried
    for (int i = 0; i < 2; ++i) {
        const auto result = chat(summaryRequest(QStringLiteral("hello")));
        QVERIFY(result.ok());
        QCOMPARE(result.value->providerId, QStringLiteral("b"));
    }
    QCOMPARE(m_a->countFor("/chat/completions"), 2);
    QCOMPARE(m_chain->breakerState(QStringLiteral("a")), CircuitBreaker::State::Open);

    QSignalSpy skipped(m_chain.get(), &ProviderChain::providerSkipped);
    const auto whileOpen = chat(summaryRequest(QStringLiteral("hello")));
    QVERIFY(whileOpen.ok());
    QCOMPARE(whileOpen.value->providerId, QStringLiteral("b"));
    QCOMPARE(m_a->countFor("/chat/completions"), 2); // not called while open
    QCOMPARE(skipped.size(), 1);
    QCOMPARE(skipped.first().at(0).toString(), QStringLiteral("a"));

    m_clock.advance(m_policy.breakerCoolDownMs - 1);
    QCOMPARE(m_chain->breakerState(QStringLiteral("a")), CircuitBreaker::State::Open);
    m_clock.advance(1);
    QCOMPARE(m_chain->breakerState(QStringLiteral("a")), CircuitBreaker::State::HalfOpen);

    m_a->setApiKey("key-a"); // a has recovered
    const auto trial = chat(summaryRequest(QStringLiteral("hello")));
    QVERIFY(trial.ok());
    QCOMPARE(trial.value->providerId, QStringLiteral("a"));
    QCOMPARE(m_chain->breakerState(QStringLiteral("a")), CircuitBreaker::State::Closed);
}

void tst_ProviderChain::halfOpenTrialFailureOpensBreakerAgain()
{
    SteppedClock clock;
    CircuitBreaker breaker(clock, 3, 1000);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(breaker.allowCall());
        breaker.recordFailure();
    }
    QCOMPARE(breaker.state(), CircuitBreaker::State::Open);
    QVERIFY(!breaker.allowCall());
    clock.advance(1000);
    QVERIFY(breaker.allowCall()); // the one trial call
    QVERIFY(!breaker.allowCall()); // no second one while it is out
    breaker.recordFailure();
    QCOMPARE(breaker.state(), CircuitBreaker::State::Open);
    clock.advance(999);
    QVERIFY(!breaker.allowCall());
    clock.advance(1);
    QVERIFY(breaker.allowCall());
    breaker.recordSuccess();
    QCOMPARE(breaker.state(), CircuitBreaker::State::Closed);
    QCOMPARE(breaker.consecutiveFailures(), 0);
}

void tst_ProviderChain::spendCapRefusesPaidCallBeforeSending()
{
    ProviderConfig paid = configFor(QStringLiteral("a"), m_a->openAiBaseUrl());
    paid.prices.insert(QStringLiteral("model-a"), ModelPrice { 1.0, 2.0 }); // per 1k tokens
    build({ paid, configFor(QStringLiteral("b"), m_b->openAiBaseUrl()) }); // b is free (local)
    m_chain->setMonthlyCapMicros(300'000); // 0.30

    // Each call: 100 prompt tokens × 1.0/1k + 50 completion tokens × 2.0/1k = 0.20
    for (int i = 0; i < 2; ++i) {
        const auto result = chat(summaryRequest(QStringLiteral("hello")));
        QVERIFY(result.ok());
        QCOMPARE(result.value->providerId, QStringLiteral("a"));
    }
    const QString month = SpendLedger::monthOf(m_clock.nowMs());
    QCOMPARE(*m_ledger.spentMicros(month), 400'000);

    QSignalSpy skipped(m_chain.get(), &ProviderChain::providerSkipped);
    const auto refused = chat(summaryRequest(QStringLiteral("hello")));
    QVERIFY(refused.ok());
    QCOMPARE(refused.value->providerId, QStringLiteral("b"));
    QCOMPARE(m_a->countFor("/chat/completions"), 2); // refused before the call
    QCOMPARE(skipped.first().at(1).toString(), QStringLiteral("monthly spend cap reached"));
    QCOMPARE(*m_ledger.spentMicros(month), 400'000); // b is free

    m_clock.advance(qint64(31) * 24 * 3600 * 1000); // a new month
    const auto nextMonth = chat(summaryRequest(QStringLiteral("hello")));
    QVERIFY(nextMonth.ok());
    QCOMPARE(nextMonth.value->providerId, QStringLiteral("a"));
}

void tst_ProviderChain::privacyModeKeepsPersonalDataOnTheMachine()
{
    ProviderConfig config = configFor(QStringLiteral("a"), m_a->openAiBaseUrl());
    config.privacyMode = true;
    build({ config });
    const QString text = QStringLiteral(
        "العميل أحمد العتيبي يطلب 50 كرتون، جواله 0555123456 وبريده ahmed.otaibi@example.com، "
        "الهوية ١٠٢٣٤٥٦٧٨٩ والآيبان SA0380000000608010167519");
    ChatRequest request = summaryRequest(text);
    request.personalNames = { QStringLiteral("أحمد العتيبي") };

    const auto result = chat(request);
    QVERIFY2(result.ok(), qPrintable(result.failure.error.detail));

    QCOMPARE(m_a->received().size(), 1);
    const QString sent = m_a->received().first().messageText();
    for (const QString &personal : { QStringLiteral("أحمد العتيبي"), QStringLiteral("0555123456"),
                                     QStringLiteral("ahmed.otaibi@example.com"), QStringLiteral("١٠٢٣٤٥٦٧٨٩"),
                                     QStringLiteral("SA0380000000608010167519") })
        QVERIFY2(!sent.contains(personal),
                 qPrintable(personal + QStringLiteral(" left the machine: ") + sent));
    QVERIFY2(!QString::fromUtf8(m_a->received().first().body).contains(QStringLiteral("0555123456")),
             "raw body");
    for (const QString &placeholder :
         { QStringLiteral("[NAME_1]"), QStringLiteral("[PHONE_1]"), QStringLiteral("[EMAIL_1]"),
           QStringLiteral("[ID_1]"), QStringLiteral("[IBAN_1]") })
        QVERIFY2(sent.contains(placeholder), qPrintable(placeholder + QStringLiteral(" missing: ") + sent));
    QVERIFY(sent.contains(QStringLiteral("50 كرتون"))); // a quantity is not personal

    // The server echoed the redacted text; the chain put the originals back.
    QCOMPARE(result.value->object.value(u"summary").toString(), text);
}

void tst_ProviderChain::privacyModeFindsNamesWrittenDifferently()
{
    PrivacyRedactor redactor(m_phones);
    const QString text = QStringLiteral("شكرًا احمد  العتيبى، وسلامي لـ Sara Ali وللأحمدي");
    const QString redacted = redactor.redact(
        text, { QStringLiteral("أحمد العتيبي"), QStringLiteral("sara ali"), QStringLiteral("أحمد") });
    QVERIFY2(!redacted.contains(QStringLiteral("العتيبى")), qPrintable(redacted));
    QVERIFY2(!redacted.contains(QStringLiteral("Sara Ali")), qPrintable(redacted));
    QVERIFY2(redacted.contains(QStringLiteral("للأحمدي")), qPrintable(redacted)); // not a whole-word match
    QCOMPARE(redactor.restore(redacted), text);
}

void tst_ProviderChain::offlineAnswersOnlyItsTasks()
{
    build({});
    m_chain->offline().setTaskHandler(
        QStringLiteral("summarize"), [](const ChatRequest &request) -> Result<QJsonObject> {
            return QJsonObject { { QStringLiteral("summary"), request.messages.last().content.left(5) },
                                 { QStringLiteral("priority"), QStringLiteral("low") } };
        });
    const auto answered = chat(summaryRequest(QStringLiteral("hello world")));
    QVERIFY2(answered.ok(), qPrintable(answered.failure.error.detail));
    QCOMPARE(answered.value->providerId, QStringLiteral("offline"));
    QCOMPARE(answered.value->model, QStringLiteral("builtin"));
    QCOMPARE(answered.value->object.value(u"summary").toString(), QStringLiteral("hello"));

    ChatRequest free = summaryRequest(QStringLiteral("hello"));
    free.task = QStringLiteral("translate");
    const auto refused = chat(free);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.failure.error.code, ErrorCode::Unsupported);
    QVERIFY2(refused.failure.error.detail.contains(QStringLiteral("not supported offline")),
             qPrintable(refused.failure.error.detail));
}

void tst_ProviderChain::storeSpendLedgerPersistsSpend()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("store.db"));
    {
        auto store = CrmStore::openFile(path, DatabaseKey {}, OpenMode::Create);
        QVERIFY2(store.ok(), why(store));
        AiRepository repository((*store)->database());
        StoreSpendLedger ledger(repository);
        QVERIFY(
            ledger.record(QStringLiteral("2026-11"), QStringLiteral("a"), QStringLiteral("m"), 1500, 10, 5)
                .ok());
        QVERIFY(ledger.record(QStringLiteral("2026-11"), QStringLiteral("b"), QStringLiteral("m"), 500, 10, 5)
                    .ok());
        QVERIFY(
            ledger.record(QStringLiteral("2026-10"), QStringLiteral("a"), QStringLiteral("m"), 9000, 10, 5)
                .ok());
    }
    auto reopened = CrmStore::openFile(path, DatabaseKey {}, OpenMode::Existing);
    QVERIFY2(reopened.ok(), why(reopened));
    AiRepository repository((*reopened)->database());
    StoreSpendLedger ledger(repository);
    QCOMPARE(*ledger.spentMicros(QStringLiteral("2026-11")), 2000);
    QCOMPARE(*ledger.spentMicros(QStringLiteral("2026-10")), 9000);
    QCOMPARE(*ledger.spentMicros(QStringLiteral("2026-09")), 0);
}

void tst_ProviderChain::embeddingsAndTranscriptionGoToCapableProviders()
{
    ProviderConfig a = configFor(QStringLiteral("a"), m_a->openAiBaseUrl());
    a.privacyMode = true;
    a.embeddingModel = QStringLiteral("embed-a");
    a.transcriptionModel = QStringLiteral("whisper-a");
    ProviderConfig b = configFor(QStringLiteral("b"), m_b->openAiBaseUrl());
    b.transcriptionModel = QStringLiteral("whisper-b");
    build({ a, b });

    const auto vectors = waitForResult<ProviderResult<EmbeddingResult>>(
        [&](auto done) { m_chain->embed({ QStringLiteral("call 0555123456") }, std::move(done)); });
    QVERIFY2(vectors.ok(), qPrintable(vectors.failure.error.detail));
    QCOMPARE(vectors.value->providerId, QStringLiteral("a"));
    QCOMPARE(vectors.value->model, QStringLiteral("embed-a"));
    QVERIFY(!QString::fromUtf8(m_a->received().first().body).contains(QStringLiteral("0555123456")));

    QTemporaryDir dir;
    const QString audio = dir.filePath(QStringLiteral("note.ogg"));
    QFile file(audio);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("OggS");
    file.close();
    QSignalSpy skipped(m_chain.get(), &ProviderChain::providerSkipped);
    const auto text = waitForResult<ProviderResult<TranscriptionResult>>(
        [&](auto done) { m_chain->transcribe(audio, std::move(done)); });
    QVERIFY2(text.ok(), qPrintable(text.failure.error.detail));
    QCOMPARE(text.value->providerId, QStringLiteral("b")); // a's privacy mode cannot redact audio
    QCOMPARE(text.value->model, QStringLiteral("whisper-b"));
    QCOMPARE(m_a->countFor("/audio/transcriptions"), 0);
    QCOMPARE(skipped.first().at(0).toString(), QStringLiteral("a"));
}

QTEST_GUILESS_MAIN(tst_ProviderChain)
#include "tst_providerchain.moc"
