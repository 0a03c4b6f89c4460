#include "syncserver.h"

#include "messagecodec.h"

#include <QCborMap>
#include <QFile>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

namespace OmniCrm {

Q_LOGGING_CATEGORY(lcServer, "omnicrm.server")

namespace {

template <class... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template <class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

QByteArray encodeSnapshotPosition(const SnapshotPosition &position)
{
    return QCborValue(QCborMap { { QStringLiteral("s"), position.atSeq },
                                 { QStringLiteral("t"), position.afterTable },
                                 { QStringLiteral("r"), position.afterRowId } })
        .toCbor();
}

Result<SnapshotPosition> decodeSnapshotPosition(const QByteArray &bytes, qint64 head)
{
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(bytes, &error);
    const QCborMap map = value.toMap();
    const QCborValue seq = map.value(QStringLiteral("s"));
    const QCborValue table = map.value(QStringLiteral("t"));
    const QCborValue row = map.value(QStringLiteral("r"));
    if (error.error != QCborError::NoError || !value.isMap() || !seq.isInteger() || !table.isString()
        || !row.isString() || seq.toInteger() < 0 || seq.toInteger() > head)
        return Error::make(ErrorCode::Parse,
                           QStringLiteral("snapshot: the resume cursor is not one this server issued"));
    return SnapshotPosition { seq.toInteger(), table.toString(), row.toString() };
}

} // namespace

QString wireErrorCode(const Error &error)
{
    if (error.field == u"rate_limit")
        return QStringLiteral("rate_limited");
    if (error.field == u"forbidden")
        return QStringLiteral("forbidden");
    switch (error.code) {
    case ErrorCode::KeyRejected:
        return QStringLiteral("unauthorized");
    case ErrorCode::Parse:
        return QStringLiteral("bad_frame");
    case ErrorCode::Unsupported:
        return QStringLiteral("unsupported");
    case ErrorCode::InvalidArgument:
    case ErrorCode::MissingField:
    case ErrorCode::InvalidEmail:
        return QStringLiteral("bad_request");
    case ErrorCode::NotFound:
        return QStringLiteral("not_found");
    case ErrorCode::Duplicate:
        return QStringLiteral("duplicate");
    default:
        return QStringLiteral("server_error");
    }
}

SyncServer::SyncServer(ServerStorage &storage, AuthService &auth, const Clock &clock, SyncServerConfig config,
                       QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_auth(auth)
    , m_clock(clock)
    , m_config(std::move(config))
    , m_admin(std::make_unique<AdminService>(storage.directory(), auth, clock))
{
    // Pushes through another server instance on the same storage: poke this one's clients.
    m_storage.setPushListener([this](const QString &tenantId, qint64 head) {
        m_answeredPulls.remove(tenantId);
        pokeOthers(tenantId, nullptr, head);
    });
}

SyncServer::~SyncServer()
{
    m_storage.setPushListener({});
    close();
}

Status SyncServer::listen()
{
    const bool secure = !m_config.tlsCertificatePath.isEmpty() || !m_config.tlsKeyPath.isEmpty();
    QSslConfiguration ssl;
    if (secure) {
        if (m_config.tlsCertificatePath.isEmpty() || m_config.tlsKeyPath.isEmpty())
            return Error::make(ErrorCode::InvalidArgument,
                               QStringLiteral("TLS needs both a certificate and a key"));
        const auto certificates = QSslCertificate::fromPath(m_config.tlsCertificatePath, QSsl::Pem);
        if (certificates.isEmpty())
            return Error::make(
                ErrorCode::Io,
                QStringLiteral("cannot read a PEM certificate from %1").arg(m_config.tlsCertificatePath));
        QFile keyFile(m_config.tlsKeyPath);
        if (!keyFile.open(QIODevice::ReadOnly))
            return Error::make(ErrorCode::Io,
                               QStringLiteral("cannot read the TLS key %1").arg(m_config.tlsKeyPath));
        const QByteArray keyBytes = keyFile.readAll();
        QSslKey key(keyBytes, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyBytes, QSsl::Ec, QSsl::Pem);
        if (key.isNull())
            return Error::make(
                ErrorCode::Io,
                QStringLiteral("%1 is not a PEM RSA or EC private key").arg(m_config.tlsKeyPath));
        ssl.setLocalCertificateChain(certificates);
        ssl.setPrivateKey(key);
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    }
    m_server
        = new QWebSocketServer(QStringLiteral("omnicrm-server"),
                               secure ? QWebSocketServer::SecureMode : QWebSocketServer::NonSecureMode, this);
    if (secure)
        m_server->setSslConfiguration(ssl);
    if (!m_server->listen(m_config.address, m_config.port))
        return Error::make(ErrorCode::Io,
                           QStringLiteral("cannot listen on %1 port %2: %3")
                               .arg(m_config.address.toString())
                               .arg(m_config.port)
                               .arg(m_server->errorString()));
    connect(m_server, &QWebSocketServer::newConnection, this, &SyncServer::acceptConnections);
    m_revocationTimer = new QTimer(this);
    connect(m_revocationTimer, &QTimer::timeout, this, [this] { (void)checkRevocations(); });
    m_revocationTimer->start(m_config.revocationCheckMs);
    if (m_config.housekeepingIntervalMs > 0) {
        m_housekeepingTimer = new QTimer(this);
        connect(m_housekeepingTimer, &QTimer::timeout, this, [this] {
            if (const auto report = housekeep(); !report)
                qCWarning(lcServer) << "housekeeping failed:" << report.error().detail;
        });
        m_housekeepingTimer->start(m_config.housekeepingIntervalMs);
    }
    return {};
}

quint16 SyncServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

bool SyncServer::isSecure() const
{
    return m_server && m_server->secureMode() == QWebSocketServer::SecureMode;
}

void SyncServer::close()
{
    if (m_revocationTimer)
        m_revocationTimer->stop();
    // Aborting emits disconnected(), which would erase from the map under our feet.
    const auto connections = std::exchange(m_connections, {});
    for (const auto &[socket, connection] : connections) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    if (m_server)
        m_server->close();
}

void SyncServer::acceptConnections()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        // The socket's own ceiling sits above ours, so an oversized frame reaches receive() and
        // gets a clear error before the close.
        socket->setMaxAllowedIncomingMessageSize(quint64(m_config.limits.maxFrameBytes) * 2 + 1024);
        socket->setMaxAllowedIncomingFrameSize(quint64(m_config.limits.maxFrameBytes) * 2 + 1024);
        m_connections[socket] = Connection { socket, std::nullopt, socket->peerAddress().toString() };
        // Sockets that never sign in must not pile up.
        QTimer::singleShot(m_config.helloTimeoutMs, socket, [this, socket] {
            const auto it = m_connections.find(socket);
            if (it != m_connections.end() && !it->second.session)
                refuse(socket, QStringLiteral("timeout"), QStringLiteral("no valid hello in time"));
        });
        connect(socket, &QWebSocket::binaryMessageReceived, this,
                [this, socket](const QByteArray &frame) { receive(socket, frame); });
        connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &) {
            refuse(socket, QStringLiteral("bad_frame"),
                   QStringLiteral("text frames are not part of the protocol"));
        });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            if (const auto it = m_connections.find(socket); it != m_connections.end())
                saveCursor(it->second);
            m_connections.erase(socket);
            socket->deleteLater();
            Q_EMIT clientDisconnected();
        });
        Q_EMIT clientConnected();
    }
}

void SyncServer::send(QWebSocket *socket, const Wire::Message &message)
{
    if (socket)
        socket->sendBinaryMessage(Wire::encodeMessage(message));
}

void SyncServer::sendError(QWebSocket *socket, const Error &error)
{
    send(socket, Wire::ErrorMessage { wireErrorCode(error), error.detail });
}

void SyncServer::refuse(QWebSocket *socket, const QString &code, const QString &detail)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    qCInfo(lcServer) << "closing a connection from" << it->second.peer << code << detail;
    send(socket, Wire::ErrorMessage { code, detail });
    it->second.session.reset();
    socket->close(QWebSocketProtocol::CloseCodePolicyViolated, code);
    Q_EMIT connectionRefused(code, detail);
}

void SyncServer::receive(QWebSocket *socket, const QByteArray &frame)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    if (frame.size() > m_config.limits.maxFrameBytes) {
        refuse(socket, QStringLiteral("frame_too_large"),
               QStringLiteral("a frame of %1 bytes (at most %2)")
                   .arg(frame.size())
                   .arg(m_config.limits.maxFrameBytes));
        return;
    }
    auto message = Wire::decodeMessage(frame, m_config.limits);
    if (!message) {
        refuse(socket,
               message.error().code == ErrorCode::Unsupported ? QStringLiteral("unsupported")
                                                              : QStringLiteral("bad_frame"),
               message.error().detail);
        return;
    }
    dispatch(it->second, *message);
}

void SyncServer::dispatch(Connection &connection, const Wire::Message &message)
{
    QWebSocket *socket = connection.socket;
    if (const auto *login = std::get_if<Wire::Login>(&message)) {
        auto tokens = m_auth.login(*login, connection.peer);
        if (tokens)
            send(socket, *tokens);
        else
            sendError(socket, tokens.error());
        return;
    }
    if (const auto *refresh = std::get_if<Wire::Refresh>(&message)) {
        auto tokens = m_auth.refresh(refresh->refreshToken);
        if (tokens) {
            send(socket, *tokens);
        } else {
            sendError(socket, tokens.error());
            (void)checkRevocations(); // a replayed refresh token revokes its device: cut it off now
        }
        return;
    }
    if (const auto *ping = std::get_if<Wire::Ping>(&message)) {
        send(socket, Wire::Pong { ping->nonce });
        return;
    }
    if (std::holds_alternative<Wire::Pong>(message))
        return;
    if (const auto *hello = std::get_if<Wire::Hello>(&message)) {
        onHello(connection, *hello);
        return;
    }
    if (std::holds_alternative<Wire::AdminRequest>(message)
        || std::holds_alternative<Wire::TotpRequest>(message)) {
        onAdmin(connection, message);
        return;
    }
    const bool request = std::holds_alternative<Wire::Push>(message)
        || std::holds_alternative<Wire::Pull>(message)
        || std::holds_alternative<Wire::SnapshotRequest>(message);
    if (!request) {
        refuse(socket, QStringLiteral("bad_request"),
               QStringLiteral("a client does not send \"%1\"").arg(Wire::messageTypeName(message)));
        return;
    }
    if (!connection.session) {
        refuse(socket, QStringLiteral("unauthorized"),
               QStringLiteral("send hello with an access token first"));
        return;
    }
    // Devices are checked for every connection at once each revocationCheckMs (and at once when
    // revoked through this server), not per request: on PostgreSQL a lookup per request, and one
    // per connection each second, kept the event loop waiting on round trips. A late check (a
    // busy event loop) is done now, before serving.
    if (!m_devicesChecked.isValid() || m_devicesChecked.hasExpired(m_config.revocationCheckMs)) {
        if (!checkRevocations()) {
            sendError(
                socket,
                Error::make(ErrorCode::Database, QStringLiteral("cannot check this device now; try again")));
            return;
        }
        if (m_connections.find(socket) == m_connections.end() || !connection.session)
            return; // revoked: refused and closing
    }
    // The tenant comes from the verified token, never from the message.
    auto log = m_storage.tenantLog(connection.session->claims.tenantId);
    if (!log) {
        sendError(socket, log.error());
        return;
    }
    std::visit(Overloaded {
                   [&](const Wire::Push &push) { onPush(connection, **log, push); },
                   [&](const Wire::Pull &pull) { onPull(connection, **log, pull); },
                   [&](const Wire::SnapshotRequest &snapshot) { onSnapshot(connection, **log, snapshot); },
                   [](const auto &) {},
               },
               message);
}

void SyncServer::onHello(Connection &connection, const Wire::Hello &hello)
{
    QWebSocket *socket = connection.socket;
    if (hello.protocolVersion != Wire::ProtocolVersion) {
        refuse(socket, QStringLiteral("unsupported"),
               QStringLiteral("protocol version %1 (this server speaks %2)")
                   .arg(hello.protocolVersion)
                   .arg(Wire::ProtocolVersion));
        return;
    }
    auto session = m_auth.verify(hello.accessToken);
    if (!session) {
        connection.session.reset();
        sendError(socket, session.error());
        return;
    }
    if (session->siteId != hello.siteId) {
        connection.session.reset();
        sendError(socket,
                  Error::make(ErrorCode::KeyRejected, QStringLiteral("this token belongs to another site")));
        return;
    }
    auto log = m_storage.tenantLog(session->claims.tenantId);
    auto head = log ? (*log)->head() : Result<qint64>(log.error());
    if (!head) {
        sendError(socket, head.error());
        return;
    }
    (void)m_storage.directory().touchDevice(session->claims.tenantId, session->claims.deviceId,
                                            m_clock.nowMs());
    saveCursor(connection); // a second hello on one connection may be another device
    connection.ackedCursor = connection.savedCursor = 0;
    connection.session = std::move(session).value();
    noteCursor(connection, hello.cursor);
    send(socket, Wire::Welcome { Wire::ProtocolVersion, *head, connection.session->claims.deviceId });
}

void SyncServer::onPush(Connection &connection, TenantLog &log, const Wire::Push &push)
{
    const QString &siteId = connection.session->siteId;
    const quint64 maxHlc = quint64(m_clock.nowMs() + m_config.maxClockAheadMs) << 16;
    Wire::Ack ack;
    QList<SyncTransaction> accepted;
    for (const SyncTransaction &transaction : push.transactions) {
        QString reason;
        if (!ack.rejected.isEmpty())
            reason = QStringLiteral("follows a rejected transaction");
        else if (transaction.siteId != siteId)
            reason = QStringLiteral("a device pushes only its own site's transactions");
        else if (transaction.localSeq < 1)
            reason = QStringLiteral("localSeq starts at 1");
        else if (transaction.rows.isEmpty())
            reason = QStringLiteral("an empty transaction");
        else if (transaction.hlc > maxHlc
                 || std::any_of(transaction.rows.cbegin(), transaction.rows.cend(),
                                [&](const RowChange &row) { return row.hlc > maxHlc; }))
            reason = QStringLiteral("clock_ahead: the device clock is more than %1 s ahead of the server")
                         .arg(m_config.maxClockAheadMs / 1000);
        if (reason.isEmpty())
            accepted.append(transaction);
        else
            ack.rejected.append(Wire::Rejection { transaction.localSeq, reason });
    }
    auto outcome = log.push(accepted);
    if (!outcome) {
        sendError(connection.socket, outcome.error());
        return;
    }
    ack.applied = outcome->applied;
    ack.headSeq = outcome->headSeq;
    if (outcome->grew)
        m_answeredPulls.remove(connection.session->claims.tenantId);
    send(connection.socket, ack);
    if (outcome->grew)
        pokeOthers(connection.session->claims.tenantId, connection.socket, outcome->headSeq);
}

void SyncServer::onPull(Connection &connection, TenantLog &log, const Wire::Pull &pull)
{
    noteCursor(connection, pull.after);
    const int limit
        = pull.limit > 0 ? std::min(pull.limit, m_config.maxChangesPerPull) : m_config.maxChangesPerPull;
    const QString &tenantId = connection.session->claims.tenantId; // the token's, as for the log
    if (const auto answered = m_answeredPulls.constFind(tenantId); answered != m_answeredPulls.constEnd()
        && answered->after == pull.after && answered->limit == limit
        && !answered->age.hasExpired(kPullReuseMs)) {
        if (connection.socket)
            connection.socket->sendBinaryMessage(answered->frame);
        return;
    }
    auto changes = log.changesAfter(pull.after, limit);
    if (!changes) {
        sendError(connection.socket, changes.error());
        return;
    }
    // Keep the frame bounded: whole transactions only, up to the row budget.
    qsizetype rows = 0;
    for (qsizetype i = 0; i < changes->transactions.size(); ++i) {
        rows += changes->transactions.at(i).rows.size();
        if (i > 0 && rows > m_config.maxRowsPerPull) {
            changes->transactions.resize(i);
            changes->to = changes->transactions.last().serverSeq;
            changes->more = true;
            break;
        }
    }
    AnsweredPull answered { pull.after, limit, Wire::encodeMessage(*changes), {} };
    answered.age.start();
    if (connection.socket)
        connection.socket->sendBinaryMessage(answered.frame);
    m_answeredPulls.insert(tenantId, std::move(answered));
}

void SyncServer::onSnapshot(Connection &connection, TenantLog &log, const Wire::SnapshotRequest &request)
{
    auto head = log.head();
    if (!head) {
        sendError(connection.socket, head.error());
        return;
    }
    SnapshotPosition position { *head, {}, {} };
    if (!request.resume.isEmpty()) {
        auto resumed = decodeSnapshotPosition(request.resume, *head);
        if (!resumed) {
            refuse(connection.socket, QStringLiteral("bad_request"), resumed.error().detail);
            return;
        }
        position = *resumed;
    }
    // A run digests the pages of a snapshot asked for on this connection from its start, in
    // order; anything else (a resume after a reconnect) ends it.
    const auto samePosition = [](const SnapshotPosition &a, const SnapshotPosition &b) {
        return a.atSeq == b.atSeq && a.afterTable == b.afterTable && a.afterRowId == b.afterRowId;
    };
    if (request.resume.isEmpty()) {
        connection.snapshot = std::make_shared<SnapshotRun>();
        connection.snapshot->next = position;
        connection.snapshot->housekeepingRuns = m_housekeepingRuns;
    } else if (connection.snapshot && !samePosition(connection.snapshot->next, position))
        connection.snapshot.reset();
    const int limit = request.limit > 0 ? std::min(request.limit, m_config.snapshotRowsPerChunk)
                                        : m_config.snapshotRowsPerChunk;
    auto page = log.snapshot(position, limit);
    if (!page) {
        connection.snapshot.reset();
        sendError(connection.socket, page.error());
        return;
    }
    const std::shared_ptr<SnapshotRun> run = std::exchange(connection.snapshot, {});
    if (run) {
        run->digest.addRows(page->rows);
        run->next = page->next;
        if (!page->done)
            connection.snapshot = run;
    }
    send(connection.socket,
         Wire::SnapshotChunk { encodeSnapshotPosition(page->next), page->rows, page->done });
    if (!page->done)
        return;
    // Nothing was pushed since the snapshot's atSeq (the head is still there) and no tombstone
    // was collected: the state the pages were cut from is the state now, so the checkpoint is
    // the digest of the pages sent. Otherwise the state is read again, and a field rewritten
    // meanwhile changes the checksum (the client starts over).
    if (run && *head == position.atSeq && run->housekeepingRuns == m_housekeepingRuns) {
        send(connection.socket,
             Wire::Checkpoint { position.atSeq, run->digest.fieldCount(), run->digest.result() });
        return;
    }
    auto checkpoint = log.checkpoint(position.atSeq);
    if (!checkpoint) {
        sendError(connection.socket, checkpoint.error());
        return;
    }
    send(connection.socket, *checkpoint);
}

void SyncServer::pokeOthers(const QString &tenantId, QWebSocket *except, qint64 head)
{
    for (auto &[socket, connection] : m_connections)
        if (socket != except && connection.session && connection.session->claims.tenantId == tenantId)
            send(socket, Wire::Poke { head });
}

bool SyncServer::checkRevocations()
{
    QStringList deviceIds;
    for (const auto &[socket, connection] : m_connections)
        if (connection.session)
            deviceIds.append(connection.session->claims.deviceId);
    deviceIds.removeDuplicates();
    QElapsedTimer asked;
    asked.start();
    const auto active = m_storage.directory().activeDevices(deviceIds);
    if (!active) {
        qCWarning(lcServer) << "cannot check the connected devices:" << active.error().detail;
        return false;
    }
    m_devicesChecked = asked;
    // A device that is revoked, unknown or of another tenant than its token's is cut off.
    QList<QWebSocket *> revoked;
    for (const auto &[socket, connection] : m_connections)
        if (connection.session
            && active->value(connection.session->claims.deviceId) != connection.session->claims.tenantId)
            revoked.append(socket);
    for (QWebSocket *socket : revoked)
        refuse(socket, QStringLiteral("revoked"), QStringLiteral("this device was revoked"));
    return true;
}

Status SyncServer::revokeDevice(const QString &tenantId, const QString &deviceId)
{
    OMNICRM_TRY(m_auth.revokeDevice(tenantId, deviceId));
    // This device's connections are known here: no need to ask the directory.
    QList<QWebSocket *> revoked;
    for (const auto &[socket, connection] : m_connections)
        if (connection.session && connection.session->claims.tenantId == tenantId
            && connection.session->claims.deviceId == deviceId)
            revoked.append(socket);
    for (QWebSocket *socket : revoked)
        refuse(socket, QStringLiteral("revoked"), QStringLiteral("this device was revoked"));
    return {};
}

} // namespace OmniCrm
