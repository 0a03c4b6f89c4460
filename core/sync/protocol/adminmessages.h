// The tenant administration and two-factor enrolment messages (admin version 1). They travel
// like every other message ({"v": 1, "type": …}) after a Hello; a server that predates them
// answers "unsupported" and closes, so a client can tell an old server from a refusal. Each
// request carries "av", the admin version it speaks; a server refuses versions it does not know.
//
// Who may do what is decided by the server from the roles in the connection's verified token
// (admin: everything; manager: the read-only lists; anyone signed in: whoami and their own
// two-factor enrolment), and every user and device is looked up inside the token's tenant.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace OmniCrm::Wire {

inline constexpr int AdminVersion = 1;

enum class AdminOp {
    WhoAmI, // the caller's email and roles
    ListUsers,
    AddUser, // email, role, password
    ResetPassword, // userId, password
    DisableUser, // userId
    EnableUser, // userId
    ListDevices,
    RevokeDevice, // deviceId
};

/// The wire name of an op ("list_users", …) and back (nullopt for a name this build lacks).
QString adminOpName(AdminOp op);
std::optional<AdminOp> adminOpFromName(QStringView name);

struct AdminUser
{
    QString id;
    QString email;
    QString role; // admin, manager or rep (the first of the user's roles)
    bool totp = false; // a second factor is required at sign-in
    bool disabled = false;
    friend bool operator==(const AdminUser &, const AdminUser &) = default;
};

struct AdminDevice
{
    QString id;
    QString userId;
    QString email; // of its user
    QString name;
    qint64 createdAtMs = 0;
    qint64 lastSeenMs = 0;
    qint64 revokedAtMs = 0; // 0 while it may sync
    friend bool operator==(const AdminDevice &, const AdminDevice &) = default;
};

struct AdminRequest
{
    int adminVersion = AdminVersion;
    AdminOp op = AdminOp::WhoAmI;
    QString userId;
    QString email;
    QString role;
    QString password;
    QString deviceId;
    friend bool operator==(const AdminRequest &, const AdminRequest &) = default;
};

/// The answer to an AdminRequest that succeeded; failures come as ErrorMessage ("forbidden",
/// "bad_request", "not_found", …) and leave the connection open.
struct AdminResult
{
    AdminOp op = AdminOp::WhoAmI;
    QList<AdminUser> users; // ListUsers; AddUser and the user ops: the user as it is now
    QList<AdminDevice> devices; // ListDevices; RevokeDevice: the device as it is now
    QString email; // WhoAmI
    QStringList roles; // WhoAmI
    friend bool operator==(const AdminResult &, const AdminResult &) = default;
};

/// Two-factor enrolment of the signed-in user: without a code the server makes a new secret and
/// answers with it (not yet required at sign-in); with a code it confirms the pending secret,
/// which is required from the next sign-in on.
struct TotpRequest
{
    int adminVersion = AdminVersion;
    QString code;
    friend bool operator==(const TotpRequest &, const TotpRequest &) = default;
};

struct TotpResult
{
    QString secret; // base32; empty once confirmed
    QString uri; // otpauth://totp/…; empty once confirmed
    bool enabled = false; // the confirmation succeeded
    friend bool operator==(const TotpResult &, const TotpResult &) = default;
};

} // namespace OmniCrm::Wire
