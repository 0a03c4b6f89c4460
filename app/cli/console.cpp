#include "console.h"

#include <QJsonDocument>

namespace OmniCrm {

Console::Console(std::FILE *out, std::FILE *err)
    : m_out(out)
    , m_err(err)
{
}

Console::~Console()
{
    flush();
}

void Console::writeLine(std::FILE *file, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), file);
    std::fputc('\n', file);
}

QByteArray Console::compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void Console::out(const QString &line)
{
    writeLine(m_out, line.toUtf8());
}

void Console::outJson(const QJsonObject &object)
{
    writeLine(m_out, compactJson(object));
}

void Console::err(const QString &line)
{
    std::fflush(m_out); // keep the order a terminal shows when both go to one place
    writeLine(m_err, line.toUtf8());
    std::fflush(m_err);
}

void Console::errJson(const QJsonObject &object)
{
    writeLine(m_err, compactJson(object));
    std::fflush(m_err);
}

void Console::flush()
{
    std::fflush(m_out);
    std::fflush(m_err);
}

} // namespace OmniCrm
