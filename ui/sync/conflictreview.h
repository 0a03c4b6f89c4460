// ConflictReview: the conflict log as the Conflicts page shows it. ConflictService (core) keeps the
// log and restores a losing value; this adds what the page needs on top: the record's kind and
// name, and dismissing a conflict the user has looked at and accepts as it is. Dismissed ids are
// kept in the store's meta table (this store only; dismissing is a personal review mark, it does
// not sync), pruned to the newest kMaxDismissed.
#pragma once

#include "conflictservice.h"
#include "entities.h"

#include <optional>

namespace OmniCrm {

class CrmStore;

/// One losing write: the fields one edit of one record lost together (a name edit loses the
/// name, its parts and its sort key at once). `record` is the field shown first.
struct ConflictEntry
{
    ConflictRecord record;
    QStringList columns; // the fields the user would recognise, `record.column` first
    QStringList ids; // every logged conflict of this write
    std::optional<RecordKind> kind; // empty: a row that is not a record (a phone, a tag link)
    QString recordName; // the record's name now; empty when it cannot be read
    bool dismissed = false;
};

class ConflictReview
{
public:
    static constexpr int kMaxDismissed = 2000;

    explicit ConflictReview(CrmStore &store);

    /// Newest first, one entry per losing write. Restored and dismissed ones only when
    /// `includeResolved`. `limit` bounds the logged conflicts read.
    Result<QList<ConflictEntry>> entries(int limit, bool includeResolved) const;
    /// Columns kept for the machine (sort keys, timestamps): never the field an entry shows.
    static bool isInternalColumn(const QString &column);
    /// Losing writes neither restored nor dismissed (the status bar's count).
    Result<int> openCount(int limit = 1000) const;
    /// Writes the losing write back (all its fields; ConflictService::restore).
    Status restore(const QString &conflictId);
    /// Accepts the kept values: hides the conflicts from the list and the count.
    Status dismiss(const QStringList &conflictIds);
    QString siteId() const;

private:
    Result<QStringList> dismissedIds() const;
    QString nameOf(RecordKind kind, const QString &id) const;

    CrmStore &m_store;
    ConflictService m_conflicts;
};

} // namespace OmniCrm
