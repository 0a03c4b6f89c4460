// Runs the real omnicrm-cli binary against a store in a temporary folder, the way a script
// would: the passphrase goes through the environment (never argv), and the process sees no
// D-Bus session, so the OS keychain is never touched by a test.
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>

#include <chrono>
#include <memory>

namespace OmniCrm::Test {

/// One finished (or killed) run of the CLI.
struct CliRun
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;

    /// Every stdout line parsed as a JSON object; a line that is not one becomes an empty object.
    QList<QJsonObject> jsonLines() const;
    /// The last stdout line as a JSON object.
    QJsonObject lastJson() const;
    QString errText() const { return QString::fromUtf8(err); }
    /// "exit N; stderr: …" for QVERIFY2 messages.
    const char *describe() const;
};

class CliStore
{
public:
    static inline const QString DefaultPassphrase = QStringLiteral("كلمة سر للاختبار 123");

    CliStore();

    bool isValid() const { return m_dir.isValid(); }
    /// The store folder (it does not exist before init).
    QString storeDir() const;
    /// A path inside the temporary folder, beside the store.
    QString filePath(const QString &name) const;

    /// The passphrase given through OMNICRM_PASSPHRASE; an empty one removes the variable.
    void setPassphrase(const QString &passphrase);
    void setEnvironment(const QString &name, const QString &value);
    void removeEnvironment(const QString &name);

    /// Runs `omnicrm-cli --store DIR arguments…` and waits for it.
    CliRun run(const QStringList &arguments,
               std::chrono::milliseconds timeout = std::chrono::minutes(3)) const;
    /// Runs `omnicrm-cli arguments…` with no --store.
    CliRun runBare(const QStringList &arguments,
                   std::chrono::milliseconds timeout = std::chrono::minutes(3)) const;
    /// Starts `omnicrm-cli --store DIR arguments…` and returns at once.
    std::unique_ptr<QProcess> start(const QStringList &arguments) const;

    /// init with the current passphrase; false (with a warning) when it fails.
    bool init() const;

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
};

QString cliPath();
/// SHA-256 of every file in `dir`, by file name.
QMap<QString, QByteArray> hashFiles(const QString &dir);
QByteArray readFile(const QString &path);
bool writeFile(const QString &path, const QByteArray &bytes);

} // namespace OmniCrm::Test
