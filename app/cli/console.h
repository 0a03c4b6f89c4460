// Console: where omnicrm-cli writes. Results go to stdout, errors and progress to stderr, always
// as UTF-8 lines, so Arabic reaches pipes and files intact whatever the locale says. JSON lines
// are compact objects with non-ASCII text left unescaped.
#pragma once

#include <QJsonObject>
#include <QString>

#include <cstdio>

namespace OmniCrm {

class Console
{
public:
    Console(std::FILE *out, std::FILE *err);
    ~Console();
    Console(const Console &) = delete;
    Console &operator=(const Console &) = delete;

    void out(const QString &line);
    void outJson(const QJsonObject &object);
    /// stderr is flushed at once, so a reader sees each line (progress) as it happens.
    void err(const QString &line);
    void errJson(const QJsonObject &object);
    void flush();

    static QByteArray compactJson(const QJsonObject &object);

private:
    static void writeLine(std::FILE *file, const QByteArray &bytes);

    std::FILE *m_out;
    std::FILE *m_err;
};

} // namespace OmniCrm
