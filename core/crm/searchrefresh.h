// SearchRefresh: re-indexes records that changed without going through their service (rows
// merged by sync). Reads each record through its repository and indexes what SearchDocuments
// says, or removes a deleted one, exactly as the services do.
#pragma once

#include "activityrepository.h"
#include "companyrepository.h"
#include "contactrepository.h"
#include "dealrepository.h"
#include "leadrepository.h"
#include "productrepository.h"
#include "searchdocuments.h"
#include "searchindex.h"

namespace OmniCrm {

class PhoneNormalizer;

class SearchRefresh
{
public:
    SearchRefresh(Database &db, const PhoneNormalizer &phones);

    /// Re-indexes record `id` of `table` when the table is a searched kind; other tables are
    /// no-ops. A record that does not exist is left alone.
    Status refresh(const QString &table, const QString &id);
    /// Empties the index and indexes every live record of every searched kind again, as
    /// refresh() would one by one, but reading each table once (after a snapshot merged many
    /// rows without indexing them). Run it inside the caller's transaction.
    Status rebuildAll();

private:
    template <typename Record, typename Repository, typename Documents>
    Status refreshWith(RecordKind kind, const Repository &repository, const QString &id,
                       Documents &&documents);

    ContactRepository m_contacts;
    CompanyRepository m_companies;
    LeadRepository m_leads;
    DealRepository m_deals;
    ProductRepository m_products;
    ActivityRepository m_activities;
    SearchIndex m_index;
    SearchDocuments m_documents;
};

} // namespace OmniCrm
