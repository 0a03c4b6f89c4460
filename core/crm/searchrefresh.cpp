#include "searchrefresh.h"

#include <QHash>

namespace OmniCrm {

SearchRefresh::SearchRefresh(Database &db, const PhoneNormalizer &phones)
    : m_contacts(db)
    , m_companies(db)
    , m_leads(db)
    , m_deals(db)
    , m_products(db)
    , m_activities(db)
    , m_index(db)
    , m_documents(phones)
{
}

template <typename Record, typename Repository, typename Documents>
Status SearchRefresh::refreshWith(RecordKind kind, const Repository &repository, const QString &id,
                                  Documents &&documents)
{
    auto record = repository.find(id);
    if (!record)
        return record.error().code == ErrorCode::NotFound ? Status() : Status(record.error());
    auto rowId = repository.rowIdOf(id);
    if (!rowId)
        return rowId.error();
    if (!record->meta.isAlive())
        return m_index.remove(kind, *rowId);
    return m_index.put(kind, *rowId, documents(*record));
}

Status SearchRefresh::refresh(const QString &table, const QString &id)
{
    const auto companyName = [this](const QString &companyId) {
        if (companyId.isEmpty())
            return QString();
        auto company = m_companies.find(companyId);
        return company ? company->name : QString();
    };
    if (table == u"contact") {
        return refreshWith<Contact>(RecordKind::Contact, m_contacts, id, [&](const Contact &contact) {
            return m_documents.contact(contact, companyName(contact.companyId));
        });
    }
    if (table == u"company") {
        return refreshWith<Company>(RecordKind::Company, m_companies, id,
                                    [&](const Company &company) { return m_documents.company(company); });
    }
    if (table == u"lead")
        return refreshWith<Lead>(RecordKind::Lead, m_leads, id,
                                 [&](const Lead &lead) { return m_documents.lead(lead); });
    if (table == u"deal") {
        return refreshWith<Deal>(RecordKind::Deal, m_deals, id, [&](const Deal &deal) {
            QString contactName;
            if (!deal.contactId.isEmpty()) {
                auto contact = m_contacts.find(deal.contactId);
                if (contact)
                    contactName = contact->fullName;
            }
            return m_documents.deal(deal, contactName, companyName(deal.companyId));
        });
    }
    if (table == u"product") {
        return refreshWith<Product>(RecordKind::Product, m_products, id,
                                    [&](const Product &product) { return m_documents.product(product); });
    }
    if (table == u"activity") {
        return refreshWith<Activity>(RecordKind::Activity, m_activities, id, [&](const Activity &activity) {
            return m_documents.activity(activity);
        });
    }
    return {};
}

namespace {

// Walks a keyset-paged list of live records from its start: pageAfter(cursor) gives one page.
template <typename PageAfter, typename Visit> Status forEachPage(PageAfter &&pageAfter, Visit &&visit)
{
    std::optional<Cursor> after;
    while (true) {
        auto page = pageAfter(after);
        if (!page)
            return page.error();
        for (const auto &row : page->rows)
            OMNICRM_TRY(visit(row));
        if (page->nextCursor.isEmpty())
            return {};
        after = Cursor::decode(page->nextCursor);
        if (!after)
            return Error::make(ErrorCode::StoreCorrupt,
                               QStringLiteral("search rebuild: a page without a cursor"));
    }
}

} // namespace

Status SearchRefresh::rebuildAll()
{
    // Every live record's document is built first and then indexed in docid order (addAll).
    // Names that other records show (a contact its company's, a deal both) are read once; a name
    // of a deleted record is not among them and is looked up as refresh() would.
    QList<SearchDocument> documents;
    QHash<QString, QString> companyNames;
    QHash<QString, QString> contactNames;
    const auto companyName = [&](const QString &id) {
        if (id.isEmpty())
            return QString();
        if (const auto it = companyNames.constFind(id); it != companyNames.constEnd())
            return *it;
        auto company = m_companies.find(id);
        return company ? company->name : QString();
    };
    const auto contactName = [&](const QString &id) {
        if (id.isEmpty())
            return QString();
        if (const auto it = contactNames.constFind(id); it != contactNames.constEnd())
            return *it;
        auto contact = m_contacts.find(id);
        return contact ? contact->fullName : QString();
    };
    Status failed;
    const auto collect = [&](RecordKind kind, const auto &repository, const QString &id, QStringList tokens) {
        auto rowId = repository.rowIdOf(id);
        if (!rowId) {
            failed = rowId.error();
            return false;
        }
        documents.append(SearchDocument { kind, *rowId, std::move(tokens) });
        return true;
    };
    OMNICRM_TRY(m_companies.forEach([&](const Company &company) {
        companyNames.insert(company.meta.id, company.name);
        return collect(RecordKind::Company, m_companies, company.meta.id, m_documents.company(company));
    }));
    OMNICRM_TRY(failed);
    OMNICRM_TRY(m_contacts.forEach([&](const Contact &contact) {
        contactNames.insert(contact.meta.id, contact.fullName);
        return collect(RecordKind::Contact, m_contacts, contact.meta.id,
                       m_documents.contact(contact, companyName(contact.companyId)));
    }));
    OMNICRM_TRY(failed);
    OMNICRM_TRY(m_deals.forEach([&](const Deal &deal) {
        return collect(RecordKind::Deal, m_deals, deal.meta.id,
                       m_documents.deal(deal, contactName(deal.contactId), companyName(deal.companyId)));
    }));
    OMNICRM_TRY(failed);
    // Kinds without a table walk of their own: their list pages, each record read as refresh() does.
    constexpr int kPage = 500;
    const auto byId
        = [&](RecordKind kind, const auto &repository, const QString &id, const auto &tokensOf) -> Status {
        auto record = repository.find(id);
        if (!record)
            return record.error();
        if (record->meta.isAlive() && !collect(kind, repository, id, tokensOf(*record)))
            return failed;
        return {};
    };
    OMNICRM_TRY(forEachPage([&](const std::optional<Cursor> &after) { return m_leads.page(after, kPage); },
                            [&](const LeadRow &row) {
                                return byId(RecordKind::Lead, m_leads, row.id,
                                            [&](const Lead &lead) { return m_documents.lead(lead); });
                            }));
    OMNICRM_TRY(forEachPage([&](const std::optional<Cursor> &after) { return m_products.page(after, kPage); },
                            [&](const Product &product) -> Status {
                                if (product.meta.isAlive()
                                    && !collect(RecordKind::Product, m_products, product.meta.id,
                                                m_documents.product(product)))
                                    return failed;
                                return {};
                            }));
    OMNICRM_TRY(forEachPage(
        [&](const std::optional<Cursor> &after) { return m_activities.page(ListSort {}, after, kPage); },
        [&](const ActivityRow &row) {
            return byId(RecordKind::Activity, m_activities, row.id,
                        [&](const Activity &activity) { return m_documents.activity(activity); });
        }));
    OMNICRM_TRY(m_index.clear());
    return m_index.addAll(std::move(documents));
}

} // namespace OmniCrm
