// Command: one omnicrm-cli subcommand. It declares its synopsis, options and how many arguments
// it takes; CliApp parses the command line against that and hands the command a CommandContext.
// The rule that is not obvious: a command reports every failure through the context, which
// prints one English line to stderr and returns the exit code, so no command prints errors its own way.
#pragma once

#include "console.h"
#include "exitcode.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>

#include <optional>

namespace OmniCrm {

class CommandContext;
class StoreAccess;

class Command
{
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    /// One line for the command list in --help.
    virtual QString summary() const = 0;
    /// Arguments and options after the command name: "contacts|companies FILE [--dry-run]".
    virtual QString synopsis() const = 0;
    /// A few lines for "help COMMAND", after the synopsis and the options.
    virtual QString details() const { return {}; }
    virtual QList<QCommandLineOption> options() const { return {}; }
    /// The arguments it requires, as the synopsis names them: {"contacts|companies", "FILE"}.
    virtual QStringList argumentNames() const { return {}; }
    /// More arguments than it names are an error unless this says otherwise.
    virtual int maxArguments() const { return int(argumentNames().size()); }

    virtual ExitCode run(CommandContext &context) = 0;
};

/// What a running command sees: its parsed arguments, the console and the store.
class CommandContext
{
public:
    CommandContext(const Command &command, const QCommandLineParser &parser, QStringList arguments,
                   Console &console, StoreAccess &store);

    const QStringList &arguments() const { return m_arguments; }
    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QString value(const QString &option) const { return m_parser.value(option); }
    /// Every value of an option given several times (--field a:phone --field b:email).
    QStringList values(const QString &option) const { return m_parser.values(option); }
    /// The option as an integer in [min, max], `fallback` when it is absent; nullopt after a
    /// usage error has been printed.
    std::optional<qint64> intValue(const QString &option, qint64 fallback, qint64 min, qint64 max);

    Console &console() { return m_console; }
    StoreAccess &store() { return m_store; }

    /// Prints "omnicrm-cli: COMMAND: message" and the command's synopsis; returns ExitCode::Usage.
    ExitCode usageError(const QString &message);
    /// Prints "omnicrm-cli: COMMAND: message" and returns `code`.
    ExitCode fail(ExitCode code, const QString &message);
    /// Prints the error's detail and returns the exit code its ErrorCode maps to.
    ExitCode fail(const Error &error, const QString &prefix = {});

private:
    const Command &m_command;
    const QCommandLineParser &m_parser;
    QStringList m_arguments;
    Console &m_console;
    StoreAccess &m_store;
};

} // namespace OmniCrm
