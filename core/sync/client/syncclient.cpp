#include "syncclient.h"

#include "messagecodec.h"
#include "snapshotassembler.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>
#include <QWebSocket>

namespace OmniCrm {

Q_LOGGING_CATEGORY(lcSyncClient, "omnicrm.sync.client")

namespace {

template <class... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template <class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

constexpr qint64 TokenMarginMs = 30'000; // refresh a token that expires sooner than this

// What the client accepts from the server: larger than what it sends, still bounded.
Wire::DecodeLimits clientLimits()
{
    Wire::DecodeLimits limits;
    limits.maxFrameBytes = 64 * 1024 * 1024;
    limits.maxTransactions = 10'000;
    limits.maxRows = 1'000'000;
    limits.maxRowsPerTransaction = 1'000'000;
    limits.maxItems = 20'000'000;
    return limits;
}

} // namespace

SyncClient::SyncClient(Replica &replica, SyncClientConfig config, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_replica(replica)
    , m_config(std::move(config))
    , m_clock(clock)
    , m_reconnectTimer(new QTimer(this))
    , m_pingTimer(new QTimer(this))
{
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &SyncClient::openSocket);
    connect(m_pingTimer, &QTimer::timeout, this, [this] {
        if (m_pingOutstanding) { // no answer for a whole interval: the link is dead
            dropConnection();
            return;
        }
        m_pingOutstanding = true;
        send(Wire::Ping { ++m_pingNonce });
    });
}

SyncClient::~SyncClient()
{
    m_mode = Mode::Stopped;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void SyncClient::setCredentials(const DeviceCredentials &credentials)
{
    m_credentials = credentials;
}

void SyncClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SyncClient::start()
{
    m_mode = Mode::Live;
    m_fatal = false;
    m_backoffMs = 0;
    openSocket();
}

void SyncClient::syncOnce()
{
    m_mode = Mode::Once;
    m_fatal = false;
    m_attempts = 0;
    m_backoffMs = 0;
    openSocket();
}

void SyncClient::stop()
{
    m_mode = Mode::Stopped;
    m_reconnectTimer->stop();
    m_pingTimer->stop();
    if (m_socket)
        m_socket->close();
    setState(State::Offline);
}

void SyncClient::dropConnection()
{
    if (m_socket)
        m_socket->abort();
}

void SyncClient::localChangesAvailable()
{
    if (m_phase == Phase::Idle && m_socket && m_socket->state() == QAbstractSocket::ConnectedState && !m_fatal
        && m_state == State::UpToDate)
        pump();
}

void SyncClient::syncNow()
{
    if (m_fatal || m_mode == Mode::Stopped)
        return;
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
        if (m_phase == Phase::Idle && m_state == State::UpToDate) {
            m_pulled = false;
            pump();
        }
        return;
    }
    if (m_mode == Mode::Live && m_reconnectTimer->isActive()) {
        m_reconnectTimer->stop();
        openSocket();
    }
}

void SyncClient::openSocket()
{
    if (m_mode == Mode::Stopped)
        return;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    ++m_attempts;
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingMessageSize(quint64(clientLimits().maxFrameBytes));
    connect(m_socket, &QWebSocket::connected, this, &SyncClient::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &SyncClient::onDisconnected);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &SyncClient::onFrame);
    m_phase = Phase::Idle;
    setState(State::Connecting);
    m_socket->open(m_config.url);
}

void SyncClient::onConnected()
{
    m_refreshTried = false;
    m_loginTried = false;
    m_pulled = false;
    m_pingOutstanding = false;
    m_pingTimer->start(m_config.pingIntervalMs);
    setState(State::Syncing);
    authenticate();
}

void SyncClient::onDisconnected()
{
    m_pingTimer->stop();
    m_phase = Phase::Idle;
    if (m_mode == Mode::Stopped)
        return;
    if (m_fatal) {
        return;
    }
    setState(State::Offline);
    scheduleReconnect();
}

void SyncClient::scheduleReconnect()
{
    if (m_mode == Mode::Once && m_attempts >= m_config.syncOnceMaxAttempts) {
        m_lastError = QStringLiteral("could not reach %1").arg(m_config.url.toString());
        Q_EMIT errorOccurred(QStringLiteral("offline"), m_lastError);
        finishOnce(false);
        return;
    }
    m_backoffMs
        = m_backoffMs == 0 ? m_config.reconnectInitialMs : std::min(m_backoffMs * 2, m_config.reconnectMaxMs);
    m_reconnectTimer->start(m_backoffMs);
}

void SyncClient::finishOnce(bool ok)
{
    if (m_mode != Mode::Once)
        return;
    m_mode = Mode::Stopped;
    m_reconnectTimer->stop();
    m_pingTimer->stop();
    if (m_socket)
        m_socket->close();
    Q_EMIT finished(ok);
}

void SyncClient::fail(const QString &code, const QString &message, bool retry)
{
    qCWarning(lcSyncClient) << "sync failed:" << code << message;
    m_lastError = message;
    setState(State::Error);
    Q_EMIT errorOccurred(code, message);
    if (!retry) {
        m_fatal = true;
        m_reconnectTimer->stop();
        if (m_socket)
            m_socket->close();
        finishOnce(false);
        return;
    }
    if (m_socket)
        m_socket->abort(); // onDisconnected schedules the retry
}

void SyncClient::send(const Wire::Message &message)
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->sendBinaryMessage(Wire::encodeMessage(message));
}

void SyncClient::authenticate()
{
    m_phase = Phase::Authenticating;
    if (m_source && !m_credentials.isEmpty()) {
        const DeviceCredentials stored = m_source();
        if (stored.deviceId == m_credentials.deviceId)
            m_credentials = stored;
    }
    if (!m_credentials.accessToken.isEmpty()
        && m_credentials.accessExpiresAtMs > m_clock.nowMs() + TokenMarginMs) {
        sendHello();
    } else if (!m_credentials.refreshToken.isEmpty() && !m_refreshTried) {
        m_refreshTried = true;
        send(Wire::Refresh { m_credentials.refreshToken });
    } else if (!m_config.password.isEmpty() && !m_loginTried) {
        sendLogin();
    } else {
        fail(QStringLiteral("unauthorized"),
             QStringLiteral("no valid device token and no password to sign in"), false);
    }
}

void SyncClient::sendLogin()
{
    m_loginTried = true;
    m_phase = Phase::Authenticating;
    send(Wire::Login { m_config.tenant, m_config.email, m_config.password, m_config.totp, m_replica.siteId(),
                       m_config.deviceName });
}

void SyncClient::sendHello()
{
    m_phase = Phase::Hello;
    send(Wire::Hello { Wire::ProtocolVersion, m_config.schemaVersion, m_replica.siteId(), m_replica.cursor(),
                       m_credentials.accessToken });
}

void SyncClient::onFrame(const QByteArray &frame)
{
    auto message = Wire::decodeMessage(frame, clientLimits());
    if (!message) {
        fail(QStringLiteral("bad_frame"),
             QStringLiteral("the server sent an unreadable message: ") + message.error().detail, true);
        return;
    }
    std::visit(Overloaded {
                   [&](const Wire::ErrorMessage &m) { handleError(m); },
                   [&](const Wire::Tokens &m) { handleTokens(m); },
                   [&](const Wire::Welcome &m) { handleWelcome(m); },
                   [&](const Wire::Ack &m) { handleAck(m); },
                   [&](const Wire::Changes &m) { handleChanges(m); },
                   [&](const Wire::SnapshotChunk &m) { handleChunk(m); },
                   [&](const Wire::Checkpoint &m) { handleCheckpoint(m); },
                   [&](const Wire::Poke &m) {
                       m_head = std::max(m_head, m.headSeq);
                       if (m_phase == Phase::Idle && m_state == State::UpToDate) {
                           m_pulled = false;
                           setState(State::Syncing);
                           pump();
                       }
                   },
                   [&](const Wire::Ping &m) { send(Wire::Pong { m.nonce }); },
                   [&](const Wire::Pong &) { m_pingOutstanding = false; },
                   [&](const auto &m) {
                       fail(QStringLiteral("bad_frame"),
                            QStringLiteral("the server sent a \"%1\"").arg(Wire::messageTypeName(m)), true);
                   },
               },
               *message);
}

void SyncClient::handleError(const Wire::ErrorMessage &error)
{
    const bool authPhase = m_phase == Phase::Authenticating || m_phase == Phase::Hello;
    if (error.code == u"unauthorized" && authPhase) {
        // The access token was refused: try the refresh token, then the password.
        m_credentials.accessToken.clear();
        m_credentials.accessExpiresAtMs = 0;
        if (m_phase == Phase::Authenticating && m_refreshTried && !m_loginTried)
            m_credentials.refreshToken.clear();
        if (!m_credentials.refreshToken.isEmpty() && !m_refreshTried) {
            m_refreshTried = true;
            m_phase = Phase::Authenticating;
            send(Wire::Refresh { m_credentials.refreshToken });
            return;
        }
        if (!m_config.password.isEmpty() && !m_loginTried) {
            sendLogin();
            return;
        }
        Q_EMIT credentialsChanged(m_credentials);
        fail(error.code, error.message, false);
        return;
    }
    const bool final = error.code == u"unauthorized" || error.code == u"revoked"
        || error.code == u"rate_limited" || error.code == u"unsupported";
    if (error.code == u"revoked") {
        m_credentials = {};
        Q_EMIT credentialsChanged(m_credentials);
    }
    fail(error.code, error.message, !final);
}

void SyncClient::handleTokens(const Wire::Tokens &tokens)
{
    m_credentials = DeviceCredentials { tokens.deviceId, tokens.accessToken, tokens.refreshToken,
                                        tokens.accessExpiresAtMs };
    Q_EMIT credentialsChanged(m_credentials);
    sendHello();
}

void SyncClient::handleWelcome(const Wire::Welcome &welcome)
{
    m_head = welcome.headSeq;
    m_backoffMs = 0;
    m_attempts = 0;
    m_phase = Phase::Idle;
    if (m_snapshotActive || (m_replica.cursor() == 0 && m_head > 0)) {
        if (!m_snapshotActive) {
            m_snapshotActive = true;
            m_snapshotResume.clear();
            m_snapshotDigest.reset();
        }
        requestSnapshotChunk();
        return;
    }
    pump();
}

void SyncClient::requestSnapshotChunk()
{
    m_phase = Phase::Snapshot;
    send(Wire::SnapshotRequest { m_snapshotResume, m_config.snapshotLimit });
}

void SyncClient::handleChunk(const Wire::SnapshotChunk &chunk)
{
    if (m_phase != Phase::Snapshot) {
        fail(QStringLiteral("bad_frame"), QStringLiteral("a snapshot chunk nobody asked for"), true);
        return;
    }
    if (m_fatal)
        return; // a chunk asked for before an earlier one failed
    // Ask for the next chunk before merging this one, so the server cuts it meanwhile; flushed now,
    // or the socket would write it only once the merge returns to the event loop. The resume
    // position moves only once this one is in the store: after a drop the snapshot resumes after
    // the last chunk merged, and the one in flight is asked for again.
    if (!chunk.done && m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
        send(Wire::SnapshotRequest { chunk.next, m_config.snapshotLimit });
        m_socket->flush();
    }
    auto applied = m_replica.applySnapshot(snapshotTransactions(chunk.rows));
    if (!applied) {
        fail(QStringLiteral("replica"), applied.error().detail, false);
        return;
    }
    m_snapshotDigest.addRows(chunk.rows);
    m_snapshotResume = chunk.next;
    Q_EMIT snapshotChunkApplied(int(chunk.rows.size()));
}

void SyncClient::handleCheckpoint(const Wire::Checkpoint &checkpoint)
{
    if (!m_snapshotActive) {
        fail(QStringLiteral("bad_frame"), QStringLiteral("a checkpoint without a snapshot"), true);
        return;
    }
    m_snapshotActive = false;
    if (m_snapshotDigest.result() != checkpoint.checksum
        || m_snapshotDigest.fieldCount() != checkpoint.fieldCount) {
        // The state moved under the snapshot (or bytes were lost): start over, a few times.
        if (++m_snapshotRestarts > 3) {
            fail(QStringLiteral("checksum_mismatch"), QStringLiteral("the snapshot's checksum did not match"),
                 false);
            return;
        }
        m_snapshotActive = true;
        m_snapshotResume.clear();
        m_snapshotDigest.reset();
        requestSnapshotChunk();
        return;
    }
    m_snapshotRestarts = 0;
    SyncTransaction advance;
    advance.siteId = m_replica.siteId();
    advance.txId = QStringLiteral("checkpoint");
    advance.serverSeq = checkpoint.serverSeq;
    auto applied = m_replica.apply({ advance });
    if (!applied) {
        fail(QStringLiteral("replica"), applied.error().detail, false);
        return;
    }
    m_phase = Phase::Idle;
    Q_EMIT progress(m_replica.cursor(), m_head);
    pump();
}

void SyncClient::pump()
{
    if (m_phase != Phase::Idle || m_fatal)
        return;
    const int ask = m_pushAsk > 0 ? m_pushAsk : m_config.pushBatch;
    auto pending = m_replica.pending(ask);
    if (!pending) {
        fail(QStringLiteral("replica"), pending.error().detail, false);
        return;
    }
    if (!pending->isEmpty()) {
        qsizetype keep = 0;
        qsizetype rows = 0;
        for (; keep < pending->size(); ++keep) {
            rows += pending->at(keep).rows.size();
            if (keep > 0 && rows > m_config.pushRows)
                break;
        }
        // Read about as many as fit next time (outbox rows read and not sent cost time).
        m_pushAsk = keep < pending->size() ? int(keep) + 1 : std::min(m_config.pushBatch, ask * 2);
        pending->resize(keep);
        setState(State::Syncing);
        m_phase = Phase::Pushing;
        send(Wire::Push { *pending });
        return;
    }
    if (!m_pulled || m_replica.cursor() < m_head) {
        setState(State::Syncing);
        m_phase = Phase::Pulling;
        send(Wire::Pull { m_replica.cursor(), m_config.pullLimit });
        return;
    }
    setState(State::UpToDate);
    Q_EMIT upToDate();
    finishOnce(true);
}

void SyncClient::handleAck(const Wire::Ack &ack)
{
    if (m_phase != Phase::Pushing) {
        fail(QStringLiteral("bad_frame"), QStringLiteral("an ack nobody waited for"), true);
        return;
    }
    m_head = std::max(m_head, ack.headSeq);
    if (!ack.applied.isEmpty()) {
        const Status acknowledged
            = m_replica.acknowledge(*std::max_element(ack.applied.cbegin(), ack.applied.cend()));
        if (!acknowledged) {
            fail(QStringLiteral("replica"), acknowledged.error().detail, false);
            return;
        }
    }
    if (!ack.rejected.isEmpty()) {
        fail(QStringLiteral("rejected"),
             QStringLiteral("the server refused local transaction %1: %2")
                 .arg(ack.rejected.first().localSeq)
                 .arg(ack.rejected.first().reason),
             false);
        return;
    }
    m_phase = Phase::Idle;
    pump();
}

void SyncClient::handleChanges(const Wire::Changes &changes)
{
    if (m_phase != Phase::Pulling) {
        fail(QStringLiteral("bad_frame"), QStringLiteral("changes nobody asked for"), true);
        return;
    }
    if (!changes.transactions.isEmpty()) {
        auto applied = m_replica.apply(changes.transactions);
        if (!applied) {
            fail(QStringLiteral("replica"), applied.error().detail, false);
            return;
        }
    }
    m_head = std::max(m_head, changes.to);
    if (!changes.more) {
        m_pulled = true;
        // Nothing at all after the cursor: the server's head is where we are (a poke that
        // arrived meanwhile names a later head and triggers another pull).
        if (changes.transactions.isEmpty())
            m_head = std::min(m_head, changes.to);
    }
    Q_EMIT progress(m_replica.cursor(), m_head);
    m_phase = Phase::Idle;
    pump();
}

QString encodeDeviceCredentials(const DeviceCredentials &credentials)
{
    const QJsonObject json { { QStringLiteral("device"), credentials.deviceId },
                             { QStringLiteral("access"), credentials.accessToken },
                             { QStringLiteral("refresh"), credentials.refreshToken },
                             { QStringLiteral("access_expires"), double(credentials.accessExpiresAtMs) } };
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

DeviceCredentials decodeDeviceCredentials(const QString &text)
{
    const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
    DeviceCredentials credentials;
    credentials.deviceId = json.value(QStringLiteral("device")).toString();
    credentials.accessToken = json.value(QStringLiteral("access")).toString();
    credentials.refreshToken = json.value(QStringLiteral("refresh")).toString();
    credentials.accessExpiresAtMs = qint64(json.value(QStringLiteral("access_expires")).toDouble());
    return credentials;
}

} // namespace OmniCrm
