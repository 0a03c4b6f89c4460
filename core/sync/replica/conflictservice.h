// ConflictService: the values sync replaced with another device's (the merge engine's conflict
// log), for review, and restore(): the losing write comes back as a new local change, through the
// normal change capture, so it syncs to every device like an edit.
#pragma once

#include "searchrefresh.h"
#include "syncrepository.h"

namespace OmniCrm {

class CrmStore;

class ConflictService
{
public:
    explicit ConflictService(CrmStore &store);

    /// Newest first; restored ones only when asked.
    Result<QList<ConflictRecord>> list(int limit = 100, bool includeRestored = false) const;
    /// Writes the losing value back, together with the other fields the same losing write lost on
    /// that record (a name and its sort key come back together), and marks them restored.
    Status restore(const QString &conflictId);

private:
    CrmStore &m_store;
    SyncRepository m_sync;
    SearchRefresh m_search;
};

} // namespace OmniCrm
