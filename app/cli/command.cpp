#include "command.h"

namespace OmniCrm {

CommandContext::CommandContext(const Command &command, const QCommandLineParser &parser,
                               QStringList arguments, Console &console, StoreAccess &store)
    : m_command(command)
    , m_parser(parser)
    , m_arguments(std::move(arguments))
    , m_console(console)
    , m_store(store)
{
}

std::optional<qint64> CommandContext::intValue(const QString &option, qint64 fallback, qint64 min, qint64 max)
{
    if (!m_parser.isSet(option))
        return fallback;
    const QString text = m_parser.value(option);
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    if (!ok || number < min || number > max) {
        usageError(QStringLiteral("--%1 must be a whole number from %2 to %3, not \"%4\"")
                       .arg(option)
                       .arg(min)
                       .arg(max)
                       .arg(text));
        return std::nullopt;
    }
    return number;
}

ExitCode CommandContext::usageError(const QString &message)
{
    m_console.err(QStringLiteral("omnicrm-cli: %1: %2").arg(m_command.name(), message));
    m_console.err(QStringLiteral("usage: omnicrm-cli %1 %2").arg(m_command.name(), m_command.synopsis()));
    m_console.err(QStringLiteral("Run \"omnicrm-cli help %1\" for more.").arg(m_command.name()));
    return ExitCode::Usage;
}

ExitCode CommandContext::fail(ExitCode code, const QString &message)
{
    m_console.err(QStringLiteral("omnicrm-cli: %1: %2").arg(m_command.name(), message));
    return code;
}

ExitCode CommandContext::fail(const Error &error, const QString &prefix)
{
    QString message = error.detail.isEmpty() ? errorCodeName(error.code) : error.detail;
    if (!prefix.isEmpty())
        message = prefix + QStringLiteral(": ") + message;
    return fail(exitCodeFor(error.code), message);
}

} // namespace OmniCrm
