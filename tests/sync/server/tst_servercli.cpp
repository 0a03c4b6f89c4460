// omnicrm-server's commands through the real binary, as an administrator would run them:
// tenant create, user add and reset-password with the password on stdin, serve, and device
// list/revoke against a running server (which then disconnects the device).
#include "serverfixture.h"
#include "testsupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace OmniCrm;
using namespace OmniCrm::Test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class tst_ServerCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void createsTenantsOnce();
    void addsUsersWithPasswordOnStdin();
    void refusesBadUsage_data();
    void refusesBadUsage();
    void servesAndRevokesDevices();
    void postgresUrlIsAClearError();
    void badTlsCertificateIsAClearError();

private:
    Run run(const QStringList &arguments, const QByteArray &stdinData = {});
    std::unique_ptr<QProcess> startServe();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_ServerCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_ServerCli::cleanup()
{
    m_dir.reset();
}

Run tst_ServerCli::run(const QStringList &arguments, const QByteArray &stdinData)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("OMNICRM_KDF"), QStringLiteral("fast-for-tests"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(OMNICRM_SERVER_PATH),
                  arguments + QStringList { QStringLiteral("--data"), m_dir->path() });
    process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        process.kill();
    return Run { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                 QString::fromUtf8(process.readAllStandardOutput()),
                 QString::fromUtf8(process.readAllStandardError()) };
}

std::unique_ptr<QProcess> tst_ServerCli::startServe()
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("OMNICRM_KDF"), QStringLiteral("fast-for-tests"));
    process->setProcessEnvironment(environment);
    process->start(QStringLiteral(OMNICRM_SERVER_PATH),
                   { QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                     QStringLiteral("--data"), m_dir->path() });
    return process;
}

void tst_ServerCli::createsTenantsOnce()
{
    Run r = run({ QStringLiteral("tenant"), QStringLiteral("create"), QStringLiteral("مؤسسة النور") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("مؤسسة النور")));
    r = run({ QStringLiteral("tenant"), QStringLiteral("create"), QStringLiteral("مؤسسة النور") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("already exists")), Test::why(r.err));
}

void tst_ServerCli::addsUsersWithPasswordOnStdin()
{
    QCOMPARE(run({ QStringLiteral("tenant"), QStringLiteral("create"), QStringLiteral("acme") }).exitCode, 0);
    const QStringList add { QStringLiteral("user"),     QStringLiteral("add"),
                            QStringLiteral("--tenant"), QStringLiteral("acme"),
                            QStringLiteral("--email"),  QStringLiteral("Rep@Acme.sa"),
                            QStringLiteral("--role"),   QStringLiteral("manager") };
    Run r = run(add, "long-enough-password\n");
    QVERIFY2(r.exitCode == 0, Test::why(r.err));
    QVERIFY(r.out.contains(QStringLiteral("rep@acme.sa")));
    r = run(add, "long-enough-password\n");
    QCOMPARE(r.exitCode, 2); // the same email twice
    r = run({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--tenant"),
              QStringLiteral("acme"), QStringLiteral("--email"), QStringLiteral("other@acme.sa") });
    QCOMPARE(r.exitCode, 2); // no password on stdin
    QVERIFY2(r.err.contains(QStringLiteral("stdin")), Test::why(r.err));
    r = run({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--tenant"),
              QStringLiteral("acme"), QStringLiteral("--email"), QStringLiteral("short@acme.sa") },
            "short\n");
    QCOMPARE(r.exitCode, 2);
    r = run({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--tenant"),
              QStringLiteral("nobody"), QStringLiteral("--email"), QStringLiteral("x@y.sa") },
            "long-enough-password\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("nobody")), Test::why(r.err));
}

void tst_ServerCli::refusesBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown-command") << QStringList { QStringLiteral("explode") };
    QTest::newRow("unknown-option") << QStringList { QStringLiteral("tenant"), QStringLiteral("create"),
                                                     QStringLiteral("x"), QStringLiteral("--colour"),
                                                     QStringLiteral("red") };
    QTest::newRow("bad-role") << QStringList { QStringLiteral("user"),     QStringLiteral("add"),
                                               QStringLiteral("--tenant"), QStringLiteral("a"),
                                               QStringLiteral("--email"),  QStringLiteral("e@x.sa"),
                                               QStringLiteral("--role"),   QStringLiteral("king") };
    QTest::newRow("revoke-without-device")
        << QStringList { QStringLiteral("device"), QStringLiteral("revoke"), QStringLiteral("--tenant"),
                         QStringLiteral("a") };
    QTest::newRow("bad-port") << QStringList { QStringLiteral("serve"), QStringLiteral("--port"),
                                               QStringLiteral("http") };
}

void tst_ServerCli::refusesBadUsage()
{
    QFETCH(QStringList, arguments);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("omnicrm-server:")));
}

void tst_ServerCli::servesAndRevokesDevices()
{
    QCOMPARE(run({ QStringLiteral("tenant"), QStringLiteral("create"), QStringLiteral("acme") }).exitCode, 0);
    QCOMPARE(run({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--tenant"),
                   QStringLiteral("acme"), QStringLiteral("--email"), QStringLiteral("rep@acme.sa") },
                 "first-password-1\n")
                 .exitCode,
             0);
    QCOMPARE(run({ QStringLiteral("user"), QStringLiteral("reset-password"), QStringLiteral("--tenant"),
                   QStringLiteral("acme"), QStringLiteral("--email"), QStringLiteral("rep@acme.sa") },
                 "second-password-2\n")
                 .exitCode,
             0);

    auto server = startServe();
    QVERIFY(server->waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(server->canReadLine() || server->state() == QProcess::NotRunning, 15000);
    const QString banner = QString::fromUtf8(server->readLine());
    const auto match = QRegularExpression(QStringLiteral("ws://127\\.0\\.0\\.1:(\\d+)")).match(banner);
    QVERIFY2(match.hasMatch(), Test::why(banner));
    const QUrl url(QStringLiteral("ws://127.0.0.1:") + match.captured(1));

    RawClient oldPassword(url);
    QVERIFY(!oldPassword
                 .signIn(QStringLiteral("acme"), QStringLiteral("rep@acme.sa"),
                         QStringLiteral("first-password-1"), QStringLiteral("site-1"))
                 .ok());
    RawClient client(url);
    const auto welcome = client.signIn(QStringLiteral("acme"), QStringLiteral("rep@acme.sa"),
                                       QStringLiteral("second-password-2"), QStringLiteral("site-1"));
    QVERIFY2(welcome.ok(), Test::why(welcome));
    const QString deviceId = client.tokens().deviceId;

    Run list = run({ QStringLiteral("device"), QStringLiteral("list"), QStringLiteral("--tenant"),
                     QStringLiteral("acme") });
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains(deviceId) && list.out.contains(QStringLiteral("active")), Test::why(list.out));

    const Run revoke = run({ QStringLiteral("device"), QStringLiteral("revoke"), QStringLiteral("--tenant"),
                             QStringLiteral("acme"), QStringLiteral("--device"), deviceId });
    QCOMPARE(revoke.exitCode, 0);
    QVERIFY(client.waitForClose(10000)); // the running server noticed and disconnected it
    list = run({ QStringLiteral("device"), QStringLiteral("list"), QStringLiteral("--tenant"),
                 QStringLiteral("acme"), QStringLiteral("--json") });
    QVERIFY2(list.out.contains(QStringLiteral("\"status\":\"revoked\"")), Test::why(list.out));
    const Run unknown
        = run({ QStringLiteral("device"), QStringLiteral("revoke"), QStringLiteral("--tenant"),
                QStringLiteral("acme"), QStringLiteral("--device"), QStringLiteral("no-such-device") });
    QCOMPARE(unknown.exitCode, 2);

    server->terminate();
    QVERIFY(server->waitForFinished(10000));
}

void tst_ServerCli::postgresUrlIsAClearError()
{
    const Run r = run({ QStringLiteral("tenant"), QStringLiteral("create"), QStringLiteral("x"),
                        QStringLiteral("--database"), QStringLiteral("postgres://omnicrm@127.0.0.1:1/db") });
    // Either this build has no PostgreSQL backend or nothing listens on port 1: a clear failure.
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(QStringLiteral("PostgreSQL")), Test::why(r.err));
}

void tst_ServerCli::badTlsCertificateIsAClearError()
{
    const Run r = run({ QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                        QStringLiteral("--tls-cert"), m_dir->filePath(QStringLiteral("missing.pem")),
                        QStringLiteral("--tls-key"), m_dir->filePath(QStringLiteral("missing.key")) });
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(QStringLiteral("missing.pem")), Test::why(r.err));
}

QTEST_GUILESS_MAIN(tst_ServerCli)
#include "tst_servercli.moc"
