// ReplyComposer: three replies per message, in the message's language and tone, filled from the
// extracted fields, with no placeholder ever visible and nothing said that the fields lack.
#include "replycomposer.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace OmniCrm;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(OmniCrm::ReplyLanguage)
Q_DECLARE_METATYPE(OmniCrm::ReplyTone)

namespace {

ExtractedLead fullLead()
{
    ExtractedLead lead;
    lead.customerName = u"فهد العتيبي"_s;
    lead.company = u"مؤسسة النخبة"_s;
    lead.products = { ProductMatch { {}, u"مكيف سبليت"_s, 0.9 }, ProductMatch { {}, u"ثلاجة"_s, 0.8 } };
    lead.quantity = 20;
    lead.quantityUnit = u"جهاز"_s;
    lead.amountMinor = 3000000;
    lead.currency = u"SAR"_s;
    lead.city = u"الرياض"_s;
    return lead;
}

ExtractedLead englishLead()
{
    ExtractedLead lead;
    lead.customerName = u"Sarah"_s;
    lead.company = u"Nakheel Trading"_s;
    lead.products = { ProductMatch { {}, u"Split AC"_s, 0.9 } };
    lead.quantity = 12;
    lead.city = u"Jeddah"_s;
    return lead;
}

bool hasPlaceholder(const QString &text)
{
    static const QRegularExpression braces(u"[{}]"_s);
    return text.contains(braces);
}

} // namespace

class tst_ReplyComposer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void styleFollowsMessage_data();
    void styleFollowsMessage();
    void threeRepliesWithNoPlaceholder();
    void fieldsAreFilled();
    void missingFieldsAreDropped();
    void offerAppearsOnlyWithPriceStrategy();
    void fieldsFromJson();
    void fieldsFromJsonRejectsBadValues_data();
    void fieldsFromJsonRejectsBadValues();
};

void tst_ReplyComposer::styleFollowsMessage_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<ReplyLanguage>("language");
    QTest::addColumn<ReplyTone>("tone");
    QTest::newRow("msa-formal") << u"السلام عليكم، أرجو تزويدنا بعرض سعر للمكيفات."_s << ReplyLanguage::Arabic
                                << ReplyTone::Formal;
    QTest::newRow("gulf-casual") << u"هلا، ابي السعر الحين وش آخر كلام؟"_s << ReplyLanguage::Arabic
                                 << ReplyTone::Casual;
    QTest::newRow("english-formal") << u"Dear team, could you kindly send a quotation? Regards."_s
                                    << ReplyLanguage::English << ReplyTone::Formal;
    QTest::newRow("english-casual") << u"hey omg this is awesome!! 😍"_s << ReplyLanguage::English
                                    << ReplyTone::Casual;
    QTest::newRow("mixed-gulf") << u"ابي الـ datasheet الحين"_s << ReplyLanguage::Arabic << ReplyTone::Casual;
    QTest::newRow("mostly-english") << u"Please send the invoice for the مكيف"_s << ReplyLanguage::English
                                    << ReplyTone::Formal;
}

void tst_ReplyComposer::styleFollowsMessage()
{
    QFETCH(QString, message);
    QFETCH(ReplyLanguage, language);
    QFETCH(ReplyTone, tone);
    const MessageStyle style = ReplyComposer::detectStyle(message);
    QCOMPARE(style.language, language);
    QCOMPARE(style.tone, tone);

    const ReplySuggestions replies = ReplyComposer().compose(message, BuyerType::Decisive, {});
    QCOMPARE(replies.style.language, language);
    for (const QString &reply : replies.replies) {
        const bool arabicLetters = reply.contains(QRegularExpression(u"[\u0621-\u064A]"_s));
        QCOMPARE(arabicLetters, language == ReplyLanguage::Arabic);
    }
    // No letters at all: the fields' language decides.
    QCOMPARE(ReplyComposer::detectStyle(u"?? 123"_s, u"en").language, ReplyLanguage::English);
    QCOMPARE(ReplyComposer::detectStyle(u"?? 123"_s, u"ar").language, ReplyLanguage::Arabic);
}

void tst_ReplyComposer::threeRepliesWithNoPlaceholder()
{
    const ReplyComposer composer;
    const auto price = PriceStrategist::suggest(
        BuyerType::PriceFocused,
        { Money::fromMinor(150000, u"SAR"_s), Money::fromMinor(100000, u"SAR"_s), 10 });
    QVERIFY(price.ok());
    for (BuyerType type : AllBuyerTypes) {
        for (const QString &message :
             { u"السلام عليكم، أرجو إرسال عرض"_s, u"هلا ابي عرض"_s, u"Hi, please send an offer"_s }) {
            for (const ExtractedLead &lead : { ExtractedLead {}, fullLead(), englishLead() }) {
                for (bool withPrice : { false, true }) {
                    const ReplySuggestions replies = composer.compose(
                        message, type, lead, withPrice ? std::optional<PriceStrategy>(*price) : std::nullopt);
                    QCOMPARE(replies.replies.size(), 3);
                    QCOMPARE(replies.type, type);
                    for (const QString &reply : replies.replies) {
                        QVERIFY2(!hasPlaceholder(reply), qPrintable(reply));
                        QVERIFY(reply.size() > 20);
                        QVERIFY(!reply.contains(u"  "_s));
                    }
                    QCOMPARE(QSet<QString>(replies.replies.begin(), replies.replies.end()).size(), 3);
                }
            }
        }
    }
}

void tst_ReplyComposer::fieldsAreFilled()
{
    const ReplyComposer composer;
    const ReplySuggestions arabic
        = composer.compose(u"السلام عليكم، أرجو إرسال المواصفات"_s, BuyerType::Analytical, fullLead());
    const QString all = arabic.replies.join(u'\n');
    QVERIFY(all.contains(u"فهد العتيبي"_s));
    QVERIFY(all.contains(u"مكيف سبليت وثلاجة"_s));
    QVERIFY(all.contains(u"20 جهاز"_s));
    QVERIFY(all.contains(u"الرياض"_s));

    const ReplySuggestions decisive
        = composer.compose(u"Send the invoice now"_s, BuyerType::Decisive, fullLead());
    QCOMPARE(decisive.style.language, ReplyLanguage::English);
    // An Arabic unit is not put into an English sentence; the amount is shown with its currency.
    QVERIFY(decisive.replies.join(u'\n').contains(u"20 units of مكيف سبليت and ثلاجة for 30000.00 SAR"_s));

    const ReplySuggestions relational
        = composer.compose(u"Hi my friend, hope you're well"_s, BuyerType::Relational, englishLead());
    const QString english = relational.replies.join(u'\n');
    QVERIFY(english.contains(u"Sarah"_s));
    QVERIFY(english.contains(u"Nakheel Trading"_s));
    QVERIFY(english.contains(u"Jeddah"_s));
}

void tst_ReplyComposer::missingFieldsAreDropped()
{
    const ReplyComposer composer;
    ExtractedLead nameOnly;
    nameOnly.customerName = u"Omar"_s;
    for (BuyerType type : AllBuyerTypes) {
        const ReplySuggestions empty = composer.compose(u"Hello, I need an offer"_s, type, {});
        const ReplySuggestions named = composer.compose(u"Hello, I need an offer"_s, type, nameOnly);
        for (int i = 0; i < 3; ++i) {
            // Nothing the fields lack: no city, amount or quantity words from the templates.
            for (const QString &reply : { empty.replies[i], named.replies[i] }) {
                QVERIFY2(!reply.contains(u"SAR"_s) && !reply.contains(u" units"_s)
                             && !reply.contains(u"delivery date to"_s),
                         qPrintable(reply));
                QVERIFY(!reply.contains(u"Dear ,"_s) && !reply.contains(u"Hi !"_s));
            }
            QVERIFY(named.replies[i].contains(u"Omar"_s));
            QVERIFY(!empty.replies[i].contains(u"Omar"_s));
        }
    }
    const ReplySuggestions arabic
        = composer.compose(u"السلام عليكم، أرجو إرسال عرض"_s, BuyerType::StatusSeeking, {});
    for (const QString &reply : arabic.replies)
        QVERIFY2(!reply.contains(u"ريال"_s) && !reply.contains(u" في ."_s), qPrintable(reply));
}

void tst_ReplyComposer::offerAppearsOnlyWithPriceStrategy()
{
    const ReplyComposer composer;
    const auto price = PriceStrategist::suggest(
        BuyerType::Cautious, { Money::fromMinor(150000, u"SAR"_s), Money::fromMinor(100000, u"SAR"_s), 10 });
    QVERIFY(price.ok());
    const QString message = u"ما مدة الضمان؟ وهل يمكن الإرجاع؟"_s;
    const QString without = composer.compose(message, BuyerType::Cautious, {}).replies.join(u'\n');
    QVERIFY(!without.contains(u"1500.00"_s));
    const ReplySuggestions with = composer.compose(message, BuyerType::Cautious, {}, *price);
    int quoting = 0;
    for (const QString &reply : with.replies)
        quoting += reply.contains(price->headlineAr) ? 1 : 0;
    QVERIFY(quoting >= 1 && quoting <= 2);
}

void tst_ReplyComposer::fieldsFromJson()
{
    const QJsonObject json
        = QJsonDocument::fromJson(
              uR"({"customer_name":" فهد ","products":["مكيف",{"name":"ثلاجة","product_id":"p1"}],
                                       "quantity":"٢٠","amount":"1,500 ريال","city":"جدة","phones":"+966555123456",
                                       "language":"ar","unknown_key":1})"_s.toUtf8())
              .object();
    const auto lead = ReplyComposer::fieldsFromJson(json);
    QVERIFY2(lead.ok(), Test::why(lead));
    QCOMPARE(lead->customerName, u"فهد"_s);
    QCOMPARE(lead->products.size(), 2);
    QCOMPARE(lead->products[1].productId, u"p1"_s);
    QCOMPARE(*lead->quantity, 20.0);
    QCOMPARE(*lead->amountMinor, 150000);
    QCOMPARE(lead->currency, u"SAR"_s);
    QCOMPARE(lead->phones, QStringList { u"+966555123456"_s });

    const auto minor
        = ReplyComposer::fieldsFromJson(QJsonObject { { u"amount"_s, 2500 }, { u"currency"_s, u"kwd"_s } });
    QVERIFY(minor.ok());
    QCOMPARE(*minor->amountMinor, 2500000); // major units in, with the currency's 3 decimals
    QCOMPARE(minor->currency, u"KWD"_s);
    QVERIFY(ReplyComposer::fieldsFromJson({}).ok());
}

void tst_ReplyComposer::fieldsFromJsonRejectsBadValues_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("name-not-string") << uR"({"customer_name": 5})"_s << u"customer_name"_s;
    QTest::newRow("quantity-text") << uR"({"quantity": "many"})"_s << u"quantity"_s;
    QTest::newRow("quantity-negative") << uR"({"quantity": -3})"_s << u"quantity"_s;
    QTest::newRow("amount-negative") << uR"({"amount": -12.5})"_s << u"amount"_s;
    QTest::newRow("amount-text") << uR"({"amount": "lots"})"_s << u"amount"_s;
    QTest::newRow("currency") << uR"({"currency": "XYZ"})"_s << u"currency"_s;
    QTest::newRow("products") << uR"({"products": [1, 2]})"_s << u"products"_s;
    QTest::newRow("phones") << uR"({"phones": {"a": 1}})"_s << u"phones"_s;
}

void tst_ReplyComposer::fieldsFromJsonRejectsBadValues()
{
    QFETCH(QString, json);
    QFETCH(QString, field);
    const auto lead = ReplyComposer::fieldsFromJson(QJsonDocument::fromJson(json.toUtf8()).object());
    QVERIFY(!lead.ok());
    QCOMPARE(lead.error().field, field);
}

QTEST_GUILESS_MAIN(tst_ReplyComposer)
#include "tst_replycomposer.moc"
