// SearchService: one search box across every kind of record, with Arabic folding and prefixes.
#pragma once

#include "companyrepository.h"
#include "contactrepository.h"
#include "dealrepository.h"
#include "leadrepository.h"
#include "productrepository.h"
#include "searchdocuments.h"
#include "searchindex.h"

namespace OmniCrm {

struct SearchResult
{
    RecordKind kind = RecordKind::Contact;
    QString id;
    QString title;
    QString subtitle; // company, phone or e-mail: what tells two similar titles apart
};

class SearchService
{
public:
    SearchService(SearchIndex &index, const SearchDocuments &documents, ContactRepository &contacts,
                  CompanyRepository &companies, LeadRepository &leads, DealRepository &deals,
                  ProductRepository &products);

    /// Records whose words start with every word of `text`, folded. Kinds filter when given.
    Result<QList<SearchResult>> search(const QString &text, int limit,
                                       const QList<RecordKind> &kinds = {}) const;

private:
    SearchIndex &m_index;
    const SearchDocuments &m_documents;
    ContactRepository &m_contacts;
    CompanyRepository &m_companies;
    LeadRepository &m_leads;
    DealRepository &m_deals;
    ProductRepository &m_products;
};

} // namespace OmniCrm
