// SyncRepository: the only code that knows the merge engine's tables (sync_field_clock,
// sync_applied, sync_conflict), reads the outbox for pushing and writes merged rows of any synced
// table by name. The merge rules live in core/sync/replica; this class only stores.
#pragma once

#include "changelog.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace OmniCrm {

/// One outbox row: one record's changed fields in one local transaction.
struct OutboxRow
{
    qint64 seq = 0;
    QString txId;
    QString table;
    QString rowId;
    QByteArray fields; // CBOR map column → value
    quint64 hlc = 0;
    qint64 causalLength = 1;
    QByteArray replaced; // CBOR map column → [hlc, site] of the values an update replaced, or empty
};

/// A synced row as the merge sees it: values of the asked columns, the row clock, and the
/// per-column clock overrides.
struct StoredRow
{
    bool exists = false;
    qint64 causalLength = 0;
    qint64 updatedAt = 0;
    FieldClock rowClock;
    QHash<QString, QVariant> values; // null QVariant for SQL NULL
    QHash<QString, FieldClock> overrides;
    QHash<QString, FieldClock> replaced; // per column, the clock of the value its value replaced

    /// The clock of `column`'s value, and whether it is the row's own (never set on its own).
    FieldClock clockOf(const QString &column, bool *isRowClock = nullptr) const
    {
        const auto it = overrides.constFind(column);
        if (isRowClock)
            *isRowClock = it == overrides.constEnd();
        return it == overrides.constEnd() ? rowClock : *it;
    }
};

/// One value that lost to another, with both clocks.
struct ConflictRecord
{
    QString id;
    QString table;
    QString rowId;
    QString column;
    QVariant losingValue;
    quint64 losingHlc = 0;
    QString losingSite;
    QVariant winningValue;
    quint64 winningHlc = 0;
    QString winningSite;
    qint64 loggedAt = 0;
    std::optional<qint64> restoredAt;
};

class SyncRepository
{
public:
    explicit SyncRepository(Database &db);

    Database &database() { return m_db; }

    // The outbox (written by ChangeLog) and its acknowledged watermark.
    /// Outbox rows after `afterSeq`, oldest first, covering at most `maxTransactions` whole
    /// transactions (a transaction's rows are consecutive).
    Result<QList<OutboxRow>> outboxAfter(qint64 afterSeq, int maxTransactions) const;
    Result<qint64> acknowledgedSeq() const;
    /// Raises the watermark to `seq` and drops acknowledged rows, keeping the newest outbox row so
    /// seq keeps growing (no AUTOINCREMENT).
    Status acknowledge(qint64 seq);

    /// Every synced table (those with a row clock) and its mergeable columns: all but rowid, id,
    /// cl, updated_at and the clocks.
    Result<QHash<QString, QStringList>> syncedTables() const;
    /// "table.column" of the NOT NULL columns of the synced tables.
    Result<QSet<QString>> requiredColumns() const;

    Result<StoredRow> row(const QString &table, const QString &id, const QStringList &columns) const;
    /// Inserts a row first seen from another site; its clock is the row clock of every column.
    Status insertRow(const QString &table, const QString &id, const Fields &values, qint64 causalLength,
                     const FieldClock &clock, qint64 updatedAt);
    /// Writes merged values and the causal length of an existing row (no outbox).
    Status updateRow(const QString &table, const QString &id, const Fields &values, qint64 causalLength,
                     qint64 updatedAt);
    /// Gives several columns of one row the same clock (a local update's or a merged remote
    /// change's), in one statement, each with the clock of the value it replaced where known.
    Status setFieldClocks(const QString &table, const QString &id, const QStringList &columns,
                          const FieldClock &clock, const ReplacedClocks &replaced = {});
    /// Text of one column of one row (empty when null or absent).
    Result<QString> textOf(const QString &table, const QString &id, const QString &column) const;
    /// Ids of the rows of `table` whose `column` is `value`.
    Result<QStringList> idsWhere(const QString &table, const QString &column, const QString &value) const;
    /// Lets rows of one merged transaction refer to each other in any order until commit.
    Status deferForeignKeys();
    /// Turns reference checks off or on for the connection (outside a transaction only).
    Status setForeignKeys(bool enforced);

    /// The newest localSeq of `site` merged here (0 when none).
    Result<qint64> appliedSeq(const QString &site) const;
    Status setAppliedSeq(const QString &site, qint64 localSeq);

    Status addConflict(const ConflictRecord &conflict);
    /// Logged conflicts, newest first.
    Result<QList<ConflictRecord>> conflicts(int limit, bool includeRestored) const;
    Result<ConflictRecord> conflict(const QString &id) const;
    /// Unrestored conflicts of the same losing write (same row and losing clock).
    Result<QList<ConflictRecord>> conflictsOfLosingWrite(const ConflictRecord &conflict) const;
    Status markRestored(const QString &id, qint64 at);
    /// Writes `values` back as a new local change of the row (outbox and field clocks).
    Status restoreFields(const QString &table, const QString &id, const Fields &values, UnitOfWork &work);

private:
    Database &m_db;
    mutable QHash<QString, std::pair<QStringList, QString>> m_rowSelects; // table → columns, SELECT
};

/// Values as CBOR (the outbox's and the conflict log's encoding) and back.
QByteArray encodeSyncValue(const QVariant &value);
QVariant decodeSyncValue(const QByteArray &cbor);

} // namespace OmniCrm
