// omnicrm-cli sync: brings the store up to date with omnicrm-server once, headless, for scripts.
// The server, tenant and e-mail are remembered in the store after the first run, and so are the
// device's tokens: the password (OMNICRM_SYNC_PASSWORD, a prompt on a terminal, else one stdin
// line) is needed only until the server has issued them.
#include "commands.h"

#include "crmstore.h"
#include "replicastore.h"
#include "storeaccess.h"
#include "syncclient.h"
#include "syncsettings.h"

#include <QEventLoop>
#include <QFile>
#include <QUrl>

#include <cstdio>

#include <termios.h>
#include <unistd.h>

namespace OmniCrm {

namespace {

const QString ServerOption = QStringLiteral("server");
const QString TenantOption = QStringLiteral("tenant");
const QString EmailOption = QStringLiteral("email");
const QString JsonOption = QStringLiteral("json");

// The sync password: the environment, else a prompt without echo on a terminal, else a line of
// stdin (scripts). Never a command-line argument.
QString readPassword()
{
    const QByteArray fromEnvironment = qgetenv("OMNICRM_SYNC_PASSWORD");
    if (!fromEnvironment.isEmpty())
        return QString::fromUtf8(fromEnvironment);
    const bool terminal = isatty(STDIN_FILENO);
    termios saved {};
    if (terminal) {
        std::fputs("sync password: ", stderr);
        std::fflush(stderr);
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QFile in;
    QString line;
    if (in.open(stdin, QIODevice::ReadOnly))
        line = QString::fromUtf8(in.readLine()).trimmed();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
    return line;
}

class SyncCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("sync"); }
    QString summary() const override { return QStringLiteral("Sync the store with omnicrm-server once"); }
    QString synopsis() const override
    {
        return QStringLiteral("[--server ws[s]://HOST:PORT --tenant NAME --email E] [--json]");
    }
    QString details() const override
    {
        return QStringLiteral(
            "Pushes local changes, pulls the team's, and stops when the store is up to date.\n"
            "The server, tenant and e-mail are kept in the store after the first run, with the\n"
            "device's tokens; the password is asked only until the server has issued them: from\n"
            "OMNICRM_SYNC_PASSWORD, else a prompt on a terminal, else one line of stdin.\n"
            "Exit code 3 when the server refuses the sign-in, 4 when it cannot be reached.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(ServerOption, QStringLiteral("Server address (ws:// or wss://)"),
                               QStringLiteral("URL")),
            QCommandLineOption(TenantOption, QStringLiteral("Tenant name"), QStringLiteral("NAME")),
            QCommandLineOption(EmailOption, QStringLiteral("User e-mail"), QStringLiteral("E")),
            QCommandLineOption(JsonOption, QStringLiteral("Print the result as one JSON object")),
        };
    }

    ExitCode run(CommandContext &context) override
    {
        auto store = context.store().open();
        if (!store)
            return context.fail(store.error());
        SyncSettings settings((*store)->settings());
        auto account = settings.account();
        if (!account)
            return context.fail(account.error());
        SyncAccount wanted = *account;
        if (context.isSet(ServerOption))
            wanted.serverUrl = context.value(ServerOption);
        if (context.isSet(TenantOption))
            wanted.tenant = context.value(TenantOption);
        if (context.isSet(EmailOption))
            wanted.email = context.value(EmailOption);
        if (!wanted.isConfigured() || wanted.email.isEmpty())
            return context.usageError(
                QStringLiteral("no sync server configured: give --server, --tenant and --email"));
        const QUrl url(wanted.serverUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"ws" && url.scheme() != u"wss") || url.host().isEmpty())
            return context.usageError(
                QStringLiteral("--server must be ws://HOST:PORT or wss://HOST:PORT, not \"%1\"")
                    .arg(wanted.serverUrl));
        // Another server, tenant or user: the old device tokens do not apply.
        if (wanted.serverUrl != account->serverUrl || wanted.tenant != account->tenant
            || wanted.email != account->email)
            wanted.deviceToken.clear();

        SyncClientConfig config;
        config.url = url;
        config.tenant = wanted.tenant;
        config.email = wanted.email;
        config.deviceName = QStringLiteral("omnicrm-cli");
        const DeviceCredentials credentials = decodeDeviceCredentials(wanted.deviceToken);
        if (credentials.isEmpty()) {
            config.password = readPassword();
            if (config.password.isEmpty())
                return context.fail(ExitCode::KeyRefused,
                                    QStringLiteral("the first sync of this store needs the password of %1: "
                                                   "set OMNICRM_SYNC_PASSWORD or type it when asked")
                                        .arg(wanted.email));
        }

        ReplicaStore replica(**store);
        const SystemClock clock;
        SyncClient client(replica, config, clock);
        client.setCredentials(credentials);
        QString failureCode;
        QObject::connect(&client, &SyncClient::credentialsChanged, &client,
                         [&](const DeviceCredentials &issued) {
                             wanted.deviceToken = encodeDeviceCredentials(issued);
                             (void)settings.setAccount(wanted);
                         });
        QObject::connect(&client, &SyncClient::errorOccurred, &client,
                         [&](const QString &code, const QString &) { failureCode = code; });
        QObject::connect(&client, &SyncClient::progress, &client, [&](qint64 cursor, qint64 head) {
            if (!context.isSet(JsonOption))
                context.console().err(QStringLiteral("pulled %1 of %2").arg(cursor).arg(head));
        });
        QEventLoop loop;
        bool ok = false;
        QObject::connect(&client, &SyncClient::finished, &loop, [&](bool done) {
            ok = done;
            loop.quit();
        });
        client.syncOnce();
        loop.exec();

        if (!ok) {
            const bool refused = failureCode == u"unauthorized" || failureCode == u"revoked"
                || failureCode == u"rate_limited";
            return context.fail(
                refused ? ExitCode::KeyRefused : ExitCode::Failure,
                QStringLiteral("sync with %1 failed: %2").arg(url.toString(), client.lastError()));
        }
        if (const Status saved = settings.setAccount(wanted); !saved)
            return context.fail(saved.error());
        auto stats = (*store)->stats();
        const qint64 pending = stats ? stats->pendingChanges : -1;
        if (context.isSet(JsonOption)) {
            context.console().outJson({ { QStringLiteral("server"), url.toString() },
                                        { QStringLiteral("tenant"), wanted.tenant },
                                        { QStringLiteral("cursor"), double(replica.cursor()) },
                                        { QStringLiteral("server_head"), double(client.serverHead()) },
                                        { QStringLiteral("pending"), double(pending) } });
        } else {
            context.console().out(QStringLiteral("up to date with %1 (tenant %2): at change %3, %4 local "
                                                 "changes waiting")
                                      .arg(url.toString(), wanted.tenant)
                                      .arg(replica.cursor())
                                      .arg(pending));
        }
        return ExitCode::Ok;
    }
};

} // namespace

std::unique_ptr<Command> makeSyncCommand()
{
    return std::make_unique<SyncCommand>();
}

} // namespace OmniCrm
