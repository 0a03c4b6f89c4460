// Pieces of the sync benchmarks (never part of the test suite): a Replica that times what the
// client asks of it, a thread's busy time (event loop awake → about to block), a sync server and
// a client site (an encrypted CrmStore, its ReplicaStore and a SyncClient), each on its own thread
// as they would be on their own machines.
#pragma once

#include "authservice.h"
#include "crmstore.h"
#include "passwordhasher.h"
#include "replicastore.h"
#include "serverstorage.h"
#include "syncclient.h"
#include "syncserver.h"

#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

#include <time.h>

namespace OmniCrm::Bench {

/// CPU time spent in the replica, by what the sync client asked for.
class TimedReplica final : public Replica
{
public:
    explicit TimedReplica(Replica &inner);

    QString siteId() const override { return m_inner.siteId(); }
    Result<QList<SyncTransaction>> pending(int maxTransactions) const override;
    Status acknowledge(qint64 localSeq) override;
    Result<ApplyReport> apply(const QList<SyncTransaction> &transactions) override;
    Result<ApplyReport> applySnapshot(const QList<SyncTransaction> &chunk) override;
    qint64 cursor() const override { return m_inner.cursor(); }

    mutable std::atomic<qint64> pendingNs { 0 };
    std::atomic<qint64> acknowledgeNs { 0 };
    std::atomic<qint64> applyNs { 0 };
    std::atomic<qint64> snapshotNs { 0 };
    std::atomic<qint64> acknowledged { 0 }; // highest localSeq acknowledged
    std::atomic<qint64> appliedCursor { 0 };
    std::atomic<qint64> fieldsWritten { 0 };
    std::atomic<qint64> snapshotRows { 0 };

private:
    Replica &m_inner;
};

/// CPU time of one thread (its busy time: stores here use synchronous=NORMAL in WAL mode, so a
/// commit does not wait for the disk), readable from any thread. On a loaded machine wall time
/// is mostly waiting for a core; CPU time is what the work costs.
class BusyMeter
{
public:
    /// Call on the thread to measure.
    void attach();
    void reset() { m_base = cpuNs(); }
    qint64 busyNs() const { return cpuNs() - m_base; }

private:
    qint64 cpuNs() const;
    std::atomic<bool> m_attached { false };
    std::atomic<clockid_t> m_clock {};
    std::atomic<qint64> m_base { 0 };
};

/// A thread that runs `setup` (which creates the thread's objects), its event loop, then
/// `teardown` (which destroys them on the same thread).
class SiteThread : public QThread
{
public:
    /// Runs `work` on this thread and waits for it.
    void call(const std::function<void()> &work);
    /// Starts the thread and waits until setup has run.
    void startAndWait();
    BusyMeter busy;

protected:
    virtual void setup() = 0;
    virtual void teardown() = 0;

private:
    void run() override;
    QObject *m_context = nullptr;
    std::atomic<bool> m_ready { false };
};

/// A client: encrypted store at `path`, its ReplicaStore (timed) and a live SyncClient.
class ClientSite final : public SiteThread
{
public:
    ClientSite(QString path, SyncClientConfig config);
    ~ClientSite() override;

    /// Only on this thread (inside call()).
    CrmStore &store() { return *m_store; }
    SyncClient &client() { return *m_client; }
    TimedReplica &replica() { return *m_timed; }
    std::atomic<bool> upToDate { false };
    std::atomic<bool> finished { false };
    std::atomic<bool> finishedOk { false };
    QString openError;

private:
    void setup() override;
    void teardown() override;

    QString m_path;
    SyncClientConfig m_config;
    SystemClock m_clock;
    std::unique_ptr<CrmStore> m_store;
    std::unique_ptr<ReplicaStore> m_replica;
    std::unique_ptr<TimedReplica> m_timed;
    std::unique_ptr<SyncClient> m_client;
};

/// The sync server over the storage a --database URL names (SQLite files under `dataDir` when
/// empty), listening on 127.0.0.1 on a free port.
class ServerSite final : public SiteThread
{
public:
    ServerSite(QString dataDir, QString databaseUrl, SyncServerConfig config = {});
    ~ServerSite() override;

    QString startError;
    std::atomic<int> port { 0 };
    /// Only on this thread (inside call()).
    ServerStorage &storage() { return *m_storage; }
    /// Creates the tenant (if new) and a user with `password`; on this thread.
    Status addUser(const QString &tenant, const QString &email, const QString &password);

private:
    void setup() override;
    void teardown() override;

    QString m_dataDir;
    QString m_databaseUrl;
    SyncServerConfig m_config;
    SystemClock m_clock;
    PasswordHasher m_hasher { KdfParams::fastForTests() };
    std::unique_ptr<ServerStorage> m_storage;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<SyncServer> m_server;
};

/// Polls `done` every millisecond from the calling (orchestrating) thread.
bool waitUntil(const std::function<bool()> &done, int timeoutMs);

} // namespace OmniCrm::Bench
