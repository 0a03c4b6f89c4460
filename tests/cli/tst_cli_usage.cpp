// Proves omnicrm-cli's command line: usage errors (unknown command or option, an option of
// another command, missing or malformed arguments) exit 1 with a short usage on stderr and
// never touch a store; a cursor list did not print exits 2; --help, help COMMAND and --version
// exit 0.
#include "clitestsupport.h"

#include <QTest>

using namespace OmniCrm::Test;

class tst_CliUsage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void usageErrorsExit1_data();
    void usageErrorsExit1();
    void badCursorExits2_data();
    void badCursorExits2();
    void helpAndVersion();
    void helpForEveryCommand_data();
    void helpForEveryCommand();
    void passphraseNeverOnTheCommandLine();

private:
    CliStore m_store;
};

void tst_CliUsage::initTestCase()
{
    QVERIFY(m_store.init());
}

void tst_CliUsage::usageErrorsExit1_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList {};
    QTest::newRow("unknown command") << QStringList { "frobnicate" };
    QTest::newRow("unknown global option") << QStringList { "--frob", "stats" };
    QTest::newRow("unknown option") << QStringList { "stats", "--frob" };
    QTest::newRow("option of another command") << QStringList { "list", "contacts", "--dry-run" };
    QTest::newRow("import without FILE") << QStringList { "import", "contacts" };
    QTest::newRow("import without anything") << QStringList { "import" };
    QTest::newRow("import unknown kind") << QStringList { "import", "deals", "x.csv" };
    QTest::newRow("export without FILE") << QStringList { "export", "contacts" };
    QTest::newRow("export unknown extension") << QStringList { "export", "contacts", "out.xyz" };
    QTest::newRow("export unknown format")
        << QStringList { "export", "contacts", "out.csv", "--format", "xls" };
    QTest::newRow("export deals as vcard") << QStringList { "export", "deals", "out.vcf" };
    QTest::newRow("list without kind") << QStringList { "list" };
    QTest::newRow("list unknown kind") << QStringList { "list", "widgets" };
    QTest::newRow("list limit zero") << QStringList { "list", "contacts", "--limit", "0" };
    QTest::newRow("list limit too big") << QStringList { "list", "contacts", "--limit", "10001" };
    QTest::newRow("list limit text") << QStringList { "list", "contacts", "--limit", "many" };
    QTest::newRow("list limit without value") << QStringList { "list", "contacts", "--limit" };
    QTest::newRow("list extra argument") << QStringList { "list", "contacts", "deals" };
    QTest::newRow("search without text") << QStringList { "search" };
    QTest::newRow("search empty text") << QStringList { "search", " " };
    QTest::newRow("undo-import without batch") << QStringList { "undo-import" };
    QTest::newRow("seed-demo negative") << QStringList { "seed-demo", "--contacts", "-1" };
    QTest::newRow("stats extra argument") << QStringList { "stats", "now" };
    QTest::newRow("init extra argument") << QStringList { "init", "here" };
    QTest::newRow("help unknown command") << QStringList { "help", "frobnicate" };
    QTest::newRow("empty store") << QStringList { "--store=", "stats" };
}

void tst_CliUsage::usageErrorsExit1()
{
    QFETCH(QStringList, arguments);
    const auto before = hashFiles(m_store.storeDir());
    const CliRun run = m_store.runBare(QStringList { "--store", m_store.storeDir() } + arguments);
    QVERIFY2(run.exitCode == 1, run.describe());
    QVERIFY2(run.out.isEmpty(), run.describe());
    QVERIFY2(run.err.startsWith("omnicrm-cli: "), run.describe());
    QVERIFY2(run.err.contains("usage: omnicrm-cli"), run.describe());
    QCOMPARE(hashFiles(m_store.storeDir()), before);
}

void tst_CliUsage::badCursorExits2_data()
{
    QTest::addColumn<QString>("cursor");
    QTest::newRow("garbage") << QStringLiteral("garbage");
    QTest::newRow("not base64") << QStringLiteral("@@@###");
    QTest::newRow("arabic") << QStringLiteral("مؤشر");
}

void tst_CliUsage::badCursorExits2()
{
    QFETCH(QString, cursor);
    const CliRun run = m_store.run({ "list", "contacts", "--after", cursor });
    QVERIFY2(run.exitCode == 2, run.describe());
    QVERIFY2(run.errText().contains("--after"), run.describe());
}

void tst_CliUsage::helpAndVersion()
{
    for (const QStringList &arguments :
         { QStringList { "--help" }, QStringList { "-h" }, QStringList { "help" } }) {
        const CliRun help = m_store.runBare(arguments);
        QVERIFY2(help.exitCode == 0, help.describe());
        for (const char *text : { "init", "import", "export", "undo-import", "search", "list", "seed-demo",
                                  "stats", "change-passphrase", "OMNICRM_PASSPHRASE", "Exit codes" })
            QVERIFY2(help.out.contains(text), text);
    }
    const CliRun version = m_store.runBare({ "--version" });
    QVERIFY2(version.exitCode == 0, version.describe());
    QVERIFY(version.out.startsWith("omnicrm-cli "));
}

void tst_CliUsage::helpForEveryCommand_data()
{
    QTest::addColumn<QString>("command");
    for (const char *command : { "init", "import", "export", "undo-import", "search", "list", "seed-demo",
                                 "stats", "change-passphrase" })
        QTest::newRow(command) << QString::fromLatin1(command);
}

void tst_CliUsage::helpForEveryCommand()
{
    QFETCH(QString, command);
    const CliRun viaHelp = m_store.runBare({ "help", command });
    QVERIFY2(viaHelp.exitCode == 0, viaHelp.describe());
    QVERIFY(viaHelp.out.contains(("omnicrm-cli [--store DIR] [--passphrase-file FILE] " + command).toUtf8()));
    const CliRun viaOption = m_store.runBare({ command, "--help" });
    QCOMPARE(viaOption.exitCode, 0);
    QCOMPARE(viaOption.out, viaHelp.out);
}

void tst_CliUsage::passphraseNeverOnTheCommandLine()
{
    const CliRun run = m_store.run({ "--passphrase", CliStore::DefaultPassphrase, "stats" });
    QVERIFY2(run.exitCode == 1, run.describe());
}

QTEST_GUILESS_MAIN(tst_CliUsage)
#include "tst_cli_usage.moc"
