// omnicrm-syncloadbench: many lightweight WebSocket clients against a running omnicrm-server
// (issue 4), run on demand by tests/bench/syncload.sh, never in CTest. Each client speaks the raw
// protocol (login, hello, then follows pokes with pulls); clients share a few threads. Writes go
// out at a fixed total rate from random clients, one transaction each; every other client of the
// writer's tenant must receive it (poke → pull → changes). Latency of one delivery = time the
// recipient decoded the changes holding the write − time the writer sent its push.
// Also: the server's RSS before and after the clients connected (idle, authenticated).
// Usage: omnicrm-syncloadbench --url ws://127.0.0.1:PORT --server-pid PID [--tenants 50]
//        [--clients 1500] [--rate 20] [--seconds 30] [--threads 2] [--password P]
// Tenants are t01…tNN with the user u@tNN.sa (the script creates them).
#include "messagecodec.h"
#include "uuid7.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <vector>

#include <unistd.h>

using namespace OmniCrm;

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

void say(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

qint64 rssKib(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

// User plus system CPU time of a process, in ms (/proc/<pid>/stat, fields 14 and 15).
qint64 cpuMs(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const qint64 ticks = fields.at(11).toLongLong() + fields.at(12).toLongLong();
    return ticks * 1000 / sysconf(_SC_CLK_TCK);
}

Wire::DecodeLimits clientLimits()
{
    Wire::DecodeLimits limits;
    limits.maxFrameBytes = 64 * 1024 * 1024;
    return limits;
}

/// What all threads share: writes in flight, deliveries measured, tenants' connected clients.
struct Shared
{
    QMutex mutex;
    QHash<QString, qint64> sentAt; // "site:localSeq" → send time
    std::vector<qint64> latenciesNs;
    std::vector<qint64> ackNs;
    std::atomic<int> ready { 0 };
    std::atomic<int> failed { 0 };
    std::atomic<qint64> expected { 0 };
    std::atomic<qint64> received { 0 };
    std::atomic<qint64> writes { 0 };
    std::atomic<bool> stopping { false };
    std::vector<std::atomic<int>> tenantReady;
    QString password;
    QUrl url;

    explicit Shared(int tenants)
        : tenantReady(tenants)
    {
    }
};

class LoadClient : public QObject
{
public:
    LoadClient(Shared &shared, int tenant, std::function<void(LoadClient *, bool)> settled)
        : m_shared(shared)
        , m_tenant(tenant)
        , m_site(newId())
        , m_settled(std::move(settled))
    {
        connect(&m_socket, &QWebSocket::connected, this, [this] {
            send(Wire::Login { tenantName(),
                               QStringLiteral("u@%1.sa").arg(tenantName()),
                               m_shared.password,
                               {},
                               m_site,
                               QStringLiteral("load") });
        });
        connect(&m_socket, &QWebSocket::binaryMessageReceived, this, &LoadClient::onFrame);
        connect(&m_socket, &QWebSocket::disconnected, this, [this] {
            if (!m_ready)
                settle(false);
            else if (!m_shared.stopping)
                say(QStringLiteral("a client of %1 was disconnected: %2")
                        .arg(tenantName(), m_socket.closeReason()));
        });
    }

    void open() { m_socket.open(m_shared.url); }
    bool isReady() const { return m_ready; }
    int tenant() const { return m_tenant; }

    /// One write: a contact with three fields, in one transaction.
    void write()
    {
        const quint64 hlc = quint64(QDateTime::currentMSecsSinceEpoch()) << 16;
        SyncTransaction tx;
        tx.siteId = m_site;
        tx.localSeq = ++m_localSeq;
        tx.txId = newId();
        tx.hlc = hlc;
        const QString rowId = newId();
        QCborMap fields;
        fields.insert(QStringLiteral("id"), rowId);
        fields.insert(QStringLiteral("full_name"), QStringLiteral("عميل %1").arg(m_localSeq));
        fields.insert(QStringLiteral("city"), QStringLiteral("الرياض"));
        tx.rows.append(RowChange { QStringLiteral("contact"), rowId, 1, hlc, fields });
        const int recipients = m_shared.tenantReady[m_tenant] - 1;
        {
            QMutexLocker lock(&m_shared.mutex);
            m_shared.sentAt.insert(m_site + u':' + QString::number(tx.localSeq), nowNs());
        }
        m_shared.expected += recipients;
        ++m_shared.writes;
        m_pushSentNs = nowNs();
        send(Wire::Push { { tx } });
    }

private:
    QString tenantName() const { return QStringLiteral("t%1").arg(m_tenant + 1, 2, 10, QLatin1Char('0')); }

    void send(const Wire::Message &message) { m_socket.sendBinaryMessage(Wire::encodeMessage(message)); }

    void settle(bool ok)
    {
        if (m_settledOnce)
            return;
        m_settledOnce = true;
        m_settled(this, ok);
    }

    void pull()
    {
        m_pulling = true;
        m_again = false;
        send(Wire::Pull { m_cursor, 500 });
    }

    void onFrame(const QByteArray &frame)
    {
        const qint64 at = nowNs();
        auto message = Wire::decodeMessage(frame, clientLimits());
        if (!message) {
            say(QStringLiteral("unreadable frame: ") + message.error().detail);
            return;
        }
        if (const auto *tokens = std::get_if<Wire::Tokens>(&*message)) {
            send(Wire::Hello { Wire::ProtocolVersion, 0, m_site, 0, tokens->accessToken });
        } else if (const auto *welcome = std::get_if<Wire::Welcome>(&*message)) {
            m_cursor = welcome->headSeq;
            m_ready = true;
            ++m_shared.tenantReady[m_tenant];
            settle(true);
        } else if (const auto *poke = std::get_if<Wire::Poke>(&*message)) {
            if (poke->headSeq <= m_cursor)
                return;
            if (m_pulling)
                m_again = true;
            else
                pull();
        } else if (const auto *changes = std::get_if<Wire::Changes>(&*message)) {
            std::vector<qint64> latencies;
            for (const SyncTransaction &tx : changes->transactions) {
                if (tx.siteId == m_site)
                    continue;
                QMutexLocker lock(&m_shared.mutex);
                const auto sent = m_shared.sentAt.constFind(tx.siteId + u':' + QString::number(tx.localSeq));
                if (sent != m_shared.sentAt.constEnd())
                    latencies.push_back(at - *sent);
            }
            if (!latencies.empty()) {
                QMutexLocker lock(&m_shared.mutex);
                m_shared.latenciesNs.insert(m_shared.latenciesNs.end(), latencies.begin(), latencies.end());
                m_shared.received += qint64(latencies.size());
            }
            m_cursor = std::max(m_cursor, changes->to);
            m_pulling = false;
            if (changes->more || m_again)
                pull();
        } else if (std::holds_alternative<Wire::Ack>(*message)) {
            QMutexLocker lock(&m_shared.mutex);
            m_shared.ackNs.push_back(at - m_pushSentNs);
        } else if (const auto *error = std::get_if<Wire::ErrorMessage>(&*message)) {
            say(QStringLiteral("server error for a client of %1: %2 %3")
                    .arg(tenantName(), error->code, error->message));
            if (!m_ready)
                settle(false);
        } else if (const auto *ping = std::get_if<Wire::Ping>(&*message)) {
            send(Wire::Pong { ping->nonce });
        }
    }

    Shared &m_shared;
    int m_tenant;
    QString m_site;
    std::function<void(LoadClient *, bool)> m_settled;
    QWebSocket m_socket;
    qint64 m_cursor = 0;
    qint64 m_localSeq = 0;
    qint64 m_pushSentNs = 0;
    bool m_ready = false;
    bool m_settledOnce = false;
    bool m_pulling = false;
    bool m_again = false;
};

/// A thread with its share of the clients: opens them a few at a time, then writes at its rate.
class Worker : public QThread
{
public:
    Worker(Shared &shared, QList<int> tenants, double writesPerSecond)
        : m_shared(shared)
        , m_tenants(std::move(tenants))
        , m_rate(writesPerSecond)
    {
    }
    ~Worker() override
    {
        quit();
        wait();
    }

    void startWriting()
    {
        QMetaObject::invokeMethod(m_context, [this] { m_writeTimer->start(); });
    }
    void stopWriting()
    {
        QMetaObject::invokeMethod(
            m_context, [this] { m_writeTimer->stop(); }, Qt::BlockingQueuedConnection);
    }

private:
    void run() override
    {
        QObject context;
        m_context = &context;
        QTimer writeTimer;
        m_writeTimer = &writeTimer;
        writeTimer.setTimerType(Qt::PreciseTimer);
        writeTimer.setInterval(int(1000.0 / m_rate));
        QObject::connect(&writeTimer, &QTimer::timeout, &context, [this] {
            for (int attempt = 0; attempt < 10; ++attempt) {
                LoadClient *client = m_clients.at(QRandomGenerator::global()->bounded(int(m_clients.size())));
                if (client->isReady()) {
                    client->write();
                    return;
                }
            }
        });
        for (int tenant : std::as_const(m_tenants))
            m_clients.append(new LoadClient(m_shared, tenant, [this](LoadClient *, bool ok) {
                if (ok)
                    ++m_shared.ready;
                else
                    ++m_shared.failed;
                openNext();
            }));
        for (int i = 0; i < 16; ++i)
            openNext();
        m_started = true;
        exec();
        qDeleteAll(m_clients);
        m_writeTimer = nullptr;
    }

    void openNext()
    {
        if (m_next < m_clients.size())
            m_clients.at(m_next++)->open();
    }

    Shared &m_shared;
    QList<int> m_tenants;
    double m_rate;
    QList<LoadClient *> m_clients;
    qsizetype m_next = 0;
    QObject *m_context = nullptr;
    QTimer *m_writeTimer = nullptr;
    std::atomic<bool> m_started { false };

public:
    bool started() const { return m_started; }
};

QString percentiles(std::vector<qint64> values)
{
    if (values.empty())
        return QStringLiteral("none");
    std::sort(values.begin(), values.end());
    const auto at = [&](double q) {
        return double(values[std::min(values.size() - 1, size_t(q * double(values.size())))]) / 1e6;
    };
    return QStringLiteral("p50 %1 ms, p99 %2 ms, max %3 ms (%4 samples)")
        .arg(at(0.50), 0, 'f', 1)
        .arg(at(0.99), 0, 'f', 1)
        .arg(double(values.back()) / 1e6, 0, 'f', 1)
        .arg(values.size());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    const int tenants = option(QStringLiteral("--tenants"), QStringLiteral("50")).toInt();
    const int clients = option(QStringLiteral("--clients"), QStringLiteral("1500")).toInt();
    const double rate = option(QStringLiteral("--rate"), QStringLiteral("20")).toDouble();
    const int seconds = option(QStringLiteral("--seconds"), QStringLiteral("30")).toInt();
    const int threads = std::max(1, option(QStringLiteral("--threads"), QStringLiteral("2")).toInt());
    const qint64 serverPid = option(QStringLiteral("--server-pid"), QStringLiteral("0")).toLongLong();

    Shared shared(tenants);
    shared.url = QUrl(option(QStringLiteral("--url"), QStringLiteral("ws://127.0.0.1:8765")));
    shared.password = option(QStringLiteral("--password"), QStringLiteral("load-password"));

    QList<QList<int>> perThread(threads);
    for (int i = 0; i < clients; ++i)
        perThread[i % threads].append(i % tenants);
    const qint64 rssBefore = serverPid > 0 ? rssKib(serverPid) : -1;
    QElapsedTimer timer;
    timer.start();
    std::vector<std::unique_ptr<Worker>> workers;
    for (const QList<int> &share : std::as_const(perThread)) {
        workers.push_back(std::make_unique<Worker>(shared, share, rate / threads));
        workers.back()->start();
    }
    while (shared.ready + shared.failed < clients)
        QThread::msleep(10);
    say(QStringLiteral("%1 clients signed in across %2 tenants in %3 ms (%4 failed)")
            .arg(shared.ready.load())
            .arg(tenants)
            .arg(timer.elapsed())
            .arg(shared.failed.load()));
    if (serverPid > 0) {
        QThread::msleep(2000); // let the server settle
        const qint64 rssAfter = rssKib(serverPid);
        say(QStringLiteral("server RSS: %1 KiB before, %2 KiB with %3 idle authenticated connections: %4 KiB "
                           "per connection")
                .arg(rssBefore)
                .arg(rssAfter)
                .arg(shared.ready.load())
                .arg(double(rssAfter - rssBefore) / std::max(1, shared.ready.load()), 0, 'f', 1));
    }

    const qint64 cpuBefore = serverPid > 0 ? cpuMs(serverPid) : -1;
    QElapsedTimer window;
    window.start();
    for (auto &worker : workers)
        worker->startWriting();
    QThread::sleep(seconds);
    for (auto &worker : workers)
        worker->stopWriting();
    // Let the last deliveries arrive.
    QElapsedTimer drain;
    drain.start();
    while (shared.received < shared.expected && drain.elapsed() < 5000)
        QThread::msleep(10);
    QMutexLocker lock(&shared.mutex);
    say(QStringLiteral("%1 writes in %2 s (%3/s) to %4 tenants of %5 clients each")
            .arg(shared.writes.load())
            .arg(seconds)
            .arg(double(shared.writes) / seconds, 0, 'f', 1)
            .arg(tenants)
            .arg(clients / tenants));
    say(QStringLiteral("write → every other client of the tenant (poke, pull, changes): %1")
            .arg(percentiles(shared.latenciesNs)));
    say(QStringLiteral("deliveries: %1 of %2 expected")
            .arg(shared.received.load())
            .arg(shared.expected.load()));
    say(QStringLiteral("push → ack at the writer: %1").arg(percentiles(shared.ackNs)));
    if (serverPid > 0)
        say(QStringLiteral("server CPU while writing: %1 ms in %2 ms of wall time (%3% of one core); "
                           "RSS at the end: %4 KiB")
                .arg(cpuMs(serverPid) - cpuBefore)
                .arg(window.elapsed())
                .arg(100.0 * double(cpuMs(serverPid) - cpuBefore) / double(window.elapsed()), 0, 'f', 1)
                .arg(rssKib(serverPid)));
    shared.stopping = true;
    lock.unlock();
    workers.clear();
    return shared.received == shared.expected ? 0 : 1;
}
