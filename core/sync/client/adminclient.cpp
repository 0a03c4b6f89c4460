#include "adminclient.h"

#include "messagecodec.h"

#include <QTimer>
#include <QWebSocket>

namespace OmniCrm {

namespace {

constexpr qint64 TokenMarginMs = 30'000;

Wire::AdminRequest adminRequest(Wire::AdminOp op)
{
    Wire::AdminRequest request;
    request.op = op;
    return request;
}

} // namespace

AdminClient::AdminClient(AdminClientConfig config, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        failAll(QStringLiteral("timeout"), QStringLiteral("the server did not answer in time"));
        if (m_socket)
            m_socket->abort();
    });
}

AdminClient::~AdminClient()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void AdminClient::listUsers()
{
    request(adminRequest(Wire::AdminOp::ListUsers));
}

void AdminClient::listDevices()
{
    request(adminRequest(Wire::AdminOp::ListDevices));
}

void AdminClient::addUser(const QString &email, const QString &role, const QString &password)
{
    Wire::AdminRequest r = adminRequest(Wire::AdminOp::AddUser);
    r.email = email;
    r.role = role;
    r.password = password;
    request(r);
}

void AdminClient::resetPassword(const QString &userId, const QString &password)
{
    Wire::AdminRequest r = adminRequest(Wire::AdminOp::ResetPassword);
    r.userId = userId;
    r.password = password;
    request(r);
}

void AdminClient::setUserDisabled(const QString &userId, bool disabled)
{
    Wire::AdminRequest r = adminRequest(disabled ? Wire::AdminOp::DisableUser : Wire::AdminOp::EnableUser);
    r.userId = userId;
    request(r);
}

void AdminClient::revokeDevice(const QString &deviceId)
{
    Wire::AdminRequest r = adminRequest(Wire::AdminOp::RevokeDevice);
    r.deviceId = deviceId;
    request(r);
}

void AdminClient::request(const Wire::AdminRequest &request)
{
    enqueue(request);
}

void AdminClient::requestTotp(const QString &code)
{
    enqueue(Wire::TotpRequest { Wire::AdminVersion, code });
}

void AdminClient::enqueue(Wire::Message message)
{
    m_queue.push_back(std::move(message));
    if (m_phase == Phase::Closed)
        connectSocket();
    else if (m_phase == Phase::Ready)
        sendNext();
}

QString AdminClient::operationName(const Wire::Message &message)
{
    if (const auto *admin = std::get_if<Wire::AdminRequest>(&message))
        return Wire::adminOpName(admin->op);
    return QStringLiteral("totp");
}

void AdminClient::connectSocket()
{
    if (m_config.credentials.isEmpty()) {
        failAll(QStringLiteral("unauthorized"),
                QStringLiteral("this device is not signed in to a sync server"));
        return;
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_socket, &QWebSocket::connected, this, &AdminClient::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &AdminClient::onDisconnected);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &AdminClient::onFrame);
    m_phase = Phase::Connecting;
    m_refreshTried = false;
    m_inFlight = false;
    m_closeReason.clear();
    m_timer->start(m_config.timeoutMs);
    m_socket->open(m_config.url);
}

void AdminClient::onConnected()
{
    if (m_source) {
        const DeviceCredentials stored = m_source();
        if (stored.deviceId == m_config.credentials.deviceId)
            m_config.credentials = stored;
    }
    const bool expired = m_config.credentials.accessToken.isEmpty()
        || m_config.credentials.accessExpiresAtMs - TokenMarginMs < m_clock.nowMs();
    if (expired && !m_config.credentials.refreshToken.isEmpty())
        sendRefresh();
    else
        sendHello();
}

void AdminClient::sendRefresh()
{
    m_refreshTried = true;
    m_phase = Phase::Refreshing;
    send(Wire::Refresh { m_config.credentials.refreshToken });
}

void AdminClient::sendHello()
{
    m_phase = Phase::Hello;
    send(Wire::Hello { Wire::ProtocolVersion, 0, m_config.siteId, 0, m_config.credentials.accessToken });
}

void AdminClient::send(const Wire::Message &message)
{
    if (m_socket)
        m_socket->sendBinaryMessage(Wire::encodeMessage(message));
}

void AdminClient::sendNext()
{
    if (m_inFlight || m_queue.empty() || m_phase != Phase::Ready)
        return;
    m_inFlight = true;
    m_timer->start(m_config.timeoutMs);
    send(m_queue.front());
}

void AdminClient::onFrame(const QByteArray &frame)
{
    Wire::DecodeLimits limits;
    limits.maxFrameBytes = 16 * 1024 * 1024;
    auto message = Wire::decodeMessage(frame, limits);
    if (!message) {
        failAll(QStringLiteral("bad_frame"),
                QStringLiteral("the server sent an unreadable message: ") + message.error().detail);
        close();
        return;
    }
    if (const auto *error = std::get_if<Wire::ErrorMessage>(&*message)) {
        if (m_phase == Phase::Ready && m_inFlight) {
            m_closeReason = error->message;
            failHead(error->code, error->message);
            return;
        }
        if (error->code == u"unauthorized" && m_phase == Phase::Hello && !m_refreshTried
            && !m_config.credentials.refreshToken.isEmpty()) {
            sendRefresh();
            return;
        }
        m_closeReason = error->message;
        failAll(error->code, error->message);
        close();
        return;
    }
    if (const auto *tokens = std::get_if<Wire::Tokens>(&*message)) {
        m_config.credentials = DeviceCredentials { tokens->deviceId, tokens->accessToken,
                                                   tokens->refreshToken, tokens->accessExpiresAtMs };
        Q_EMIT credentialsChanged(m_config.credentials);
        sendHello();
        return;
    }
    if (std::holds_alternative<Wire::Welcome>(*message)) {
        m_phase = Phase::Ready;
        m_timer->stop();
        sendNext();
        return;
    }
    if (const auto *ping = std::get_if<Wire::Ping>(&*message)) {
        send(Wire::Pong { ping->nonce });
        return;
    }
    const auto *result = std::get_if<Wire::AdminResult>(&*message);
    const auto *totp = std::get_if<Wire::TotpResult>(&*message);
    if ((!result && !totp) || !m_inFlight)
        return; // pokes and the like: not for us
    m_inFlight = false;
    m_timer->stop();
    m_queue.pop_front();
    if (result)
        Q_EMIT replied(*result);
    else
        Q_EMIT totpReplied(*totp);
    sendNext();
}

void AdminClient::failHead(const QString &code, const QString &message)
{
    if (m_queue.empty())
        return;
    const QString operation = operationName(m_queue.front());
    m_queue.pop_front();
    m_inFlight = false;
    m_timer->stop();
    Q_EMIT failed(operation, code, message);
    sendNext();
}

void AdminClient::failAll(const QString &code, const QString &message)
{
    m_timer->stop();
    m_inFlight = false;
    auto queue = std::exchange(m_queue, {});
    for (const Wire::Message &pending : queue)
        Q_EMIT failed(operationName(pending), code, message);
}

void AdminClient::onDisconnected()
{
    const bool wasReady = m_phase == Phase::Ready;
    m_phase = Phase::Closed;
    if (m_socket) {
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (!m_queue.empty()) {
        const QString why = !m_closeReason.isEmpty() ? m_closeReason
            : wasReady                               ? QStringLiteral("the connection to the server was lost")
                       : QStringLiteral("cannot reach the sync server at %1").arg(m_config.url.toString());
        failAll(QStringLiteral("offline"), why);
    }
}

void AdminClient::close()
{
    failAll(QStringLiteral("cancelled"), QStringLiteral("closed"));
    m_phase = Phase::Closed;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->close();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

} // namespace OmniCrm
