// An in-process omnicrm server on 127.0.0.1 over a temporary data folder, and a raw protocol
// client for tests that need to send exactly the frames they choose.
#pragma once

#include "authservice.h"
#include "passwordhasher.h"
#include "serverstorage.h"
#include "syncmessages.h"
#include "syncserver.h"

#include <QTemporaryDir>
#include <QUrl>
#include <QWebSocket>

#include <memory>

namespace OmniCrm::Test {

/// Wall time plus an offset a test can move forward.
class SteppableClock final : public Clock
{
public:
    qint64 nowMs() const override;
    void advance(qint64 ms) { m_offset += ms; }

private:
    qint64 m_offset = 0;
};

class ServerFixture
{
public:
    /// databaseUrl: empty for SQLite files in a temporary folder, or a postgres:// URL.
    explicit ServerFixture(SyncServerConfig config = {}, AuthConfig auth = {},
                           const QString &databaseUrl = {});
    ~ServerFixture();

    /// Empty when the server runs, else why not.
    QString startError() const { return m_startError; }
    QUrl url() const;

    /// Creates a tenant and a user in it; returns the tenant id (empty on failure).
    QString addTenantWithUser(const QString &tenant, const QString &email, const QString &password);
    QString addUser(const QString &tenantId, const QString &email, const QString &password,
                    const QString &role = QStringLiteral("rep"));

    ServerStorage &storage() { return *m_storage; }
    AuthService &auth() { return *m_auth; }
    SyncServer &server() { return *m_server; }
    SteppableClock &clock() { return m_clock; }
    QString dataDir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    SteppableClock m_clock;
    PasswordHasher m_hasher { KdfParams::fastForTests() };
    std::unique_ptr<ServerStorage> m_storage;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<SyncServer> m_server;
    QString m_startError;
};

/// One WebSocket speaking the protocol frame by frame.
class RawClient
{
public:
    explicit RawClient(const QUrl &url);

    bool isConnected() const;
    void send(const Wire::Message &message);
    void sendBytes(const QByteArray &frame);
    /// The next message from the server (waits up to timeoutMs); an error when none came or it
    /// could not be decoded.
    Result<Wire::Message> next(int timeoutMs = 5000);
    Result<Wire::Message> request(const Wire::Message &message, int timeoutMs = 5000);
    /// True once the server closed the connection (waits up to timeoutMs).
    bool waitForClose(int timeoutMs = 5000);

    /// Login then hello; the Welcome, or the error that stopped it.
    Result<Wire::Welcome> signIn(const QString &tenant, const QString &email, const QString &password,
                                 const QString &siteId);
    Wire::Tokens tokens() const { return m_tokens; }

    QWebSocket &socket() { return m_socket; }

private:
    QWebSocket m_socket;
    QList<QByteArray> m_inbox;
    bool m_closed = false;
    Wire::Tokens m_tokens;
};

} // namespace OmniCrm::Test
