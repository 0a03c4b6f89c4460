#include "cliapp.h"

#include "storeaccess.h"

#include <QCoreApplication>

namespace OmniCrm {

namespace {

const QString StoreOption = QStringLiteral("store");
const QString PassphraseFileOption = QStringLiteral("passphrase-file");
const QString HelpOption = QStringLiteral("help");
const QString VersionOption = QStringLiteral("version");
const QString GlobalUsage = QStringLiteral(
    "usage: omnicrm-cli [--store DIR] [--passphrase-file FILE] COMMAND [ARGUMENTS] [OPTIONS]");

// The part of --help that documents the key, the environment and the exit codes.
const QString HelpTail = QStringLiteral(R"(APPDATA is the platform's application-data folder for OmniCRM
(on Linux ~/.local/share/OmniCRM/OmniCRM).

The key: a new store keeps its random key in the OS keychain or, when a passphrase
is given (required where no keychain answers), wraps it with that passphrase in
key.json beside the database. The passphrase comes from --passphrase-file or
OMNICRM_PASSPHRASE, never from the command line.

Environment:
  OMNICRM_STORE           the store folder when --store is not given
  OMNICRM_PASSPHRASE      the store's passphrase
  OMNICRM_NEW_PASSPHRASE  the new passphrase for change-passphrase
  OMNICRM_KDF             test hook only: "fast-for-tests" wraps new keys with a
                          trivial Argon2id cost; never set it for a real store

Exit codes:
  0  done (records skipped as bad or duplicate are listed in the summary)
  1  usage: unknown command or option, missing or malformed argument
  2  bad input and nothing stored: unreadable or malformed file, --strict with
     bad records, bad mapping file, bad cursor, unknown import batch
  3  key or passphrase refused or not available
  4  any other failure: no store, store already exists, corrupt store, I/O

Run "omnicrm-cli help COMMAND" for a command's options.)");

QString optionLine(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names.append((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
    QString left = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        left += u' ' + option.valueName();
    return QStringLiteral("  %1  %2").arg(left, -26).arg(option.description());
}

} // namespace

CliApp::CliApp(Console &console, StoreAccess &store)
    : m_console(console)
    , m_store(store)
{
}

void CliApp::add(std::unique_ptr<Command> command)
{
    m_commands.push_back(std::move(command));
}

Command *CliApp::find(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QList<QCommandLineOption> CliApp::globalOptions() const
{
    return {
        QCommandLineOption(StoreOption,
                           QStringLiteral("The store folder (default: $OMNICRM_STORE, else APPDATA/store)"),
                           QStringLiteral("DIR")),
        QCommandLineOption(PassphraseFileOption,
                           QStringLiteral("Read the passphrase from FILE (default: $OMNICRM_PASSPHRASE)"),
                           QStringLiteral("FILE")),
        QCommandLineOption({ QStringLiteral("h"), HelpOption }, QStringLiteral("Show help and exit")),
        QCommandLineOption(VersionOption, QStringLiteral("Show the version and exit")),
    };
}

int CliApp::run(const QStringList &arguments)
{
    // First pass: global options up to the command name; the rest belongs to the command.
    QCommandLineParser global;
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    global.addOptions(globalOptions());
    if (!global.parse(arguments))
        return int(usageError(global.errorText()));
    if (global.isSet(VersionOption)) {
        m_console.out(QStringLiteral("omnicrm-cli ") + QCoreApplication::applicationVersion());
        return int(ExitCode::Ok);
    }
    const QStringList positional = global.positionalArguments();
    if (positional.isEmpty()) {
        if (global.isSet(HelpOption))
            return int(help({}));
        return int(usageError(QStringLiteral("no command given")));
    }

    const QString name = positional.first();
    if (name == u"help") {
        if (positional.size() > 2)
            return int(usageError(QStringLiteral("help takes at most one command name")));
        return int(help(positional.value(1)));
    }
    Command *command = find(name);
    if (!command)
        return int(usageError(QStringLiteral("unknown command \"%1\"").arg(name)));
    if (global.isSet(HelpOption))
        return int(help(name));
    return int(runCommand(*command, arguments));
}

ExitCode CliApp::runCommand(Command &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions(globalOptions());
    parser.addOptions(command.options());
    QStringList positional;
    const bool parsed = parser.parse(arguments);
    if (parsed)
        positional = parser.positionalArguments().mid(1); // drop the command name
    CommandContext context(command, parser, positional, m_console, m_store);
    if (!parsed)
        return context.usageError(parser.errorText());
    if (parser.isSet(HelpOption)) {
        m_console.out(commandHelp(command));
        return ExitCode::Ok;
    }

    const QStringList names = command.argumentNames();
    if (positional.size() < names.size())
        return context.usageError(QStringLiteral("missing %1").arg(names.mid(positional.size()).join(u' ')));
    if (positional.size() > command.maxArguments())
        return context.usageError(QStringLiteral("unexpected argument \"%1\"").arg(positional.last()));
    for (const QString &option : { StoreOption, PassphraseFileOption }) {
        if (parser.isSet(option) && parser.value(option).isEmpty())
            return context.usageError(QStringLiteral("--%1 needs a non-empty value").arg(option));
    }

    m_store.setDirectory(parser.value(StoreOption));
    m_store.setPassphraseFile(parser.value(PassphraseFileOption));
    const ExitCode code = command.run(context);
    m_console.flush();
    return code;
}

ExitCode CliApp::usageError(const QString &message)
{
    m_console.err(QStringLiteral("omnicrm-cli: ") + message);
    m_console.err(GlobalUsage);
    m_console.err(QStringLiteral("Run \"omnicrm-cli --help\" for the commands."));
    return ExitCode::Usage;
}

ExitCode CliApp::help(const QString &commandName)
{
    if (commandName.isEmpty()) {
        m_console.out(mainHelp());
        return ExitCode::Ok;
    }
    const Command *command = find(commandName);
    if (!command)
        return usageError(QStringLiteral("help: unknown command \"%1\"").arg(commandName));
    m_console.out(commandHelp(*command));
    return ExitCode::Ok;
}

QString CliApp::mainHelp() const
{
    QStringList lines;
    lines << QStringLiteral("omnicrm-cli %1: the OmniCRM store from the command line.")
                 .arg(QCoreApplication::applicationVersion())
          << QString() << GlobalUsage << QString() << QStringLiteral("Commands:");
    for (const auto &command : m_commands)
        lines << QStringLiteral("  %1  %2").arg(command->name(), -18).arg(command->summary());
    lines << QString() << QStringLiteral("Global options (before or after the command):");
    for (const QCommandLineOption &option : globalOptions())
        lines << optionLine(option);
    lines << QString() << HelpTail;
    return lines.join(u'\n');
}

QString CliApp::commandHelp(const Command &command) const
{
    QStringList lines;
    lines << QStringLiteral("usage: omnicrm-cli [--store DIR] [--passphrase-file FILE] %1 %2")
                 .arg(command.name(), command.synopsis())
                 .trimmed()
          << QString() << command.summary();
    const QList<QCommandLineOption> options = command.options();
    if (!options.isEmpty()) {
        lines << QString() << QStringLiteral("Options:");
        for (const QCommandLineOption &option : options)
            lines << optionLine(option);
    }
    if (!command.details().isEmpty())
        lines << QString() << command.details();
    return lines.join(u'\n');
}

} // namespace OmniCrm
