// Proves money parsing and arithmetic: the ways Gulf users write amounts give exact minor units
// in the right currency, and anything ambiguous or out of range is refused with a reason.
#include "money.h"
#include "testsupport.h"

#include <QTest>

#include <limits>

using namespace OmniCrm;
using namespace Qt::StringLiterals;
using OmniCrm::Test::why;

class tst_Money : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void negativeOnlyWhenAllowed();
    void plainString_data();
    void plainString();
    void arithmetic();
    void minorDigitsTable();
};

void tst_Money::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("defaultCurrency");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");

    const QString sar = u"SAR"_s;
    QTest::newRow("grouped-decimal") << u"1,250.50"_s << sar << qint64(125050) << sar;
    QTest::newRow("plain") << u"1250"_s << sar << qint64(125000) << sar;
    QTest::newRow("one-decimal") << u"1250.5"_s << sar << qint64(125050) << sar;
    QTest::newRow("leading-point") << u".5"_s << sar << qint64(50) << sar;
    QTest::newRow("trailing-point") << u"100."_s << sar << qint64(10000) << sar;
    QTest::newRow("zero") << u"0"_s << sar << qint64(0) << sar;
    QTest::newRow("millions") << u"12,345,678.90"_s << sar << qint64(1234567890) << sar;
    QTest::newRow("arabic-indic") << u"١٬٢٥٠٫٥٠"_s << sar << qint64(125050) << sar;
    QTest::newRow("persian-digits") << u"۱۲۵۰"_s << sar << qint64(125000) << sar;
    QTest::newRow("code-before") << u"SAR 1,250"_s << sar << qint64(125000) << sar;
    QTest::newRow("code-lower") << u"sar1250"_s << u"USD"_s << qint64(125000) << sar;
    QTest::newRow("riyal-symbol") << u"1,250 ر.س"_s << sar << qint64(125000) << sar;
    QTest::newRow("riyal-symbol-dot") << u"1,250 ر.س."_s << sar << qint64(125000) << sar;
    QTest::newRow("riyal-word") << u"1250 ريال"_s << u"USD"_s << qint64(125000) << sar;
    QTest::newRow("riyal-saudi") << u"1250 ريال سعودي"_s << u"USD"_s << qint64(125000) << sar;
    QTest::newRow("riyal-sign") << u"﷼ 99"_s << u"USD"_s << qint64(9900) << sar;
    QTest::newRow("sr") << u"SR 75"_s << u"USD"_s << qint64(7500) << sar;
    QTest::newRow("bidi-marks") << u"\u200F١٬٢٥٠\u200F ر.س\u200F"_s << sar << qint64(125000) << sar;
    QTest::newRow("dollar") << u"$100"_s << sar << qint64(10000) << u"USD"_s;
    QTest::newRow("usd-after") << u"100 USD"_s << sar << qint64(10000) << u"USD"_s;
    QTest::newRow("dollar-and-code") << u"$100 USD"_s << sar << qint64(10000) << u"USD"_s;
    QTest::newRow("euro") << u"€ 20.99"_s << sar << qint64(2099) << u"EUR"_s;
    QTest::newRow("dirham-word") << u"50 درهم"_s << sar << qint64(5000) << u"AED"_s;
    QTest::newRow("dirham-symbol") << u"د.إ 50"_s << sar << qint64(5000) << u"AED"_s;
    QTest::newRow("aed") << u"AED 50.25"_s << sar << qint64(5025) << u"AED"_s;
    QTest::newRow("dinar-means-kwd") << u"5 دينار"_s << sar << qint64(5000) << u"KWD"_s;
    QTest::newRow("kwd-three-decimals") << u"KWD 1.250"_s << sar << qint64(1250) << u"KWD"_s;
    QTest::newRow("kuwaiti-dinar") << u"2.5 د.ك"_s << sar << qint64(2500) << u"KWD"_s;
    QTest::newRow("bahraini-dinar") << u"10 دينار بحريني"_s << sar << qint64(10000) << u"BHD"_s;
    QTest::newRow("jordanian-dinar") << u"10 د.أ"_s << sar << qint64(10000) << u"JOD"_s;
    QTest::newRow("omani-rial") << u"3.125 ر.ع"_s << sar << qint64(3125) << u"OMR"_s;
    QTest::newRow("qatari-riyal") << u"100 ريال قطري"_s << sar << qint64(10000) << u"QAR"_s;
    QTest::newRow("egyptian-pound") << u"300 جنيه"_s << sar << qint64(30000) << u"EGP"_s;
    QTest::newRow("default-kwd") << u"7.5"_s << u"kwd"_s << qint64(7500) << u"KWD"_s;
    QTest::newRow("spaces") << u"  1,250.50  SAR  "_s << sar << qint64(125050) << sar;
}

void tst_Money::parses()
{
    QFETCH(QString, text);
    QFETCH(QString, defaultCurrency);
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    const auto money = Money::parse(text, defaultCurrency);
    QVERIFY2(money.ok(), why(money));
    QCOMPARE(money->minor, minor);
    QCOMPARE(money->currency, currency);
}

void tst_Money::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("defaultCurrency");
    QTest::addColumn<QString>("reason");
    const QString sar = u"SAR"_s;
    QTest::newRow("empty") << QString() << sar << u"no amount"_s;
    QTest::newRow("currency-only") << u"SAR"_s << sar << u"no amount"_s;
    QTest::newRow("too-many-decimals") << u"1.505"_s << sar << u"too many decimals for SAR (at most 2)"_s;
    QTest::newRow("too-many-decimals-kwd")
        << u"1.5055 KWD"_s << sar << u"too many decimals for KWD (at most 3)"_s;
    QTest::newRow("two-points") << u"1.2.3"_s << sar << u"more than one decimal point"_s;
    QTest::newRow("bad-grouping") << u"12,50"_s << sar << u"thousands separator"_s;
    QTest::newRow("bad-grouping-long") << u"1,2500"_s << sar << u"thousands separator"_s;
    QTest::newRow("trailing-comma") << u"SAR 100,"_s << sar << u"thousands separator"_s;
    QTest::newRow("comma-after-point") << u"1.250,50"_s << sar << u"after the decimal point"_s;
    QTest::newRow("overflow") << u"999999999999999999"_s << sar << u"too large"_s;
    QTest::newRow("unknown-currency") << u"100 XYZ"_s << sar << u"unknown currency 'XYZ'"_s;
    QTest::newRow("unknown-default") << u"100"_s << u"ABC"_s << u"unknown currency 'ABC'"_s;
    QTest::newRow("two-currencies") << u"$100 SAR"_s << sar << u"two currencies"_s;
    QTest::newRow("negative") << u"-100"_s << sar << u"negative"_s;
    QTest::newRow("misplaced-minus") << u"100 - SAR"_s << sar << u"minus"_s;
    QTest::newRow("words-after") << u"100 SAR approx"_s << sar << u"unknown currency"_s;
}

void tst_Money::rejects()
{
    QFETCH(QString, text);
    QFETCH(QString, defaultCurrency);
    QFETCH(QString, reason);
    const auto money = Money::parse(text, defaultCurrency);
    QVERIFY(!money.ok());
    QCOMPARE(money.error().code, ErrorCode::InvalidMoney);
    QCOMPARE(money.error().field, u"amount"_s);
    QVERIFY2(money.error().detail.contains(reason), why(money));
}

void tst_Money::negativeOnlyWhenAllowed()
{
    for (const QString &text : { u"-100"_s, u"-SAR 100"_s, u"SAR -100"_s, u"\u2212100"_s, u"- 100 ريال"_s }) {
        const auto refused = Money::parse(text, u"SAR");
        QVERIFY2(!refused.ok(), qPrintable(text));
        const auto allowed = Money::parse(text, u"SAR", Money::Sign::AllowNegative);
        QVERIFY2(allowed.ok(), why(allowed));
        QCOMPARE(allowed->minor, qint64(-10000));
    }
    const auto negativeZero = Money::parse(u"-0", u"SAR");
    QVERIFY2(negativeZero.ok(), why(negativeZero));
    QCOMPARE(negativeZero->minor, qint64(0));
}

void tst_Money::plainString_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");
    QTest::newRow("sar") << qint64(125050) << u"SAR"_s << u"1250.50"_s;
    QTest::newRow("sar-small") << qint64(5) << u"SAR"_s << u"0.05"_s;
    QTest::newRow("zero") << qint64(0) << u"SAR"_s << u"0.00"_s;
    QTest::newRow("negative") << qint64(-1999) << u"USD"_s << u"-19.99"_s;
    QTest::newRow("kwd") << qint64(1250500) << u"KWD"_s << u"1250.500"_s;
    QTest::newRow("min") << std::numeric_limits<qint64>::min() << u"SAR"_s << u"-92233720368547758.08"_s;
}

void tst_Money::plainString()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    const Money money = Money::fromMinor(minor, currency);
    QCOMPARE(money.toPlainString(), expected);
    if (minor >= 0) {
        const auto back = Money::parse(expected, currency);
        QVERIFY2(back.ok(), why(back));
        QCOMPARE(*back, money);
    }
}

void tst_Money::arithmetic()
{
    const Money a = Money::fromMinor(1050, u"SAR"_s);
    const Money b = Money::fromMinor(250, u"SAR"_s);
    QCOMPARE(a.add(b)->minor, qint64(1300));
    QCOMPARE(a.subtract(b)->minor, qint64(800));
    QCOMPARE(b.subtract(a)->minor, qint64(-800));
    QCOMPARE(a.multiplied(3)->minor, qint64(3150));
    QCOMPARE(a.add(b)->currency, u"SAR"_s);

    const auto mixed = a.add(Money::fromMinor(100, u"USD"_s));
    QVERIFY(!mixed.ok());
    QCOMPARE(mixed.error().code, ErrorCode::InvalidMoney);

    const Money huge = Money::fromMinor(std::numeric_limits<qint64>::max(), u"SAR"_s);
    QVERIFY(!huge.add(b).ok());
    QVERIFY(!huge.multiplied(2).ok());
    QVERIFY(!Money::fromMinor(std::numeric_limits<qint64>::min(), u"SAR"_s).subtract(b).ok());
}

void tst_Money::minorDigitsTable()
{
    QCOMPARE(Money::minorDigits(u"SAR"), 2);
    QCOMPARE(Money::minorDigits(u"kwd"), 3);
    QCOMPARE(Money::minorDigits(u"BHD"), 3);
    QCOMPARE(Money::minorDigits(u"OMR"), 3);
    QCOMPARE(Money::minorDigits(u"JOD"), 3);
    QCOMPARE(Money::minorDigits(u"XYZ"), -1);
    QCOMPARE(Money::knownCurrencies().size(), 11);
    QCOMPARE(Money().currency, u"SAR"_s);
}

QTEST_GUILESS_MAIN(tst_Money)
#include "tst_money.moc"
