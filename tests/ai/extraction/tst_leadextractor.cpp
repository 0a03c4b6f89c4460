// LeadExtractor: each field on focused messages, including the traps (a phone, a price, a date
// and an order number next to the quantity; Arabic-Indic digits; Arabic number words).
#include "citylexicon.h"
#include "extractionevaluation.h"
#include "leadextractor.h"
#include "leadjson.h"

#include <QtTest>

using namespace OmniCrm;
using namespace Qt::StringLiterals;

class tst_LeadExtractor : public QObject
{
    Q_OBJECT

private:
    static ProductCatalog catalog()
    {
        return ProductCatalog({
            { u"p-ac"_s,
              u"HV-SAC-18"_s,
              u"مكيف سبليت"_s,
              u"split air conditioner"_s,
              { u"مكيفات"_s, u"split ac"_s } },
            { u"p-water"_s,
              u"FB-WT-330"_s,
              u"مياه شرب معبأة"_s,
              u"bottled water"_s,
              { u"كراتين ماء"_s, u"مويه"_s } },
            { u"p-cement"_s, u"BM-CM-50"_s, u"اسمنت"_s, u"cement"_s, { u"كيس اسمنت"_s } },
            { u"p-gloves"_s, u"SF-GL-01"_s, u"قفازات عمل"_s, u"work gloves"_s, { u"قفازات"_s, u"gloves"_s } },
            { u"p-laptop"_s, u"IT-LT-14"_s, u"لابتوب"_s, u"laptop"_s, { u"لابتوبات"_s } },
            { u"p-paper"_s, u"OF-A4-80"_s, u"ورق طباعة"_s, u"copy paper"_s, { u"كرتون ورق"_s } },
        });
    }
    LeadExtractor m_extractor { catalog() };

private Q_SLOTS:
    void phones_data();
    void phones();
    void referenceNumbersAreNotPhones();
    void emailsAreLowerCased();
    void quantity_data();
    void quantity();
    void amount_data();
    void amount();
    void products_data();
    void products();
    void companyDoesNotNameAProduct();
    void nameAndCompany_data();
    void nameAndCompany();
    void city_data();
    void city();
    void cityInArabic();
    void leadTypeAndPriority_data();
    void leadTypeAndPriority();
    void language_data();
    void language();
    void evidencePointsAtTheText();
    void jsonHasExactlyTheKeys();
    void evaluationScoresSetsAndValues();
};

void tst_LeadExtractor::phones_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("plain") << u"جوالي 0555123456"_s << QStringList { u"+966555123456"_s };
    QTest::newRow("spaces") << u"call 055 512 3456 please"_s << QStringList { u"+966555123456"_s };
    QTest::newRow("dashes") << u"055-512-3456"_s << QStringList { u"+966555123456"_s };
    QTest::newRow("brackets") << u"(055) 512-3456"_s << QStringList { u"+966555123456"_s };
    QTest::newRow("00966") << u"00966555123456"_s << QStringList { u"+966555123456"_s };
    QTest::newRow("966 without plus") << u"رقمي 966555123456"_s << QStringList { u"+966555123456"_s };
    QTest::newRow("arabic-indic") << u"رقمي ٠٥٥٥١٢٣٤٥٦"_s << QStringList { u"+966555123456"_s };
    QTest::newRow("uae") << u"+971 50 123 4567"_s << QStringList { u"+971501234567"_s };
    QTest::newRow("kuwait right to left") << u"تلفون ٩٩٨٨٧٧٦٦ +965"_s << QStringList { u"+96599887766"_s };
    QTest::newRow("two numbers, once each") << u"جوال 0555123456 مكتب 011 478 5566 وجوال 0555123456"_s
                                            << QStringList { u"+966555123456"_s, u"+966114785566"_s };
    QTest::newRow("bare 8 digits read in the city's country")
        << u"معكم سالم من الكويت، رقمي ٦٦٥٤٣٢١٠"_s << QStringList { u"+96566543210"_s };
    QTest::newRow("the same digits from Doha")
        << u"معكم سالم من الدوحة، رقمي ٦٦٥٤٣٢١٠"_s << QStringList { u"+97466543210"_s };
    QTest::newRow("a Saudi mobile stays Saudi in Dubai")
        << u"التوصيل إلى دبي، جوالي 0551234567"_s << QStringList { u"+966551234567"_s };
    QTest::newRow("invalid international is not re-read") << u"+965 5262 6170"_s << QStringList {};
}

void tst_LeadExtractor::phones()
{
    QFETCH(QString, message);
    QFETCH(QStringList, expected);
    QCOMPARE(m_extractor.extract(message).phones, expected);
}

void tst_LeadExtractor::referenceNumbersAreNotPhones()
{
    const ExtractedLead lead = m_extractor.extract(
        u"رقم الطلب 55231090، الرقم الضريبي 300456789100003، Order #96612345 وجوالي 0501234567"_s);
    QCOMPARE(lead.phones, QStringList { u"+966501234567"_s });
}

void tst_LeadExtractor::emailsAreLowerCased()
{
    const ExtractedLead lead
        = m_extractor.extract(u"Email: Ahmed.Khan@GulfStar.ae, also sales@gulfstar.ae."_s);
    QCOMPARE(lead.emails, (QStringList { u"ahmed.khan@gulfstar.ae"_s, u"sales@gulfstar.ae"_s }));
}

void tst_LeadExtractor::quantity_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<double>("expected"); // -1: none
    QTest::newRow("digits and unit") << u"نبي 20 كرتون مويه"_s << 20.0;
    QTest::newRow("arabic-indic") << u"نبي ٣٥٠ حبة قفازات"_s << 350.0;
    QTest::newRow("thousands separator") << u"We need 1,500 pcs of gloves"_s << 1500.0;
    QTest::newRow("word: ألفين") << u"ودنا ناخذ ألفين كرتون مويه"_s << 2000.0;
    QTest::newRow("word: خمسمية") << u"ابي خمسمية كيس اسمنت"_s << 500.0;
    QTest::newRow("word: عشرين") << u"نحتاج عشرين مكيف"_s << 20.0;
    QTest::newRow("word: درزن") << u"ابي درزن لابتوب"_s << 12.0;
    QTest::newRow("compound: ألف وخمسمية") << u"نبي ألف وخمسمية حبة قفازات"_s << 1500.0;
    QTest::newRow("compound: ميتين وخمسين") << u"أبي ميتين وخمسين كرتون مويه"_s << 250.0;
    QTest::newRow("compound: ثلاثة آلاف") << u"نحتاج ثلاثة آلاف كيس اسمنت"_s << 3000.0;
    QTest::newRow("english words") << u"Please supply two hundred and fifty bags of cement"_s << 250.0;
    QTest::newRow("a dozen") << u"We need a dozen laptops"_s << 12.0;
    QTest::newRow("product then count") << u"نبي لابتوب ١٠ أجهزة"_s << 10.0;
    QTest::newRow("unit that starts a product name") << u"نبغى ٣٠ كرتون ورق و ٥ حبات قفازات"_s << 30.0;
    QTest::newRow("not the phone") << u"ابي مكيفات، جوالي 0555123456"_s << -1.0;
    QTest::newRow("not the price") << u"سعر الكيس 18 ريال، نبي 500 كيس اسمنت"_s << 500.0;
    QTest::newRow("not the date") << u"بتاريخ 12/03/2025 نبي 40 كرتون مويه"_s << 40.0;
    QTest::newRow("not the order number") << u"رقم الطلب 458213، نبي 40 كرتون مويه"_s << 40.0;
    QTest::newRow("not the time") << u"الموعد الساعة 4:30، نحتاج 8 مكيف"_s << 8.0;
    QTest::newRow("not a measure") << u"ابي شاشة 24 بوصة"_s << -1.0;
    QTest::newRow("not a code") << u"ابي كفرات 265/65R17"_s << -1.0;
    QTest::newRow("no count in a complaint") << u"شكوى: وصلت 20 كرتون مويه مكسورة، غير مقبول"_s << -1.0;
}

void tst_LeadExtractor::quantity()
{
    QFETCH(QString, message);
    QFETCH(double, expected);
    const ExtractedLead lead = m_extractor.extract(message);
    if (expected < 0) {
        QVERIFY2(!lead.quantity, qPrintable(QString::number(lead.quantity.value_or(0))));
    } else {
        QVERIFY(lead.quantity);
        QCOMPARE(*lead.quantity, expected);
    }
}

void tst_LeadExtractor::amount_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::newRow("riyal") << u"الميزانية 5000 ريال"_s << qint64(500000) << u"SAR"_s;
    QTest::newRow("ر.س") << u"حدنا ١٢٠٠ ر.س"_s << qint64(120000) << u"SAR"_s;
    QTest::newRow("ألف multiplier") << u"ميزانيتنا 40 ألف ريال سعودي"_s << qint64(4000000) << u"SAR"_s;
    QTest::newRow("k multiplier") << u"Budget around SAR 25k"_s << qint64(2500000) << u"SAR"_s;
    QTest::newRow("SR") << u"Target price 3,000 SR"_s << qint64(300000) << u"SAR"_s;
    QTest::newRow("dirham") << u"بحدود ٣٠٠٠ درهم"_s << qint64(300000) << u"AED"_s;
    QTest::newRow("AED before") << u"budget AED 15,000"_s << qint64(1500000) << u"AED"_s;
    QTest::newRow("kuwaiti dinar, 3 decimals") << u"السعر 1.250 دينار"_s << qint64(1250) << u"KWD"_s;
    QTest::newRow("bahraini dinar") << u"المبلغ 300 دينار بحريني"_s << qint64(300000) << u"BHD"_s;
    QTest::newRow("qatari riyal") << u"ميزانيتنا 18 ألف ريال قطري"_s << qint64(1800000) << u"QAR"_s;
    QTest::newRow("omani riyal") << u"نقدر ندفع 500 ريال عماني"_s << qint64(500000) << u"OMR"_s;
    QTest::newRow("dollar sign") << u"Our budget is $6,000/yr"_s << qint64(600000) << u"USD"_s;
    QTest::newRow("ألفين") << u"الميزانية ألفين ريال"_s << qint64(200000) << u"SAR"_s;
}

void tst_LeadExtractor::amount()
{
    QFETCH(QString, message);
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    const ExtractedLead lead = m_extractor.extract(message);
    QVERIFY(lead.amountMinor);
    QCOMPARE(*lead.amountMinor, minor);
    QCOMPARE(lead.currency, currency);
    QVERIFY(!lead.quantity); // a price is not a quantity
}

void tst_LeadExtractor::products_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("arabic name") << u"نبي مكيف سبليت"_s << QStringList { u"p-ac"_s };
    QTest::newRow("definite plural") << u"كم سعر المكيفات؟"_s << QStringList { u"p-ac"_s };
    QTest::newRow("glued و") << u"نبي مويه وقفازات"_s << (QStringList { u"p-water"_s, u"p-gloves"_s });
    QTest::newRow("english plural") << u"price for 10 laptops"_s << QStringList { u"p-laptop"_s };
    QTest::newRow("typo") << u"need cemnt bags"_s << QStringList { u"p-cement"_s };
    QTest::newRow("sku") << u"Please quote HV-SAC-18"_s << QStringList { u"p-ac"_s };
    QTest::newRow("once each") << u"مويه، ثم مويه مرة ثانية"_s << QStringList { u"p-water"_s };
    QTest::newRow("nothing") << u"ما هي أوقات الدوام؟"_s << QStringList {};
}

void tst_LeadExtractor::products()
{
    QFETCH(QString, message);
    QFETCH(QStringList, ids);
    QStringList got;
    for (const ProductMatch &match : m_extractor.extract(message).products)
        got << match.productId;
    QCOMPARE(got, ids);
}

void tst_LeadExtractor::companyDoesNotNameAProduct()
{
    const ExtractedLead lead = m_extractor.extract(u"معك خالد من مصنع الاسمنت الوطني، نبي لابتوب"_s);
    QCOMPARE(lead.company, u"مصنع الاسمنت الوطني"_s);
    QCOMPARE(lead.products.size(), 1);
    QCOMPARE(lead.products.first().productId, u"p-laptop"_s);
}

void tst_LeadExtractor::nameAndCompany_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("company");
    QTest::newRow("معك … من شركة") << u"السلام عليكم، معك فهد الدوسري من شركة النخبة للتجارة، نبي مكيفات"_s
                                   << u"فهد الدوسري"_s << u"شركة النخبة للتجارة"_s;
    QTest::newRow("اسمي") << u"اسمي سارة المطيري، نحتاج قفازات"_s << u"سارة المطيري"_s << QString();
    QTest::newRow("أنا needs a first name") << u"أنا مهتم بالمكيفات"_s << QString() << QString();
    QTest::newRow("this is X from Y")
        << u"Hi, this is James Walker from Blue Wave Logistics Ltd. We need gloves."_s << u"James Walker"_s
        << u"Blue Wave Logistics Ltd"_s;
    QTest::newRow("X here") << u"Faisal Al Qahtani here. Need laptops."_s << u"Faisal Al Qahtani"_s
                            << QString();
    QTest::newRow("signature")
        << u"Please quote 10 laptops.\n\nBest regards,\nEng. Khalid Al Harbi\nProjects Manager\nNajd Builders Co.\n+966 55 400 1122"_s
        << u"Khalid Al Harbi"_s << u"Najd Builders Co."_s;
    QTest::newRow("arabic signature past a title")
        << u"نبي مويه\n\nشاكرين لكم،\nمدير المشتريات\nم. تركي السبيعي\nمؤسسة ركن المكتب"_s
        << u"تركي السبيعي"_s << u"مؤسسة ركن المكتب"_s;
    QTest::newRow("from header")
        << u"From: Noura Al Sabah <n@kpgt.com.kw>\nSubject: RFQ\n\nPlease quote gloves."_s
        << u"Noura Al Sabah"_s << QString();
    QTest::newRow("whatsapp export") << u"[12/03/25, 10:15 PM] ريم الغامدي: نبي مويه"_s << u"ريم الغامدي"_s
                                     << QString();
    QTest::newRow("first name before phone")
        << u"نبي فني اليوم. محمد - 0541112233"_s << u"محمد"_s << QString();
    QTest::newRow("company ends at a common noun") << u"أنا أحمد من مؤسسة الريادة للمقاولات الجهاز فيه عطل"_s
                                                   << u"أحمد"_s << u"مؤسسة الريادة للمقاولات"_s;
    QTest::newRow("company ends before a glued city")
        << u"معكم أبو خالد من مؤسسة الوفاء للتجارة بالرياض، نبغى ورق"_s << u"أبو خالد"_s
        << u"مؤسسة الوفاء للتجارة"_s;
    QTest::newRow("LLC. then a sentence") << u"I am Sarah Collins, Gulf Star LLC. We need gloves."_s
                                          << u"Sarah Collins"_s << u"Gulf Star LLC"_s;
}

void tst_LeadExtractor::nameAndCompany()
{
    QFETCH(QString, message);
    QFETCH(QString, name);
    QFETCH(QString, company);
    const ExtractedLead lead = m_extractor.extract(message);
    QCOMPARE(lead.customerName, name);
    QCOMPARE(lead.company, company);
}

void tst_LeadExtractor::city_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("city");
    QTest::newRow("arabic") << u"التوصيل إلى الرياض"_s << u"Riyadh"_s;
    QTest::newRow("glued ب") << u"للفرع الجديد بالطائف"_s << u"Taif"_s;
    QTest::newRow("english spelling") << u"delivery to Jiddah"_s << u"Jeddah"_s;
    QTest::newRow("two words") << u"لفرعنا في خميس مشيط"_s << u"Khamis Mushait"_s;
    QTest::newRow("الخبر needs a place cue") << u"وصلني الخبر أمس"_s << QString();
    QTest::newRow("الخبر with a cue") << u"التوصيل إلى الخبر"_s << u"Khobar"_s;
    QTest::newRow("glued after a company") << u"من مؤسسة الوفاء للتجارة بالرياض"_s << u"Riyadh"_s;
    QTest::newRow("not inside the company") << u"معك سعد من مؤسسة درة المدينة المنورة"_s << QString();
}

void tst_LeadExtractor::city()
{
    QFETCH(QString, message);
    QFETCH(QString, city);
    QCOMPARE(m_extractor.extract(message).city, city);
}

void tst_LeadExtractor::cityInArabic()
{
    QCOMPARE(CityLexicon::arabicName(u"Jeddah"_s), u"جدة"_s);
    QCOMPARE(CityLexicon::arabicName(u"Al Ain"_s), u"العين"_s);
    QCOMPARE(CityLexicon::arabicName(u"Kuwait City"_s), u"الكويت"_s);
    // Every city the extractor reports has an Arabic name that reads back as the same city.
    for (const QString &message :
         { u"deliver to Riyadh please"_s, u"office in Abu Dhabi"_s, u"based in Muscat"_s }) {
        const QString canonical = m_extractor.extract(message).city;
        QVERIFY(!canonical.isEmpty());
        const QString arabic = CityLexicon::arabicName(canonical);
        QVERIFY2(arabic != canonical, qPrintable(canonical));
        QCOMPARE(m_extractor.extract(QString(u"التوصيل في "_s + arabic)).city, canonical);
    }
}

void tst_LeadExtractor::leadTypeAndPriority_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("priority");
    QTest::newRow("order") << u"نبي 20 مكيف سبليت"_s << u"bulk_order"_s << u"medium"_s;
    QTest::newRow("big order is high") << u"نبي ألفين كرتون مويه"_s << u"bulk_order"_s << u"high"_s;
    QTest::newRow("quote with glued ب")
        << u"نرجو تزويدنا بعرض سعر على 20 مكيف"_s << u"quote_request"_s << u"medium"_s;
    QTest::newRow("urgent quote") << u"Please send a quotation for gloves ASAP"_s << u"quote_request"_s
                                  << u"high"_s;
    QTest::newRow("support") << u"المكيف فيه عطل ونحتاج فني"_s << u"support"_s << u"medium"_s;
    QTest::newRow("complaint is high")
        << u"أبي أقدم شكوى، الطلبية وصلت مكسورة"_s << u"complaint"_s << u"high"_s;
    QTest::newRow("partnership") << u"We are interested in becoming your authorized distributor"_s
                                 << u"partnership"_s << u"medium"_s;
    QTest::newRow("general is low") << u"وين موقع معرضكم؟"_s << u"general"_s << u"low"_s;
    QTest::newRow("we want to know the price")
        << u"ودنا نعرف سعر ١٥٠ لابتوب"_s << u"quote_request"_s << u"medium"_s;
    QTest::newRow("no hurry beats the words in it")
        << u"نبي مكيفات، مو مستعجلين"_s << u"bulk_order"_s << u"low"_s;
    QTest::newRow("glued للشهر") << u"ممكن عرض سعر على مكيفات للشهر الجاي"_s << u"quote_request"_s
                                 << u"low"_s;
}

void tst_LeadExtractor::leadTypeAndPriority()
{
    QFETCH(QString, message);
    QFETCH(QString, type);
    QFETCH(QString, priority);
    const ExtractedLead lead = m_extractor.extract(message);
    QCOMPARE(lead.leadType, type);
    QCOMPARE(lead.priority, priority);
}

void tst_LeadExtractor::language_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("language");
    QTest::newRow("arabic") << u"السلام عليكم نبي مكيفات للمستودع"_s << u"ar"_s;
    QTest::newRow("arabic with a latin product")
        << u"السلام عليكم ابي 20 split ac للمستودع الجديد في الرياض"_s << u"ar"_s;
    QTest::newRow("english") << u"Hello, we need gloves for our site"_s << u"en"_s;
    QTest::newRow("mixed")
        << u"السلام عليكم نبي مكيفات للمستودع. Please confirm availability and lead time."_s << u"mixed"_s;
}

void tst_LeadExtractor::language()
{
    QFETCH(QString, message);
    QFETCH(QString, language);
    QCOMPARE(m_extractor.extract(message).language, language);
}

void tst_LeadExtractor::evidencePointsAtTheText()
{
    const QString message = u"معك فهد الدوسري، نبي 20 كرتون مويه، جوالي 0555123456"_s;
    const ExtractedLead lead = m_extractor.extract(message);
    const auto spanOf = [&](const QString &key) -> QString {
        const FieldEvidence e = lead.evidence.value(key);
        if (e.producer != u"offline")
            return u"producer "_s + e.producer;
        return message.mid(e.start, e.length);
    };
    QCOMPARE(spanOf(u"customer_name"_s), u"فهد الدوسري"_s);
    QCOMPARE(spanOf(u"quantity"_s), u"20 كرتون"_s);
    QCOMPARE(spanOf(u"phones"_s), u"0555123456"_s);
    QCOMPARE(spanOf(u"products"_s), u"مويه"_s);
    QCOMPARE(lead.quantityUnit, u"كرتون"_s);
}

void tst_LeadExtractor::jsonHasExactlyTheKeys()
{
    const QJsonObject json = leadToJson(m_extractor.extract(u"نبي مكيفات"_s));
    QStringList keys = json.keys();
    QStringList expected = leadJsonKeys();
    keys.sort();
    expected.sort();
    QCOMPARE(keys, expected);
    QVERIFY(leadToJson(m_extractor.extract(u"نبي مكيفات"_s), true).contains(u"evidence"_s));
}

void tst_LeadExtractor::evaluationScoresSetsAndValues()
{
    ExtractionEvaluation evaluation;
    const QJsonObject expected { { u"phones"_s, QJsonArray { u"+966555123456"_s, u"+966501234567"_s } },
                                 { u"company"_s, u"شركة النخبة للتجارة"_s },
                                 { u"quantity"_s, 20 },
                                 { u"lead_type"_s, u"bulk_order"_s } };
    const QJsonObject actual { { u"phones"_s, QJsonArray { u"+966555123456"_s, u"+966590000000"_s } },
                               { u"company"_s, u"النخبة للتجارة"_s },
                               { u"quantity"_s, 200 },
                               { u"lead_type"_s, u"bulk_order"_s } };
    evaluation.add(expected, actual);
    const FieldScore phones = evaluation.scores().value(u"phones"_s);
    QCOMPARE(phones.truePositives, 1);
    QCOMPARE(phones.falsePositives, 1);
    QCOMPARE(phones.falseNegatives, 1);
    QCOMPARE(evaluation.scores().value(u"company"_s).truePositives, 1); // the legal form is dropped
    const FieldScore quantity = evaluation.scores().value(u"quantity"_s);
    QCOMPARE(quantity.falsePositives, 1);
    QCOMPARE(quantity.falseNegatives, 1);
    QCOMPARE(evaluation.scores().value(u"lead_type"_s).accuracy(), 1.0);
}

QTEST_GUILESS_MAIN(tst_LeadExtractor)
#include "tst_leadextractor.moc"
