#include "leadservice.h"

#include "phonenormalizer.h"
#include "validation.h"

namespace OmniCrm {

namespace {
const QStringList kLeadTypes { QStringLiteral("bulk_order"),  QStringLiteral("quote_request"),
                               QStringLiteral("support"),     QStringLiteral("complaint"),
                               QStringLiteral("partnership"), QStringLiteral("general") };
const QStringList kPriorities { QStringLiteral("low"), QStringLiteral("normal"), QStringLiteral("high"),
                                QStringLiteral("urgent") };

// ISO 4217 codes are three Latin capitals; a length check alone lets "123" or "ريا" through.
bool isCurrencyCode(QStringView code)
{
    return code.size() == 3
        && std::all_of(code.begin(), code.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
}
} // namespace

LeadService::LeadService(ChangeLog &log, LeadRepository &leads, ContactService &contacts,
                         CompanyService &companies, DealService &deals, ActivityRepository &activities,
                         SearchIndex &search, const PhoneNormalizer &phones, const SearchDocuments &documents,
                         QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_leads(leads)
    , m_contacts(contacts)
    , m_companies(companies)
    , m_deals(deals)
    , m_activities(activities)
    , m_search(search)
    , m_phones(phones)
    , m_documents(documents)
{
}

Result<Lead> LeadService::validate(const LeadDraft &draft) const
{
    Lead lead;
    lead.personName = draft.personName.simplified();
    lead.companyName = draft.companyName.simplified();
    lead.title = draft.title.simplified();
    if (lead.title.isEmpty())
        lead.title = lead.personName.isEmpty() ? lead.companyName : lead.personName;
    if (lead.title.isEmpty())
        return Error::make(ErrorCode::MissingField,
                           QStringLiteral("a lead needs a title, a person or a company"),
                           QStringLiteral("title"));
    if (!draft.phone.trimmed().isEmpty()) {
        auto phone = m_phones.normalize(draft.phone);
        if (!phone)
            return Error::make(ErrorCode::InvalidPhone, phone.error().detail, QStringLiteral("phone"));
        lead.phoneE164 = phone->e164;
        lead.phoneRaw = draft.phone.trimmed();
    }
    if (!draft.email.trimmed().isEmpty()) {
        auto email = normalizeEmail(draft.email);
        if (!email)
            return email.error();
        lead.email = *email;
    }
    if (!draft.leadType.isEmpty() && !kLeadTypes.contains(draft.leadType))
        return Error::make(
            ErrorCode::InvalidArgument,
            QStringLiteral("lead type must be one of %1").arg(kLeadTypes.join(QStringLiteral(", "))),
            QStringLiteral("lead_type"));
    if (!draft.priority.isEmpty() && !kPriorities.contains(draft.priority))
        return Error::make(
            ErrorCode::InvalidArgument,
            QStringLiteral("priority must be one of %1").arg(kPriorities.join(QStringLiteral(", "))),
            QStringLiteral("priority"));
    if (draft.valueMinor && *draft.valueMinor < 0)
        return Error::make(ErrorCode::InvalidMoney, QStringLiteral("a lead's value cannot be negative"),
                           QStringLiteral("value"));
    // The currency goes to the deal on conversion: refuse now what the deal would refuse then.
    if (draft.valueMinor && !isCurrencyCode(draft.currency.trimmed().toUpper()))
        return Error::make(ErrorCode::InvalidMoney,
                           QStringLiteral("\"%1\" is not an ISO 4217 currency code").arg(draft.currency),
                           QStringLiteral("currency"));
    lead.city = draft.city.simplified();
    lead.source = draft.source.simplified();
    lead.leadType = draft.leadType;
    lead.priority = draft.priority;
    lead.valueMinor = draft.valueMinor;
    lead.currency = draft.valueMinor ? draft.currency.trimmed().toUpper() : QString();
    lead.notes = draft.notes.trimmed();
    lead.ownerId = draft.ownerId;
    return lead;
}

Result<QString> LeadService::create(const LeadDraft &draft)
{
    auto lead = validate(draft);
    if (!lead)
        return lead.error();
    UnitOfWork work(m_log);
    OMNICRM_TRY(work.began());
    auto id = createIn(draft, work);
    if (!id)
        return id.error();
    OMNICRM_TRY(work.commit());
    Q_EMIT leadSaved(*id);
    return id;
}

Result<QString> LeadService::createIn(const LeadDraft &draft, UnitOfWork &work)
{
    auto lead = validate(draft);
    if (!lead)
        return lead.error();
    auto rowId = m_leads.insert(*lead, sortKeyFor(lead->title), work);
    if (!rowId)
        return rowId.error();
    OMNICRM_TRY(m_search.add(RecordKind::Lead, *rowId, m_documents.lead(*lead)));
    return lead->meta.id;
}

Status LeadService::update(const QString &id, const LeadDraft &draft)
{
    auto before = m_leads.find(id);
    if (!before)
        return before.error();
    if (before->status == LeadStatus::Converted)
        return Error::make(ErrorCode::Conflict, QStringLiteral("the lead was converted already"),
                           QStringLiteral("status"));
    auto validated = validate(draft);
    if (!validated)
        return validated.error();
    Lead after = *validated;
    after.meta = before->meta;
    after.status = before->status;
    const Status saved = inUnitOfWork(m_log, [&](UnitOfWork &work) -> Status {
        OMNICRM_TRY(m_leads.update(*before, after, sortKeyFor(after.title), work));
        auto rowId = m_leads.rowIdOf(id);
        if (!rowId)
            return rowId.error();
        return m_search.put(RecordKind::Lead, *rowId, m_documents.lead(after));
    });
    if (!saved)
        return saved;
    Q_EMIT leadSaved(id);
    return {};
}

Status LeadService::setStatus(const QString &id, LeadStatus status)
{
    auto before = m_leads.find(id);
    if (!before)
        return before.error();
    if (before->status == LeadStatus::Converted)
        return Error::make(ErrorCode::Conflict, QStringLiteral("the lead was converted already"),
                           QStringLiteral("status"));
    if (status == LeadStatus::Converted)
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("use convert() to convert a lead"),
                           QStringLiteral("status"));
    Lead after = *before;
    after.status = status;
    OMNICRM_TRY(inUnitOfWork(m_log, [&](UnitOfWork &work) {
        return m_leads.update(*before, after, sortKeyFor(after.title), work);
    }));
    Q_EMIT leadSaved(id);
    return {};
}

Result<ConvertedLead> LeadService::convert(const QString &id, const LeadConversion &options)
{
    auto before = m_leads.find(id);
    if (!before)
        return before.error();
    if (!before->meta.isAlive())
        return Error::make(ErrorCode::NotFound, QStringLiteral("the lead was deleted"),
                           QStringLiteral("lead"));
    if (before->status == LeadStatus::Converted)
        return Error::make(ErrorCode::Conflict, QStringLiteral("the lead was converted already"),
                           QStringLiteral("status"));

    ConvertedLead result;
    UnitOfWork work(m_log);
    OMNICRM_TRY(work.began());

    // The company first, so the contact and the deal can point at it.
    auto companyId = m_companies.idForName(before->companyName, work);
    if (!companyId)
        return companyId.error();
    result.companyId = *companyId;

    if (!before->personName.isEmpty() || !before->phoneE164.isEmpty() || !before->email.isEmpty()) {
        ContactDraft draft;
        draft.fullName = before->personName.isEmpty() ? before->title : before->personName;
        draft.companyId = result.companyId;
        draft.city = before->city;
        draft.source = before->source;
        draft.notes = before->notes;
        draft.ownerId = before->ownerId;
        if (!before->phoneE164.isEmpty())
            draft.phones.append(
                PhoneDraft { before->phoneRaw.isEmpty() ? before->phoneE164 : before->phoneRaw });
        if (!before->email.isEmpty())
            draft.emails.append(before->email);
        auto contact = m_contacts.validate(draft);
        if (!contact)
            return contact.error();
        auto existing = m_contacts.duplicateOf(*contact);
        if (!existing)
            return existing.error();
        if (!existing->isEmpty()) {
            result.contactId = *existing; // the person is already a contact: link, don't copy
        } else {
            auto rowId = m_contacts.insert(*contact, before->companyName, {}, work);
            if (!rowId)
                return rowId.error();
            result.contactId = contact->meta.id;
        }
    }

    if (options.createDeal) {
        DealDraft draft;
        draft.title = options.dealTitle.isEmpty() ? before->title : options.dealTitle;
        draft.stageId = options.stageId;
        draft.contactId = result.contactId;
        draft.companyId = result.companyId;
        draft.amountMinor = options.amountMinor.value_or(before->valueMinor.value_or(0));
        if (!before->currency.isEmpty())
            draft.currency = before->currency;
        draft.ownerId = before->ownerId;
        auto deal = m_deals.validate(draft);
        if (!deal)
            return deal.error();
        auto rowId = m_deals.insert(*deal, work);
        if (!rowId)
            return rowId.error();
        result.dealId = deal->meta.id;
    }

    // The lead's history follows the person it became.
    if (!result.contactId.isEmpty())
        OMNICRM_TRY(m_activities.retarget(QStringLiteral("lead"), id, QStringLiteral("contact"),
                                          result.contactId, work));

    Lead after = *before;
    after.status = LeadStatus::Converted;
    after.convertedContactId = result.contactId;
    after.convertedCompanyId = result.companyId;
    after.convertedDealId = result.dealId;
    after.convertedAt = work.now();
    OMNICRM_TRY(m_leads.update(*before, after, sortKeyFor(after.title), work));
    OMNICRM_TRY(work.commit());
    Q_EMIT leadConverted(id, result.contactId, result.dealId);
    return result;
}

Status LeadService::setAlive(const QString &id, bool alive)
{
    auto lead = m_leads.find(id);
    if (!lead)
        return lead.error();
    if (lead->meta.isAlive() == alive)
        return {};
    UnitOfWork work(m_log);
    OMNICRM_TRY(work.began());
    OMNICRM_TRY(m_leads.setCausalLength(id, lead->meta.causalLength + 1, work));
    auto rowId = m_leads.rowIdOf(id);
    if (!rowId)
        return rowId.error();
    OMNICRM_TRY(alive ? m_search.put(RecordKind::Lead, *rowId, m_documents.lead(*lead))
                      : m_search.remove(RecordKind::Lead, *rowId));
    return work.commit();
}

Status LeadService::remove(const QString &id)
{
    OMNICRM_TRY(setAlive(id, false));
    Q_EMIT leadRemoved(id);
    return {};
}

Status LeadService::restore(const QString &id)
{
    OMNICRM_TRY(setAlive(id, true));
    Q_EMIT leadSaved(id);
    return {};
}

Result<Page<LeadRow>> LeadService::page(const std::optional<Cursor> &after, int limit) const
{
    return m_leads.page(after, limit);
}

} // namespace OmniCrm
