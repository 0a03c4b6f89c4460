#include "searchrefresh.h"

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

} // namespace OmniCrm
