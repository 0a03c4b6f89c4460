// The product form stores price and cost as exact minor units, refuses a SKU another product
// already uses before Save is pressed, needs a name in one language, and edits round-trip.
#include "formfield.h"
#include "productform.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace OmniCrm;
using OmniCrm::Test::why;

class tst_ProductForm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { m_fixture.reset(); }
    void storesPriceAndCostInMinorUnits();
    void takenSkuIsAnError();
    void needsANameInOneLanguage();
    void editKeepsItsOwnSku();

private:
    Test::UiStoreFixture m_fixture;
};

void tst_ProductForm::init()
{
    const QString failed = m_fixture.create();
    QVERIFY2(failed.isEmpty(), why(failed));
}

void tst_ProductForm::storesPriceAndCostInMinorUnits()
{
    ProductForm form(m_fixture.store(), {}, { { QStringLiteral("currency"), QStringLiteral("KWD") } });
    QCOMPARE(form.currencyBox()->currentText(), QStringLiteral("KWD"));
    QTest::keyClicks(form.skuEdit(), QStringLiteral("dsk-7"));
    Test::typeText(form.nameArEdit(), QStringLiteral("مكتب خشبي"));
    Test::typeText(form.priceEdit(), QStringLiteral("١٢٫٥٠٠"));
    QTest::keyClicks(form.costEdit(), QStringLiteral("8.250"));
    QVERIFY2(form.field(QStringLiteral("price"))->hint().contains(QStringLiteral("KWD")),
             why(form.field(QStringLiteral("price"))->hint()));
    QSignalSpy saved(&form, &RecordForm::saved);
    form.attemptSave();
    QCOMPARE(saved.count(), 1);
    auto product = m_fixture.store().products().find(saved.at(0).at(1).toString());
    OMNICRM_VERIFY_OK(product);
    QCOMPARE(product->sku, QStringLiteral("DSK-7"));
    QCOMPARE(product->priceMinor, qint64(12500)); // KWD has three minor digits
    QCOMPARE(product->costMinor, qint64(8250));
    QCOMPARE(product->currency, QStringLiteral("KWD"));
}

void tst_ProductForm::takenSkuIsAnError()
{
    ProductDraft draft;
    draft.sku = QStringLiteral("CH-1");
    draft.nameEn = QStringLiteral("Chair");
    OMNICRM_VERIFY_OK(m_fixture.store().products().create(draft));

    ProductForm form(m_fixture.store(), {});
    QTest::keyClicks(form.skuEdit(), QStringLiteral("ch-1"));
    QTest::keyClicks(form.nameArEdit(), QStringLiteral("Chair 2"));
    const QString error = form.field(QStringLiteral("sku"))->shownError();
    QVERIFY2(error.contains(QStringLiteral("CH-1")) && error.contains(QStringLiteral("Chair")), why(error));
    QVERIFY(!form.saveButton()->isEnabled());
}

void tst_ProductForm::needsANameInOneLanguage()
{
    ProductForm form(m_fixture.store(), {});
    QTest::keyClicks(form.skuEdit(), QStringLiteral("X-1"));
    form.attemptSave();
    QVERIFY(!form.field(QStringLiteral("name_ar"))->shownError().isEmpty());
    QCOMPARE(form.focusWidget(), form.nameArEdit());
    QTest::keyClicks(form.field(QStringLiteral("name_en"))->target(), QStringLiteral("Lamp"));
    QVERIFY(form.field(QStringLiteral("name_ar"))->shownError().isEmpty());
    QVERIFY(form.saveButton()->isEnabled());
}

void tst_ProductForm::editKeepsItsOwnSku()
{
    ProductDraft draft;
    draft.sku = QStringLiteral("TB-10");
    draft.nameEn = QStringLiteral("Tablet");
    draft.priceMinor = 99900;
    auto id = m_fixture.store().products().create(draft);
    OMNICRM_VERIFY_OK(id);

    ProductForm form(m_fixture.store(), *id);
    QCOMPARE(form.skuEdit()->text(), QStringLiteral("TB-10"));
    QCOMPARE(form.priceEdit()->text(), QStringLiteral("999.00"));
    QVERIFY2(form.field(QStringLiteral("sku"))->error().isEmpty(), "its own SKU is not taken");
    form.priceEdit()->selectAll();
    QTest::keyClicks(form.priceEdit(), QStringLiteral("1,049.50"));
    QSignalSpy saved(&form, &RecordForm::saved);
    form.attemptSave();
    QCOMPARE(saved.count(), 1);
    auto product = m_fixture.store().products().find(*id);
    OMNICRM_VERIFY_OK(product);
    QCOMPARE(product->priceMinor, qint64(104950));
}

QTEST_MAIN(tst_ProductForm)
#include "tst_productform.moc"
