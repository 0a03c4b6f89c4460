#include "duplicatejobs.h"

namespace OmniCrm::DuplicateJobs {

namespace {

QString recordName(CrmStore &store, MergeKind kind, const QString &id)
{
    if (kind == MergeKind::Contact) {
        auto contact = store.contacts().find(id);
        return contact ? contact->fullName : QString();
    }
    auto company = store.companies().find(id);
    return company ? company->name : QString();
}

} // namespace

Result<QList<DuplicateItem>> readQueue(CrmStore &store, MergeService &merges, MergeKind kind)
{
    auto queue = merges.reviewQueue(kind);
    if (!queue)
        return queue.error();
    QList<DuplicateItem> items;
    for (const DuplicateCandidate &candidate : std::as_const(*queue))
        items.append({ candidate, recordName(store, kind, candidate.recordA),
                       recordName(store, kind, candidate.recordB) });
    return items;
}

} // namespace OmniCrm::DuplicateJobs
