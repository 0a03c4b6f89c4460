// Change capture for sync (DESIGN §5). Every write goes through a UnitOfWork: one database
// transaction plus one outbox transaction id, so a change and its outbox rows commit together.
#pragma once

#include "database.h"

#include <QList>
#include <QVariant>

#include <functional>

#include <utility>

namespace OmniCrm {

class HybridLogicalClock;

/// Column name → value, in column order. The shape repositories write and the outbox records.
using Fields = QList<std::pair<QString, QVariant>>;

/// The clock of one field's value: (hybrid logical clock, site). An empty site is this store's own.
struct FieldClock
{
    quint64 hlc = 0;
    QString site;

    friend bool operator==(const FieldClock &, const FieldClock &) = default;
};

/// Column name → the clock of the value a change replaced: what its writer had seen, so a merge
/// can tell an edit made after another from one made at the same time (sync's conflict log).
using ReplacedClocks = QList<std::pair<QString, FieldClock>>;

/// The outbox table: the only code that knows it.
class ChangeLog
{
public:
    ChangeLog(Database &db, HybridLogicalClock &clock);

    Database &database() { return m_db; }
    HybridLogicalClock &clock() { return m_clock; }

    Status append(const QString &txId, quint64 hlc, QStringView table, const QString &rowId,
                  qint64 causalLength, const Fields &fields, const ReplacedClocks &replaced = {});
    Result<qint64> pendingCount() const;
    Result<quint64> lastClock() const;
    Status saveClock(quint64 hlc);

private:
    Database &m_db;
    HybridLogicalClock &m_clock;
    Statement *m_insert = nullptr; // prepared on first use; owned by m_db's statement cache
    QByteArray m_cbor; // the fields of the row being appended, reused from row to row
    QByteArray m_replacedCbor;
};

/// The clock a unit of work stamps its changes with. Genesis is the lowest clock there is, at
/// time zero: for rows every device creates alike (the default pipeline), so any real edit from
/// any device wins over them and two devices' copies merge without a conflict.
enum class UnitClock { Now, Genesis };

class UnitOfWork
{
public:
    explicit UnitOfWork(ChangeLog &log, UnitClock clock = UnitClock::Now);

    const Status &began() const { return m_tx.began(); }
    /// Records changed fields of one row into the outbox, in this transaction.
    Status record(QStringView table, const QString &rowId, qint64 causalLength, const Fields &fields);
    /// record() of an update: with the clocks of the values it replaced, and a clock that may be
    /// above this unit's (a field already carries a newer one; see RecordTable).
    Status record(QStringView table, const QString &rowId, qint64 causalLength, const Fields &fields,
                  quint64 hlc, const ReplacedClocks &replaced);
    /// Wall-clock time of this unit, UTC milliseconds, for created_at/updated_at.
    qint64 now() const { return m_nowMs; }
    const QString &txId() const { return m_txId; }
    /// The hybrid logical clock every change of this unit carries.
    quint64 hlc() const { return m_hlc; }
    Database &database() { return m_db; }
    Status commit();

private:
    Database &m_db;
    ChangeLog &m_log;
    Transaction m_tx;
    QString m_txId;
    quint64 m_hlc = 0;
    qint64 m_nowMs = 0;
    bool m_genesis = false;
};

/// Runs `body` in one unit of work and commits it; nothing of it is kept when it fails.
Status inUnitOfWork(ChangeLog &log, const std::function<Status(UnitOfWork &)> &body,
                    UnitClock clock = UnitClock::Now);

} // namespace OmniCrm
