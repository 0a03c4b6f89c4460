#include "servercli.h"

#include "authservice.h"
#include "passwordhasher.h"
#include "serverstorage.h"
#include "syncserver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace OmniCrm {

namespace {

const QString HelpText = QStringLiteral(R"(usage: omnicrm-server COMMAND [options]

commands:
  serve [--port N] [--address A] [--tls-cert FILE --tls-key FILE]
                         run the sync server (port 0 picks a free one; the address
                         defaults to 127.0.0.1, "any" listens everywhere)
  tenant create NAME     create a tenant
  user add --tenant NAME --email E [--role admin|manager|rep]
                         add a user; the password is read from stdin
  user reset-password --tenant NAME --email E
                         set a new password, read from stdin
  device list --tenant NAME [--json]
  device revoke --tenant NAME --device ID
                         revoke a device; a running server disconnects it at once

options of every command:
  --data DIR             the data folder (default: the platform's data folder)
  --database URL         sqlite: (default, files in the data folder) or postgres://USER@HOST:PORT/DB

environment: OMNICRM_KDF=fast-for-tests makes password hashing cheap (tests only).
exit codes: 0 done, 1 usage, 2 bad input (nothing changed), 3 refused, 4 other failure.
)");

const QStringList CommonOptions { QStringLiteral("data"), QStringLiteral("database") };

QString formatTime(qint64 ms)
{
    return ms == 0 ? QStringLiteral("-") : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

ServerCli::ServerCli(FILE *out, FILE *err, FILE *in)
    : m_out(out)
    , m_err(err)
    , m_in(in)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

int ServerCli::usage(const QString &problem)
{
    m_err << "omnicrm-server: " << problem << "\n"
          << "run `omnicrm-server --help` for the commands\n";
    m_err.flush();
    return Usage;
}

int ServerCli::fail(const Error &error)
{
    m_err << "omnicrm-server: " << error.detail << "\n";
    m_err.flush();
    switch (error.code) {
    case ErrorCode::InvalidArgument:
    case ErrorCode::MissingField:
    case ErrorCode::InvalidEmail:
    case ErrorCode::NotFound:
    case ErrorCode::Duplicate:
    case ErrorCode::Parse:
        return BadInput;
    case ErrorCode::KeyRejected:
        return Refused;
    default:
        return Failure;
    }
}

Result<ServerCli::Options> ServerCli::parse(const QStringList &arguments, const QStringList &valued,
                                            const QStringList &flags)
{
    Options options;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!argument.startsWith(QStringLiteral("--"))) {
            options.positional.append(argument);
            continue;
        }
        QString name = argument.mid(2);
        QString value;
        const qsizetype equals = name.indexOf(u'=');
        const bool inlineValue = equals >= 0;
        if (inlineValue) {
            value = name.mid(equals + 1);
            name = name.left(equals);
        }
        if (flags.contains(name) && !inlineValue) {
            options.flags.append(name);
            continue;
        }
        if (!valued.contains(name) && !CommonOptions.contains(name))
            return Error::make(ErrorCode::InvalidArgument, QStringLiteral("unknown option --%1").arg(name));
        if (!inlineValue) {
            if (i + 1 >= arguments.size())
                return Error::make(ErrorCode::InvalidArgument,
                                   QStringLiteral("--%1 needs a value").arg(name));
            value = arguments.at(++i);
        }
        options.values.insert(name, value);
    }
    return options;
}

Result<std::unique_ptr<ServerStorage>> ServerCli::openStorage(const Options &options)
{
    QString dataDir = options.values.value(QStringLiteral("data"));
    if (dataDir.isEmpty())
        dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return openServerStorage(dataDir, options.values.value(QStringLiteral("database")));
}

Result<QString> ServerCli::readPassword()
{
    QFile input;
    if (!input.open(m_in, QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io, QStringLiteral("cannot read stdin"));
    QString password = QString::fromUtf8(input.readLine());
    while (password.endsWith(u'\n') || password.endsWith(u'\r'))
        password.chop(1);
    if (password.isEmpty())
        return Error::make(ErrorCode::MissingField, QStringLiteral("a password is expected on stdin"),
                           QStringLiteral("password"));
    if (const QString weak = PasswordHasher::weakness(password); !weak.isEmpty())
        return Error::make(ErrorCode::InvalidArgument, weak, QStringLiteral("password"));
    return password;
}

int ServerCli::run(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty())
        return usage(QStringLiteral("no command given"));
    if (args.first() == u"--help" || args.first() == u"-h" || args.first() == u"help") {
        m_out << HelpText;
        m_out.flush();
        return Ok;
    }
    if (args.first() == u"--version") {
        m_out << "omnicrm-server " << QCoreApplication::applicationVersion() << "\n";
        m_out.flush();
        return Ok;
    }
    const QString command = args.first();
    const QString sub = args.size() > 1 ? args.at(1) : QString();
    struct Entry
    {
        QString command;
        QString sub;
        QStringList valued;
        QStringList flags;
        int (ServerCli::*handler)(const Options &);
    };
    const QList<Entry> entries {
        { QStringLiteral("serve"),
          {},
          { QStringLiteral("port"), QStringLiteral("address"), QStringLiteral("tls-cert"),
            QStringLiteral("tls-key") },
          {},
          &ServerCli::serve },
        { QStringLiteral("tenant"), QStringLiteral("create"), {}, {}, &ServerCli::tenantCreate },
        { QStringLiteral("user"),
          QStringLiteral("add"),
          { QStringLiteral("tenant"), QStringLiteral("email"), QStringLiteral("role") },
          {},
          &ServerCli::userAdd },
        { QStringLiteral("user"),
          QStringLiteral("reset-password"),
          { QStringLiteral("tenant"), QStringLiteral("email") },
          {},
          &ServerCli::userResetPassword },
        { QStringLiteral("device"),
          QStringLiteral("list"),
          { QStringLiteral("tenant") },
          { QStringLiteral("json") },
          &ServerCli::deviceList },
        { QStringLiteral("device"),
          QStringLiteral("revoke"),
          { QStringLiteral("tenant"), QStringLiteral("device") },
          {},
          &ServerCli::deviceRevoke },
    };
    for (const Entry &entry : entries) {
        if (entry.command != command || (!entry.sub.isEmpty() && entry.sub != sub))
            continue;
        auto options = parse(args.mid(entry.sub.isEmpty() ? 1 : 2), entry.valued, entry.flags);
        if (!options)
            return usage(options.error().detail);
        return (this->*entry.handler)(*options);
    }
    return usage(QStringLiteral("unknown command \"%1\"").arg(QString(command + u' ' + sub).trimmed()));
}

int ServerCli::serve(const Options &options)
{
    if (!options.positional.isEmpty())
        return usage(QStringLiteral("serve takes no arguments"));
    bool portOk = true;
    const int port = options.values.value(QStringLiteral("port"), QStringLiteral("8765")).toInt(&portOk);
    if (!portOk || port < 0 || port > 65535)
        return usage(QStringLiteral("--port needs a number from 0 to 65535"));
    SyncServerConfig config;
    config.port = quint16(port);
    const QString address = options.values.value(QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    config.address = address == u"any" ? QHostAddress(QHostAddress::Any) : QHostAddress(address);
    if (config.address.isNull())
        return usage(QStringLiteral("--address needs an IP address or \"any\""));
    config.tlsCertificatePath = options.values.value(QStringLiteral("tls-cert"));
    config.tlsKeyPath = options.values.value(QStringLiteral("tls-key"));
    if (config.tlsCertificatePath.isEmpty() != config.tlsKeyPath.isEmpty())
        return usage(QStringLiteral("--tls-cert and --tls-key go together"));

    auto storage = openStorage(options);
    if (!storage)
        return fail(storage.error());
    SystemClock clock;
    PasswordHasher hasher(KdfParams::fromEnvironment());
    auto auth = AuthService::create((*storage)->directory(), hasher, clock);
    if (!auth)
        return fail(auth.error());
    SyncServer server(**storage, **auth, clock, config);
    if (const Status listening = server.listen(); !listening)
        return fail(listening.error());
    m_out << "omnicrm-server listening on " << (server.isSecure() ? "wss://" : "ws://")
          << config.address.toString() << ':' << server.port() << "\n";
    m_out.flush();
    return QCoreApplication::exec();
}

int ServerCli::tenantCreate(const Options &options)
{
    if (options.positional.size() != 1)
        return usage(QStringLiteral("tenant create needs exactly one NAME"));
    auto storage = openStorage(options);
    if (!storage)
        return fail(storage.error());
    const auto tenant = (*storage)->directory().createTenant(options.positional.first());
    if (!tenant)
        return fail(tenant.error());
    m_out << "created tenant " << tenant->name << " (" << tenant->id << ")\n";
    m_out.flush();
    return Ok;
}

int ServerCli::userAdd(const Options &options)
{
    const QString tenantName = options.values.value(QStringLiteral("tenant"));
    const QString email = options.values.value(QStringLiteral("email"));
    const QString role = options.values.value(QStringLiteral("role"), QStringLiteral("rep"));
    if (tenantName.isEmpty() || email.isEmpty() || !options.positional.isEmpty())
        return usage(QStringLiteral("user add needs --tenant NAME and --email E"));
    if (!QStringList { QStringLiteral("admin"), QStringLiteral("manager"), QStringLiteral("rep") }.contains(
            role))
        return usage(QStringLiteral("--role is admin, manager or rep"));
    auto storage = openStorage(options);
    if (!storage)
        return fail(storage.error());
    const auto tenant = (*storage)->directory().tenantByName(tenantName);
    if (!tenant)
        return fail(tenant.error());
    const auto password = readPassword();
    if (!password)
        return fail(password.error());
    const auto hash = PasswordHasher(KdfParams::fromEnvironment()).hash(*password);
    if (!hash)
        return fail(hash.error());
    const auto user = (*storage)->directory().addUser(tenant->id, email, *hash, { role });
    if (!user)
        return fail(user.error());
    m_out << "added " << user->email << " (" << role << ") to " << tenant->name << "\n";
    m_out.flush();
    return Ok;
}

int ServerCli::userResetPassword(const Options &options)
{
    const QString tenantName = options.values.value(QStringLiteral("tenant"));
    const QString email = options.values.value(QStringLiteral("email"));
    if (tenantName.isEmpty() || email.isEmpty() || !options.positional.isEmpty())
        return usage(QStringLiteral("user reset-password needs --tenant NAME and --email E"));
    auto storage = openStorage(options);
    if (!storage)
        return fail(storage.error());
    Directory &directory = (*storage)->directory();
    const auto tenant = directory.tenantByName(tenantName);
    if (!tenant)
        return fail(tenant.error());
    const auto user = directory.userByEmail(tenant->id, email);
    if (!user)
        return fail(user.error());
    const auto password = readPassword();
    if (!password)
        return fail(password.error());
    const auto hash = PasswordHasher(KdfParams::fromEnvironment()).hash(*password);
    if (!hash)
        return fail(hash.error());
    if (const Status set = directory.setPasswordHash(tenant->id, user->id, *hash); !set)
        return fail(set.error());
    m_out << "password of " << user->email << " reset\n";
    m_out.flush();
    return Ok;
}

int ServerCli::deviceList(const Options &options)
{
    const QString tenantName = options.values.value(QStringLiteral("tenant"));
    if (tenantName.isEmpty() || !options.positional.isEmpty())
        return usage(QStringLiteral("device list needs --tenant NAME"));
    auto storage = openStorage(options);
    if (!storage)
        return fail(storage.error());
    Directory &directory = (*storage)->directory();
    const auto tenant = directory.tenantByName(tenantName);
    if (!tenant)
        return fail(tenant.error());
    const auto devices = directory.devices(tenant->id);
    if (!devices)
        return fail(devices.error());
    const bool json = options.flags.contains(QStringLiteral("json"));
    for (const DeviceInfo &device : *devices) {
        const auto user = directory.userById(tenant->id, device.userId);
        const QString email = user ? user->email : device.userId;
        const QString status = device.isRevoked() ? QStringLiteral("revoked") : QStringLiteral("active");
        if (json) {
            const QJsonObject object { { QStringLiteral("id"), device.id },
                                       { QStringLiteral("name"), device.name },
                                       { QStringLiteral("user"), email },
                                       { QStringLiteral("site"), device.siteId },
                                       { QStringLiteral("created"), formatTime(device.createdAtMs) },
                                       { QStringLiteral("last_seen"), formatTime(device.lastSeenMs) },
                                       { QStringLiteral("status"), status } };
            m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << "\n";
        } else {
            m_out << device.id << '\t' << email << '\t' << device.name << '\t'
                  << formatTime(device.lastSeenMs) << '\t' << status << "\n";
        }
    }
    m_out.flush();
    return Ok;
}

int ServerCli::deviceRevoke(const Options &options)
{
    const QString tenantName = options.values.value(QStringLiteral("tenant"));
    const QString deviceId = options.values.value(QStringLiteral("device"));
    if (tenantName.isEmpty() || deviceId.isEmpty() || !options.positional.isEmpty())
        return usage(QStringLiteral("device revoke needs --tenant NAME and --device ID"));
    auto storage = openStorage(options);
    if (!storage)
        return fail(storage.error());
    const auto tenant = (*storage)->directory().tenantByName(tenantName);
    if (!tenant)
        return fail(tenant.error());
    const Status revoked
        = (*storage)->directory().revokeDevice(tenant->id, deviceId, QDateTime::currentMSecsSinceEpoch());
    if (!revoked)
        return fail(revoked.error());
    m_out << "revoked device " << deviceId << "\n";
    m_out.flush();
    return Ok;
}

} // namespace OmniCrm
