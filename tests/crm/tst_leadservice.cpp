// Proves LeadService: a lead is validated like a contact (phone, e-mail) plus its own values
// (type, priority, value), and conversion turns it into a contact, a company and a deal in one
// transaction, links them back, moves the lead's history, refuses to run twice and never
// duplicates a person who is already a contact.
#include "crmstore.h"
#include "crmtestsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace OmniCrm;
using namespace Qt::StringLiterals;
using OmniCrm::Test::why;

namespace {

LeadDraft fullLead()
{
    LeadDraft draft;
    draft.personName = u"عبدالرحمن الشهري"_s;
    draft.companyName = u"مؤسسة النخبة"_s;
    draft.phone = u"055 512 3456"_s;
    draft.email = u"Abdulrahman@Nokhba.SA"_s;
    draft.city = u"الرياض"_s;
    draft.source = u"واتساب"_s;
    draft.leadType = u"bulk_order"_s;
    draft.priority = u"high"_s;
    draft.valueMinor = 250000;
    draft.notes = u"يريد 500 كرتون"_s;
    return draft;
}

} // namespace

class tst_LeadService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_fx.close(); }

    void createStoresNormalisedLead();
    void createRejects_data();
    void createRejects();
    void convertCreatesContactCompanyAndDeal();
    void convertMovesActivitiesToTheContact();
    void convertTwiceIsConflict();
    void updateChangesFieldsAndSearch();
    void convertLinksExistingContactByPhone();
    void convertWithoutDeal();
    void failedConvertWritesNothing();
    void setStatus();
    void currencyIsUpperCasedAndConverts();

private:
    Test::StoreFixture m_fx;
};

void tst_LeadService::init()
{
    const QString failure = m_fx.create();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void tst_LeadService::createStoresNormalisedLead()
{
    QSignalSpy saved(&m_fx->leads(), &LeadService::leadSaved);
    auto id = m_fx->leads().create(fullLead());
    QVERIFY2(id.ok(), why(id));
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.at(0).at(0).toString(), *id);

    auto lead = m_fx->leads().find(*id);
    QVERIFY2(lead.ok(), why(lead));
    QCOMPARE(lead->title, u"عبدالرحمن الشهري"_s); // defaults to the person
    QCOMPARE(lead->phoneE164, u"+966555123456"_s);
    QCOMPARE(lead->phoneRaw, u"055 512 3456"_s);
    QCOMPARE(lead->email, u"abdulrahman@nokhba.sa"_s);
    QCOMPARE(lead->status, LeadStatus::New);
    QCOMPARE(lead->leadType, u"bulk_order"_s);
    QCOMPARE(lead->priority, u"high"_s);
    QCOMPARE(lead->valueMinor, std::optional<qint64>(250000));
    QCOMPARE(lead->currency, u"SAR"_s);
    QCOMPARE(m_fx->stats()->leads, 1);
    QCOMPARE(m_fx->stats()->contacts, 0); // a lead is not a contact until converted

    LeadDraft companyOnly;
    companyOnly.companyName = u"شركة المدار"_s;
    auto second = m_fx->leads().create(companyOnly);
    QVERIFY2(second.ok(), why(second));
    QCOMPARE(m_fx->leads().find(*second)->title, u"شركة المدار"_s);
}

void tst_LeadService::createRejects_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("value");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("phone-short") << u"phone"_s << u"05551"_s << ErrorCode::InvalidPhone << u"phone"_s;
    QTest::newRow("phone-letters") << u"phone"_s << u"05x5123456"_s << ErrorCode::InvalidPhone << u"phone"_s;
    QTest::newRow("email") << u"email"_s << u"not-an-email"_s << ErrorCode::InvalidEmail << u"email"_s;
    QTest::newRow("lead-type") << u"leadType"_s << u"BULK"_s << ErrorCode::InvalidArgument << u"lead_type"_s;
    QTest::newRow("lead-type-unknown")
        << u"leadType"_s << u"spam"_s << ErrorCode::InvalidArgument << u"lead_type"_s;
    QTest::newRow("priority") << u"priority"_s << u"critical"_s << ErrorCode::InvalidArgument
                              << u"priority"_s;
    QTest::newRow("value") << u"value"_s << u"-1"_s << ErrorCode::InvalidMoney << u"value"_s;
    QTest::newRow("currency-word") << u"currency"_s << u"riyal"_s << ErrorCode::InvalidMoney << u"currency"_s;
    QTest::newRow("currency-digits") << u"currency"_s << u"123"_s << ErrorCode::InvalidMoney << u"currency"_s;
    QTest::newRow("no-title") << u"title"_s << QString() << ErrorCode::MissingField << u"title"_s;
}

void tst_LeadService::createRejects()
{
    QFETCH(QString, what);
    QFETCH(QString, value);
    QFETCH(ErrorCode, code);
    QFETCH(QString, field);
    LeadDraft draft = fullLead();
    if (what == u"phone")
        draft.phone = value;
    else if (what == u"email")
        draft.email = value;
    else if (what == u"leadType")
        draft.leadType = value;
    else if (what == u"priority")
        draft.priority = value;
    else if (what == u"value")
        draft.valueMinor = value.toLongLong();
    else if (what == u"title")
        draft.title = draft.personName = draft.companyName = value;
    else if (what == u"currency")
        draft.currency = value; // the draft has a value, so the currency matters
    const qint64 pending = m_fx.pending();
    auto id = m_fx->leads().create(draft);
    QVERIFY(!id.ok());
    QCOMPARE(id.error().code, code);
    QCOMPARE(id.error().field, field);
    QCOMPARE(m_fx->stats()->leads, 0);
    QCOMPARE(m_fx.pending(), pending);
}

void tst_LeadService::convertCreatesContactCompanyAndDeal()
{
    auto id = m_fx->leads().create(fullLead());
    QVERIFY2(id.ok(), why(id));
    QSignalSpy converted(&m_fx->leads(), &LeadService::leadConverted);
    const qint64 txBefore = m_fx.scalar(u"SELECT count(DISTINCT tx_id) FROM outbox"_s);

    auto result = m_fx->leads().convert(*id);
    QVERIFY2(result.ok(), why(result));
    QVERIFY(!result->contactId.isEmpty());
    QVERIFY(!result->companyId.isEmpty());
    QVERIFY(!result->dealId.isEmpty());
    // One unit of work: every outbox row of the conversion carries one tx id.
    QCOMPARE(m_fx.scalar(u"SELECT count(DISTINCT tx_id) FROM outbox"_s), txBefore + 1);

    auto lead = m_fx->leads().find(*id);
    QVERIFY2(lead.ok(), why(lead));
    QCOMPARE(lead->status, LeadStatus::Converted);
    QCOMPARE(lead->convertedContactId, result->contactId);
    QCOMPARE(lead->convertedCompanyId, result->companyId);
    QCOMPARE(lead->convertedDealId, result->dealId);
    QVERIFY(lead->convertedAt.has_value());

    auto contact = m_fx->contacts().find(result->contactId);
    QVERIFY2(contact.ok(), why(contact));
    QCOMPARE(contact->fullName, u"عبدالرحمن الشهري"_s);
    QCOMPARE(contact->companyId, result->companyId);
    QCOMPARE(contact->phones.size(), 1);
    QCOMPARE(contact->phones.at(0).e164, u"+966555123456"_s);
    QCOMPARE(contact->phones.at(0).raw, u"055 512 3456"_s);
    QCOMPARE(contact->emails.size(), 1);
    QCOMPARE(contact->emails.at(0).email, u"abdulrahman@nokhba.sa"_s);
    QCOMPARE(contact->city, u"الرياض"_s);

    QCOMPARE(m_fx->companies().find(result->companyId)->name, u"مؤسسة النخبة"_s);

    auto deal = m_fx->deals().find(result->dealId);
    QVERIFY2(deal.ok(), why(deal));
    QCOMPARE(deal->amountMinor, qint64(250000));
    QCOMPARE(deal->currency, u"SAR"_s);
    QCOMPARE(deal->contactId, result->contactId);
    QCOMPARE(deal->companyId, result->companyId);
    QCOMPARE(deal->title, u"عبدالرحمن الشهري"_s);
    QCOMPARE(deal->stageId, m_fx->pipelines().defaultPipeline()->stages.first().meta.id);

    const auto stats = m_fx->stats();
    QCOMPARE(stats->contacts, 1);
    QCOMPARE(stats->companies, 1);
    QCOMPARE(stats->deals, 1);

    QCOMPARE(converted.count(), 1);
    QCOMPARE(converted.at(0).at(0).toString(), *id);
    QCOMPARE(converted.at(0).at(1).toString(), result->contactId);
    QCOMPARE(converted.at(0).at(2).toString(), result->dealId);

    // The new records are searchable.
    auto found = m_fx->search().search(u"الشهري"_s, 10, { RecordKind::Contact });
    QVERIFY2(found.ok(), why(found));
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->at(0).id, result->contactId);

    // An explicit amount wins over the lead's value.
    LeadDraft other = fullLead();
    other.personName = u"سامي"_s;
    other.phone.clear();
    other.email.clear();
    auto otherId = m_fx->leads().create(other);
    QVERIFY2(otherId.ok(), why(otherId));
    LeadConversion options;
    options.amountMinor = 99900;
    options.dealTitle = u"صفقة سامي"_s;
    auto second = m_fx->leads().convert(*otherId, options);
    QVERIFY2(second.ok(), why(second));
    QCOMPARE(m_fx->deals().find(second->dealId)->amountMinor, qint64(99900));
    QCOMPARE(m_fx->deals().find(second->dealId)->title, u"صفقة سامي"_s);
    QCOMPARE(second->companyId, result->companyId); // same company name, one company
}

void tst_LeadService::convertMovesActivitiesToTheContact()
{
    auto id = m_fx->leads().create(fullLead());
    QVERIFY2(id.ok(), why(id));
    for (const QString &subject : { u"مكالمة أولى"_s, u"إرسال عرض"_s }) {
        ActivityDraft activity;
        activity.kind = ActivityKind::Call;
        activity.subject = subject;
        activity.targetType = u"lead"_s;
        activity.targetId = *id;
        OMNICRM_VERIFY_OK(m_fx->activities().log(activity));
    }
    QCOMPARE(m_fx->activities().timeline(u"lead"_s, *id)->size(), 2);

    auto result = m_fx->leads().convert(*id);
    QVERIFY2(result.ok(), why(result));
    QCOMPARE(m_fx->activities().timeline(u"lead"_s, *id)->size(), 0);
    auto timeline = m_fx->contacts().timeline(result->contactId);
    QVERIFY2(timeline.ok(), why(timeline));
    QCOMPARE(timeline->size(), 2);
    for (const Activity &activity : *timeline) {
        QCOMPARE(activity.targetType, u"contact"_s);
        QCOMPARE(activity.targetId, result->contactId);
    }
}

void tst_LeadService::convertTwiceIsConflict()
{
    auto id = m_fx->leads().create(fullLead());
    QVERIFY2(id.ok(), why(id));
    OMNICRM_VERIFY_OK(m_fx->leads().convert(*id));
    const qint64 pending = m_fx.pending();
    auto again = m_fx->leads().convert(*id);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QCOMPARE(m_fx.pending(), pending);
    QCOMPARE(m_fx->stats()->contacts, 1);
    QCOMPARE(m_fx->stats()->deals, 1);

    // A converted lead's status no longer changes either.
    auto status = m_fx->leads().setStatus(*id, LeadStatus::Lost);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, ErrorCode::Conflict);
}

void tst_LeadService::updateChangesFieldsAndSearch()
{
    auto id = m_fx->leads().create(fullLead());
    QVERIFY2(id.ok(), why(id));
    LeadDraft changed = fullLead();
    changed.personName = u"فيصل الدوسري"_s;
    changed.phone = u"٠٥٠٠٠٠١١٢٢"_s;
    changed.valueMinor = 990000;
    OMNICRM_VERIFY_OK(m_fx->leads().update(*id, changed));

    auto lead = m_fx->leads().find(*id);
    QVERIFY2(lead.ok(), why(lead));
    QCOMPARE(lead->personName, u"فيصل الدوسري"_s);
    QCOMPARE(lead->phoneE164, u"+966500001122"_s);
    QCOMPARE(lead->valueMinor, std::optional<qint64>(990000));
    QCOMPARE(lead->leadType, u"bulk_order"_s);
    QCOMPARE(lead->status, LeadStatus::New);
    QCOMPARE(m_fx->search().search(u"الدوسري"_s, 10, { RecordKind::Lead })->size(), 1);
    QVERIFY(m_fx->search().search(u"الشهري"_s, 10, { RecordKind::Lead })->isEmpty());

    // A bad phone changes nothing; a converted lead refuses any change.
    changed.phone = u"0551"_s;
    const qint64 pending = m_fx.pending();
    auto bad = m_fx->leads().update(*id, changed);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, ErrorCode::InvalidPhone);
    QCOMPARE(m_fx.pending(), pending);
    OMNICRM_VERIFY_OK(m_fx->leads().convert(*id));
    auto late = m_fx->leads().update(*id, fullLead());
    QVERIFY(!late.ok());
    QCOMPARE(late.error().code, ErrorCode::Conflict);
}

void tst_LeadService::convertLinksExistingContactByPhone()
{
    ContactDraft existing;
    existing.fullName = u"عبدالرحمن"_s;
    existing.phones = { PhoneDraft { u"0555123456"_s } };
    auto contactId = m_fx->contacts().create(existing);
    QVERIFY2(contactId.ok(), why(contactId));

    LeadDraft draft = fullLead();
    draft.phone = u"+966555123456"_s;
    draft.email.clear();
    auto id = m_fx->leads().create(draft);
    QVERIFY2(id.ok(), why(id));
    auto result = m_fx->leads().convert(*id);
    QVERIFY2(result.ok(), why(result));
    QCOMPARE(result->contactId, *contactId);
    QCOMPARE(m_fx->stats()->contacts, 1);
    QCOMPARE(m_fx->leads().find(*id)->convertedContactId, *contactId);
    QCOMPARE(m_fx->deals().find(result->dealId)->contactId, *contactId);

    // Same through the e-mail, in another case.
    ContactDraft byMail;
    byMail.fullName = u"هيفاء"_s;
    byMail.emails = { u"haifa@example.com"_s };
    auto mailContact = m_fx->contacts().create(byMail);
    QVERIFY2(mailContact.ok(), why(mailContact));
    LeadDraft mailLead;
    mailLead.personName = u"هيفاء المطيري"_s;
    mailLead.email = u"HAIFA@Example.com"_s;
    auto mailLeadId = m_fx->leads().create(mailLead);
    QVERIFY2(mailLeadId.ok(), why(mailLeadId));
    auto mailResult = m_fx->leads().convert(*mailLeadId);
    QVERIFY2(mailResult.ok(), why(mailResult));
    QCOMPARE(mailResult->contactId, *mailContact);
    QCOMPARE(m_fx->stats()->contacts, 2);
}

void tst_LeadService::convertWithoutDeal()
{
    auto id = m_fx->leads().create(fullLead());
    QVERIFY2(id.ok(), why(id));
    LeadConversion options;
    options.createDeal = false;
    auto result = m_fx->leads().convert(*id, options);
    QVERIFY2(result.ok(), why(result));
    QVERIFY(result->dealId.isEmpty());
    QVERIFY(!result->contactId.isEmpty());
    QCOMPARE(m_fx->stats()->deals, 0);
    QCOMPARE(m_fx->leads().find(*id)->status, LeadStatus::Converted);
}

void tst_LeadService::failedConvertWritesNothing()
{
    auto id = m_fx->leads().create(fullLead());
    QVERIFY2(id.ok(), why(id));
    const qint64 pending = m_fx.pending();
    LeadConversion options;
    options.stageId = u"no such stage"_s; // fails after the company and contact were written
    auto result = m_fx->leads().convert(*id, options);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::NotFound);
    QCOMPARE(result.error().field, u"stage"_s);
    QCOMPARE(m_fx.pending(), pending);
    const auto stats = m_fx->stats();
    QCOMPARE(stats->contacts, 0);
    QCOMPARE(stats->companies, 0);
    QCOMPARE(stats->deals, 0);
    QCOMPARE(m_fx->leads().find(*id)->status, LeadStatus::New);
    QVERIFY(m_fx->search().search(u"الشهري"_s, 10, { RecordKind::Contact })->isEmpty());

    // The lead converts afterwards as if nothing happened.
    options.stageId = u"Proposal"_s;
    auto retry = m_fx->leads().convert(*id, options);
    QVERIFY2(retry.ok(), why(retry));
    QCOMPARE(m_fx->deals().find(retry->dealId)->stageId,
             PipelineService::findStage(*m_fx->pipelines().defaultPipeline(), u"Proposal"_s)->meta.id);
}

void tst_LeadService::setStatus()
{
    auto id = m_fx->leads().create(fullLead());
    QVERIFY2(id.ok(), why(id));
    OMNICRM_VERIFY_OK(m_fx->leads().setStatus(*id, LeadStatus::Qualified));
    QCOMPARE(m_fx->leads().find(*id)->status, LeadStatus::Qualified);
    auto converted = m_fx->leads().setStatus(*id, LeadStatus::Converted);
    QVERIFY(!converted.ok());
    QCOMPARE(converted.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(m_fx->leads().find(*id)->status, LeadStatus::Qualified);
}

void tst_LeadService::currencyIsUpperCasedAndConverts()
{
    LeadDraft draft = fullLead();
    draft.currency = u"aed"_s;
    auto id = m_fx->leads().create(draft);
    QVERIFY2(id.ok(), why(id));
    QCOMPARE(m_fx->leads().find(*id)->currency, u"AED"_s);
    auto result = m_fx->leads().convert(*id);
    QVERIFY2(result.ok(), why(result));
    QCOMPARE(m_fx->deals().find(result->dealId)->currency, u"AED"_s);
    QCOMPARE(m_fx->deals().find(result->dealId)->amountMinor, qint64(250000));

    // Without a value the currency is not asked for and not kept.
    LeadDraft noValue = fullLead();
    noValue.personName = u"بدون قيمة"_s;
    noValue.phone.clear();
    noValue.email.clear();
    noValue.valueMinor.reset();
    noValue.currency = u"whatever"_s;
    auto plain = m_fx->leads().create(noValue);
    QVERIFY2(plain.ok(), why(plain));
    QVERIFY(m_fx->leads().find(*plain)->currency.isEmpty());
}

QTEST_GUILESS_MAIN(tst_LeadService)
#include "tst_leadservice.moc"
