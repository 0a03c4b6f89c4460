// The omnicrm-server command line: serve, and the administration of tenants, users and devices
// on the same data folder. Passwords are read from stdin, never from arguments.
// Exit codes: 0 done, 1 usage, 2 bad input (nothing changed), 3 refused, 4 any other failure.
#pragma once

#include "result.h"

#include <QMap>
#include <QStringList>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace OmniCrm {

class ServerStorage;

class ServerCli
{
public:
    enum Exit { Ok = 0, Usage = 1, BadInput = 2, Refused = 3, Failure = 4 };

    ServerCli(FILE *out, FILE *err, FILE *in);

    /// arguments as QCoreApplication::arguments() (program name first). `serve` runs the event
    /// loop until the process is stopped.
    int run(const QStringList &arguments);

private:
    struct Options
    {
        QStringList positional;
        QMap<QString, QString> values;
        QStringList flags;
    };

    int usage(const QString &problem);
    int fail(const Error &error);
    Result<Options> parse(const QStringList &arguments, const QStringList &valued, const QStringList &flags);
    Result<std::unique_ptr<ServerStorage>> openStorage(const Options &options);
    Result<QString> readPassword();

    int serve(const Options &options);
    int tenantCreate(const Options &options);
    int userAdd(const Options &options);
    int userResetPassword(const Options &options);
    int deviceList(const Options &options);
    int deviceRevoke(const Options &options);

    QTextStream m_out;
    QTextStream m_err;
    FILE *m_in;
};

} // namespace OmniCrm
