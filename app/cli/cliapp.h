// CliApp: the omnicrm-cli command line. It knows the global options (--store,
// --passphrase-file, --help, --version), finds the command, parses that command's own options
// (an option another command takes is still an unknown option here) and runs it.
#pragma once

#include "command.h"

#include <memory>
#include <vector>

namespace OmniCrm {

class StoreAccess;

class CliApp
{
public:
    CliApp(Console &console, StoreAccess &store);

    void add(std::unique_ptr<Command> command);
    /// Runs the command line (arguments[0] is the program) and returns the process exit code.
    int run(const QStringList &arguments);

private:
    Command *find(const QString &name) const;
    QList<QCommandLineOption> globalOptions() const;
    ExitCode runCommand(Command &command, const QStringList &arguments);
    ExitCode usageError(const QString &message);
    ExitCode help(const QString &commandName);
    QString mainHelp() const;
    QString commandHelp(const Command &command) const;

    Console &m_console;
    StoreAccess &m_store;
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace OmniCrm
