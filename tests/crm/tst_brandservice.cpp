// Proves BrandService: a brand's fields are validated with errors that name the field and store
// nothing; valid brands are normalised, synced through the outbox and unique by name; the first
// brand becomes active, the active choice survives reopening, and removing it clears it.
#include "crmstore.h"
#include "crmtestsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace OmniCrm;
using namespace Qt::StringLiterals;
using OmniCrm::Test::why;

namespace {

BrandDraft brand(const QString &name)
{
    BrandDraft draft;
    draft.name = name;
    return draft;
}

const QByteArray kPng = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
const QByteArray kSvg
    = R"(<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"/>)";

} // namespace

class tst_BrandService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_fx.close(); }

    void createStoresNormalisedBrandAndRecordsIt();
    void rejects_data();
    void rejects();
    void reportsEveryProblemOfADraft();
    void recognisesLogoTypes();
    void nameIsUniqueAmongLiveBrands();
    void updateRecordsOnlyChangedFields();
    void firstBrandBecomesActiveAndChoiceSurvivesReopen();
    void removingActiveBrandClearsIt();

private:
    Test::StoreFixture m_fx;
};

void tst_BrandService::init()
{
    const QString failure = m_fx.create();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void tst_BrandService::createStoresNormalisedBrandAndRecordsIt()
{
    QSignalSpy saved(&m_fx->brands(), &BrandService::brandSaved);
    BrandDraft draft = brand(u"  مؤسسة   النخبة "_s);
    draft.primaryColor = u"#0A8F4C"_s;
    draft.currency = u"kwd"_s;
    draft.language = u"en"_s;
    draft.timeZone = u"Asia/Kuwait"_s;
    draft.logo = kPng;
    auto id = m_fx->brands().create(draft);
    QVERIFY2(id.ok(), why(id));
    QCOMPARE(saved.count(), 1);

    auto stored = m_fx->brands().find(*id);
    QVERIFY2(stored.ok(), why(stored));
    QCOMPARE(stored->name, u"مؤسسة النخبة"_s);
    QCOMPARE(stored->primaryColor, u"#0a8f4c"_s);
    QCOMPARE(stored->currency, u"KWD"_s);
    QCOMPARE(stored->language, u"en"_s);
    QCOMPARE(stored->timeZone, u"Asia/Kuwait"_s);
    QCOMPARE(stored->logo, kPng);
    QCOMPARE(stored->logoType, u"image/png"_s);
    QVERIFY(stored->meta.isAlive());
    QCOMPARE(m_fx.outboxChanges(*id, u"primary_color"_s), 1);
    QCOMPARE(m_fx.outboxChanges(*id, u"logo"_s), 1);
}

void tst_BrandService::rejects_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("color");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QByteArray>("logo");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("field");
    const QString ok = u"Elite"_s;
    QTest::newRow("empty-name") << u"   "_s << u"#123456"_s << u"SAR"_s << u"ar"_s << u"Asia/Riyadh"_s
                                << QByteArray() << ErrorCode::MissingField << u"name"_s;
    QTest::newRow("long-name") << QString(81, u'x') << u"#123456"_s << u"SAR"_s << u"ar"_s << u"Asia/Riyadh"_s
                               << QByteArray() << ErrorCode::InvalidArgument << u"name"_s;
    QTest::newRow("colour-word") << ok << u"green"_s << u"SAR"_s << u"ar"_s << u"Asia/Riyadh"_s
                                 << QByteArray() << ErrorCode::InvalidArgument << u"primary_color"_s;
    QTest::newRow("colour-not-hex") << ok << u"#12345g"_s << u"SAR"_s << u"ar"_s << u"Asia/Riyadh"_s
                                    << QByteArray() << ErrorCode::InvalidArgument << u"primary_color"_s;
    QTest::newRow("colour-no-hash") << ok << u"123456"_s << u"SAR"_s << u"ar"_s << u"Asia/Riyadh"_s
                                    << QByteArray() << ErrorCode::InvalidArgument << u"primary_color"_s;
    QTest::newRow("unknown-currency") << ok << u"#123456"_s << u"XYZ"_s << u"ar"_s << u"Asia/Riyadh"_s
                                      << QByteArray() << ErrorCode::InvalidMoney << u"currency"_s;
    QTest::newRow("unknown-language") << ok << u"#123456"_s << u"SAR"_s << u"fr"_s << u"Asia/Riyadh"_s
                                      << QByteArray() << ErrorCode::InvalidArgument << u"language"_s;
    QTest::newRow("bad-zone") << ok << u"#123456"_s << u"SAR"_s << u"ar"_s << u"Asia/Jeddah"_s << QByteArray()
                              << ErrorCode::InvalidArgument << u"time_zone"_s;
    QTest::newRow("offset-not-zone") << ok << u"#123456"_s << u"SAR"_s << u"ar"_s << u"GMT+3 Riyadh"_s
                                     << QByteArray() << ErrorCode::InvalidArgument << u"time_zone"_s;
    QTest::newRow("no-zone") << ok << u"#123456"_s << u"SAR"_s << u"ar"_s << u" "_s << QByteArray()
                             << ErrorCode::MissingField << u"time_zone"_s;
    QTest::newRow("logo-not-image") << ok << u"#123456"_s << u"SAR"_s << u"ar"_s << u"Asia/Riyadh"_s
                                    << QByteArray("GIF89a....") << ErrorCode::Unsupported << u"logo"_s;
    QTest::newRow("logo-too-large") << ok << u"#123456"_s << u"SAR"_s << u"ar"_s << u"Asia/Riyadh"_s
                                    << (kPng + QByteArray(BrandService::kMaxLogoBytes, 'x'))
                                    << ErrorCode::InvalidArgument << u"logo"_s;
}

void tst_BrandService::rejects()
{
    QFETCH(QString, name);
    QFETCH(QString, color);
    QFETCH(QString, currency);
    QFETCH(QString, language);
    QFETCH(QString, zone);
    QFETCH(QByteArray, logo);
    QFETCH(ErrorCode, code);
    QFETCH(QString, field);
    BrandDraft draft = brand(name);
    draft.primaryColor = color;
    draft.currency = currency;
    draft.language = language;
    draft.timeZone = zone;
    draft.logo = logo;
    const qint64 pending = m_fx.pending();
    auto id = m_fx->brands().create(draft);
    QVERIFY(!id.ok());
    QCOMPARE(id.error().code, code);
    QCOMPARE(id.error().field, field);
    QCOMPARE(m_fx->brands().all()->size(), 0);
    QCOMPARE(m_fx.pending(), pending);
}

void tst_BrandService::reportsEveryProblemOfADraft()
{
    BrandDraft draft = brand(QString());
    draft.primaryColor = u"#zzz"_s;
    draft.timeZone = u"Mars/Olympus"_s;
    QStringList fields;
    for (const Error &error : m_fx->brands().problems(draft))
        fields.append(error.field);
    QCOMPARE(fields, (QStringList { u"name"_s, u"primary_color"_s, u"time_zone"_s }));
    QVERIFY(m_fx->brands().problems(brand(u"Elite"_s)).isEmpty());
}

void tst_BrandService::recognisesLogoTypes()
{
    QCOMPARE(BrandService::logoTypeOf(kPng), u"image/png"_s);
    QCOMPARE(BrandService::logoTypeOf(kSvg), u"image/svg+xml"_s);
    QCOMPARE(BrandService::logoTypeOf("\xef\xbb\xbf  <svg viewBox='0 0 1 1'></svg>"), u"image/svg+xml"_s);
    QCOMPARE(BrandService::logoTypeOf("<html><body>not an svg</body></html>"), QString());
    QCOMPARE(BrandService::logoTypeOf("\xff\xd8\xff\xe0 JPEG"), QString());
    QCOMPARE(BrandService::normalizedColor(u"#ABC"), u"#aabbcc"_s);
    QCOMPARE(BrandService::normalizedColor(u" #1B6EC2 "), u"#1b6ec2"_s);
    QCOMPARE(BrandService::normalizedColor(u"#1B6EC"), QString());
}

void tst_BrandService::nameIsUniqueAmongLiveBrands()
{
    auto first = m_fx->brands().create(brand(u"أحمد للتجارة"_s));
    QVERIFY2(first.ok(), why(first));
    auto same = m_fx->brands().create(brand(u"احمد للتجارة"_s)); // folded: the same name
    QVERIFY(!same.ok());
    QCOMPARE(same.error().code, ErrorCode::Duplicate);
    QCOMPARE(same.error().field, u"name"_s);

    OMNICRM_VERIFY_OK(m_fx->brands().remove(*first));
    auto again = m_fx->brands().create(brand(u"احمد للتجارة"_s));
    QVERIFY2(again.ok(), why(again));
}

void tst_BrandService::updateRecordsOnlyChangedFields()
{
    auto id = m_fx->brands().create(brand(u"Elite"_s));
    QVERIFY2(id.ok(), why(id));
    BrandDraft draft = BrandDraft::from(*m_fx->brands().find(*id));
    draft.primaryColor = u"#aa0000"_s;
    QSignalSpy saved(&m_fx->brands(), &BrandService::brandSaved);
    OMNICRM_VERIFY_OK(m_fx->brands().update(*id, draft));
    QCOMPARE(saved.count(), 1);
    QCOMPARE(m_fx->brands().find(*id)->primaryColor, u"#aa0000"_s);
    QCOMPARE(m_fx.outboxChanges(*id, u"primary_color"_s), 2);
    QCOMPARE(m_fx.outboxChanges(*id, u"name"_s), 1); // only the insert

    const qint64 pending = m_fx.pending();
    OMNICRM_VERIFY_OK(m_fx->brands().update(*id, draft)); // nothing changed: nothing recorded
    QCOMPARE(m_fx.pending(), pending);
    QCOMPARE(saved.count(), 1);

    draft.timeZone = u"Nowhere/City"_s;
    auto bad = m_fx->brands().update(*id, draft);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().field, u"time_zone"_s);
    QCOMPARE(m_fx->brands().find(*id)->timeZone, u"Asia/Riyadh"_s);
}

void tst_BrandService::firstBrandBecomesActiveAndChoiceSurvivesReopen()
{
    QSignalSpy activeChanged(&m_fx->brands(), &BrandService::activeBrandChanged);
    QCOMPARE(*m_fx->brands().activeId(), QString());
    auto first = m_fx->brands().create(brand(u"First"_s));
    QVERIFY2(first.ok(), why(first));
    auto second = m_fx->brands().create(brand(u"Second"_s));
    QVERIFY2(second.ok(), why(second));
    QCOMPARE(*m_fx->brands().activeId(), *first);
    QCOMPARE(activeChanged.count(), 1);

    OMNICRM_VERIFY_OK(m_fx->brands().setActive(*second));
    QCOMPARE(activeChanged.count(), 2);
    QCOMPARE(activeChanged.last().at(0).toString(), *second);
    auto unknown = m_fx->brands().setActive(u"no-such-brand"_s);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);

    const QString failure = m_fx.reopen();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    auto active = m_fx->brands().active();
    QVERIFY2(active.ok(), why(active));
    QVERIFY(active->has_value());
    QCOMPARE((*active)->name, u"Second"_s);
}

void tst_BrandService::removingActiveBrandClearsIt()
{
    auto id = m_fx->brands().create(brand(u"Only"_s));
    QVERIFY2(id.ok(), why(id));
    QSignalSpy activeChanged(&m_fx->brands(), &BrandService::activeBrandChanged);
    QSignalSpy removed(&m_fx->brands(), &BrandService::brandRemoved);
    OMNICRM_VERIFY_OK(m_fx->brands().remove(*id));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(activeChanged.count(), 1);
    QCOMPARE(activeChanged.at(0).at(0).toString(), QString());
    QCOMPARE(*m_fx->brands().activeId(), QString());
    QVERIFY(!m_fx->brands().active()->has_value());
    QCOMPARE(m_fx->brands().find(*id)->meta.causalLength, qint64(2));
    QCOMPARE(m_fx.outboxChanges(*id, u"cl"_s), 1);
}

QTEST_GUILESS_MAIN(tst_BrandService)
#include "tst_brandservice.moc"
