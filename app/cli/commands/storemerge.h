// StoreMerge: a MergeService over one opened store, with the repositories it needs, for the
// dedupe --store-*, merge and undo-merge commands.
#pragma once

#include "companyrepository.h"
#include "contactrepository.h"
#include "crmstore.h"
#include "mergerepository.h"
#include "mergeservice.h"

namespace OmniCrm {

struct StoreMerge
{
    explicit StoreMerge(CrmStore &store)
        : contacts(store.database())
        , companies(store.database())
        , merges(store.database())
        , service(store.changeLog(), contacts, companies, merges, store.settings(), store.phones())
    {
    }

    /// Contact or company, by which table holds the live record; NotFound when neither does.
    Result<MergeKind> kindOf(const QString &id)
    {
        if (auto contact = contacts.find(id); contact && contact->meta.isAlive())
            return MergeKind::Contact;
        if (auto company = companies.find(id); company && company->meta.isAlive())
            return MergeKind::Company;
        return Error::make(ErrorCode::NotFound, QStringLiteral("no live contact or company %1").arg(id));
    }

    ContactRepository contacts;
    CompanyRepository companies;
    MergeRepository merges;
    MergeService service;
};

} // namespace OmniCrm
