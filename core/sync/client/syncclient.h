// SyncClient: keeps a Replica in step with omnicrm-server over one WebSocket (DESIGN §5).
// After connecting it signs in (stored device tokens, a refresh, or the password), says hello
// with the replica's cursor, takes a snapshot if the replica is new, pushes pending transactions
// in batches, pulls changes until up to date, and then follows pokes. start() keeps it going with
// reconnects and backoff; syncOnce() runs until up to date once and reports finished().
#pragma once

#include "hlc.h"
#include "replica.h"
#include "snapshotdigest.h"
#include "syncmessages.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QTimer;
class QWebSocket;

namespace OmniCrm {

struct SyncClientConfig
{
    QUrl url; // ws://host:port or wss://host:port
    QString tenant;
    QString email;
    QString password; // empty: only stored device tokens are used
    QString totp;
    QString deviceName;
    int schemaVersion = 0;
    int pushBatch = 100; // transactions per push
    int pushRows = 5'000; // rows per push: whole transactions up to this (at least one), so a
                          // batch of large ones (an import's) stays far below the server's limits
    int pullLimit = 500; // transactions per pull
    int snapshotLimit = 2000; // rows per snapshot chunk
    int pingIntervalMs = 30'000;
    int reconnectInitialMs = 250;
    int reconnectMaxMs = 30'000;
    int syncOnceMaxAttempts = 5; // connections syncOnce() tries before giving up
};

/// A device's tokens; the caller keeps them (in the keychain) between runs.
struct DeviceCredentials
{
    QString deviceId;
    QString accessToken;
    QString refreshToken;
    qint64 accessExpiresAtMs = 0;

    bool isEmpty() const { return accessToken.isEmpty() && refreshToken.isEmpty(); }
};

class SyncClient : public QObject
{
    Q_OBJECT
public:
    enum class State { Offline, Connecting, Syncing, UpToDate, Error };
    Q_ENUM(State)

    SyncClient(Replica &replica, SyncClientConfig config, const Clock &clock, QObject *parent = nullptr);
    ~SyncClient() override;

    void setCredentials(const DeviceCredentials &credentials);
    /// Optional: the device's newest stored tokens, read before each sign-in, so tokens another
    /// connection of this device rotated (the desktop's Team admin page) are used, not replayed.
    void setCredentialsSource(std::function<DeviceCredentials()> source) { m_source = std::move(source); }
    DeviceCredentials credentials() const { return m_credentials; }

    /// Live sync: connects, syncs, follows pokes and reconnects with backoff until stop().
    void start();
    void stop();
    /// Connects, syncs until up to date, disconnects and emits finished(ok).
    void syncOnce();
    /// Local transactions were committed: push them when connected.
    void localChangesAvailable();
    /// Pushes and pulls now when connected and idle (a periodic check that does not rely on a
    /// poke); in live mode while waiting to reconnect, reconnects at once.
    void syncNow();
    /// Drops the connection as a network failure would (live mode reconnects).
    void dropConnection();

    State state() const { return m_state; }
    QString lastError() const { return m_lastError; }
    qint64 serverHead() const { return m_head; }

Q_SIGNALS:
    void stateChanged(OmniCrm::SyncClient::State state);
    /// Pulled progress: the replica's cursor against the server's head.
    void progress(qint64 cursor, qint64 head);
    void upToDate();
    void errorOccurred(const QString &code, const QString &message);
    void credentialsChanged(const OmniCrm::DeviceCredentials &credentials);
    void snapshotChunkApplied(int rows);
    void finished(bool ok);

private:
    enum class Phase { Idle, Authenticating, Hello, Snapshot, Pushing, Pulling };
    enum class Mode { Stopped, Live, Once };

    void openSocket();
    void onConnected();
    void onDisconnected();
    void onFrame(const QByteArray &frame);
    void send(const Wire::Message &message);
    void authenticate();
    void sendLogin();
    void sendHello();
    void pump();
    void requestSnapshotChunk();
    void handleError(const Wire::ErrorMessage &error);
    void handleTokens(const Wire::Tokens &tokens);
    void handleWelcome(const Wire::Welcome &welcome);
    void handleAck(const Wire::Ack &ack);
    void handleChanges(const Wire::Changes &changes);
    void handleChunk(const Wire::SnapshotChunk &chunk);
    void handleCheckpoint(const Wire::Checkpoint &checkpoint);
    void fail(const QString &code, const QString &message, bool retry);
    void setState(State state);
    void scheduleReconnect();
    void finishOnce(bool ok);

    Replica &m_replica;
    SyncClientConfig m_config;
    const Clock &m_clock;
    DeviceCredentials m_credentials;
    std::function<DeviceCredentials()> m_source;
    QWebSocket *m_socket = nullptr;
    QTimer *m_reconnectTimer = nullptr;
    QTimer *m_pingTimer = nullptr;
    State m_state = State::Offline;
    Phase m_phase = Phase::Idle;
    Mode m_mode = Mode::Stopped;
    QString m_lastError;
    qint64 m_head = 0;
    bool m_pulled = false; // a pull finished since the last hello
    bool m_refreshTried = false;
    bool m_loginTried = false;
    bool m_fatal = false;
    int m_backoffMs = 0;
    int m_attempts = 0;
    int m_pushAsk = 0; // transactions to read for the next push (fewer after large ones)
    qint64 m_pingNonce = 0;
    bool m_pingOutstanding = false;
    // A snapshot survives a reconnect: it resumes from the last chunk applied.
    bool m_snapshotActive = false;
    QByteArray m_snapshotResume;
    Wire::SnapshotDigest m_snapshotDigest;
    int m_snapshotRestarts = 0;
};

/// Device tokens as one compact JSON text, the form SyncSettings keeps them in (CLI and desktop).
QString encodeDeviceCredentials(const DeviceCredentials &credentials);
DeviceCredentials decodeDeviceCredentials(const QString &text);

} // namespace OmniCrm

Q_DECLARE_METATYPE(OmniCrm::DeviceCredentials)
