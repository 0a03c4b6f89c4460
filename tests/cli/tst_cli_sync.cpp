// End to end over loopback: two omnicrm-cli stores and one omnicrm-server, all real processes.
// Records made in one store reach the other through the server, both ways; the device tokens are
// kept in the store so a second sync needs no password; a wrong password is refused with exit 3.
#include "clitestsupport.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace OmniCrm;
using namespace OmniCrm::Test;
using namespace Qt::StringLiterals;

namespace {

const QString Tenant = u"acme"_s;
const QString Email = u"rep@acme.sa"_s;
const QString Password = u"correct horse battery"_s;

// omnicrm-server with a data folder of its own, as a script would run it.
class ServerProcess
{
public:
    explicit ServerProcess(QString dataDir, QString database = {})
        : m_dataDir(std::move(dataDir))
        , m_database(std::move(database))
    {
    }
    ~ServerProcess() { stop(); }

    CliRun admin(const QStringList &arguments, const QByteArray &stdinBytes = {}) const
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(OMNICRM_SERVER_PATH), arguments + commonOptions());
        CliRun run;
        if (!process.waitForStarted())
            return run;
        process.write(stdinBytes);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            run.crashed = true;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    /// Starts `serve --port 0` and reads the address it prints.
    bool start()
    {
        m_process.setProcessEnvironment(environment());
        m_process.start(QStringLiteral(OMNICRM_SERVER_PATH),
                        QStringList { u"serve"_s, u"--port"_s, u"0"_s } + commonOptions());
        if (!m_process.waitForStarted())
            return false;
        static const QRegularExpression listening(u"listening on (ws://\\S+)"_s);
        QByteArray seen;
        for (int i = 0; i < 200 && m_url.isEmpty(); ++i) {
            m_process.waitForReadyRead(100);
            seen += m_process.readAllStandardOutput();
            const auto match = listening.match(QString::fromUtf8(seen));
            if (match.hasMatch())
                m_url = match.captured(1);
        }
        return !m_url.isEmpty();
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    QString url() const { return m_url; }

private:
    QStringList commonOptions() const
    {
        QStringList options { u"--data"_s, m_dataDir };
        if (!m_database.isEmpty())
            options << u"--database"_s << m_database;
        return options;
    }
    static QProcessEnvironment environment()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"OMNICRM_KDF"_s, u"fast-for-tests"_s);
        environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        return environment;
    }

    QString m_dataDir;
    QString m_database;
    QProcess m_process;
    QString m_url;
};

QSet<QString> contactNames(const CliStore &store)
{
    QSet<QString> names;
    const CliRun list = store.run({ u"list"_s, u"contacts"_s, u"--limit"_s, u"1000"_s, u"--json"_s });
    for (const QJsonObject &row : list.jsonLines()) {
        const QString name = row.value(u"name"_s).toString();
        if (!name.isEmpty())
            names.insert(name);
    }
    return names;
}

bool writeContacts(const CliStore &store, const QString &name, const QStringList &rows)
{
    QByteArray csv = "name,mobile,email\n";
    for (const QString &row : rows)
        csv += row.toUtf8() + '\n';
    return writeFile(store.filePath(name), csv);
}

} // namespace

class tst_CliSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoStoresMeetThroughTheServer();
};

void tst_CliSync::twoStoresMeetThroughTheServer()
{
    QTemporaryDir serverDir;
    // On a throwaway PostgreSQL when run-with-postgres.sh gives one, else the SQLite backend.
    ServerProcess server(serverDir.path(), qEnvironmentVariable("OMNICRM_TEST_PG_URL"));
    const CliRun tenant = server.admin({ u"tenant"_s, u"create"_s, Tenant });
    QVERIFY2(tenant.exitCode == 0, tenant.describe());
    const CliRun user = server.admin({ u"user"_s, u"add"_s, u"--tenant"_s, Tenant, u"--email"_s, Email },
                                     Password.toUtf8() + '\n');
    QVERIFY2(user.exitCode == 0, user.describe());
    QVERIFY(server.start());

    CliStore a;
    CliStore b;
    QVERIFY(a.init());
    QVERIFY(b.init());
    QVERIFY(writeContacts(
        a, u"a.csv"_s,
        { u"أحمد الحربي,0555123456,ahmed@example.sa"_s, u"Sara Khan,+971501234567,sara@example.ae"_s }));
    QVERIFY(a.run({ u"import"_s, u"contacts"_s, a.filePath(u"a.csv"_s) }).exitCode == 0);

    const QStringList first { u"sync"_s, u"--server"_s, server.url(), u"--tenant"_s,
                              Tenant,    u"--email"_s,  Email,        u"--json"_s };
    CliStore *stores[] = { &a, &b };
    for (CliStore *store : stores)
        store->setEnvironment(u"OMNICRM_SYNC_PASSWORD"_s, Password);
    CliRun syncA = a.run(first);
    QVERIFY2(syncA.exitCode == 0, syncA.describe());
    CliRun syncB = b.run(first);
    QVERIFY2(syncB.exitCode == 0, syncB.describe());
    QCOMPARE(contactNames(b), (QSet<QString> { u"أحمد الحربي"_s, u"Sara Khan"_s }));

    // The other way, with the stored device tokens only: no password any more.
    for (CliStore *store : stores)
        store->removeEnvironment(u"OMNICRM_SYNC_PASSWORD"_s);
    QVERIFY(writeContacts(b, u"b.csv"_s, { u"Faisal Al-Otaibi,0501112233,faisal@example.sa"_s }));
    QVERIFY(b.run({ u"import"_s, u"contacts"_s, b.filePath(u"b.csv"_s) }).exitCode == 0);
    syncB = b.run({ u"sync"_s, u"--json"_s });
    QVERIFY2(syncB.exitCode == 0, syncB.describe());
    QCOMPARE(syncB.lastJson().value(u"pending"_s).toInt(), 0);
    syncA = a.run({ u"sync"_s, u"--json"_s });
    QVERIFY2(syncA.exitCode == 0, syncA.describe());
    QCOMPARE(contactNames(a), contactNames(b));
    QVERIFY(contactNames(a).contains(u"Faisal Al-Otaibi"_s));

    // A new store with the wrong password is refused: exit 3, and nothing was pulled.
    CliStore c;
    QVERIFY(c.init());
    c.setEnvironment(u"OMNICRM_SYNC_PASSWORD"_s, u"wrong password"_s);
    const CliRun refused = c.run(first);
    QCOMPARE(refused.exitCode, 3);
    QVERIFY(contactNames(c).isEmpty());
}

QTEST_GUILESS_MAIN(tst_CliSync)
#include "tst_cli_sync.moc"
