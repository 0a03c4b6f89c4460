#include "dedupeservices.h"

#include "crmstore.h"

namespace OmniCrm {

DedupeServices::DedupeServices(CrmStore &store)
    : m_contacts(store.database())
    , m_companies(store.database())
    , m_merges(store.database())
    , m_service(store.changeLog(), m_contacts, m_companies, m_merges, store.settings(), store.phones())
{
}

} // namespace OmniCrm
