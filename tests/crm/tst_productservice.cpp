// Proves ProductService: SKUs are unique among live products (case-insensitively), money is
// never negative, names fall back across languages, and products are searchable.
#include "crmstore.h"
#include "crmtestsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace OmniCrm;
using namespace Qt::StringLiterals;
using OmniCrm::Test::why;

namespace {

ProductDraft product(const QString &sku, const QString &nameAr, qint64 price = 1500)
{
    ProductDraft draft;
    draft.sku = sku;
    draft.nameAr = nameAr;
    draft.priceMinor = price;
    return draft;
}

} // namespace

class tst_ProductService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_fx.close(); }

    void createStoresNormalisedProduct();
    void skuIsUnique();
    void rejects_data();
    void rejects();
    void removedSkuCanBeReused();

private:
    Test::StoreFixture m_fx;
};

void tst_ProductService::init()
{
    const QString failure = m_fx.create();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void tst_ProductService::createStoresNormalisedProduct()
{
    QSignalSpy saved(&m_fx->products(), &ProductService::productSaved);
    ProductDraft draft = product(u" cup-250 "_s, QString(), 1250);
    draft.nameEn = u"Paper cup 250 ml"_s;
    draft.costMinor = 400;
    draft.currency = u"sar"_s;
    auto id = m_fx->products().create(draft);
    QVERIFY2(id.ok(), why(id));
    QCOMPARE(saved.count(), 1);
    auto stored = m_fx->products().find(*id);
    QVERIFY2(stored.ok(), why(stored));
    QCOMPARE(stored->sku, u"CUP-250"_s);
    QCOMPARE(stored->nameEn, u"Paper cup 250 ml"_s);
    QCOMPARE(stored->nameAr, u"Paper cup 250 ml"_s); // falls back to the other language
    QCOMPARE(stored->priceMinor, qint64(1250));
    QCOMPARE(stored->costMinor, qint64(400));
    QCOMPARE(stored->currency, u"SAR"_s);
    QCOMPARE(m_fx->products().findBySku(u"CUP-250"_s)->meta.id, *id);

    auto found = m_fx->search().search(u"cup-2"_s, 10, { RecordKind::Product });
    QVERIFY2(found.ok(), why(found));
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->at(0).id, *id);
}

void tst_ProductService::skuIsUnique()
{
    auto first = m_fx->products().create(product(u"CUP-250"_s, u"كوب ورقي"_s));
    QVERIFY2(first.ok(), why(first));
    const qint64 pending = m_fx.pending();
    auto second = m_fx->products().create(product(u"cup-250"_s, u"كوب آخر"_s));
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, ErrorCode::Duplicate);
    QCOMPARE(second.error().field, u"sku"_s);
    QCOMPARE(m_fx->stats()->products, 1);
    QCOMPARE(m_fx.pending(), pending);

    // Renaming another product onto a taken SKU is refused too; keeping its own SKU is fine.
    auto other = m_fx->products().create(product(u"LID-90"_s, u"غطاء"_s));
    QVERIFY2(other.ok(), why(other));
    auto clash = m_fx->products().update(*other, product(u"CUP-250"_s, u"غطاء"_s));
    QVERIFY(!clash.ok());
    QCOMPARE(clash.error().code, ErrorCode::Duplicate);
    OMNICRM_VERIFY_OK(m_fx->products().update(*other, product(u"LID-90"_s, u"غطاء كوب"_s, 300)));
    QCOMPARE(m_fx->products().find(*other)->priceMinor, qint64(300));
}

void tst_ProductService::rejects_data()
{
    QTest::addColumn<QString>("sku");
    QTest::addColumn<qint64>("price");
    QTest::addColumn<qint64>("cost");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("negative-price") << u"A-1"_s << qint64(-1) << qint64(0) << u"SAR"_s
                                    << ErrorCode::InvalidMoney << u"price"_s;
    QTest::newRow("negative-cost") << u"A-1"_s << qint64(100) << qint64(-5) << u"SAR"_s
                                   << ErrorCode::InvalidMoney << u"cost"_s;
    QTest::newRow("bad-currency") << u"A-1"_s << qint64(100) << qint64(0) << u"RIYAL"_s
                                  << ErrorCode::InvalidMoney << u"currency"_s;
    QTest::newRow("digit-currency") << u"A-1"_s << qint64(100) << qint64(0) << u"123"_s
                                    << ErrorCode::InvalidMoney << u"currency"_s;
    QTest::newRow("arabic-currency") << u"A-1"_s << qint64(100) << qint64(0) << u"ريا"_s
                                     << ErrorCode::InvalidMoney << u"currency"_s;
    QTest::newRow("no-sku") << u"  "_s << qint64(100) << qint64(0) << u"SAR"_s << ErrorCode::MissingField
                            << u"sku"_s;
}

void tst_ProductService::rejects()
{
    QFETCH(QString, sku);
    QFETCH(qint64, price);
    QFETCH(qint64, cost);
    QFETCH(QString, currency);
    QFETCH(ErrorCode, code);
    QFETCH(QString, field);
    ProductDraft draft = product(sku, u"منتج"_s, price);
    draft.costMinor = cost;
    draft.currency = currency;
    const qint64 pending = m_fx.pending();
    auto id = m_fx->products().create(draft);
    QVERIFY(!id.ok());
    QCOMPARE(id.error().code, code);
    QCOMPARE(id.error().field, field);
    QCOMPARE(m_fx->stats()->products, 0);
    QCOMPARE(m_fx.pending(), pending);

    ProductDraft nameless = product(u"B-2"_s, QString());
    auto noName = m_fx->products().create(nameless);
    QVERIFY(!noName.ok());
    QCOMPARE(noName.error().code, ErrorCode::MissingField);
    QCOMPARE(noName.error().field, u"name"_s);
}

void tst_ProductService::removedSkuCanBeReused()
{
    auto first = m_fx->products().create(product(u"OLD-1"_s, u"قديم"_s));
    QVERIFY2(first.ok(), why(first));
    OMNICRM_VERIFY_OK(m_fx->products().remove(*first));
    QCOMPARE(m_fx->stats()->products, 0);
    QVERIFY(!m_fx->products().findBySku(u"OLD-1"_s).ok());
    QVERIFY(m_fx->search().search(u"قديم"_s, 10)->isEmpty());
    auto second = m_fx->products().create(product(u"old-1"_s, u"جديد"_s));
    QVERIFY2(second.ok(), why(second));
    QCOMPARE(m_fx->products().findBySku(u"OLD-1"_s)->meta.id, *second);
}

QTEST_GUILESS_MAIN(tst_ProductService)
#include "tst_productservice.moc"
