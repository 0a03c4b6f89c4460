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
#include "syncmessages.h"

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
    int snapshotRowsPerChunk = 500;
    qint64 maxClockAheadMs = 5 * 60 * 1000; // hlcs further ahead of the server's clock are refused
    int revocationCheckMs = 1000; // how often connected devices are re-checked (revoked elsewhere)
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
    struct Connection
    {
        QPointer<QWebSocket> socket;
        std::optional<AuthSession> session;
        QString peer;
        qint64 ackedCursor = 0; // the newest cursor the device said it applied (hello, pull)
        qint64 savedCursor = 0; // what the directory has of it
    };

    void acceptConnections();
    void receive(QWebSocket *socket, const QByteArray &frame);
    void dispatch(Connection &connection, const Wire::Message &message);
    void send(QWebSocket *socket, const Wire::Message &message);
    void sendError(QWebSocket *socket, const Error &error);
    void refuse(QWebSocket *socket, const QString &code, const QString &detail);
    void checkRevocations();
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
};

/// The stable wire name of an error ("unauthorized", "rate_limited", "bad_frame", …).
QString wireErrorCode(const Error &error);

} // namespace OmniCrm
