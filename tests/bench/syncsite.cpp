#include "syncsite.h"

#include <QElapsedTimer>
#include <QFile>

#include <pthread.h>
#include <time.h>

namespace OmniCrm::Bench {

namespace {

// CPU time of the calling thread, like BusyMeter's, so the two can be subtracted.
qint64 threadCpuNs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

/// Adds the CPU time of one call to a counter.
class Stopwatch
{
public:
    explicit Stopwatch(std::atomic<qint64> &total)
        : m_total(total)
        , m_start(threadCpuNs())
    {
    }
    ~Stopwatch() { m_total += threadCpuNs() - m_start; }

private:
    std::atomic<qint64> &m_total;
    qint64 m_start;
};

} // namespace

TimedReplica::TimedReplica(Replica &inner)
    : m_inner(inner)
{
    appliedCursor = inner.cursor();
}

Result<QList<SyncTransaction>> TimedReplica::pending(int maxTransactions) const
{
    Stopwatch watch(pendingNs);
    return m_inner.pending(maxTransactions);
}

Status TimedReplica::acknowledge(qint64 localSeq)
{
    Stopwatch watch(acknowledgeNs);
    Status done = m_inner.acknowledge(localSeq);
    if (done.ok() && localSeq > acknowledged)
        acknowledged = localSeq;
    return done;
}

Result<ApplyReport> TimedReplica::apply(const QList<SyncTransaction> &transactions)
{
    Stopwatch watch(applyNs);
    auto report = m_inner.apply(transactions);
    if (report)
        fieldsWritten += report->fieldsWritten;
    appliedCursor = m_inner.cursor();
    return report;
}

Result<ApplyReport> TimedReplica::applySnapshot(const QList<SyncTransaction> &chunk)
{
    Stopwatch watch(snapshotNs);
    auto report = m_inner.applySnapshot(chunk);
    if (report) {
        fieldsWritten += report->fieldsWritten;
        for (const SyncTransaction &transaction : chunk)
            snapshotRows += transaction.rows.size();
    }
    return report;
}

void BusyMeter::attach()
{
    clockid_t clock;
    if (pthread_getcpuclockid(pthread_self(), &clock) == 0) {
        m_clock = clock; // a thread's CPU clock id is negative
        m_attached = true;
    }
    reset();
}

qint64 BusyMeter::cpuNs() const
{
    timespec now {};
    if (!m_attached || clock_gettime(m_clock.load(), &now) != 0)
        return 0;
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

void SiteThread::run()
{
    QObject context;
    m_context = &context;
    busy.attach();
    setup();
    m_ready = true;
    exec();
    teardown();
    m_context = nullptr;
}

void SiteThread::startAndWait()
{
    start();
    while (!m_ready)
        QThread::msleep(1);
}

void SiteThread::call(const std::function<void()> &work)
{
    QMetaObject::invokeMethod(m_context, work, Qt::BlockingQueuedConnection);
}

ClientSite::ClientSite(QString path, SyncClientConfig config)
    : m_path(std::move(path))
    , m_config(std::move(config))
{
}

ClientSite::~ClientSite()
{
    quit();
    wait();
}

void ClientSite::setup()
{
    const DatabaseKey key { QByteArray(32, 'k') };
    auto store
        = CrmStore::openFile(m_path, key, QFile::exists(m_path) ? OpenMode::Existing : OpenMode::Create);
    if (!store) {
        openError = store.error().detail;
        return;
    }
    m_store = std::move(store).value();
    m_replica = std::make_unique<ReplicaStore>(*m_store);
    m_timed = std::make_unique<TimedReplica>(*m_replica);
    m_client = std::make_unique<SyncClient>(*m_timed, m_config, m_clock);
    QObject::connect(m_client.get(), &SyncClient::stateChanged, m_client.get(),
                     [this](SyncClient::State state) { upToDate = state == SyncClient::State::UpToDate; });
    QObject::connect(m_client.get(), &SyncClient::finished, m_client.get(), [this](bool ok) {
        finishedOk = ok;
        finished = true;
    });
}

void ClientSite::teardown()
{
    m_client.reset();
    m_timed.reset();
    m_replica.reset();
    m_store.reset();
}

ServerSite::ServerSite(QString dataDir, QString databaseUrl, SyncServerConfig config)
    : m_dataDir(std::move(dataDir))
    , m_databaseUrl(std::move(databaseUrl))
    , m_config(std::move(config))
{
}

ServerSite::~ServerSite()
{
    quit();
    wait();
}

void ServerSite::setup()
{
    auto storage = openServerStorage(m_dataDir, m_databaseUrl);
    if (!storage) {
        startError = storage.error().detail;
        return;
    }
    m_storage = std::move(storage).value();
    auto auth = AuthService::create(m_storage->directory(), m_hasher, m_clock);
    if (!auth) {
        startError = auth.error().detail;
        return;
    }
    m_auth = std::move(auth).value();
    m_config.address = QHostAddress::LocalHost;
    m_config.port = 0;
    m_server = std::make_unique<SyncServer>(*m_storage, *m_auth, m_clock, m_config);
    if (const Status listening = m_server->listen(); !listening) {
        startError = listening.error().detail;
        return;
    }
    port = m_server->port();
}

void ServerSite::teardown()
{
    m_server.reset();
    m_auth.reset();
    m_storage.reset();
}

Status ServerSite::addUser(const QString &tenant, const QString &email, const QString &password)
{
    auto existing = m_storage->directory().tenantByName(tenant);
    auto found = existing ? std::move(existing) : m_storage->directory().createTenant(tenant);
    if (!found)
        return found.error();
    auto hash = m_hasher.hash(password);
    if (!hash)
        return hash.error();
    auto user = m_storage->directory().addUser(found->id, email, *hash, { QStringLiteral("rep") });
    return user ? Status() : Status(user.error());
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QThread::usleep(500);
    }
    return true;
}

} // namespace OmniCrm::Bench
