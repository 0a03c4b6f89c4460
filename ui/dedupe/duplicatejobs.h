// DuplicateJobs: what the Duplicates page's worker jobs read besides the merge service: the
// review queue with the names to show. Runs on the worker connection only.
#pragma once

#include "crmstore.h"
#include "pairreviewpanel.h"

namespace OmniCrm::DuplicateJobs {

/// What a scan hands back to the page.
struct ScanReply
{
    DuplicateScan scan;
    QList<DuplicateItem> items;
};

/// The pending pairs of `kind`, most probable first, with both records' names.
Result<QList<DuplicateItem>> readQueue(CrmStore &store, MergeService &merges, MergeKind kind);

} // namespace OmniCrm::DuplicateJobs
