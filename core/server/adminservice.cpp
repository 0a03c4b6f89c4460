#include "adminservice.h"

#include <QHash>

namespace OmniCrm {

namespace {

const QStringList Roles { QStringLiteral("admin"), QStringLiteral("manager"), QStringLiteral("rep") };

Error forbidden(const QString &why)
{
    return Error::make(ErrorCode::KeyRejected, why, QStringLiteral("forbidden"));
}

bool readOnly(Wire::AdminOp op)
{
    return op == Wire::AdminOp::WhoAmI || op == Wire::AdminOp::ListUsers || op == Wire::AdminOp::ListDevices;
}

Status checkPassword(const QString &password)
{
    if (password.size() < AdminService::MinPasswordLength)
        return Error::make(
            ErrorCode::InvalidArgument,
            QStringLiteral("a password has at least %1 characters").arg(AdminService::MinPasswordLength),
            QStringLiteral("password"));
    return {};
}

} // namespace

Wire::AdminUser adminUser(const UserInfo &user)
{
    return Wire::AdminUser { user.id, user.email, user.roles.value(0), !user.totpSecret.isEmpty(),
                             user.isDisabled() };
}

AdminService::AdminService(Directory &directory, AuthService &auth, const Clock &clock)
    : m_directory(directory)
    , m_auth(auth)
    , m_clock(clock)
{
}

Result<Wire::AdminResult> AdminService::handle(const AuthSession &session, const Wire::AdminRequest &request)
{
    const QStringList &roles = session.claims.roles;
    const bool admin = roles.contains(QStringLiteral("admin"));
    const bool manager = roles.contains(QStringLiteral("manager"));
    if (request.op != Wire::AdminOp::WhoAmI && !admin && !(manager && readOnly(request.op)))
        return forbidden(manager ? QStringLiteral("a manager may look at the team but not change it")
                                 : QStringLiteral("only a team admin may do this"));
    m_session = &session;
    switch (request.op) {
    case Wire::AdminOp::WhoAmI: {
        const auto me = m_directory.userById(session.claims.tenantId, session.claims.userId);
        if (!me)
            return me.error();
        Wire::AdminResult result { request.op, { adminUser(*me) }, {}, me->email, roles };
        return result;
    }
    case Wire::AdminOp::ListUsers:
        return listUsers();
    case Wire::AdminOp::ListDevices:
        return listDevices();
    case Wire::AdminOp::AddUser:
        return addUser(request);
    case Wire::AdminOp::ResetPassword:
        return resetPassword(request);
    case Wire::AdminOp::DisableUser:
        return setDisabled(request, true);
    case Wire::AdminOp::EnableUser:
        return setDisabled(request, false);
    case Wire::AdminOp::RevokeDevice:
        return revokeDevice(request);
    }
    return Error::make(ErrorCode::Unsupported, QStringLiteral("unknown admin operation"),
                       QStringLiteral("op"));
}

Result<Wire::AdminResult> AdminService::listUsers()
{
    const auto users = m_directory.users(m_session->claims.tenantId);
    if (!users)
        return users.error();
    Wire::AdminResult result { Wire::AdminOp::ListUsers, {}, {}, {}, {} };
    for (const UserInfo &user : *users)
        result.users.append(adminUser(user));
    return result;
}

Result<Wire::AdminResult> AdminService::listDevices()
{
    const QString &tenantId = m_session->claims.tenantId;
    const auto users = m_directory.users(tenantId);
    if (!users)
        return users.error();
    QHash<QString, QString> emails;
    for (const UserInfo &user : *users)
        emails.insert(user.id, user.email);
    const auto devices = m_directory.devices(tenantId);
    if (!devices)
        return devices.error();
    Wire::AdminResult result { Wire::AdminOp::ListDevices, {}, {}, {}, {} };
    for (const DeviceInfo &d : *devices)
        result.devices.append(Wire::AdminDevice { d.id, d.userId, emails.value(d.userId), d.name,
                                                  d.createdAtMs, d.lastSeenMs, d.revokedAtMs });
    return result;
}

Result<Wire::AdminResult> AdminService::userResult(Wire::AdminOp op, const QString &userId)
{
    const auto user = m_directory.userById(m_session->claims.tenantId, userId);
    if (!user)
        return user.error();
    return Wire::AdminResult { op, { adminUser(*user) }, {}, {}, {} };
}

Result<Wire::AdminResult> AdminService::addUser(const Wire::AdminRequest &request)
{
    const QString role = request.role.trimmed().toLower();
    if (!Roles.contains(role))
        return Error::make(
            ErrorCode::InvalidArgument,
            QStringLiteral("\"%1\" is not a role (admin, manager or rep)").arg(request.role.left(32)),
            QStringLiteral("role"));
    OMNICRM_TRY(checkPassword(request.password));
    const auto hash = m_auth.hashPassword(request.password);
    if (!hash)
        return hash.error();
    const auto user = m_directory.addUser(m_session->claims.tenantId, request.email, *hash, { role });
    if (!user)
        return user.error();
    return Wire::AdminResult { Wire::AdminOp::AddUser, { adminUser(*user) }, {}, {}, {} };
}

Result<Wire::AdminResult> AdminService::resetPassword(const Wire::AdminRequest &request)
{
    OMNICRM_TRY(checkPassword(request.password));
    const auto user = m_directory.userById(m_session->claims.tenantId, request.userId);
    if (!user)
        return Error::make(ErrorCode::NotFound, QStringLiteral("no such user in this team"),
                           QStringLiteral("user"));
    const auto hash = m_auth.hashPassword(request.password);
    if (!hash)
        return hash.error();
    OMNICRM_TRY(m_directory.setPasswordHash(m_session->claims.tenantId, user->id, *hash));
    return userResult(Wire::AdminOp::ResetPassword, user->id);
}

Result<Wire::AdminResult> AdminService::setDisabled(const Wire::AdminRequest &request, bool disabled)
{
    if (disabled && request.userId == m_session->claims.userId)
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("an admin cannot disable their own account"),
                           QStringLiteral("user"));
    const auto user = m_directory.userById(m_session->claims.tenantId, request.userId);
    if (!user)
        return Error::make(ErrorCode::NotFound, QStringLiteral("no such user in this team"),
                           QStringLiteral("user"));
    if (disabled != user->isDisabled())
        OMNICRM_TRY(m_directory.setUserDisabled(m_session->claims.tenantId, user->id,
                                                disabled ? std::max<qint64>(1, m_clock.nowMs()) : 0));
    return userResult(disabled ? Wire::AdminOp::DisableUser : Wire::AdminOp::EnableUser, user->id);
}

Result<Wire::AdminResult> AdminService::revokeDevice(const Wire::AdminRequest &request)
{
    const QString &tenantId = m_session->claims.tenantId;
    const auto device = m_directory.device(tenantId, request.deviceId);
    if (!device)
        return Error::make(ErrorCode::NotFound, QStringLiteral("no such device in this team"),
                           QStringLiteral("device"));
    OMNICRM_TRY(m_auth.revokeDevice(tenantId, device->id));
    const auto revoked = m_directory.device(tenantId, device->id);
    if (!revoked)
        return revoked.error();
    const auto owner = m_directory.userById(tenantId, revoked->userId);
    return Wire::AdminResult {
        Wire::AdminOp::RevokeDevice,
        {},
        { Wire::AdminDevice { revoked->id, revoked->userId, owner ? owner->email : QString(), revoked->name,
                              revoked->createdAtMs, revoked->lastSeenMs, revoked->revokedAtMs } },
        {},
        {}
    };
}

} // namespace OmniCrm
