#include "contactservice.h"

#include "phonenormalizer.h"
#include "validation.h"

namespace OmniCrm {

namespace {
const QString kTarget = QStringLiteral("contact");
constexpr int kMaxName = 200;
constexpr int kMaxPhones = 20;
} // namespace

ContactService::ContactService(ChangeLog &log, ContactRepository &contacts, CompanyService &companies,
                               SearchIndex &search, TagService &tags, ActivityRepository &activities,
                               const PhoneNormalizer &phones, const SearchDocuments &documents,
                               QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_contacts(contacts)
    , m_companies(companies)
    , m_search(search)
    , m_tags(tags)
    , m_activities(activities)
    , m_phones(phones)
    , m_documents(documents)
{
}

Result<Contact> ContactService::validate(const ContactDraft &draft) const
{
    Contact contact;
    contact.firstName = draft.firstName.simplified();
    contact.lastName = draft.lastName.simplified();
    contact.fullName = draft.fullName.simplified();
    if (contact.fullName.isEmpty())
        contact.fullName = QStringList { contact.firstName, contact.lastName }.join(u' ').simplified();
    if (contact.fullName.isEmpty())
        return Error::make(ErrorCode::MissingField, QStringLiteral("a contact needs a name"),
                           QStringLiteral("name"));
    if (contact.fullName.size() > kMaxName)
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("the name is longer than %1 characters").arg(kMaxName),
                           QStringLiteral("name"));
    if (draft.phones.size() > kMaxPhones)
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("more than %1 phone numbers").arg(kMaxPhones),
                           QStringLiteral("phone"));

    for (const PhoneDraft &draftPhone : draft.phones) {
        if (draftPhone.raw.trimmed().isEmpty())
            continue;
        auto number = m_phones.normalize(draftPhone.raw);
        if (!number)
            return Error::make(ErrorCode::InvalidPhone, number.error().detail,
                               draftPhone.label == u"mobile" ? QStringLiteral("mobile")
                                                             : QStringLiteral("phone"));
        const bool seen = std::any_of(contact.phones.begin(), contact.phones.end(),
                                      [&](const ContactPhone &p) { return p.e164 == number->e164; });
        if (seen)
            continue;
        ContactPhone phone;
        phone.e164 = number->e164;
        phone.national = number->nationalDigits;
        phone.raw = draftPhone.raw.trimmed();
        phone.label = draftPhone.label.isEmpty() ? QStringLiteral("mobile") : draftPhone.label;
        phone.isPrimary = contact.phones.isEmpty();
        contact.phones.append(phone);
    }
    for (const QString &rawEmail : draft.emails) {
        if (rawEmail.trimmed().isEmpty())
            continue;
        auto email = normalizeEmail(rawEmail);
        if (!email)
            return email.error();
        const bool seen = std::any_of(contact.emails.begin(), contact.emails.end(),
                                      [&](const ContactEmail &e) { return e.email == *email; });
        if (seen)
            continue;
        ContactEmail entry;
        entry.email = *email;
        entry.isPrimary = contact.emails.isEmpty();
        contact.emails.append(entry);
    }
    contact.companyId = draft.companyId;
    contact.title = draft.title.simplified();
    contact.city = draft.city.simplified();
    contact.country = draft.country.simplified();
    contact.address = draft.address.trimmed();
    contact.website = draft.website.trimmed();
    contact.source = draft.source.simplified();
    contact.notes = draft.notes.trimmed();
    contact.ownerId = draft.ownerId;
    return contact;
}

Status ContactService::index(const Contact &contact, qint64 rowId, QString companyName, IndexMode mode)
{
    if (companyName.isEmpty() && !contact.companyId.isEmpty()) {
        auto company = m_companies.find(contact.companyId);
        if (company)
            companyName = company->name;
    }
    const QStringList tokens = m_documents.contact(contact, companyName);
    return mode == IndexMode::New ? m_search.add(RecordKind::Contact, rowId, tokens)
                                  : m_search.put(RecordKind::Contact, rowId, tokens);
}

Result<PreparedContact> ContactService::prepare(const ContactDraft &draft) const
{
    auto contact = validate(draft);
    if (!contact)
        return contact.error();
    PreparedContact prepared;
    prepared.contact = std::move(contact).value();
    prepared.companyName = draft.companyName;
    prepared.tags = draft.tags;
    prepared.sortKey = sortKeyFor(prepared.contact.fullName);
    if (!draft.companyName.isEmpty() || prepared.contact.companyId.isEmpty())
        prepared.searchTokens = m_documents.contact(prepared.contact, draft.companyName);
    return prepared;
}

Result<qint64> ContactService::insert(Contact &contact, const QString &companyName, const QStringList &tags,
                                      UnitOfWork &work)
{
    PreparedContact prepared;
    prepared.contact = std::move(contact);
    prepared.companyName = companyName;
    prepared.tags = tags;
    prepared.sortKey = sortKeyFor(prepared.contact.fullName);
    auto rowId = insert(prepared, work);
    contact = std::move(prepared.contact);
    return rowId;
}

Result<qint64> ContactService::insert(PreparedContact &prepared, UnitOfWork &work)
{
    Contact &contact = prepared.contact;
    if (contact.companyId.isEmpty() && !prepared.companyName.trimmed().isEmpty()) {
        auto companyId = m_companies.idForName(prepared.companyName, work, contact.importBatch);
        if (!companyId)
            return companyId.error();
        contact.companyId = *companyId;
    }
    auto rowId = m_contacts.insert(contact, prepared.sortKey, work);
    if (!rowId)
        return rowId.error();
    if (prepared.searchTokens)
        OMNICRM_TRY(m_search.add(RecordKind::Contact, *rowId, *prepared.searchTokens));
    else
        OMNICRM_TRY(index(contact, *rowId, prepared.companyName, IndexMode::New));
    OMNICRM_TRY(m_tags.addTags(kTarget, contact.meta.id, prepared.tags, work));
    return rowId;
}

Result<QString> ContactService::create(const ContactDraft &draft)
{
    auto contact = validate(draft);
    if (!contact)
        return contact.error();
    UnitOfWork work(m_log);
    OMNICRM_TRY(work.began());
    auto rowId = insert(*contact, draft.companyName, draft.tags, work);
    if (!rowId)
        return rowId.error();
    OMNICRM_TRY(work.commit());
    Q_EMIT contactSaved(contact->meta.id);
    return contact->meta.id;
}

Status ContactService::update(const QString &id, const ContactDraft &draft)
{
    auto before = m_contacts.find(id);
    if (!before)
        return before.error();
    auto after = validate(draft);
    if (!after)
        return after.error();
    after->meta = before->meta;
    after->importBatch = before->importBatch;
    // Keep the ids of phones and e-mails that survive the edit, so sync sees an edit, not a swap.
    for (ContactPhone &phone : after->phones) {
        for (const ContactPhone &old : before->phones) {
            if (old.e164 == phone.e164)
                phone.id = old.id;
        }
    }
    for (ContactEmail &email : after->emails) {
        for (const ContactEmail &old : before->emails) {
            if (old.email == email.email)
                email.id = old.id;
        }
    }
    UnitOfWork work(m_log);
    OMNICRM_TRY(work.began());
    if (after->companyId.isEmpty() && !draft.companyName.trimmed().isEmpty()) {
        auto companyId = m_companies.idForName(draft.companyName, work);
        if (!companyId)
            return companyId.error();
        after->companyId = *companyId;
    }
    OMNICRM_TRY(m_contacts.update(*before, *after, sortKeyFor(after->fullName), work));
    auto rowId = m_contacts.rowIdOf(id);
    if (!rowId)
        return rowId.error();
    if (before->meta.isAlive()) // a deleted contact stays out of search until restored
        OMNICRM_TRY(index(*after, *rowId, draft.companyName, IndexMode::Replace));
    OMNICRM_TRY(m_tags.setTags(kTarget, id, draft.tags, work));
    OMNICRM_TRY(work.commit());
    Q_EMIT contactSaved(id);
    return {};
}

Status ContactService::setAlive(const QString &id, bool alive, UnitOfWork &work)
{
    auto contact = m_contacts.find(id);
    if (!contact)
        return contact.error();
    if (contact->meta.isAlive() == alive)
        return {};
    OMNICRM_TRY(m_contacts.setCausalLength(id, contact->meta.causalLength + 1, work));
    auto rowId = m_contacts.rowIdOf(id);
    if (!rowId)
        return rowId.error();
    return alive ? index(*contact, *rowId, {}, IndexMode::Replace)
                 : m_search.remove(RecordKind::Contact, *rowId);
}

Status ContactService::reindexCompany(const QString &companyId, const QString &name, UnitOfWork &)
{
    auto ids = m_contacts.idsOfCompany(companyId);
    if (!ids)
        return ids.error();
    for (const QString &id : *ids) {
        auto contact = m_contacts.find(id);
        if (!contact)
            return contact.error();
        auto rowId = m_contacts.rowIdOf(id);
        if (!rowId)
            return rowId.error();
        OMNICRM_TRY(index(*contact, *rowId, name, IndexMode::Replace));
    }
    return {};
}

Status ContactService::removeIn(const QString &id, UnitOfWork &work)
{
    return setAlive(id, false, work);
}

Status ContactService::remove(const QString &id)
{
    OMNICRM_TRY(inUnitOfWork(m_log, [&](UnitOfWork &work) { return setAlive(id, false, work); }));
    Q_EMIT contactRemoved(id);
    return {};
}

Status ContactService::restore(const QString &id)
{
    OMNICRM_TRY(inUnitOfWork(m_log, [&](UnitOfWork &work) { return setAlive(id, true, work); }));
    Q_EMIT contactSaved(id);
    return {};
}

Result<Page<ContactRow>> ContactService::page(const std::optional<Cursor> &after, int limit) const
{
    return m_contacts.page(after, limit);
}

Result<QStringList> ContactService::tagsOf(const QString &id) const
{
    return m_tags.namesOf(kTarget, id);
}

Result<QList<Activity>> ContactService::timeline(const QString &id) const
{
    return m_activities.forTarget(kTarget, id);
}

Result<QString> ContactService::duplicateOf(const Contact &contact) const
{
    for (const ContactPhone &phone : contact.phones) {
        auto id = m_contacts.idByPhone(phone.e164);
        if (!id || !id->isEmpty())
            return id;
    }
    for (const ContactEmail &email : contact.emails) {
        auto id = m_contacts.idByEmail(email.email);
        if (!id || !id->isEmpty())
            return id;
    }
    return QString();
}

} // namespace OmniCrm
