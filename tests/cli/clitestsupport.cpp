#include "clitestsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace OmniCrm::Test {

QList<QJsonObject> CliRun::jsonLines() const
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.trimmed().isEmpty())
            objects.append(QJsonDocument::fromJson(line).object());
    }
    return objects;
}

QJsonObject CliRun::lastJson() const
{
    const QList<QJsonObject> objects = jsonLines();
    return objects.isEmpty() ? QJsonObject() : objects.last();
}

const char *CliRun::describe() const
{
    static thread_local QByteArray text;
    text = "exit " + QByteArray::number(exitCode) + (crashed ? " (crashed)" : "")
        + "; stderr: " + err.trimmed() + "; stdout: " + out.left(400).trimmed();
    return text.constData();
}

QString cliPath()
{
    return QStringLiteral(OMNICRM_CLI_PATH);
}

CliStore::CliStore()
    : m_environment(QProcessEnvironment::systemEnvironment())
{
    // No session bus: the keychain cannot answer, so a test never reads or writes a real one.
    m_environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    for (const char *name :
         { "OMNICRM_STORE", "OMNICRM_PASSPHRASE", "OMNICRM_NEW_PASSPHRASE", "OMNICRM_KDF" })
        m_environment.remove(QString::fromLatin1(name));
    // The default store folder lies inside the temporary folder too.
    m_environment.insert(QStringLiteral("HOME"), m_dir.path());
    m_environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
    m_environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    setPassphrase(DefaultPassphrase);
}

QString CliStore::storeDir() const
{
    return m_dir.filePath(QStringLiteral("store"));
}

QString CliStore::filePath(const QString &name) const
{
    return m_dir.filePath(name);
}

void CliStore::setPassphrase(const QString &passphrase)
{
    if (passphrase.isEmpty())
        m_environment.remove(QStringLiteral("OMNICRM_PASSPHRASE"));
    else
        m_environment.insert(QStringLiteral("OMNICRM_PASSPHRASE"), passphrase);
}

void CliStore::setEnvironment(const QString &name, const QString &value)
{
    m_environment.insert(name, value);
}

void CliStore::removeEnvironment(const QString &name)
{
    m_environment.remove(name);
}

std::unique_ptr<QProcess> CliStore::start(const QStringList &arguments) const
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(m_environment);
    process->setWorkingDirectory(m_dir.path());
    process->start(cliPath(), QStringList { QStringLiteral("--store"), storeDir() } + arguments);
    return process;
}

namespace {

CliRun finish(QProcess &process, std::chrono::milliseconds timeout)
{
    CliRun run;
    if (!process.waitForStarted()) {
        run.err = "could not start " + cliPath().toUtf8() + ": " + process.errorString().toUtf8();
        return run;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(int(timeout.count()))) {
        process.kill();
        process.waitForFinished();
        run.crashed = true;
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    run.crashed = run.crashed || process.exitStatus() == QProcess::CrashExit;
    run.exitCode = run.crashed ? -1 : process.exitCode();
    return run;
}

} // namespace

CliRun CliStore::run(const QStringList &arguments, std::chrono::milliseconds timeout) const
{
    auto process = start(arguments);
    return finish(*process, timeout);
}

CliRun CliStore::runBare(const QStringList &arguments, std::chrono::milliseconds timeout) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.setWorkingDirectory(m_dir.path());
    process.start(cliPath(), arguments);
    return finish(process, timeout);
}

bool CliStore::init() const
{
    const CliRun result = run({ QStringLiteral("init") });
    if (result.exitCode != 0)
        qWarning("init failed: %s", result.describe());
    return result.exitCode == 0;
}

QMap<QString, QByteArray> hashFiles(const QString &dir)
{
    QMap<QString, QByteArray> hashes;
    const QStringList names = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names)
        hashes.insert(
            name, QCryptographicHash::hash(readFile(QDir(dir).filePath(name)), QCryptographicHash::Sha256));
    return hashes;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace OmniCrm::Test
