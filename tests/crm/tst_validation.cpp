// Proves the shared field rules: normalizeEmail accepts what mail systems accept, lower-cases
// and trims it, and names what is wrong otherwise; sortKeyFor folds as search does.
#include "crmtestsupport.h"
#include "validation.h"

#include <QTest>

using namespace OmniCrm;
using namespace Qt::StringLiterals;
using OmniCrm::Test::why;

class tst_Validation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsEmail_data();
    void acceptsEmail();
    void rejectsEmail_data();
    void rejectsEmail();
    void errorNamesTheGivenField();
    void sortKeyFolds_data();
    void sortKeyFolds();
};

void tst_Validation::acceptsEmail_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"ahmed@example.com"_s << u"ahmed@example.com"_s;
    QTest::newRow("upper-case") << u"Ahmed.Ali@Example.COM"_s << u"ahmed.ali@example.com"_s;
    QTest::newRow("surrounding-spaces") << u"  sara@example.sa \t"_s << u"sara@example.sa"_s;
    QTest::newRow("plus-tag") << u"sales+riyadh@company.com.sa"_s << u"sales+riyadh@company.com.sa"_s;
    QTest::newRow("hyphen-domain") << u"info@al-ufuq.co"_s << u"info@al-ufuq.co"_s;
    QTest::newRow("digits") << u"user123@mail2.example.org"_s << u"user123@mail2.example.org"_s;
    QTest::newRow("arabic-domain") << u"info@موقع.السعودية"_s << u"info@موقع.السعودية"_s;
    const QString local64 = QString(64, u'a');
    QTest::newRow("local-64") << (local64 + u"@example.com"_s) << (local64 + u"@example.com"_s);
}

void tst_Validation::acceptsEmail()
{
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    const auto email = normalizeEmail(raw);
    QVERIFY2(email.ok(), why(email));
    QCOMPARE(*email, expected);
}

void tst_Validation::rejectsEmail_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QString() << u"empty"_s;
    QTest::newRow("blank") << u"   "_s << u"empty"_s;
    QTest::newRow("no-at") << u"ahmed.example.com"_s << u"exactly one @"_s;
    QTest::newRow("two-at") << u"a@b@example.com"_s << u"exactly one @"_s;
    QTest::newRow("nothing-before-at") << u"@example.com"_s << u"exactly one @"_s;
    QTest::newRow("nothing-after-at") << u"ahmed@"_s << u"not a domain name"_s;
    QTest::newRow("no-dot-in-domain") << u"ahmed@localhost"_s << u"not a domain name"_s;
    QTest::newRow("domain-starts-with-dot") << u"ahmed@.example.com"_s << u"not a domain name"_s;
    QTest::newRow("domain-ends-with-dot") << u"ahmed@example.com."_s << u"not a domain name"_s;
    QTest::newRow("double-dot") << u"ahmed@example..com"_s << u"not a domain name"_s;
    QTest::newRow("inner-space") << u"ah med@example.com"_s << u"contains ' '"_s;
    QTest::newRow("comma") << u"a,b@example.com"_s << u"contains ','"_s;
    QTest::newRow("angle-brackets") << u"Ahmed <ahmed@example.com>"_s << u"contains"_s;
    QTest::newRow("underscore-domain") << u"ahmed@exa_mple.com"_s << u"the domain contains '_'"_s;
    QTest::newRow("local-65") << (QString(65, u'a') + u"@example.com"_s) << u"longer than 64"_s;
    QTest::newRow("too-long") << (u"a@"_s + QString(250, u'b') + u".com"_s) << u"longer than 254"_s;
}

void tst_Validation::rejectsEmail()
{
    QFETCH(QString, raw);
    QFETCH(QString, reason);
    const auto email = normalizeEmail(raw);
    QVERIFY(!email.ok());
    QCOMPARE(email.error().code, ErrorCode::InvalidEmail);
    QCOMPARE(email.error().field, u"email"_s);
    QVERIFY2(email.error().detail.contains(reason), qPrintable(email.error().detail));
}

void tst_Validation::errorNamesTheGivenField()
{
    const auto email = normalizeEmail(u"nope"_s, u"company_email"_s);
    QVERIFY(!email.ok());
    QCOMPARE(email.error().field, u"company_email"_s);
    QVERIFY(email.error().detail.contains(u"\"nope\""_s));
}

void tst_Validation::sortKeyFolds_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("hamza") << u"أحمد"_s << u"احمد"_s;
    QTest::newRow("diacritics-tatweel") << u"أحْمَـــد"_s << u"احمد"_s;
    QTest::newRow("taa-marbuta") << u"فاطمة"_s << u"فاطمه"_s;
    QTest::newRow("case-and-spaces") << u"  John   SMITH "_s << u"john smith"_s;
}

void tst_Validation::sortKeyFolds()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(sortKeyFor(a), sortKeyFor(b));
    QVERIFY(!sortKeyFor(a).isEmpty());
}

QTEST_GUILESS_MAIN(tst_Validation)
#include "tst_validation.moc"
