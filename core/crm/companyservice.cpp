#include "companyservice.h"

#include "phonenormalizer.h"
#include "validation.h"

namespace OmniCrm {

namespace {
const QString kTarget = QStringLiteral("company");
constexpr int kMaxName = 300;
} // namespace

CompanyService::CompanyService(ChangeLog &log, CompanyRepository &companies, SearchIndex &search,
                               TagService &tags, const PhoneNormalizer &phones,
                               const SearchDocuments &documents, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_companies(companies)
    , m_search(search)
    , m_tags(tags)
    , m_phones(phones)
    , m_documents(documents)
{
}

Result<Company> CompanyService::validate(const CompanyDraft &draft) const
{
    Company company;
    company.name = draft.name.simplified();
    if (company.name.isEmpty())
        return Error::make(ErrorCode::MissingField, QStringLiteral("a company needs a name"),
                           QStringLiteral("name"));
    if (company.name.size() > kMaxName)
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("the company name is longer than %1 characters").arg(kMaxName),
                           QStringLiteral("name"));
    if (!draft.phone.trimmed().isEmpty()) {
        auto phone = m_phones.normalize(draft.phone);
        if (!phone)
            return Error::make(ErrorCode::InvalidPhone, phone.error().detail, QStringLiteral("phone"));
        company.phoneE164 = phone->e164;
        company.phoneRaw = draft.phone.trimmed();
    }
    if (!draft.email.trimmed().isEmpty()) {
        auto email = normalizeEmail(draft.email);
        if (!email)
            return email.error();
        company.email = *email;
    }
    company.industry = draft.industry.simplified();
    company.website = draft.website.trimmed();
    company.city = draft.city.simplified();
    company.country = draft.country.simplified();
    company.address = draft.address.trimmed();
    company.notes = draft.notes.trimmed();
    company.ownerId = draft.ownerId;
    return company;
}

Result<qint64> CompanyService::insert(Company &company, const QStringList &tags, UnitOfWork &work)
{
    auto rowId = m_companies.insert(company, sortKeyFor(company.name), work);
    if (!rowId)
        return rowId.error();
    OMNICRM_TRY(m_search.add(RecordKind::Company, *rowId, m_documents.company(company)));
    OMNICRM_TRY(m_tags.addTags(kTarget, company.meta.id, tags, work));
    return rowId;
}

Result<QString> CompanyService::create(const CompanyDraft &draft)
{
    auto company = validate(draft);
    if (!company)
        return company.error();
    UnitOfWork work(m_log);
    OMNICRM_TRY(work.began());
    auto rowId = insert(*company, draft.tags, work);
    if (!rowId)
        return rowId.error();
    OMNICRM_TRY(work.commit());
    Q_EMIT companySaved(company->meta.id);
    return company->meta.id;
}

Status CompanyService::update(const QString &id, const CompanyDraft &draft)
{
    auto before = m_companies.find(id);
    if (!before)
        return before.error();
    auto after = validate(draft);
    if (!after)
        return after.error();
    after->meta = before->meta;
    after->importBatch = before->importBatch;
    UnitOfWork work(m_log);
    OMNICRM_TRY(work.began());
    OMNICRM_TRY(m_companies.update(*before, *after, sortKeyFor(after->name), work));
    auto rowId = m_companies.rowIdOf(id);
    if (!rowId)
        return rowId.error();
    if (before->meta.isAlive()) // a deleted company stays out of search until restored
        OMNICRM_TRY(m_search.put(RecordKind::Company, *rowId, m_documents.company(*after)));
    if (after->name != before->name && m_renameFollower)
        OMNICRM_TRY(m_renameFollower(id, after->name, work));
    OMNICRM_TRY(m_tags.setTags(kTarget, id, draft.tags, work));
    OMNICRM_TRY(work.commit());
    Q_EMIT companySaved(id);
    return {};
}

Status CompanyService::setAlive(const QString &id, bool alive, UnitOfWork &work)
{
    auto company = m_companies.find(id);
    if (!company)
        return company.error();
    if (company->meta.isAlive() == alive)
        return {};
    OMNICRM_TRY(m_companies.setCausalLength(id, company->meta.causalLength + 1, work));
    auto rowId = m_companies.rowIdOf(id);
    if (!rowId)
        return rowId.error();
    return alive ? m_search.put(RecordKind::Company, *rowId, m_documents.company(*company))
                 : m_search.remove(RecordKind::Company, *rowId);
}

Status CompanyService::removeIn(const QString &id, UnitOfWork &work)
{
    return setAlive(id, false, work);
}

Status CompanyService::remove(const QString &id)
{
    OMNICRM_TRY(inUnitOfWork(m_log, [&](UnitOfWork &work) { return setAlive(id, false, work); }));
    Q_EMIT companyRemoved(id);
    return {};
}

Status CompanyService::restore(const QString &id)
{
    OMNICRM_TRY(inUnitOfWork(m_log, [&](UnitOfWork &work) { return setAlive(id, true, work); }));
    Q_EMIT companySaved(id);
    return {};
}

Result<QString> CompanyService::idForName(const QString &name, UnitOfWork &work, const QString &importBatch)
{
    const QString simplified = name.simplified();
    if (simplified.isEmpty())
        return QString();
    auto existing = m_companies.idBySortKey(sortKeyFor(simplified));
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return *existing;
    CompanyDraft draft;
    draft.name = simplified;
    auto company = validate(draft);
    if (!company)
        return company.error();
    company->importBatch = importBatch;
    auto rowId = insert(*company, {}, work);
    if (!rowId)
        return rowId.error();
    return company->meta.id;
}

Result<QString> CompanyService::duplicateOf(const Company &company) const
{
    auto byName = m_companies.idBySortKey(sortKeyFor(company.name));
    if (!byName || !byName->isEmpty())
        return byName;
    if (!company.phoneE164.isEmpty()) {
        auto byPhone = m_companies.idByPhone(company.phoneE164);
        if (!byPhone || !byPhone->isEmpty())
            return byPhone;
    }
    if (!company.email.isEmpty())
        return m_companies.idByEmail(company.email);
    return QString();
}

Result<Page<CompanyRow>> CompanyService::page(const std::optional<Cursor> &after, int limit) const
{
    return m_companies.page(after, limit);
}

Result<QStringList> CompanyService::tagsOf(const QString &id) const
{
    return m_tags.namesOf(kTarget, id);
}

} // namespace OmniCrm
