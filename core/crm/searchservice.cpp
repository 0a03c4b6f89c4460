#include "searchservice.h"

#include <QHash>

namespace OmniCrm {

SearchService::SearchService(SearchIndex &index, const SearchDocuments &documents,
                             ContactRepository &contacts, CompanyRepository &companies, LeadRepository &leads,
                             DealRepository &deals, ProductRepository &products)
    : m_index(index)
    , m_documents(documents)
    , m_contacts(contacts)
    , m_companies(companies)
    , m_leads(leads)
    , m_deals(deals)
    , m_products(products)
{
}

Result<QList<SearchResult>> SearchService::search(const QString &text, int limit,
                                                  const QList<RecordKind> &kinds) const
{
    // Activities are indexed for their own list's filter; the global search shows the kinds below,
    // so their hits must not take its places.
    static const QList<RecordKind> shown { RecordKind::Contact, RecordKind::Company, RecordKind::Lead,
                                           RecordKind::Deal, RecordKind::Product };
    auto hits = m_index.match(m_documents.query(text), limit, kinds.isEmpty() ? shown : kinds);
    if (!hits)
        return hits.error();

    QHash<RecordKind, QList<qint64>> byKind;
    for (const SearchHit &hit : *hits)
        byKind[hit.kind].append(hit.rowId);

    // One lookup per kind, then the results go back into the index's order.
    QHash<QPair<int, qint64>, SearchResult> found;
    const auto keep = [&](RecordKind kind, qint64 rowId, SearchResult result) {
        result.kind = kind;
        found.insert({ int(kind), rowId }, std::move(result));
    };
    if (byKind.contains(RecordKind::Contact)) {
        auto rows = m_contacts.rowsByRowIds(byKind[RecordKind::Contact]);
        if (!rows)
            return rows.error();
        for (const ContactRow &r : *rows) {
            const QString subtitle = !r.companyName.isEmpty() ? r.companyName
                : !r.primaryPhone.isEmpty()                   ? r.primaryPhone
                                                              : r.primaryEmail;
            keep(RecordKind::Contact, r.rowId, { RecordKind::Contact, r.id, r.fullName, subtitle });
        }
    }
    if (byKind.contains(RecordKind::Company)) {
        auto rows = m_companies.rowsByRowIds(byKind[RecordKind::Company]);
        if (!rows)
            return rows.error();
        for (const CompanyRow &r : *rows)
            keep(RecordKind::Company, r.rowId, { RecordKind::Company, r.id, r.name, r.city });
    }
    if (byKind.contains(RecordKind::Lead)) {
        auto rows = m_leads.rowsByRowIds(byKind[RecordKind::Lead]);
        if (!rows)
            return rows.error();
        for (const LeadRow &r : *rows)
            keep(RecordKind::Lead, r.rowId,
                 { RecordKind::Lead, r.id, r.title, r.companyName.isEmpty() ? r.phone : r.companyName });
    }
    if (byKind.contains(RecordKind::Deal)) {
        auto rows = m_deals.rowsByRowIds(byKind[RecordKind::Deal]);
        if (!rows)
            return rows.error();
        for (const DealRow &r : *rows)
            keep(
                RecordKind::Deal, r.rowId,
                { RecordKind::Deal, r.id, r.title, r.companyName.isEmpty() ? r.contactName : r.companyName });
    }
    if (byKind.contains(RecordKind::Product)) {
        auto rows = m_products.rowsByRowIds(byKind[RecordKind::Product]);
        if (!rows)
            return rows.error();
        for (const Product &p : *rows) {
            auto rowId = m_products.rowIdOf(p.meta.id);
            if (rowId)
                keep(RecordKind::Product, *rowId, { RecordKind::Product, p.meta.id, p.nameAr, p.sku });
        }
    }

    QList<SearchResult> results;
    for (const SearchHit &hit : *hits) {
        const auto it = found.constFind({ int(hit.kind), hit.rowId });
        if (it != found.cend())
            results.append(*it);
    }
    return results;
}

} // namespace OmniCrm
