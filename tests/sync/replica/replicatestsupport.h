// Shared set-up for the merge engine's tests: replicas on real encrypted stores with a wall clock
// the test steps and skews, an in-process relay playing the server, and a canonical dump of the
// synced tables to compare replicas.
#pragma once

#include "crmstore.h"
#include "replicastore.h"
#include "syncrepository.h"
#include "testsupport.h"

#include <QHash>
#include <QTemporaryDir>

#include <memory>

namespace OmniCrm::Test {

inline DatabaseKey replicaKey()
{
    return DatabaseKey { QByteArray(32, 'r') };
}

/// Simulated time shared by all replicas of a test; each replica reads it with its own skew.
struct SimulatedTime
{
    qint64 nowMs = 1767225600000; // 2026-01-01T00:00:00Z
};

class SkewedClock final : public Clock
{
public:
    SkewedClock(const SimulatedTime &time, qint64 skewMs)
        : m_time(time)
        , m_skewMs(skewMs)
    {
    }
    qint64 nowMs() const override { return m_time.nowMs + m_skewMs; }

private:
    const SimulatedTime &m_time;
    qint64 m_skewMs;
};

/// One device: a store in its own folder, its ReplicaStore, and a way to kill and reopen it.
class TestReplica
{
public:
    TestReplica(const SimulatedTime &time, qint64 skewMs)
        : m_clock(std::make_shared<SkewedClock>(time, skewMs))
    {
    }

    QString create()
    {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary directory");
        return open(OpenMode::Create);
    }
    /// Closes the store as a crash would leave it (committed work only) and opens it again.
    QString reopen()
    {
        m_replica.reset();
        m_store.reset();
        return open(OpenMode::Existing);
    }

    CrmStore &store() { return *m_store; }
    ReplicaStore &replica() { return *m_replica; }
    QString site() const { return m_store->siteId(); }

private:
    QString open(OpenMode mode)
    {
        auto store
            = CrmStore::openFile(m_dir.filePath(QStringLiteral("omnicrm.db")), replicaKey(), mode, m_clock);
        if (!store)
            return store.error().detail;
        m_store = std::move(store).value();
        m_replica = std::make_unique<ReplicaStore>(*m_store);
        return {};
    }

    QTemporaryDir m_dir;
    std::shared_ptr<SkewedClock> m_clock;
    std::unique_ptr<CrmStore> m_store;
    std::unique_ptr<ReplicaStore> m_replica;
};

/// The server as the merge engine needs it: a total order (serverSeq), pushes idempotent by
/// (site, localSeq), transactions kept whole.
class Relay
{
public:
    /// Stores new transactions; returns the highest localSeq it now holds of that site (the ack).
    qint64 push(const QList<SyncTransaction> &transactions)
    {
        qint64 acked = 0;
        for (SyncTransaction transaction : transactions) {
            qint64 &last = m_lastLocalSeq[transaction.siteId];
            if (transaction.localSeq > last) {
                last = transaction.localSeq;
                transaction.serverSeq = m_log.size() + 1;
                m_log.append(transaction);
            }
            acked = std::max(acked, last);
        }
        return acked;
    }
    /// Up to `limit` transactions after serverSeq `after`.
    QList<SyncTransaction> pull(qint64 after, int limit) const { return m_log.mid(qsizetype(after), limit); }
    const QList<SyncTransaction> &log() const { return m_log; }
    qint64 head() const { return m_log.size(); }

private:
    QList<SyncTransaction> m_log;
    QHash<QString, qint64> m_lastLocalSeq;
};

/// Pushes everything pending of `replica` to `relay` and acknowledges it.
inline Status pushAll(ReplicaStore &replica, Relay &relay)
{
    while (true) {
        auto pending = replica.pending(50);
        if (!pending)
            return pending.error();
        if (pending->isEmpty())
            return {};
        OMNICRM_TRY(replica.acknowledge(relay.push(*pending)));
    }
}

/// Pulls and applies everything after the replica's cursor.
inline Status pullAll(ReplicaStore &replica, const Relay &relay)
{
    while (replica.cursor() < relay.head()) {
        auto applied = replica.apply(relay.pull(replica.cursor(), 50));
        if (!applied)
            return applied.error();
    }
    return {};
}

/// Every synced table's rows ordered by id, without local-only columns (rowid, updated_at and
/// the clocks), one line per row: what two converged replicas must have alike.
inline QString canonicalDump(CrmStore &store)
{
    SyncRepository sync(store.database());
    auto tables = sync.syncedTables();
    if (!tables)
        return QStringLiteral("error: ") + tables.error().detail;
    QStringList names = tables->keys();
    names.sort();
    QString dump;
    for (const QString &table : names) {
        QStringList columns = tables->value(table);
        columns.sort();
        auto stmt = store.database().prepare(QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(table));
        if (!stmt)
            return QStringLiteral("error: ") + stmt.error().detail;
        QStringList ids;
        while (true) {
            auto row = stmt->step();
            if (!row)
                return QStringLiteral("error: ") + row.error().detail;
            if (!*row)
                break;
            ids.append(stmt->text(0));
        }
        for (const QString &id : ids) {
            auto row = sync.row(table, id, columns);
            if (!row)
                return QStringLiteral("error: ") + row.error().detail;
            QString line = table + u' ' + id + QStringLiteral(" cl=") + QString::number(row->causalLength);
            for (const QString &column : std::as_const(columns)) {
                const QVariant value = row->values.value(column);
                line += u' ' + column + u'=' + (value.isNull() ? QStringLiteral("∅") : value.toString());
            }
            dump += line + u'\n';
        }
    }
    return dump;
}

/// The search index by record id rather than rowid, one line per document, sorted: two replicas
/// holding the same rows must index them alike, whichever path (service or merge) wrote them.
/// A deal's document also holds its contact's and company's names, which DealService does not
/// refresh when those are renamed: for deals only whether they are indexed is compared.
inline QString searchDump(CrmStore &store)
{
    const char *const tables[] = { "", "contact", "company", "lead", "deal", "product", "activity" };
    auto stmt = store.database().prepare(QStringLiteral("SELECT docid, body FROM search_index"));
    if (!stmt)
        return QStringLiteral("error: ") + stmt.error().detail;
    QStringList lines;
    while (true) {
        auto row = stmt->step();
        if (!row)
            return QStringLiteral("error: ") + row.error().detail;
        if (!*row)
            break;
        const qint64 docId = stmt->int64(0);
        const QString table = QString::fromLatin1(tables[docId % 8]);
        auto id = store.database().prepare(QStringLiteral("SELECT id FROM %1 WHERE rowid = ?").arg(table));
        if (!id)
            return QStringLiteral("error: ") + id.error().detail;
        id->bind(1, docId / 8);
        auto found = id->step();
        if (!found || !*found)
            return QStringLiteral("error: a document of no %1 row").arg(table);
        QStringList tokens = stmt->text(1).split(u' ');
        tokens.sort();
        if (table == u"deal")
            tokens.clear();
        lines.append(table + u' ' + id->text(0) + u' ' + tokens.join(u' '));
    }
    lines.sort();
    return lines.join(u'\n');
}

} // namespace OmniCrm::Test
