// The client side of sync as the sync client sees it: a local store that has transactions to
// push and accepts transactions pulled from the server. The encrypted CrmStore implements it
// (core/sync ReplicaStore); tests of the wire and the server may use an in-memory one.
#pragma once

#include "result.h"
#include "synctransaction.h"

namespace OmniCrm {

/// What applying pulled transactions did, for the status bar and for tests.
struct ApplyReport
{
    int transactions = 0; // applied now (already-applied ones are skipped and not counted)
    int fieldsWritten = 0; // fields whose remote value won
    int conflicts = 0; // local values that lost to a concurrent remote one (kept in the log)
};

class Replica
{
public:
    virtual ~Replica() = default;

    /// This store's site id (stable for the life of the store).
    virtual QString siteId() const = 0;

    /// Local transactions not yet acknowledged, oldest first, at most maxTransactions of them.
    /// Each is whole; localSeq grows from one to the next.
    virtual Result<QList<SyncTransaction>> pending(int maxTransactions) const = 0;

    /// The server has durably applied every local transaction up to and including localSeq.
    virtual Status acknowledge(qint64 localSeq) = 0;

    /// Merges transactions pulled from the server (serverSeq set, ascending) in one local write
    /// transaction and advances the cursor to the last serverSeq. Transactions this site pushed
    /// itself are recognised by siteId and only advance the cursor.
    virtual Result<ApplyReport> apply(const QList<SyncTransaction> &transactions) = 0;

    /// The highest serverSeq applied: the "changes after" position for the next pull.
    virtual qint64 cursor() const = 0;

    /// Merges one chunk of a snapshot: the server's per-field state, as transactions with
    /// serverSeq 0 and localSeq 0, one per writing site (siteId is the tie-break), each row change
    /// carrying the hlc of its fields. It must not move the cursor: once the whole snapshot is in
    /// and its checksum matched, the client applies an empty transaction of this site's own
    /// siteId with the checkpoint's serverSeq, which only advances the cursor.
    /// (Added by the sync client; the default suits a replica whose apply() merges serverSeq-0
    /// transactions without skipping them or moving the cursor.)
    virtual Result<ApplyReport> applySnapshot(const QList<SyncTransaction> &chunk) { return apply(chunk); }
};

} // namespace OmniCrm
