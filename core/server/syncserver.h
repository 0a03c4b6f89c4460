// The sync server (DESIGN §5): WebSocket connections, one conversation each (see
// syncmessages.h), over a ServerStorage and an AuthService. The rules that are not obvious:
// a connection's tenant is the one in its verified token; a frame that is malformed, truncated
// or too large closes that connection only (with an error message first); a revoked device is
// disconnected at once, and a push is followed by a poke to every other client of the tenant.
#pragma once

#include "adminservice.h"
#include "authservice.h"
#include "cborlimits.h"
#include "serverstorage.h"
#include "snapshotdigest.h"
#include "syncmessages.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>

#include <map>

class QWebSocket;
class QWebSocketServer;
class QTimer;

namespace OmniCrm {

struct SyncServerConfig
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0: the system picks one; port() tells which
    QString tlsCertificatePath; // both set: wss:// only
    QString tlsKeyPath;
    Wire::DecodeLimits limits;
    int maxChangesPerPull = 500; // transactions
    int maxRowsPerPull = 50'000; // rows across them (at least one whole transaction is sent)
    int snapshotRowsPerChunk = 2000; // rows per snapshot chunk (at most)
    qint64 maxClockAheadMs = 5 * 60 * 1000; // hlcs further ahead of the server's clock are refused
    // How often connected devices are re-checked (revoked by another process); a request is never
    // served on a check older than this.
    int revocationCheckMs = 1000;
    int helloTimeoutMs = 30'000; // a connection without a valid hello by then is closed
    int housekeepingIntervalMs = 15 * 60 * 1000; // tombstone GC and expired refresh tokens; 0: never
};

/// What one housekeeping run did.
struct HousekeepingReport
{
    int tenants = 0;
    GarbageCollected collected;
};

class SyncServer : public QObject
{
    Q_OBJECT
public:
    SyncServer(ServerStorage &storage, AuthService &auth, const Clock &clock, SyncServerConfig config,
               QObject *parent = nullptr);
    ~SyncServer() override;

    /// Starts listening; Io naming the address, or the certificate or key that could not be used.
    Status listen();
    quint16 port() const;
    bool isSecure() const;
    void close();

    int connectionCount() const { return int(m_connections.size()); }

    /// Revokes the device and closes its connections now.
    Status revokeDevice(const QString &tenantId, const QString &deviceId);

    /// Saves connected devices' acknowledged cursors, collects every tenant's tombstones up to
    /// the lowest cursor of its active devices, and forgets expired refresh tokens. Runs every
    /// housekeepingIntervalMs; public for tests and tools.
    Result<HousekeepingReport> housekeep();

Q_SIGNALS:
    void clientConnected();
    void clientDisconnected();
    /// A connection was closed by the server, with the error code it was sent.
    void connectionRefused(const QString &code, const QString &detail);

private:
    /// A snapshot this connection is paging through from its start, with the digest of what it
    /// was sent: when the log did not move meanwhile, that is the checkpoint (no second pass).
    struct SnapshotRun
    {
        SnapshotPosition next; // where the next page starts (atSeq included)
        int housekeepingRuns = 0; // m_housekeepingRuns when the run started
        Wire::SnapshotDigest digest;
    };

    struct Connection
    {
        QPointer<QWebSocket> socket;
        std::optional<AuthSession> session;
        QString peer;
        qint64 ackedCursor = 0; // the newest cursor the device said it applied (hello, pull)
        qint64 savedCursor = 0; // what the directory has of it
        std::shared_ptr<SnapshotRun> snapshot;
    };

    void acceptConnections();
    void receive(QWebSocket *socket, const QByteArray &frame);
    void dispatch(Connection &connection, const Wire::Message &message);
    void send(QWebSocket *socket, const Wire::Message &message);
    void sendError(QWebSocket *socket, const Error &error);
    void refuse(QWebSocket *socket, const QString &code, const QString &detail);
    /// Cuts off the connections whose device was revoked (here or by another process): one
    /// directory query for every connected device. False when the directory could not answer.
    bool checkRevocations();
    void pokeOthers(const QString &tenantId, QWebSocket *except, qint64 head);

    void onHello(Connection &connection, const Wire::Hello &hello);
    void onPush(Connection &connection, TenantLog &log, const Wire::Push &push);
    void onPull(Connection &connection, TenantLog &log, const Wire::Pull &pull);
    void onSnapshot(Connection &connection, TenantLog &log, const Wire::SnapshotRequest &request);
    // syncserveradmin.cpp
    void onAdmin(Connection &connection, const Wire::Message &message);
    void closeUserConnections(const QString &tenantId, const QString &userId);
    void noteCursor(Connection &connection, qint64 cursor);
    void saveCursor(Connection &connection);

    ServerStorage &m_storage;
    AuthService &m_auth;
    const Clock &m_clock;
    SyncServerConfig m_config;
    QWebSocketServer *m_server = nullptr;
    QTimer *m_revocationTimer = nullptr;
    QTimer *m_housekeepingTimer = nullptr;
    std::unique_ptr<AdminService> m_admin;
    std::map<QWebSocket *, Connection> m_connections;
    /// The newest pull answered per tenant, encoded: after a push every other client of the tenant
    /// pulls from the same cursor, and they share one read of the log. Forgotten when this server
    /// learns the log grew (its own pushes, other instances' notifications, housekeeping) and after
    /// kPullReuseMs in any case (an instance whose notification did not come).
    struct AnsweredPull
    {
        qint64 after = 0;
        int limit = 0;
        QByteArray frame;
        QElapsedTimer age;
    };
    QHash<QString, AnsweredPull> m_answeredPulls;
    static constexpr qint64 kPullReuseMs = 500;
    int m_housekeepingRuns = 0; // tombstone GC changes the state without moving the head
    QElapsedTimer m_devicesChecked; // since the last checkRevocations() that reached the directory
};

/// The stable wire name of an error ("unauthorized", "rate_limited", "bad_frame", …).
QString wireErrorCode(const Error &error);

} // namespace OmniCrm
