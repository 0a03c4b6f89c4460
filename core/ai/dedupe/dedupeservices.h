// DedupeServices: the merge service of one opened store, wired from its CrmStore (the store
// must not know about core/ai). Like CrmStore, one instance serves one connection and thread;
// the desktop makes one over a sibling connection on its worker thread.
#pragma once

#include "companyrepository.h"
#include "contactrepository.h"
#include "mergerepository.h"
#include "mergeservice.h"

namespace OmniCrm {

class CrmStore;

class DedupeServices
{
public:
    explicit DedupeServices(CrmStore &store);

    MergeService &merges() { return m_service; }

private:
    ContactRepository m_contacts;
    CompanyRepository m_companies;
    MergeRepository m_merges;
    MergeService m_service;
};

} // namespace OmniCrm
