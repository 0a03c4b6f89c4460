// Proves LeadCaptureService: a capture stores the lead, a new contact and the message (an activity
// on the lead) together; attaching to an existing contact creates no second one; a refused draft
// (bad phone, bad e-mail, no name, a deleted contact to attach to) stores nothing at all; undo
// deletes what the capture stored. Also PricingSettings' range and default.
#include "crmtestsupport.h"
#include "leadcaptureservice.h"
#include "pricingsettings.h"

#include <QSignalSpy>

using namespace OmniCrm;
using OmniCrm::Test::why;

class tst_LeadCaptureService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void storesLeadContactAndMessageTogether();
    void attachesToAnExistingContact();
    void refusedDraftStoresNothing_data();
    void refusedDraftStoresNothing();
    void undoDeletesTheCapture();
    void pricingSettingsKeepAMarginInRange();

private:
    LeadCaptureDraft draft() const;
    qint64 count(qint64 StoreStats::*member)
    {
        auto stats = m_fixture.store().stats();
        return stats ? (*stats).*member : -1;
    }

    Test::StoreFixture m_fixture;
    std::unique_ptr<LeadCaptureService> m_service;
};

void tst_LeadCaptureService::init()
{
    const QString failed = m_fixture.create();
    QVERIFY2(failed.isEmpty(), why(failed));
    CrmStore &store = m_fixture.store();
    m_service = std::make_unique<LeadCaptureService>(store.changeLog(), store.leads(), store.contacts(),
                                                     store.activities());
}

void tst_LeadCaptureService::cleanup()
{
    m_service.reset();
    m_fixture.close();
}

LeadCaptureDraft tst_LeadCaptureService::draft() const
{
    LeadCaptureDraft draft;
    draft.lead.personName = QStringLiteral("سارة القحطاني");
    draft.lead.companyName = QStringLiteral("مؤسسة النخبة");
    draft.lead.phone = QStringLiteral("٠٥٠١٢٣٤٥٦٧");
    draft.lead.email = QStringLiteral("Sara@Nukhba.sa");
    draft.lead.leadType = QStringLiteral("bulk_order");
    draft.lead.priority = QStringLiteral("high");
    draft.lead.valueMinor = 1250000;
    draft.lead.currency = QStringLiteral("SAR");
    draft.contact.fullName = draft.lead.personName;
    draft.contact.companyName = draft.lead.companyName;
    draft.contact.phones.append(PhoneDraft { draft.lead.phone });
    draft.contact.emails << draft.lead.email;
    draft.message = QStringLiteral("نحتاج ٥٠ كرتون ورق A4، جوالي ٠٥٠١٢٣٤٥٦٧");
    draft.messageSubject = QStringLiteral("WhatsApp");
    return draft;
}

void tst_LeadCaptureService::storesLeadContactAndMessageTogether()
{
    QSignalSpy leadSaved(&m_fixture.store().leads(), &LeadService::leadSaved);
    QSignalSpy contactSaved(&m_fixture.store().contacts(), &ContactService::contactSaved);
    auto captured = m_service->capture(draft());
    QVERIFY2(captured.ok(), why(captured));
    QVERIFY(captured->contactCreated);

    auto lead = m_fixture.store().leads().find(captured->leadId);
    QVERIFY2(lead.ok(), why(lead));
    QCOMPARE(lead->phoneE164, QStringLiteral("+966501234567"));
    QCOMPARE(lead->email, QStringLiteral("sara@nukhba.sa"));
    QCOMPARE(lead->valueMinor, std::optional<qint64>(1250000));
    auto contact = m_fixture.store().contacts().find(captured->contactId);
    QVERIFY2(contact.ok(), why(contact));
    QCOMPARE(contact->phones.value(0).e164, QStringLiteral("+966501234567"));
    QVERIFY(!contact->companyId.isEmpty());
    auto activity = m_fixture.store().activities().find(captured->activityId);
    QVERIFY2(activity.ok(), why(activity));
    QCOMPARE(activity->targetType, QStringLiteral("lead"));
    QCOMPARE(activity->targetId, captured->leadId);
    QCOMPARE(activity->body, draft().message);
    QCOMPARE(leadSaved.count(), 1);
    QCOMPARE(contactSaved.count(), 1);
}

void tst_LeadCaptureService::attachesToAnExistingContact()
{
    auto first = m_service->capture(draft());
    QVERIFY2(first.ok(), why(first));
    LeadCaptureDraft again = draft();
    auto existing = m_service->existingContact(again.contact);
    QVERIFY2(existing.ok(), why(existing));
    QCOMPARE(*existing, first->contactId);
    again.existingContactId = *existing;
    auto second = m_service->capture(again);
    QVERIFY2(second.ok(), why(second));
    QVERIFY(!second->contactCreated);
    QCOMPARE(second->contactId, first->contactId);
    QCOMPARE(count(&StoreStats::contacts), 1);
    QCOMPARE(count(&StoreStats::leads), 2);
}

void tst_LeadCaptureService::refusedDraftStoresNothing_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("field");
    QTest::newRow("lead phone") << QStringLiteral("lead phone") << QStringLiteral("phone");
    QTest::newRow("contact phone") << QStringLiteral("contact phone") << QStringLiteral("mobile");
    QTest::newRow("contact email") << QStringLiteral("contact email") << QStringLiteral("email");
    QTest::newRow("no name") << QStringLiteral("no name") << QStringLiteral("title");
    QTest::newRow("deleted contact") << QStringLiteral("deleted contact") << QStringLiteral("contact");
}

void tst_LeadCaptureService::refusedDraftStoresNothing()
{
    QFETCH(QString, what);
    QFETCH(QString, field);
    LeadCaptureDraft bad = draft();
    if (what == u"lead phone")
        bad.lead.phone = QStringLiteral("0501");
    else if (what == u"contact phone")
        bad.contact.phones = { PhoneDraft { QStringLiteral("12") } };
    else if (what == u"contact email")
        bad.contact.emails = { QStringLiteral("sara@") };
    else if (what == u"no name") {
        bad.lead.personName.clear();
        bad.lead.companyName.clear();
    } else {
        ContactDraft other;
        other.fullName = QStringLiteral("Old contact");
        auto id = m_fixture.store().contacts().create(other);
        QVERIFY2(id.ok(), why(id));
        OMNICRM_VERIFY_OK(m_fixture.store().contacts().remove(*id));
        bad.existingContactId = *id;
    }
    const qint64 contactsBefore = count(&StoreStats::contacts);
    const qint64 pendingBefore = count(&StoreStats::pendingChanges);
    auto captured = m_service->capture(bad);
    QVERIFY(!captured.ok());
    QCOMPARE(captured.error().field, field);
    QCOMPARE(count(&StoreStats::leads), 0);
    QCOMPARE(count(&StoreStats::contacts), contactsBefore);
    QCOMPARE(count(&StoreStats::companies), 0);
    QCOMPARE(count(&StoreStats::activities), 0);
    QCOMPARE(count(&StoreStats::pendingChanges), pendingBefore);
}

void tst_LeadCaptureService::undoDeletesTheCapture()
{
    auto captured = m_service->capture(draft());
    QVERIFY2(captured.ok(), why(captured));
    OMNICRM_VERIFY_OK(m_service->undo(*captured));
    QCOMPARE(count(&StoreStats::leads), 0);
    QCOMPARE(count(&StoreStats::contacts), 0);
    QCOMPARE(count(&StoreStats::activities), 0);
    // Soft deletes: the lead can still be restored.
    OMNICRM_VERIFY_OK(m_fixture.store().leads().restore(captured->leadId));
    QCOMPARE(count(&StoreStats::leads), 1);
}

void tst_LeadCaptureService::pricingSettingsKeepAMarginInRange()
{
    PricingSettings pricing(m_fixture.store().settings());
    auto initial = pricing.minMarginPercent();
    QVERIFY2(initial.ok(), why(initial));
    QCOMPARE(*initial, 0.0);
    OMNICRM_VERIFY_OK(pricing.setMinMarginPercent(12.5));
    QCOMPARE(*pricing.minMarginPercent(), 12.5);
    QVERIFY(!pricing.setMinMarginPercent(-1).ok());
    QVERIFY(!pricing.setMinMarginPercent(1000.5).ok());
    QCOMPARE(pricing.setMinMarginPercent(-1).error().field, QStringLiteral("min_margin"));
    QCOMPARE(*pricing.minMarginPercent(), 12.5);
}

QTEST_GUILESS_MAIN(tst_LeadCaptureService)
#include "tst_leadcaptureservice.moc"
