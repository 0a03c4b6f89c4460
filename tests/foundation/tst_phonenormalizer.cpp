// Proves phone normalization: every way a Saudi or Gulf number is written reaches one E.164 form,
// Saudi wins where a number is valid in several regions, bad input gets a reason, and the
// normalizer can be shared between threads.
#include "phonenormalizer.h"
#include "testsupport.h"

#include <QTest>

#include <thread>
#include <vector>

using namespace OmniCrm;
using namespace Qt::StringLiterals;
using OmniCrm::Test::why;

Q_DECLARE_METATYPE(OmniCrm::PhoneType)

class tst_PhoneNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizes_data();
    void normalizes();
    void rejects_data();
    void rejects();
    void searchForms_data();
    void searchForms();
    void formats();
    void keepsExtension();
    void regionOrderIsConfigurable();
    void findsNumbersInText();
    void isSafeAcrossThreads();

private:
    PhoneNormalizer m_phones;
};

void tst_PhoneNormalizer::normalizes_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("national");
    QTest::addColumn<QString>("region");
    QTest::addColumn<PhoneType>("type");

    const QString sa = u"+966555123456"_s;
    const QString saNational = u"0555123456"_s;
    const auto saRow = [&](const char *name, const QString &raw) {
        QTest::newRow(name) << raw << sa << saNational << u"SA"_s << PhoneType::Mobile;
    };
    saRow("national", u"0555123456"_s);
    saRow("no-trunk-zero", u"555123456"_s);
    saRow("grouped", u"05 5512 3456"_s);
    saRow("international", u"+966 55 512 3456"_s);
    saRow("idd-00", u"00966555123456"_s);
    saRow("country-code-no-plus", u"966555123456"_s);
    saRow("arabic-indic", u"٠٥٥٥١٢٣٤٥٦"_s);
    saRow("persian-digits", u"۰۵۵۵۱۲۳۴۵۶"_s);
    saRow("arabic-indic-plus", u"+٩٦٦٥٥٥١٢٣٤٥٦"_s);
    saRow("dashes", u"055-512-3456"_s);
    saRow("dots", u"055.512.3456"_s);
    saRow("brackets", u"(055) 512 3456"_s);
    saRow("plus-brackets", u"+966 (0) 55 512 3456"_s);
    saRow("tel-uri", u"tel:+966555123456"_s);
    saRow("tel-upper", u"TEL: 0555123456"_s);
    saRow("bidi-marks", u"\u200F+966 55 512 3456\u200E"_s);
    saRow("isolates", u"\u2066055\u00A0512\u00A03456\u2069"_s);
    QTest::newRow("sa-050") << u"0501234567"_s << u"+966501234567"_s << u"0501234567"_s << u"SA"_s
                            << PhoneType::Mobile;
    QTest::newRow("riyadh-landline") << u"011 234 5678"_s << u"+966112345678"_s << u"0112345678"_s << u"SA"_s
                                     << PhoneType::Fixed;
    QTest::newRow("uae-plus") << u"+971 50 123 4567"_s << u"+971501234567"_s << u"0501234567"_s << u"AE"_s
                              << PhoneType::Mobile;
    QTest::newRow("uae-00") << u"00971501234567"_s << u"+971501234567"_s << u"0501234567"_s << u"AE"_s
                            << PhoneType::Mobile;
    QTest::newRow("uae-no-plus") << u"971501234567"_s << u"+971501234567"_s << u"0501234567"_s << u"AE"_s
                                 << PhoneType::Mobile;
    QTest::newRow("kuwait-plus") << u"+965 5012 3456"_s << u"+96550123456"_s << u"50123456"_s << u"KW"_s
                                 << PhoneType::Mobile;
    QTest::newRow("kuwait-bare") << u"5012 3456"_s << u"+96550123456"_s << u"50123456"_s << u"KW"_s
                                 << PhoneType::Mobile;
    QTest::newRow("qatar-plus") << u"+974 3312 3456"_s << u"+97433123456"_s << u"33123456"_s << u"QA"_s
                                << PhoneType::Mobile;
    QTest::newRow("qatar-bare") << u"3312 3456"_s << u"+97433123456"_s << u"33123456"_s << u"QA"_s
                                << PhoneType::Mobile;
    QTest::newRow("bahrain-plus") << u"+973 3612 3456"_s << u"+97336123456"_s << u"36123456"_s << u"BH"_s
                                  << PhoneType::Mobile;
    QTest::newRow("oman-plus") << u"+968 9212 3456"_s << u"+96892123456"_s << u"92123456"_s << u"OM"_s
                               << PhoneType::Mobile;
    QTest::newRow("uk-plus") << u"+44 20 7946 0018"_s << u"+442079460018"_s << u"02079460018"_s << u"GB"_s
                             << PhoneType::Fixed;
}

void tst_PhoneNormalizer::normalizes()
{
    QFETCH(QString, raw);
    QFETCH(QString, e164);
    QFETCH(QString, national);
    QFETCH(QString, region);
    QFETCH(PhoneType, type);
    const auto number = m_phones.normalize(raw);
    QVERIFY2(number.ok(), why(number));
    QCOMPARE(number->e164, e164);
    QCOMPARE(number->nationalDigits, national);
    QCOMPARE(number->region, region);
    QCOMPARE(number->raw, raw);
    QCOMPARE(number->type, type);
    QVERIFY(number->extension.isEmpty());
}

void tst_PhoneNormalizer::rejects_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QString() << u"empty"_s;
    QTest::newRow("blank") << u" \u200F - "_s << u"empty"_s;
    QTest::newRow("too-short") << u"05551"_s << u"too short"_s;
    QTest::newRow("letters") << u"05x5123456"_s << u"not part of a phone number"_s;
    QTest::newRow("arabic-letters") << u"٠٥٥ رقم"_s << u"not part of a phone number"_s;
    QTest::newRow("too-long") << u"0555123456789012345"_s << u"too long"_s;
    QTest::newRow("second-plus") << u"+966+555123456"_s << u"'+'"_s;
    QTest::newRow("unknown-country") << u"+999 123 456 789"_s << u"country code"_s;
    QTest::newRow("invalid-in-gulf") << u"1234567"_s << u"not a valid number in SA or the Gulf"_s;
    QTest::newRow("zeros") << u"0000000000"_s << u"not a valid number"_s;
    QTest::newRow("sa-short-mobile") << u"055512345"_s << u"not a valid number"_s;
    QTest::newRow("invalid-plus") << u"+966 12"_s << u"too short"_s;
}

void tst_PhoneNormalizer::rejects()
{
    QFETCH(QString, raw);
    QFETCH(QString, reason);
    const auto number = m_phones.normalize(raw);
    QVERIFY(!number.ok());
    QCOMPARE(number.error().code, ErrorCode::InvalidPhone);
    QCOMPARE(number.error().field, u"phone"_s);
    QVERIFY2(number.error().detail.contains(reason), why(number));
}

void tst_PhoneNormalizer::searchForms_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QStringList>("forms");
    QTest::newRow("saudi") << u"+966555123456"_s << QStringList { u"966555123456"_s, u"0555123456"_s };
    QTest::newRow("uae") << u"+971501234567"_s << QStringList { u"971501234567"_s, u"0501234567"_s };
    QTest::newRow("kuwait-no-trunk") << u"+96550123456"_s << QStringList { u"96550123456"_s, u"50123456"_s };
}

void tst_PhoneNormalizer::searchForms()
{
    QFETCH(QString, raw);
    QFETCH(QStringList, forms);
    const auto number = m_phones.normalize(raw);
    QVERIFY2(number.ok(), why(number));
    QCOMPARE(PhoneNormalizer::searchForms(*number), forms);
}

void tst_PhoneNormalizer::formats()
{
    const auto number = m_phones.normalize(u"٠٥٥٥١٢٣٤٥٦");
    QVERIFY2(number.ok(), why(number));
    QCOMPARE(m_phones.format(*number, PhoneNormalizer::Style::International), u"+966 55 512 3456"_s);
    QCOMPARE(m_phones.format(*number, PhoneNormalizer::Style::National), u"055 512 3456"_s);
    QCOMPARE(m_phones.format(*number, PhoneNormalizer::Style::E164), u"+966555123456"_s);
}

void tst_PhoneNormalizer::keepsExtension()
{
    const auto number = m_phones.normalize(u"011 234 5678 ext. 204");
    QVERIFY2(number.ok(), why(number));
    QCOMPARE(number->e164, u"+966112345678"_s);
    QCOMPARE(number->extension, u"204"_s);
    const auto arabic = m_phones.normalize(u"٠١١٢٣٤٥٦٧٨ تحويلة ٢٠٤");
    QVERIFY2(arabic.ok(), why(arabic));
    QCOMPARE(arabic->extension, u"204"_s);
}

void tst_PhoneNormalizer::regionOrderIsConfigurable()
{
    // 0555123456 is valid in both SA and AE: the first region in the list decides.
    const PhoneNormalizer uaeFirst({ u"AE"_s, u"SA"_s });
    const auto number = uaeFirst.normalize(u"0555123456");
    QVERIFY2(number.ok(), why(number));
    QCOMPARE(number->region, u"AE"_s);
    QCOMPARE(number->e164, u"+971555123456"_s);
    QCOMPARE(m_phones.normalize(u"0555123456")->region, u"SA"_s);
}

void tst_PhoneNormalizer::findsNumbersInText()
{
    const QString text = u"السلام عليكم، اتصل على ٠٥٥٥١٢٣٤٥٦ أو على الإمارات +971 50 123 4567 شكراً. "
                         u"Kuwait office: 5012 3456. Order #20240115."_s;
    const QList<PhoneNumber> found = m_phones.findInText(text);
    QStringList e164;
    for (const PhoneNumber &number : found)
        e164.append(number.e164);
    QCOMPARE(e164, (QStringList { u"+966555123456"_s, u"+971501234567"_s, u"+96550123456"_s }));
    QCOMPARE(found.at(0).raw, u"٠٥٥٥١٢٣٤٥٦"_s);
    QCOMPARE(found.at(1).region, u"AE"_s);
    QVERIFY(m_phones.findInText(u"no numbers here, only 2024 and 12:30").isEmpty());
}

void tst_PhoneNormalizer::isSafeAcrossThreads()
{
    const QStringList inputs { u"0555123456"_s, u"+971 50 123 4567"_s, u"٠٥٥٥١٢٣٤٥٦"_s, u"5012 3456"_s };
    std::vector<int> failures(4, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 2000; ++i) {
                const QString &raw = inputs.at((i + t) % inputs.size());
                const auto number = m_phones.normalize(raw);
                if (!number.ok() || number->e164.isEmpty())
                    ++failures[size_t(t)];
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(failures, std::vector<int>(4, 0));
}

QTEST_GUILESS_MAIN(tst_PhoneNormalizer)
#include "tst_phonenormalizer.moc"
