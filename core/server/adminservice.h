// Tenant administration over the protocol (adminmessages.h). Every request is checked against
// the roles of the caller's verified token (admin: everything; manager: the lists only; anyone
// else: whoami) and every user and device is looked up inside the token's tenant, never one a
// request names.
#pragma once

#include "authservice.h"
#include "serverstorage.h"
#include "syncmessages.h"

namespace OmniCrm {

class AdminService
{
public:
    AdminService(Directory &directory, AuthService &auth, const Clock &clock);

    /// The result, or: KeyRejected with field "forbidden" for a role that may not; NotFound
    /// for a user or device not in the caller's tenant; InvalidArgument / InvalidEmail /
    /// Duplicate naming the field for bad input (nothing changed).
    Result<Wire::AdminResult> handle(const AuthSession &session, const Wire::AdminRequest &request);

    static constexpr int MinPasswordLength = 10;

private:
    Result<Wire::AdminResult> listUsers();
    Result<Wire::AdminResult> listDevices();
    Result<Wire::AdminResult> userResult(Wire::AdminOp op, const QString &userId);
    Result<Wire::AdminResult> addUser(const Wire::AdminRequest &request);
    Result<Wire::AdminResult> resetPassword(const Wire::AdminRequest &request);
    Result<Wire::AdminResult> setDisabled(const Wire::AdminRequest &request, bool disabled);
    Result<Wire::AdminResult> revokeDevice(const Wire::AdminRequest &request);

    Directory &m_directory;
    AuthService &m_auth;
    const Clock &m_clock;
    const AuthSession *m_session = nullptr; // during handle()
};

Wire::AdminUser adminUser(const UserInfo &user);

} // namespace OmniCrm
