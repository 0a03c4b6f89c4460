// SyncServer's administration, two-factor enrolment and housekeeping (the parts of the server
// that are not the push/pull path): admin and totp messages, devices' acknowledged cursors and
// the tombstone GC they allow.
#include "syncserver.h"

#include <QLoggingCategory>
#include <QTimer>
#include <QWebSocket>

namespace OmniCrm {

Q_DECLARE_LOGGING_CATEGORY(lcServer)

void SyncServer::onAdmin(Connection &connection, const Wire::Message &message)
{
    QWebSocket *socket = connection.socket;
    if (!connection.session) {
        refuse(socket, QStringLiteral("unauthorized"),
               QStringLiteral("send hello with an access token first"));
        return;
    }
    if (const Status device = m_auth.checkDevice(*connection.session); !device) {
        refuse(socket, QStringLiteral("revoked"), device.error().detail);
        return;
    }
    const AuthSession session = *connection.session; // the handlers below may close connections
    if (const auto *totp = std::get_if<Wire::TotpRequest>(&message)) {
        if (totp->adminVersion > Wire::AdminVersion) {
            sendError(socket,
                      Error::make(ErrorCode::Unsupported,
                                  QStringLiteral("admin version %1 (this server speaks %2)")
                                      .arg(totp->adminVersion)
                                      .arg(Wire::AdminVersion),
                                  QStringLiteral("av")));
            return;
        }
        auto result = totp->code.isEmpty() ? m_auth.beginTotpEnrolment(session)
                                           : m_auth.confirmTotpEnrolment(session, totp->code);
        if (result)
            send(socket, *result);
        else
            sendError(socket, result.error());
        return;
    }
    const auto &request = std::get<Wire::AdminRequest>(message);
    if (request.adminVersion > Wire::AdminVersion) {
        sendError(socket,
                  Error::make(ErrorCode::Unsupported,
                              QStringLiteral("admin version %1 (this server speaks %2)")
                                  .arg(request.adminVersion)
                                  .arg(Wire::AdminVersion),
                              QStringLiteral("av")));
        return;
    }
    auto result = m_admin->handle(session, request);
    if (!result) {
        qCInfo(lcServer) << "admin request" << Wire::adminOpName(request.op)
                         << "refused:" << result.error().detail;
        sendError(socket, result.error());
        return;
    }
    send(socket, *result);
    // Cut off at once what was just taken away.
    if (request.op == Wire::AdminOp::RevokeDevice)
        (void)checkRevocations();
    else if (request.op == Wire::AdminOp::DisableUser)
        closeUserConnections(session.claims.tenantId, request.userId);
}

void SyncServer::closeUserConnections(const QString &tenantId, const QString &userId)
{
    QList<QWebSocket *> sockets;
    for (auto &[socket, connection] : m_connections)
        if (connection.session && connection.session->claims.tenantId == tenantId
            && connection.session->claims.userId == userId)
            sockets.append(socket);
    for (QWebSocket *socket : sockets)
        refuse(socket, QStringLiteral("unauthorized"), QStringLiteral("this account was disabled"));
}

void SyncServer::noteCursor(Connection &connection, qint64 cursor)
{
    connection.ackedCursor = std::max(connection.ackedCursor, cursor);
}

void SyncServer::saveCursor(Connection &connection)
{
    if (!connection.session || connection.ackedCursor <= connection.savedCursor)
        return;
    const Status saved = m_storage.directory().noteDeviceCursor(
        connection.session->claims.tenantId, connection.session->claims.deviceId, connection.ackedCursor);
    if (saved)
        connection.savedCursor = connection.ackedCursor;
    else
        qCWarning(lcServer) << "cannot save a device cursor:" << saved.error().detail;
}

Result<HousekeepingReport> SyncServer::housekeep()
{
    ++m_housekeepingRuns;
    m_answeredPulls.clear(); // the log may lose entries
    for (auto &[socket, connection] : m_connections)
        saveCursor(connection);
    Directory &directory = m_storage.directory();
    const auto tenants = directory.tenants();
    if (!tenants)
        return tenants.error();
    HousekeepingReport report;
    for (const TenantInfo &tenant : *tenants) {
        auto log = m_storage.tenantLog(tenant.id);
        if (!log)
            return log.error();
        const auto head = (*log)->head();
        if (!head)
            return head.error();
        const auto devices = directory.devices(tenant.id);
        if (!devices)
            return devices.error();
        // The lowest cursor of the devices that may still pull; revoked ones never will.
        qint64 horizon = *head;
        for (const DeviceInfo &device : *devices)
            if (!device.isRevoked())
                horizon = std::min(horizon, device.ackedSeq);
        if (horizon <= 0)
            continue;
        const auto collected = (*log)->collectGarbage(horizon);
        if (!collected)
            return collected.error();
        ++report.tenants;
        report.collected.tombstones += collected->tombstones;
        report.collected.logEntries += collected->logEntries;
    }
    OMNICRM_TRY(m_auth.forgetExpiredRefreshTokens());
    if (report.collected.tombstones > 0)
        qCInfo(lcServer) << "housekeeping collected" << report.collected.tombstones << "tombstones and"
                         << report.collected.logEntries << "log entries";
    return report;
}

} // namespace OmniCrm
