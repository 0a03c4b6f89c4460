// RecordForms opens the right form for each kind of record over the page that asked, forwards
// what the forms save, convert and link to, and says why when a record cannot be opened.
#include "errortext.h"
#include "formfield.h"
#include "recordform.h"
#include "recordforms.h"
#include "uitestsupport.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>

using namespace OmniCrm;
using OmniCrm::Test::why;

class tst_RecordForms : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void createOpensTheFormOfEachKind_data();
    void createOpensTheFormOfEachKind();
    void savedFormReportsAndCloses();
    void editOpensTheStoredRecord();
    void editOfMissingRecordSaysWhy();
    void convertLeadReportsConversion();

private:
    Test::UiStoreFixture m_fixture;
    std::unique_ptr<QWidget> m_page;
};

void tst_RecordForms::init()
{
    const QString failed = m_fixture.create();
    QVERIFY2(failed.isEmpty(), why(failed));
    m_page = std::make_unique<QWidget>();
    m_page->show();
}

void tst_RecordForms::cleanup()
{
    m_page.reset(); // closes and deletes any form left open over it
    m_fixture.reset();
}

void tst_RecordForms::createOpensTheFormOfEachKind_data()
{
    QTest::addColumn<RecordKind>("kind");
    QTest::addColumn<QString>("objectName");
    QTest::newRow("contact") << RecordKind::Contact << QStringLiteral("contactForm");
    QTest::newRow("company") << RecordKind::Company << QStringLiteral("companyForm");
    QTest::newRow("lead") << RecordKind::Lead << QStringLiteral("leadForm");
    QTest::newRow("deal") << RecordKind::Deal << QStringLiteral("dealForm");
    QTest::newRow("activity") << RecordKind::Activity << QStringLiteral("activityForm");
    QTest::newRow("product") << RecordKind::Product << QStringLiteral("productForm");
}

void tst_RecordForms::createOpensTheFormOfEachKind()
{
    QFETCH(RecordKind, kind);
    QFETCH(QString, objectName);
    RecordForms forms(m_fixture.store());
    forms.create(kind, m_page.get());
    auto *form = qobject_cast<RecordForm *>(forms.currentDialog());
    QVERIFY(form);
    QCOMPARE(form->objectName(), objectName);
    QCOMPARE(form->kind(), kind);
    QVERIFY(form->isVisible());
    QCOMPARE(form->parentWidget(), m_page.get());
    QVERIFY(!form->isEditing());
}

void tst_RecordForms::savedFormReportsAndCloses()
{
    RecordForms forms(m_fixture.store());
    QSignalSpy saved(&forms, &RecordEditor::saved);
    forms.create(RecordKind::Company, m_page.get(),
                 { { QStringLiteral("name"), QStringLiteral("مؤسسة النخبة") } });
    QPointer<RecordForm> form = qobject_cast<RecordForm *>(forms.currentDialog());
    QVERIFY(form);
    QVERIFY(form->saveButton()->isEnabled());
    form->attemptSave();
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.at(0).at(0).value<RecordKind>(), RecordKind::Company);
    auto company = m_fixture.store().companies().find(saved.at(0).at(1).toString());
    OMNICRM_VERIFY_OK(company);
    QCOMPARE(company->name, QStringLiteral("مؤسسة النخبة"));
    QTRY_VERIFY(form.isNull()); // closed forms delete themselves
}

void tst_RecordForms::editOpensTheStoredRecord()
{
    ProductDraft draft;
    draft.sku = QStringLiteral("TB-10");
    draft.nameEn = QStringLiteral("Tablet");
    draft.priceMinor = 99900;
    auto id = m_fixture.store().products().create(draft);
    OMNICRM_VERIFY_OK(id);
    RecordForms forms(m_fixture.store());
    forms.edit(RecordKind::Product, *id, m_page.get());
    auto *form = qobject_cast<RecordForm *>(forms.currentDialog());
    QVERIFY(form);
    QVERIFY(form->isEditing());
    QCOMPARE(form->recordId(), *id);
    QCOMPARE(qobject_cast<QLineEdit *>(form->field(QStringLiteral("sku"))->target())->text(),
             QStringLiteral("TB-10"));

    // A link in the form (a duplicate's "Open the contact") reaches whoever wired RecordForms.
    QSignalSpy requested(&forms, &RecordForms::recordRequested);
    form->followLink(QStringLiteral("record:product/") + *id);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).value<RecordKind>(), RecordKind::Product);
    QCOMPARE(requested.at(0).at(1).toString(), *id);
}

void tst_RecordForms::editOfMissingRecordSaysWhy()
{
    RecordForms forms(m_fixture.store());
    forms.edit(RecordKind::Contact, QStringLiteral("01890000-0000-7000-8000-000000000000"), m_page.get());
    auto *box = qobject_cast<QMessageBox *>(forms.currentDialog());
    QVERIFY(box);
    QCOMPARE(box->text(), ErrorText::describe(Error::make(ErrorCode::NotFound, {})));
}

void tst_RecordForms::convertLeadReportsConversion()
{
    LeadDraft draft;
    draft.personName = QStringLiteral("Omar");
    draft.phone = QStringLiteral("0509876543");
    auto leadId = m_fixture.store().leads().create(draft);
    OMNICRM_VERIFY_OK(leadId);
    RecordForms forms(m_fixture.store());
    QSignalSpy converted(&forms, &RecordEditor::leadConverted);
    forms.convertLead(*leadId, m_page.get());
    auto *dialog = qobject_cast<RecordForm *>(forms.currentDialog());
    QVERIFY(dialog);
    QCOMPARE(dialog->objectName(), QStringLiteral("leadConversionDialog"));
    dialog->attemptSave();
    QCOMPARE(converted.count(), 1);
    QCOMPARE(converted.at(0).at(0).toString(), *leadId);
    auto lead = m_fixture.store().leads().find(*leadId);
    OMNICRM_VERIFY_OK(lead);
    QCOMPARE(converted.at(0).at(1).toString(), lead->convertedContactId);
    QCOMPARE(converted.at(0).at(2).toString(), lead->convertedDealId);
}

QTEST_MAIN(tst_RecordForms)
#include "tst_recordforms.moc"
