// ReplicaStore: the encrypted CrmStore as a sync replica (DESIGN §5). pending() reads the outbox as
// whole transactions; apply() merges pulled ones in one local write transaction:
// - every field is last-writer-wins on (hlc, site id), against the clock of the local value
//   (the row's clock, or a per-field override written by updates and merges);
// - a row's liveness is its causal length, the highest wins (delete and re-create); fields still
//   merge by LWW, so an edit concurrent with a delete survives in the deleted row;
// - tag links and other link rows are rows like any other: a removal raises cl to even, a re-add
//   to odd, so the longer history (the re-add) wins;
// - a value that loses to another device's value written without seeing it is logged
//   (ConflictService restores it); an edit made after the value it replaced arrived is not a
//   conflict: updates carry the clock of the value they replaced (RowChange::replaced);
// - merged rows are written directly, never through the outbox, and re-indexed for search;
//   snapshot chunks are not indexed row by row: the first chunk marks the store (in the same
//   transaction) and the next apply() (the checkpoint's, which ends every snapshot) rebuilds
//   the whole search index once, so a snapshot cut off and started over still ends indexed.
// The rule that is not obvious: a remote clock more than kMaxClockDriftMs ahead of this machine's
// wall clock is still merged as it is (every replica compares the same numbers, so they still
// converge), but the local clock does not jump to it; a later local edit of such a row is stamped
// just past the value it replaces (RecordTable), so it wins everywhere as it does here.
#pragma once

#include "mergerules.h"
#include "replica.h"
#include "searchrefresh.h"
#include "settingsrepository.h"
#include "syncrepository.h"

#include <QSet>

namespace OmniCrm {

class CrmStore;

class ReplicaStore : public Replica
{
public:
    explicit ReplicaStore(CrmStore &store);

    QString siteId() const override;
    Result<QList<SyncTransaction>> pending(int maxTransactions) const override;
    Status acknowledge(qint64 localSeq) override;
    Result<ApplyReport> apply(const QList<SyncTransaction> &transactions) override;
    /// A snapshot chunk (serverSeq and localSeq 0): merged row by row like pulled changes, but
    /// never skipped as already applied and without moving the cursor (replica.h).
    Result<ApplyReport> applySnapshot(const QList<SyncTransaction> &chunk) override;
    qint64 cursor() const override;

    /// How far ahead of the wall clock a remote clock may pull this store's clock.
    static constexpr qint64 kMaxClockDriftMs = 60LL * 60 * 1000;

private:
    struct Touched
    {
        QString table;
        QString id;
        friend bool operator==(const Touched &, const Touched &) = default;
        friend size_t qHash(const Touched &t, size_t seed = 0) { return qHashMulti(seed, t.table, t.id); }
    };

    enum class Source { Changes, Snapshot };
    Result<ApplyReport> applyFrom(const QList<SyncTransaction> &transactions, Source source);
    Status mergeTransaction(const SyncTransaction &transaction, ApplyReport &report);
    Status mergeRow(const QString &site, const RowChange &change, ApplyReport &report);
    Status logConflict(const QString &table, const QString &rowId, const QString &column,
                       const QVariant &losing, const FieldClock &losingClock, const QVariant &winning,
                       const FieldClock &winningClock);
    Status refreshSearch();
    QString siteOf(const FieldClock &clock) const;
    /// The clock of the value `column`'s current value replaced, when its writer said.
    std::optional<FieldStamp> localReplaced(const StoredRow &row, const QString &column) const;

    CrmStore &m_store;
    SyncRepository m_sync;
    SettingsRepository m_meta;
    SearchRefresh m_search;
    QHash<QString, QStringList> m_tables; // synced table → mergeable columns, read on first apply
    QSet<QString> m_required; // "table.column" declared NOT NULL
    QList<Touched> m_touched; // rows the running apply changed, in order
    QSet<Touched> m_touchedSet;
    qint64 m_cursor = 0;
    bool m_searchRebuildPending = false; // snapshot rows merged since the last search rebuild
    qint64 m_now = 0; // wall time of the running apply
};

} // namespace OmniCrm
