#include "adminmessagecodec.h"

#include "transactioncodec.h"

#include <QCborArray>

namespace OmniCrm::Wire {

namespace {

constexpr qsizetype MaxShortText = 256;
constexpr qsizetype MaxPassword = 256;
constexpr qsizetype MaxListEntries = 10'000;

const char *const OpNames[] = { "whoami",       "list_users",  "add_user",     "reset_password",
                                "disable_user", "enable_user", "list_devices", "revoke_device" };

Error parseError(QString detail)
{
    return Error::make(ErrorCode::Parse, std::move(detail));
}

#define ADMIN_TRY_ASSIGN(target, expr)                                                                       \
    do {                                                                                                     \
        auto admin_value_ = (expr);                                                                          \
        if (!admin_value_.ok())                                                                              \
            return admin_value_.error();                                                                     \
        target = std::move(admin_value_).value();                                                            \
    } while (false)

Result<int> adminVersionAt(const QCborMap &map)
{
    const auto version = integerAt(map, u"av", true);
    if (!version)
        return version.error();
    if (*version < 1 || *version > 1'000'000)
        return parseError(QStringLiteral("\"av\": out of range"));
    return int(*version);
}

Result<AdminOp> opAt(const QCborMap &map)
{
    const auto name = textAt(map, u"op", true, 32);
    if (!name)
        return name.error();
    const auto op = adminOpFromName(*name);
    if (!op)
        return Error::make(ErrorCode::Unsupported,
                           QStringLiteral("\"op\": unknown operation \"%1\"").arg(*name));
    return *op;
}

Result<AdminUser> decodeUser(const QCborValue &value, qsizetype index)
{
    const QString where = QStringLiteral("users[%1]").arg(index);
    if (!value.isMap())
        return parseError(where + QStringLiteral(": expected a map"));
    const QCborMap m = value.toMap();
    auto id = textAt(m, u"id", true, MaxShortText);
    auto email = textAt(m, u"email", true, MaxShortText);
    auto role = textAt(m, u"role", false, 32);
    auto totp = boolAt(m, u"totp");
    auto disabled = boolAt(m, u"disabled");
    const auto fail = [&](const Error &error) {
        return parseError(where + QStringLiteral(".") + error.detail);
    };
    if (!id)
        return fail(id.error());
    if (!email)
        return fail(email.error());
    if (!role)
        return fail(role.error());
    if (!totp)
        return fail(totp.error());
    if (!disabled)
        return fail(disabled.error());
    return AdminUser { *id, *email, *role, *totp, *disabled };
}

Result<AdminDevice> decodeDevice(const QCborValue &value, qsizetype index)
{
    const QString where = QStringLiteral("devices[%1]").arg(index);
    if (!value.isMap())
        return parseError(where + QStringLiteral(": expected a map"));
    const QCborMap m = value.toMap();
    AdminDevice device;
    const auto fail = [&](const Error &error) {
        return parseError(where + QStringLiteral(".") + error.detail);
    };
    const auto text = [&](QStringView key, bool required, QString &target) -> std::optional<Error> {
        auto v = textAt(m, key, required, MaxShortText);
        if (!v)
            return fail(v.error());
        target = *v;
        return std::nullopt;
    };
    const auto number = [&](QStringView key, qint64 &target) -> std::optional<Error> {
        auto v = integerAt(m, key, false);
        if (!v)
            return fail(v.error());
        target = *v;
        return std::nullopt;
    };
    for (auto error : { text(u"id", true, device.id), text(u"user", true, device.userId),
                        text(u"email", false, device.email), text(u"name", false, device.name),
                        number(u"created", device.createdAtMs), number(u"seen", device.lastSeenMs),
                        number(u"revoked", device.revokedAtMs) })
        if (error)
            return *error;
    return device;
}

Result<QCborArray> listAt(const QCborMap &map, QStringView key)
{
    const QCborValue value = map.value(key.toString());
    if (value.isUndefined())
        return QCborArray();
    if (!value.isArray())
        return parseError(QStringLiteral("\"%1\": expected an array").arg(key));
    if (value.toArray().size() > MaxListEntries)
        return parseError(QStringLiteral("\"%1\": more than %2 entries").arg(key).arg(MaxListEntries));
    return value.toArray();
}

} // namespace

QString adminOpName(AdminOp op)
{
    return QString::fromLatin1(OpNames[int(op)]);
}

std::optional<AdminOp> adminOpFromName(QStringView name)
{
    for (int i = 0; i < int(std::size(OpNames)); ++i)
        if (name == QLatin1StringView(OpNames[i]))
            return AdminOp(i);
    return std::nullopt;
}

void encodeAdminBody(QCborMap &m, const AdminRequest &r)
{
    m.insert(QStringLiteral("av"), r.adminVersion);
    m.insert(QStringLiteral("op"), adminOpName(r.op));
    if (!r.userId.isEmpty())
        m.insert(QStringLiteral("user"), r.userId);
    if (!r.email.isEmpty())
        m.insert(QStringLiteral("email"), r.email);
    if (!r.role.isEmpty())
        m.insert(QStringLiteral("role"), r.role);
    if (!r.password.isEmpty())
        m.insert(QStringLiteral("password"), r.password);
    if (!r.deviceId.isEmpty())
        m.insert(QStringLiteral("device"), r.deviceId);
}

void encodeAdminBody(QCborMap &m, const AdminResult &r)
{
    m.insert(QStringLiteral("av"), AdminVersion);
    m.insert(QStringLiteral("op"), adminOpName(r.op));
    QCborArray users;
    for (const AdminUser &u : r.users)
        users.append(QCborMap { { QStringLiteral("id"), u.id },
                                { QStringLiteral("email"), u.email },
                                { QStringLiteral("role"), u.role },
                                { QStringLiteral("totp"), u.totp },
                                { QStringLiteral("disabled"), u.disabled } });
    QCborArray devices;
    for (const AdminDevice &d : r.devices)
        devices.append(QCborMap { { QStringLiteral("id"), d.id },
                                  { QStringLiteral("user"), d.userId },
                                  { QStringLiteral("email"), d.email },
                                  { QStringLiteral("name"), d.name },
                                  { QStringLiteral("created"), d.createdAtMs },
                                  { QStringLiteral("seen"), d.lastSeenMs },
                                  { QStringLiteral("revoked"), d.revokedAtMs } });
    m.insert(QStringLiteral("users"), users);
    m.insert(QStringLiteral("devices"), devices);
    if (!r.email.isEmpty())
        m.insert(QStringLiteral("email"), r.email);
    QCborArray roles;
    for (const QString &role : r.roles)
        roles.append(role);
    m.insert(QStringLiteral("roles"), roles);
}

void encodeAdminBody(QCborMap &m, const TotpRequest &r)
{
    m.insert(QStringLiteral("av"), r.adminVersion);
    if (!r.code.isEmpty())
        m.insert(QStringLiteral("code"), r.code);
}

void encodeAdminBody(QCborMap &m, const TotpResult &r)
{
    m.insert(QStringLiteral("av"), AdminVersion);
    m.insert(QStringLiteral("secret"), r.secret);
    m.insert(QStringLiteral("uri"), r.uri);
    m.insert(QStringLiteral("enabled"), r.enabled);
}

bool isAdminType(QStringView type)
{
    return type == u"admin" || type == u"admin_result" || type == u"totp" || type == u"totp_result";
}

Result<Message> decodeAdminBody(QStringView type, const QCborMap &m)
{
    if (type == u"admin") {
        AdminRequest r;
        ADMIN_TRY_ASSIGN(r.adminVersion, adminVersionAt(m));
        ADMIN_TRY_ASSIGN(r.op, opAt(m));
        ADMIN_TRY_ASSIGN(r.userId, textAt(m, u"user", false, MaxShortText));
        ADMIN_TRY_ASSIGN(r.email, textAt(m, u"email", false, MaxShortText));
        ADMIN_TRY_ASSIGN(r.role, textAt(m, u"role", false, 32));
        ADMIN_TRY_ASSIGN(r.password, textAt(m, u"password", false, MaxPassword));
        ADMIN_TRY_ASSIGN(r.deviceId, textAt(m, u"device", false, MaxShortText));
        // What each op needs is part of the message's shape: refuse it here, naming the key.
        const auto need = [&](const QString &value, const char *key) -> Status {
            if (value.isEmpty())
                return parseError(QStringLiteral("\"%1\" is missing (needed by %2)")
                                      .arg(QLatin1StringView(key), adminOpName(r.op)));
            return {};
        };
        switch (r.op) {
        case AdminOp::AddUser:
            OMNICRM_TRY(need(r.email, "email"));
            OMNICRM_TRY(need(r.role, "role"));
            OMNICRM_TRY(need(r.password, "password"));
            break;
        case AdminOp::ResetPassword:
            OMNICRM_TRY(need(r.userId, "user"));
            OMNICRM_TRY(need(r.password, "password"));
            break;
        case AdminOp::DisableUser:
        case AdminOp::EnableUser:
            OMNICRM_TRY(need(r.userId, "user"));
            break;
        case AdminOp::RevokeDevice:
            OMNICRM_TRY(need(r.deviceId, "device"));
            break;
        default:
            break;
        }
        return Message(r);
    }
    if (type == u"admin_result") {
        AdminResult r;
        ADMIN_TRY_ASSIGN(r.op, opAt(m));
        QCborArray users;
        QCborArray devices;
        QCborArray roles;
        ADMIN_TRY_ASSIGN(users, listAt(m, u"users"));
        ADMIN_TRY_ASSIGN(devices, listAt(m, u"devices"));
        ADMIN_TRY_ASSIGN(roles, listAt(m, u"roles"));
        for (qsizetype i = 0; i < users.size(); ++i) {
            auto user = decodeUser(users.at(i), i);
            if (!user)
                return user.error();
            r.users.append(*user);
        }
        for (qsizetype i = 0; i < devices.size(); ++i) {
            auto device = decodeDevice(devices.at(i), i);
            if (!device)
                return device.error();
            r.devices.append(*device);
        }
        for (const QCborValue &role : roles) {
            if (!role.isString() || role.toString().size() > 32)
                return parseError(QStringLiteral("\"roles\": expected short texts"));
            r.roles.append(role.toString());
        }
        ADMIN_TRY_ASSIGN(r.email, textAt(m, u"email", false, MaxShortText));
        return Message(r);
    }
    if (type == u"totp") {
        TotpRequest r;
        ADMIN_TRY_ASSIGN(r.adminVersion, adminVersionAt(m));
        ADMIN_TRY_ASSIGN(r.code, textAt(m, u"code", false, 16));
        return Message(r);
    }
    if (type == u"totp_result") {
        TotpResult r;
        ADMIN_TRY_ASSIGN(r.secret, textAt(m, u"secret", false, MaxShortText));
        ADMIN_TRY_ASSIGN(r.uri, textAt(m, u"uri", false, 1024));
        ADMIN_TRY_ASSIGN(r.enabled, boolAt(m, u"enabled"));
        return Message(r);
    }
    return Error::make(ErrorCode::Unsupported, QStringLiteral("unknown message type"));
}

} // namespace OmniCrm::Wire
