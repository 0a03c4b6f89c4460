// The conversion dialog says what converting will do (new or existing contact and company, a
// deal in the chosen stage with the lead's amount) and then does exactly that in one step: the
// contact, company and deal exist and the lead is marked converted, as the services report.
#include "formfield.h"
#include "leadconversiondialog.h"
#include "uitestsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace OmniCrm;
using OmniCrm::Test::why;

class tst_LeadConversionDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { m_fixture.reset(); }
    void convertsIntoContactCompanyAndDeal();
    void linksTheExistingContactAndCompany();
    void convertsWithoutDeal();
    void convertedLeadCannotConvertAgain();

private:
    QString addLead(const QString &phone = QStringLiteral("0551234567"));
    Test::UiStoreFixture m_fixture;
};

void tst_LeadConversionDialog::init()
{
    const QString failed = m_fixture.create();
    QVERIFY2(failed.isEmpty(), why(failed));
}

QString tst_LeadConversionDialog::addLead(const QString &phone)
{
    LeadDraft draft;
    draft.personName = QStringLiteral("سارة القحطاني");
    draft.companyName = QStringLiteral("شركة الأفق");
    draft.phone = phone;
    draft.email = QStringLiteral("sara@ufuq.sa");
    draft.valueMinor = 500000;
    draft.source = QStringLiteral("WhatsApp");
    auto id = m_fixture.store().leads().create(draft);
    return id ? *id : QString();
}

void tst_LeadConversionDialog::convertsIntoContactCompanyAndDeal()
{
    const QString leadId = addLead();
    QVERIFY(!leadId.isEmpty());
    auto pipeline = m_fixture.store().pipelines().defaultPipeline();
    OMNICRM_VERIFY_OK(pipeline);
    const Stage second = pipeline->stages.at(1);

    LeadConversionDialog dialog(m_fixture.store(), leadId);
    QVERIFY(!dialog.loadError());
    QVERIFY2(dialog.contactPlan().contains(QStringLiteral("Create the contact")), why(dialog.contactPlan()));
    QVERIFY(dialog.contactPlan().contains(QStringLiteral("سارة القحطاني")));
    QVERIFY2(dialog.companyPlan().contains(QStringLiteral("Create the company")), why(dialog.companyPlan()));
    QCOMPARE(dialog.amountEdit()->text(), QStringLiteral("5000.00"));
    QCOMPARE(dialog.saveButton()->text(), QStringLiteral("Convert"));
    QVERIFY(dialog.saveButton()->isEnabled());

    dialog.stageBox()->setCurrentIndex(dialog.stageBox()->findData(second.meta.id));
    QSignalSpy converted(&dialog, &LeadConversionDialog::leadConverted);
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QCOMPARE(converted.count(), 1);
    const QString contactId = converted.at(0).at(1).toString();
    const QString companyId = converted.at(0).at(2).toString();
    const QString dealId = converted.at(0).at(3).toString();

    auto lead = m_fixture.store().leads().find(leadId);
    OMNICRM_VERIFY_OK(lead);
    QCOMPARE(lead->status, LeadStatus::Converted);
    QCOMPARE(lead->convertedContactId, contactId);
    QCOMPARE(lead->convertedDealId, dealId);
    auto contact = m_fixture.store().contacts().find(contactId);
    OMNICRM_VERIFY_OK(contact);
    QCOMPARE(contact->fullName, QStringLiteral("سارة القحطاني"));
    QCOMPARE(contact->phones.value(0).e164, QStringLiteral("+966551234567"));
    QCOMPARE(contact->companyId, companyId);
    auto company = m_fixture.store().companies().find(companyId);
    OMNICRM_VERIFY_OK(company);
    QCOMPARE(company->name, QStringLiteral("شركة الأفق"));
    auto deal = m_fixture.store().deals().find(dealId);
    OMNICRM_VERIFY_OK(deal);
    QCOMPARE(deal->amountMinor, qint64(500000));
    QCOMPARE(deal->stageId, second.meta.id);
    QCOMPARE(deal->contactId, contactId);
    QVERIFY(!dialog.isVisible());
}

void tst_LeadConversionDialog::linksTheExistingContactAndCompany()
{
    ContactDraft existing;
    existing.fullName = QStringLiteral("Sara Al-Qahtani");
    existing.companyName = QStringLiteral("شركة الافق"); // the same company, written without hamza
    existing.phones = { PhoneDraft { QStringLiteral("+966 55 123 4567") } };
    auto contactId = m_fixture.store().contacts().create(existing);
    OMNICRM_VERIFY_OK(contactId);
    auto contact = m_fixture.store().contacts().find(*contactId);
    OMNICRM_VERIFY_OK(contact);
    const QString leadId = addLead();

    LeadConversionDialog dialog(m_fixture.store(), leadId);
    QVERIFY2(dialog.contactPlan().contains(QStringLiteral("record:contact/") + *contactId),
             why(dialog.contactPlan()));
    QVERIFY2(dialog.companyPlan().contains(QStringLiteral("record:company/") + contact->companyId),
             why(dialog.companyPlan()));
    QSignalSpy requested(&dialog, &RecordForm::recordRequested);
    dialog.followLink(QStringLiteral("record:contact/") + *contactId);
    QCOMPARE(requested.count(), 1);

    QSignalSpy converted(&dialog, &LeadConversionDialog::leadConverted);
    dialog.attemptSave();
    QCOMPARE(converted.count(), 1);
    QCOMPARE(converted.at(0).at(1).toString(), *contactId);
    QCOMPARE(converted.at(0).at(2).toString(), contact->companyId);
    auto stats = m_fixture.store().stats();
    OMNICRM_VERIFY_OK(stats);
    QCOMPARE(stats->contacts, 1);
    QCOMPARE(stats->companies, 1);
    QCOMPARE(stats->deals, 1);
}

void tst_LeadConversionDialog::convertsWithoutDeal()
{
    const QString leadId = addLead();
    LeadConversionDialog dialog(m_fixture.store(), leadId);
    dialog.createDealBox()->setChecked(false);
    QVERIFY(!dialog.amountEdit()->isEnabled());
    QSignalSpy converted(&dialog, &LeadConversionDialog::leadConverted);
    dialog.attemptSave();
    QCOMPARE(converted.count(), 1);
    QVERIFY(converted.at(0).at(3).toString().isEmpty());
    auto stats = m_fixture.store().stats();
    OMNICRM_VERIFY_OK(stats);
    QCOMPARE(stats->deals, 0);
    QCOMPARE(stats->contacts, 1);
}

void tst_LeadConversionDialog::convertedLeadCannotConvertAgain()
{
    const QString leadId = addLead();
    OMNICRM_VERIFY_OK(m_fixture.store().leads().convert(leadId));
    LeadConversionDialog dialog(m_fixture.store(), leadId);
    QVERIFY(!dialog.bannerText().isEmpty());
    QVERIFY(!dialog.saveButton()->isEnabled());
    QSignalSpy converted(&dialog, &LeadConversionDialog::leadConverted);
    dialog.attemptSave();
    QCOMPARE(converted.count(), 0);
    auto stats = m_fixture.store().stats();
    OMNICRM_VERIFY_OK(stats);
    QCOMPARE(stats->deals, 1);
}

QTEST_MAIN(tst_LeadConversionDialog)
#include "tst_leadconversiondialog.moc"
