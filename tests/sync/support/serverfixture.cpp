#include "serverfixture.h"

#include "messagecodec.h"
#include "sqlitestorage.h"

#include <QDateTime>
#include <QTest>

namespace OmniCrm::Test {

qint64 SteppableClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch() + m_offset;
}

ServerFixture::ServerFixture(SyncServerConfig config, AuthConfig auth, const QString &databaseUrl)
{
    auto storage = openServerStorage(m_dir.path(), databaseUrl);
    if (!storage) {
        m_startError = storage.error().detail;
        return;
    }
    m_storage = std::move(storage).value();
    auto service = AuthService::create(m_storage->directory(), m_hasher, m_clock, auth);
    if (!service) {
        m_startError = service.error().detail;
        return;
    }
    m_auth = std::move(service).value();
    config.address = QHostAddress::LocalHost;
    config.port = 0;
    config.revocationCheckMs = 200;
    m_server = std::make_unique<SyncServer>(*m_storage, *m_auth, m_clock, config);
    if (const Status listening = m_server->listen(); !listening)
        m_startError = listening.error().detail;
}

ServerFixture::~ServerFixture() = default;

QUrl ServerFixture::url() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_server ? m_server->port() : 0));
}

QString ServerFixture::addUser(const QString &tenantId, const QString &email, const QString &password,
                               const QString &role)
{
    const auto hash = m_hasher.hash(password);
    if (!hash)
        return {};
    const auto user = m_storage->directory().addUser(tenantId, email, *hash, { role });
    return user ? user->id : QString();
}

QString ServerFixture::addTenantWithUser(const QString &tenant, const QString &email, const QString &password)
{
    const auto created = m_storage->directory().createTenant(tenant);
    if (!created)
        return {};
    return addUser(created->id, email, password).isEmpty() ? QString() : created->id;
}

RawClient::RawClient(const QUrl &url)
{
    QObject::connect(&m_socket, &QWebSocket::binaryMessageReceived, &m_socket,
                     [this](const QByteArray &frame) { m_inbox.append(frame); });
    QObject::connect(&m_socket, &QWebSocket::disconnected, &m_socket, [this] { m_closed = true; });
    m_socket.open(url);
    (void)QTest::qWaitFor([&] { return m_socket.state() == QAbstractSocket::ConnectedState || m_closed; },
                          5000);
}

bool RawClient::isConnected() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

void RawClient::send(const Wire::Message &message)
{
    m_socket.sendBinaryMessage(Wire::encodeMessage(message));
}

void RawClient::sendBytes(const QByteArray &frame)
{
    m_socket.sendBinaryMessage(frame);
}

Result<Wire::Message> RawClient::next(int timeoutMs)
{
    (void)QTest::qWaitFor([&] { return !m_inbox.isEmpty() || m_closed; }, timeoutMs);
    if (m_inbox.isEmpty())
        return Error::make(ErrorCode::Io,
                           m_closed ? QStringLiteral("connection closed") : QStringLiteral("no reply"));
    Wire::DecodeLimits limits;
    limits.maxFrameBytes = 64 * 1024 * 1024;
    limits.maxRows = 1'000'000;
    limits.maxTransactions = 100'000;
    return Wire::decodeMessage(m_inbox.takeFirst(), limits);
}

Result<Wire::Message> RawClient::request(const Wire::Message &message, int timeoutMs)
{
    send(message);
    return next(timeoutMs);
}

bool RawClient::waitForClose(int timeoutMs)
{
    (void)QTest::qWaitFor([&] { return m_closed; }, timeoutMs);
    return m_closed;
}

Result<Wire::Welcome> RawClient::signIn(const QString &tenant, const QString &email, const QString &password,
                                        const QString &siteId)
{
    auto reply = request(Wire::Login { tenant, email, password, {}, siteId, QStringLiteral("test") });
    if (!reply)
        return reply.error();
    if (const auto *error = std::get_if<Wire::ErrorMessage>(&*reply))
        return Error::make(ErrorCode::KeyRejected, error->code + QStringLiteral(": ") + error->message);
    m_tokens = std::get<Wire::Tokens>(*reply);
    reply = request(Wire::Hello { Wire::ProtocolVersion, 1, siteId, 0, m_tokens.accessToken });
    if (!reply)
        return reply.error();
    if (const auto *error = std::get_if<Wire::ErrorMessage>(&*reply))
        return Error::make(ErrorCode::KeyRejected, error->code + QStringLiteral(": ") + error->message);
    return std::get<Wire::Welcome>(*reply);
}

} // namespace OmniCrm::Test
