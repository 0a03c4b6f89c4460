// The deal form reads amounts the way people type them (grouping commas, Arabic-Indic digits,
// the Arabic decimal separator) and stores exact minor units; a bad amount blocks Save; line
// items from products add up to the amount; an edit form loads a deal, saves changes and logs a
// stage change, asking why when the deal is lost.
#include "dealform.h"
#include "errortext.h"
#include "formfield.h"
#include "recordpicker.h"
#include "uitestsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QToolButton>

using namespace OmniCrm;
using OmniCrm::Test::why;

class tst_DealForm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { m_fixture.reset(); }
    void amountStoresMinorUnits_data();
    void amountStoresMinorUnits();
    void badAmountBlocksSave_data();
    void badAmountBlocksSave();
    void lineItemsAddUpToTheAmount();
    void lineItemsSitInTabOrderBeforeAddButton();
    void contactBringsItsCompany();
    void unpickedContactIsAnError();
    void editLoadsSavesAndLogsStageChange();

private:
    QString savedDealId(DealForm &form);
    Test::UiStoreFixture m_fixture;
};

void tst_DealForm::init()
{
    const QString failed = m_fixture.create();
    QVERIFY2(failed.isEmpty(), why(failed));
}

QString tst_DealForm::savedDealId(DealForm &form)
{
    QSignalSpy saved(&form, &RecordForm::saved);
    form.attemptSave();
    return saved.count() == 1 ? saved.at(0).at(1).toString() : QString();
}

void tst_DealForm::amountStoresMinorUnits_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("plain") << QStringLiteral("1500") << qint64(150000);
    QTest::newRow("grouped-decimal") << QStringLiteral("1,500.50") << qint64(150050);
    QTest::newRow("arabic-indic") << QStringLiteral("١٥٠٠") << qint64(150000);
    QTest::newRow("arabic-separators") << QStringLiteral("١٬٥٠٠٫٥٠") << qint64(150050);
    QTest::newRow("currency-named") << QStringLiteral("1,500 ر.س") << qint64(150000);
}

void tst_DealForm::amountStoresMinorUnits()
{
    QFETCH(QString, typed);
    QFETCH(qint64, minor);
    DealForm form(m_fixture.store(), {});
    QTest::keyClicks(form.titleEdit(), QStringLiteral("Office chairs"));
    Test::typeText(form.amountEdit(), typed);
    FormField *amount = form.field(QStringLiteral("amount"));
    QVERIFY2(amount->shownError().isEmpty(), why(amount->shownError()));
    QVERIFY(form.saveButton()->isEnabled());
    const QString id = savedDealId(form);
    QVERIFY(!id.isEmpty());
    auto deal = m_fixture.store().deals().find(id);
    OMNICRM_VERIFY_OK(deal);
    QCOMPARE(deal->amountMinor, minor);
    QCOMPARE(deal->currency, QStringLiteral("SAR"));
}

void tst_DealForm::badAmountBlocksSave_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("letters") << QStringLiteral("abc");
    QTest::newRow("too-many-decimals") << QStringLiteral("10.505");
    QTest::newRow("other-currency") << QStringLiteral("100 USD");
}

void tst_DealForm::badAmountBlocksSave()
{
    QFETCH(QString, typed);
    DealForm form(m_fixture.store(), {});
    QTest::keyClicks(form.titleEdit(), QStringLiteral("Office chairs"));
    Test::typeText(form.amountEdit(), typed);
    QVERIFY(!form.field(QStringLiteral("amount"))->shownError().isEmpty());
    QVERIFY(!form.saveButton()->isEnabled());
    QVERIFY(savedDealId(form).isEmpty());
    auto stats = m_fixture.store().stats();
    OMNICRM_VERIFY_OK(stats);
    QCOMPARE(stats->deals, 0);
}

void tst_DealForm::lineItemsAddUpToTheAmount()
{
    ProductDraft chair;
    chair.sku = QStringLiteral("CH-1");
    chair.nameAr = QStringLiteral("كرسي مكتب");
    chair.nameEn = QStringLiteral("Office chair");
    chair.priceMinor = 25000;
    auto chairId = m_fixture.store().products().create(chair);
    OMNICRM_VERIFY_OK(chairId);

    DealForm form(m_fixture.store(), {});
    QTest::keyClicks(form.titleEdit(), QStringLiteral("Chairs for the branch"));
    RecordPicker *product = form.lineProduct(0);
    Test::typeText(product, QStringLiteral("كرسي"));
    QCOMPARE(product->suggestions()->rowCount(), 1);
    product->choose(0);
    QVERIFY(product->hasRecord());
    QCOMPARE(form.linePrice(0)->text(), QStringLiteral("250.00"));
    form.lineQuantity(0)->setValue(3);

    form.addLineItem();
    Test::typeText(form.lineProduct(1), QStringLiteral("Delivery"));
    Test::typeText(form.linePrice(1), QStringLiteral("١٠٠"));
    QVERIFY2(form.field(form.lineFieldKey(1))->shownError().isEmpty(),
             why(form.field(form.lineFieldKey(1))->shownError()));
    QCOMPARE(form.amountEdit()->text(), QStringLiteral("850.00"));
    QVERIFY(form.amountEdit()->isReadOnly());
    QVERIFY2(form.totalText().contains(QStringLiteral("850")), why(form.totalText()));

    const QString id = savedDealId(form);
    QVERIFY(!id.isEmpty());
    auto deal = m_fixture.store().deals().find(id);
    OMNICRM_VERIFY_OK(deal);
    QCOMPARE(deal->amountMinor, qint64(85000));
    QCOMPARE(deal->lineItems.size(), 2);
    QCOMPARE(deal->lineItems.at(0).productId, *chairId);
    QCOMPARE(deal->lineItems.at(0).quantity, qint64(3));
    QCOMPARE(deal->lineItems.at(0).unitPriceMinor, qint64(25000));
    QCOMPARE(deal->lineItems.at(1).description, QStringLiteral("Delivery"));
    QCOMPARE(deal->lineItems.at(1).unitPriceMinor, qint64(10000));
}

void tst_DealForm::lineItemsSitInTabOrderBeforeAddButton()
{
    DealForm form(m_fixture.store(), {});
    form.show();
    form.addLineItem();
    QTRY_VERIFY(form.lineProduct(1)->isVisible());
    auto nextTabStop = [&form](QWidget *from) {
        QWidget *next = from->nextInFocusChain();
        // Parts of a compound widget (a date edit's line edit) are not stops of their own.
        while (next != from
               && (from->isAncestorOf(next)
                   || !(next->focusPolicy() & Qt::TabFocus && next->isVisibleTo(&form))))
            next = next->nextInFocusChain();
        return next;
    };
    // Both rows come before "Add line item" although they were created after it.
    QCOMPARE(nextTabStop(form.closeDateEdit()), static_cast<QWidget *>(form.lineProduct(0)));
    QCOMPARE(nextTabStop(form.lineProduct(0)), static_cast<QWidget *>(form.lineQuantity(0)));
    QWidget *remove = nextTabStop(form.linePrice(0));
    QCOMPARE(nextTabStop(remove), static_cast<QWidget *>(form.lineProduct(1)));
    auto *add = qobject_cast<QToolButton *>(nextTabStop(nextTabStop(form.linePrice(1))));
    QVERIFY(add);
    QCOMPARE(add->text(), QStringLiteral("Add line item"));
}

void tst_DealForm::contactBringsItsCompany()
{
    ContactDraft draft;
    draft.fullName = QStringLiteral("فهد الدوسري");
    draft.companyName = QStringLiteral("مؤسسة النخبة");
    auto contactId = m_fixture.store().contacts().create(draft);
    OMNICRM_VERIFY_OK(contactId);
    auto contact = m_fixture.store().contacts().find(*contactId);
    OMNICRM_VERIFY_OK(contact);

    DealForm form(m_fixture.store(), {});
    QTest::keyClicks(form.titleEdit(), QStringLiteral("Renewal"));
    Test::typeText(form.contactPicker(), QStringLiteral("فهد"));
    QCOMPARE(form.contactPicker()->suggestions()->rowCount(), 1);
    form.contactPicker()->choose(0);
    QVERIFY(form.companyPicker()->hasRecord());
    QCOMPARE(form.companyPicker()->recordId(), contact->companyId);

    const QString id = savedDealId(form);
    auto deal = m_fixture.store().deals().find(id);
    OMNICRM_VERIFY_OK(deal);
    QCOMPARE(deal->contactId, *contactId);
    QCOMPARE(deal->companyId, contact->companyId);
}

void tst_DealForm::unpickedContactIsAnError()
{
    DealForm form(m_fixture.store(), {});
    QTest::keyClicks(form.titleEdit(), QStringLiteral("Renewal"));
    QTest::keyClicks(form.contactPicker(), QStringLiteral("Nobody"));
    QVERIFY(!form.field(QStringLiteral("contact"))->shownError().isEmpty());
    QVERIFY(!form.saveButton()->isEnabled());
}

void tst_DealForm::editLoadsSavesAndLogsStageChange()
{
    auto pipeline = m_fixture.store().pipelines().defaultPipeline();
    OMNICRM_VERIFY_OK(pipeline);
    const auto lost = std::find_if(pipeline->stages.begin(), pipeline->stages.end(),
                                   [](const Stage &s) { return s.type == StageType::Lost; });
    QVERIFY(lost != pipeline->stages.end());

    DealDraft draft;
    draft.title = QStringLiteral("Fleet tablets");
    draft.amountMinor = 1200000;
    draft.expectedClose = QStringLiteral("2027-03-31");
    auto id = m_fixture.store().deals().create(draft);
    OMNICRM_VERIFY_OK(id);

    DealForm form(m_fixture.store(), *id);
    QVERIFY(!form.loadError());
    QCOMPARE(form.titleEdit()->text(), QStringLiteral("Fleet tablets"));
    QCOMPARE(form.amountEdit()->text(), QStringLiteral("12000.00"));
    QVERIFY(form.closeDateBox()->isChecked());
    QCOMPARE(form.closeDateEdit()->date(), QDate(2027, 3, 31));
    QCOMPARE(form.stageBox()->currentData().toString(), pipeline->stages.first().meta.id);
    QVERIFY(!form.isDirty());

    form.amountEdit()->selectAll();
    QTest::keyClicks(form.amountEdit(), QStringLiteral("9,750"));
    form.stageBox()->setCurrentIndex(form.stageBox()->findData(lost->meta.id));
    FormField *reason = form.field(QStringLiteral("lost_reason"));
    QVERIFY(!reason->isHidden());
    QVERIFY(!form.saveButton()->isEnabled());
    form.attemptSave();
    QVERIFY2(!reason->shownError().isEmpty(), "a lost deal asks for the reason");
    QTest::keyClicks(form.lostReasonEdit(), QStringLiteral("Price"));
    QVERIFY(form.saveButton()->isEnabled());
    QCOMPARE(savedDealId(form), *id);

    auto deal = m_fixture.store().deals().find(*id);
    OMNICRM_VERIFY_OK(deal);
    QCOMPARE(deal->amountMinor, qint64(975000));
    QCOMPARE(deal->stageId, lost->meta.id);
    QCOMPARE(deal->lostReason, QStringLiteral("Price"));
    auto changes = m_fixture.store().deals().stageChanges(*id);
    OMNICRM_VERIFY_OK(changes);
    QCOMPARE(changes->size(), 2);
    QCOMPARE(changes->last().toStageId, lost->meta.id);
}

QTEST_MAIN(tst_DealForm)
#include "tst_dealform.moc"
