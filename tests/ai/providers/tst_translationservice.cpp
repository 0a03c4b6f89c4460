// TranslationService: through the chain only (never offline), refusing a translation that
// dropped or changed a phone, number, e-mail, URL or product code, and saving an accepted one
// beside its source with language, provider and model. ProtectedTokens is checked directly too.
#include "airepository.h"
#include "chaintestsupport.h"
#include "crmstore.h"
#include "fakellmserver.h"
#include "openaicompatibleprovider.h"
#include "phonenormalizer.h"
#include "providerchain.h"
#include "spendledger.h"
#include "testsupport.h"
#include "translationservice.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace OmniCrm;
using namespace OmniCrm::Test;

namespace {

const QString kOriginal
    = QStringLiteral("Hello, please send 250 units of ABC-1234 to Riyadh. Call me on 0555123456 or write to "
                     "sara@nukhba.sa. Catalogue: https://nukhba.sa/catalog?id=7.");

// What a faithful translation into Arabic looks like: the digits may turn Arabic-Indic.
const QString kFaithful = QStringLiteral(
    "مرحبًا، أرجو إرسال ٢٥٠ وحدة من ABC-1234 إلى الرياض. اتصل بي على ٠٥٥٥١٢٣٤٥٦ أو راسلني على "
    "sara@nukhba.sa. الكتالوج: https://nukhba.sa/catalog?id=7.");

QJsonObject translated(const QString &text)
{
    return QJsonObject { { QStringLiteral("translation"), text } };
}

} // namespace

class tst_TranslationService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void acceptsFaithfulTranslationAndSavesIt();
    void refusesLostToken_data();
    void refusesLostToken();
    void needsAnAiProvider();
    void reportsWhyEveryProviderFailed();
    void rejectsUnknownLanguageAndEmptyText();
    void protectedTokensFoldDigits();

private:
    Result<Translation> translate(const QString &text, const QString &language,
                                  const TranslationSource &source = {});

    QTemporaryDir m_dir;
    SteppedClock m_clock;
    FixedRandom m_random;
    InMemorySpendLedger m_ledger;
    PhoneNormalizer m_phones;
    std::unique_ptr<ProtectedTokens> m_tokens;
    std::unique_ptr<CrmStore> m_store;
    std::unique_ptr<AiRepository> m_repository;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FakeLlmServer> m_server;
    std::unique_ptr<ProviderChain> m_chain;
    std::unique_ptr<TranslationService> m_service;
};

void tst_TranslationService::init()
{
    QVERIFY(m_dir.isValid());
    auto store = CrmStore::openFile(
        m_dir.filePath(QStringLiteral("t%1.db").arg(QDateTime::currentMSecsSinceEpoch())), DatabaseKey {},
        OpenMode::Create);
    QVERIFY2(store.ok(), why(store));
    m_store = std::move(*store);
    m_repository = std::make_unique<AiRepository>(m_store->database());
    m_tokens = std::make_unique<ProtectedTokens>(m_phones);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<FakeLlmServer>();
    QVERIFY(m_server->listen());
    m_chain = std::make_unique<ProviderChain>(m_clock, m_random, m_ledger, m_phones);
    ProviderConfig config;
    config.id = QStringLiteral("openai");
    config.baseUrl = m_server->openAiBaseUrl();
    config.model = QStringLiteral("gpt-4o-mini");
    m_chain->addProvider(std::make_unique<OpenAiCompatibleProvider>(config, QByteArray(), *m_network),
                         config);
    m_service = std::make_unique<TranslationService>(*m_chain, *m_tokens, m_repository.get(), m_clock);
}

void tst_TranslationService::cleanup()
{
    m_service.reset();
    m_chain.reset();
    m_server.reset();
    m_network.reset();
    m_repository.reset();
    m_store.reset();
}

Result<Translation> tst_TranslationService::translate(const QString &text, const QString &language,
                                                      const TranslationSource &source)
{
    return waitForResult<Result<Translation>>(
        [&](auto done) { m_service->translate(text, language, source, std::move(done)); });
}

void tst_TranslationService::acceptsFaithfulTranslationAndSavesIt()
{
    m_server->enqueue(FakeReply::answer(translated(kFaithful)));
    const TranslationSource source { QStringLiteral("activity"), QStringLiteral("0193a1b2-act") };
    const auto result = translate(kOriginal, QStringLiteral("ar"), source);
    QVERIFY2(result.ok(), why(result));
    QCOMPARE(result->text, kFaithful);
    QCOMPARE(result->providerId, QStringLiteral("openai"));
    QCOMPARE(result->model, QStringLiteral("gpt-4o-mini"));
    QVERIFY(!result->savedId.isEmpty());

    const auto saved = m_repository->translationsOf(source.kind, source.id);
    QVERIFY2(saved.ok(), why(saved));
    QCOMPARE(saved->size(), 1);
    QCOMPARE(saved->first().id, result->savedId);
    QCOMPARE(saved->first().language, QStringLiteral("ar"));
    QCOMPARE(saved->first().text, kFaithful);
    QCOMPARE(saved->first().provider, QStringLiteral("openai"));
    QCOMPARE(saved->first().model, QStringLiteral("gpt-4o-mini"));
    QCOMPARE(saved->first().createdAt, m_clock.nowMs());

    // The request told the model what to keep and which language to write.
    const QString sent = m_server->received().first().messageText();
    QVERIFY(sent.contains(QStringLiteral("into Arabic")));
    QVERIFY(sent.contains(kOriginal));
}

void tst_TranslationService::refusesLostToken_data()
{
    QTest::addColumn<QString>("translation");
    QTest::addColumn<QString>("lost");

    QTest::newRow("changed-phone") << QString(kFaithful).replace(QStringLiteral("٠٥٥٥١٢٣٤٥٦"),
                                                                 QStringLiteral("٠٥٥٥١٢٣٤٦٥"))
                                   << QStringLiteral("0555123456");
    QTest::newRow("dropped-email") << QString(kFaithful).replace(
        QStringLiteral("أو راسلني على sara@nukhba.sa"), QString())
                                   << QStringLiteral("sara@nukhba.sa");
    QTest::newRow("changed-email") << QString(kFaithful).replace(QStringLiteral("sara@"),
                                                                 QStringLiteral("sarah@"))
                                   << QStringLiteral("sara@nukhba.sa");
    QTest::newRow("changed-code") << QString(kFaithful).replace(QStringLiteral("ABC-1234"),
                                                                QStringLiteral("ABC-1243"))
                                  << QStringLiteral("ABC-1234");
    QTest::newRow("changed-quantity")
        << QString(kFaithful).replace(QStringLiteral("٢٥٠"), QStringLiteral("٢٠٠")) << QStringLiteral("250");
    QTest::newRow("dropped-url") << QString(kFaithful).replace(
        QStringLiteral("https://nukhba.sa/catalog?id=7"), QString())
                                 << QStringLiteral("https://nukhba.sa/catalog?id=7");
}

void tst_TranslationService::refusesLostToken()
{
    QFETCH(QString, translation);
    QFETCH(QString, lost);
    m_server->enqueue(FakeReply::answer(translated(translation)));
    const TranslationSource source { QStringLiteral("activity"), QStringLiteral("a1") };
    const auto result = translate(kOriginal, QStringLiteral("ar"), source);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Conflict);
    QCOMPARE(result.error().field, lost);
    QVERIFY2(result.error().detail.contains(lost), why(result));
    QCOMPARE(m_repository->translationsOf(source.kind, source.id)->size(), 0); // nothing saved
}

void tst_TranslationService::needsAnAiProvider()
{
    ProviderChain offlineOnly(m_clock, m_random, m_ledger, m_phones);
    TranslationService service(offlineOnly, *m_tokens, m_repository.get(), m_clock);
    const auto result = waitForResult<Result<Translation>>([&](auto done) {
        service.translate(QStringLiteral("مرحبا"), QStringLiteral("en"), {}, std::move(done));
    });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Unsupported);
    QCOMPARE(result.error().field, TranslationMessages::NeedsProviderKey);
    QCOMPARE(result.error().detail,
             QStringLiteral("translation needs an AI provider; add one in Settings → AI"));
    const QString arabic
        = TranslationMessages::text(TranslationMessages::NeedsProviderKey, QStringLiteral("ar"));
    QVERIFY(arabic.contains(QStringLiteral("مزوّد")));
    QVERIFY(arabic != result.error().detail);
    QCOMPARE(m_server->received().size(), 0);
}

void tst_TranslationService::reportsWhyEveryProviderFailed()
{
    m_server->setDefaultReply(FakeReply::error(401));
    const auto result = translate(QStringLiteral("hello"), QStringLiteral("ar"));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().detail.startsWith(QStringLiteral("translation failed:")), why(result));
    QVERIFY2(result.error().detail.contains(QStringLiteral("openai: HTTP 401")), why(result));
    QVERIFY2(result.error().detail.contains(
                 QStringLiteral("offline: task \"translate\" is not supported offline")),
             why(result));
}

void tst_TranslationService::rejectsUnknownLanguageAndEmptyText()
{
    const auto language = translate(QStringLiteral("hello"), QStringLiteral("fr"));
    QVERIFY(!language.ok());
    QCOMPARE(language.error().field, QStringLiteral("language"));
    const auto empty = translate(QStringLiteral("   "), QStringLiteral("ar"));
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().field, QStringLiteral("text"));
    QCOMPARE(m_server->received().size(), 0);
}

void tst_TranslationService::protectedTokensFoldDigits()
{
    const QList<ProtectedToken> tokens = m_tokens->find(kOriginal);
    QStringList kinds;
    for (const ProtectedToken &token : tokens)
        kinds << ProtectedToken::kindName(token.kind) + u':' + token.text;
    QCOMPARE(kinds,
             (QStringList { QStringLiteral("number:250"), QStringLiteral("product code:ABC-1234"),
                            QStringLiteral("phone:0555123456"), QStringLiteral("email:sara@nukhba.sa"),
                            QStringLiteral("url:https://nukhba.sa/catalog?id=7") }));
    QVERIFY(m_tokens->missing(QStringLiteral("the price is 1,500 SAR"), QStringLiteral("السعر ١٬٥٠٠ ريال"))
                .isEmpty());
    QVERIFY(m_tokens->missing(QStringLiteral("رقمي ٠٥٥٥١٢٣٤٥٦"), QStringLiteral("my number is 055 512 3456"))
                .isEmpty());
    QCOMPARE(
        m_tokens->missing(QStringLiteral("2 boxes and 3 bags"), QStringLiteral("صندوقان و٣ أكياس")).size(),
        1);
}

QTEST_GUILESS_MAIN(tst_TranslationService)
#include "tst_translationservice.moc"
