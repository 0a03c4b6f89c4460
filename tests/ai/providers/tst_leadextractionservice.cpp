// LeadExtractionService: the provider's answer is validated and merged field by field with the
// offline result (offline wins on what it read; the LLM fills gaps, grounded in the message and
// the catalog; every filled field names provider/model), and any provider failure — broken JSON,
// 429 after the retry, a hang past the timeout, no provider at all — keeps the offline result.
#include "chaintestsupport.h"
#include "fakellmserver.h"
#include "leadextractionservice.h"
#include "leadjson.h"
#include "openaicompatibleprovider.h"
#include "phonenormalizer.h"
#include "providerchain.h"
#include "spendledger.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTest>

using namespace OmniCrm;
using namespace OmniCrm::Test;

namespace {

const QString kMessage = QStringLiteral(
    u"السلام عليكم، معك سالم من الرياض، نبي عرض سعر على طابعات، جوالي 0555123456 وإيميل salem@example.com");

ProductCatalog catalog()
{
    return ProductCatalog({ { QStringLiteral("P-PRN"),
                              QStringLiteral("PRN-1"),
                              QStringLiteral(u"طابعة"),
                              QStringLiteral("Printer"),
                              { QStringLiteral(u"طابعات") } },
                            { QStringLiteral("P-LAP"),
                              QStringLiteral("LAP-1"),
                              QStringLiteral(u"لابتوب"),
                              QStringLiteral("Laptop"),
                              {} } });
}

QJsonObject goodAnswer()
{
    return QJsonObject {
        { QStringLiteral("customer_name"), QStringLiteral(u"سالم") },
        { QStringLiteral("company"), QStringLiteral("Invented Holdings") }, // not in the message
        { QStringLiteral("phones"),
          QJsonArray { QStringLiteral("0555123456"), QStringLiteral("0509999999") } },
        { QStringLiteral("emails"), QJsonArray { QStringLiteral("salem@example.com") } },
        { QStringLiteral("product_ids"), QJsonArray { QStringLiteral("P-PRN"), QStringLiteral("P-NOPE") } },
        { QStringLiteral("quantity"), 12 },
        { QStringLiteral("amount"), 4500.5 },
        { QStringLiteral("currency"), QStringLiteral("sar") },
        { QStringLiteral("city"), QStringLiteral("Riyadh") },
        { QStringLiteral("lead_type"), QStringLiteral("quote_request") },
    };
}

} // namespace

class tst_LeadExtractionService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void offlineWinsAndProviderFillsGaps();
    void providerValuesAreValidated();
    void goodAnswerThroughTheChain();
    void failuresKeepTheOfflineResult_data();
    void failuresKeepTheOfflineResult();
    void withoutProviderAnswersOffline();

private:
    AssistedLead extract(const QString &message);

    SteppedClock m_clock;
    FixedRandom m_random { 0.0 };
    InMemorySpendLedger m_ledger;
    PhoneNormalizer m_phones;
    ProductCatalog m_catalog = catalog();
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FakeLlmServer> m_server;
    std::unique_ptr<ProviderChain> m_chain;
    std::unique_ptr<LeadExtractionService> m_service;
};

void tst_LeadExtractionService::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<FakeLlmServer>();
    QVERIFY(m_server->listen());
    ChainPolicy policy;
    policy.retry.baseDelayMs = 1;
    m_chain = std::make_unique<ProviderChain>(m_clock, m_random, m_ledger, m_phones, policy);
    ProviderConfig config;
    config.id = QStringLiteral("openai");
    config.baseUrl = m_server->openAiBaseUrl();
    config.model = QStringLiteral("gpt-4o-mini");
    config.timeoutMs = 400;
    m_chain->addProvider(std::make_unique<OpenAiCompatibleProvider>(config, QByteArray(), *m_network),
                         config);
    m_service = std::make_unique<LeadExtractionService>(*m_chain, m_catalog, m_phones);
}

void tst_LeadExtractionService::cleanup()
{
    m_service.reset();
    m_chain.reset();
    m_server.reset();
    m_network.reset();
}

AssistedLead tst_LeadExtractionService::extract(const QString &message)
{
    return waitForResult<AssistedLead>([&](auto done) { m_service->extract(message, std::move(done)); });
}

void tst_LeadExtractionService::offlineWinsAndProviderFillsGaps()
{
    ExtractedLead offline;
    offline.phones = { QStringLiteral("+966555123456") };
    offline.evidence.insert(QStringLiteral("phones"), FieldEvidence { 60, 10, QStringLiteral("offline") });
    offline.quantity = 3;
    offline.leadType = QStringLiteral("general");
    const AssistedLead merged = m_service->merge(kMessage, offline, goodAnswer(), QStringLiteral("groq"),
                                                 QStringLiteral("llama-3"));
    const ExtractedLead &lead = merged.lead;
    // Offline values stay, with their own evidence.
    QCOMPARE(lead.phones, QStringList { QStringLiteral("+966555123456") });
    QCOMPARE(lead.evidence.value("phones").producer, QStringLiteral("offline"));
    QCOMPARE(lead.quantity, std::optional<double>(3));
    // Gaps are filled and say who filled them.
    QCOMPARE(lead.customerName, QStringLiteral(u"سالم"));
    QCOMPARE(lead.evidence.value("customer_name").producer, QStringLiteral("groq/llama-3"));
    QCOMPARE(lead.emails, QStringList { QStringLiteral("salem@example.com") });
    QCOMPARE(lead.evidence.value("emails").producer, QStringLiteral("groq/llama-3"));
    QCOMPARE(lead.city, QStringLiteral("Riyadh"));
    QCOMPARE(lead.leadType, QStringLiteral("quote_request"));
    QCOMPARE(lead.amountMinor, std::optional<qint64>(450050));
    QCOMPARE(lead.currency, QStringLiteral("SAR"));
    QVERIFY(!merged.filledFields.contains(QStringLiteral("phones")));
    QVERIFY(!merged.filledFields.contains(QStringLiteral("quantity")));
}

void tst_LeadExtractionService::providerValuesAreValidated()
{
    ExtractedLead offline; // nothing found offline: every provider value is examined
    QJsonObject answer = goodAnswer();
    answer.insert(QStringLiteral("quantity"), -4);
    answer.insert(QStringLiteral("currency"), QStringLiteral("GOLD"));
    answer.insert(QStringLiteral("lead_type"), QStringLiteral("spam"));
    const AssistedLead merged
        = m_service->merge(kMessage, offline, answer, QStringLiteral("openai"), QStringLiteral("m"));
    const ExtractedLead &lead = merged.lead;
    // 0509999999 is not in the message: refused; the written one goes through the normalizer.
    QCOMPARE(lead.phones, QStringList { QStringLiteral("+966555123456") });
    QVERIFY(merged.rejectedFields.contains(QStringLiteral("phones")));
    // Only catalog products.
    QCOMPARE(lead.products.size(), 1);
    QCOMPARE(lead.products.first().productId, QStringLiteral("P-PRN"));
    QVERIFY(merged.rejectedFields.contains(QStringLiteral("products")));
    // A company the message never names is not taken.
    QVERIFY(lead.company.isEmpty());
    QVERIFY(merged.rejectedFields.contains(QStringLiteral("company")));
    QVERIFY(!lead.quantity);
    QVERIFY(!lead.amountMinor);
    QVERIFY(lead.leadType.isEmpty());
    for (const QString &field :
         { QStringLiteral("quantity"), QStringLiteral("amount"), QStringLiteral("lead_type") })
        QVERIFY2(merged.rejectedFields.contains(field), qPrintable(field));
}

void tst_LeadExtractionService::goodAnswerThroughTheChain()
{
    m_server->enqueue(FakeReply::answer(goodAnswer()));
    const ExtractedLead offline = LeadExtractor(m_catalog).extract(kMessage);
    const AssistedLead result = extract(kMessage);
    QVERIFY2(result.failure.isEmpty(), qPrintable(result.failure));
    QCOMPARE(result.providerId, QStringLiteral("openai"));
    QCOMPARE(result.model, QStringLiteral("gpt-4o-mini"));
    // Whatever the offline engine found is unchanged; every field the provider set names it.
    const QJsonObject before = leadToJson(offline);
    const QJsonObject after = leadToJson(result.lead);
    for (auto it = before.begin(); it != before.end(); ++it) {
        const bool wasEmpty = it.value().isNull() || it.value() == QJsonValue(QString())
            || (it.value().isArray() && it.value().toArray().isEmpty());
        if (!wasEmpty && !result.filledFields.contains(it.key()))
            QCOMPARE(after.value(it.key()), it.value());
    }
    for (const QString &field : result.filledFields)
        QCOMPARE(result.lead.evidence.value(field).producer, QStringLiteral("openai/gpt-4o-mini"));
    // The request carried the schema and the message.
    QVERIFY(m_server->received().size() >= 1);
    QVERIFY(m_server->received().last().messageText().contains(QStringLiteral("0555123456")));
}

void tst_LeadExtractionService::failuresKeepTheOfflineResult_data()
{
    QTest::addColumn<QList<FakeReply>>("replies");
    QTest::newRow("broken-json") << QList<FakeReply> { FakeReply::brokenJson(), FakeReply::brokenJson() };
    QTest::newRow("off-schema") << QList<FakeReply> { FakeReply::answer({ { "phones", 5 } }),
                                                      FakeReply::answer({ { "phones", 5 } }) };
    QTest::newRow("429") << QList<FakeReply> { FakeReply::tooManyRequests(0), FakeReply::tooManyRequests(0) };
    QTest::newRow("hang") << QList<FakeReply> { FakeReply::hang(), FakeReply::hang() };
}

void tst_LeadExtractionService::failuresKeepTheOfflineResult()
{
    QFETCH(QList<FakeReply>, replies);
    for (const FakeReply &reply : replies)
        m_server->enqueue(reply);
    const AssistedLead result = extract(kMessage);
    QVERIFY(!result.failure.isEmpty());
    QVERIFY(result.providerId.isEmpty());
    QVERIFY(result.filledFields.isEmpty());
    QCOMPARE(leadToJson(result.lead, true), leadToJson(LeadExtractor(m_catalog).extract(kMessage), true));
}

void tst_LeadExtractionService::withoutProviderAnswersOffline()
{
    ProviderChain offlineOnly(m_clock, m_random, m_ledger, m_phones);
    LeadExtractionService service(offlineOnly, m_catalog, m_phones);
    const AssistedLead result
        = waitForResult<AssistedLead>([&](auto done) { service.extract(kMessage, std::move(done)); });
    QVERIFY(!result.failure.isEmpty());
    QCOMPARE(leadToJson(result.lead), leadToJson(LeadExtractor(m_catalog).extract(kMessage)));
    QCOMPARE(m_server->received().size(), 0);
}

QTEST_GUILESS_MAIN(tst_LeadExtractionService)
#include "tst_leadextractionservice.moc"
