// Proves `omnicrm-cli dedupe --csv` on a file with no store anywhere: rows of one person written
// in two scripts and three phone formats share a cluster, namesakes do not, every row is printed
// once in file order, and bad usage is refused with exit code 1 or 2.
#include "clitestsupport.h"

#include <QFileInfo>
#include <QHash>
#include <QTest>

using namespace OmniCrm::Test;

class tst_CliDedupe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void clustersRowsOfOnePerson();
    void needsNoStore();
    void refusesBadUsage_data();
    void refusesBadUsage();

private:
    QHash<QString, QString> clusters(const CliRun &run);

    CliStore m_env; // a temporary folder; no store is ever created in it
    QString m_csv;
};

void tst_CliDedupe::initTestCase()
{
    m_csv = m_env.filePath("people.csv");
    QVERIFY(
        writeFile(m_csv,
                  "ref,الاسم الأول,العائلة,الجوال,البريد,الشركة,المدينة\n"
                  "a1,محمد,العتيبي,0555123456,m.otaibi@gmail.com,شركة النخبة للتجارة,الرياض\n"
                  "a2,Mohammed,Al-Otaibi,+966 55 512 3456,MOtaibi@Gmail.com,Al Nokhba Trading Co.,Riyadh\n"
                  "a3,Muhammad,Otaibi,٠٥٥٥١٢٣٤٥٦,,,\n"
                  "b1,محمد,العتيبي,0501234567,mohd.o@outlook.com,مؤسسة الرواد,جدة\n"
                  "c1,نورة,الشهري,0533334444,noura.s@hotmail.com,,الدمام\n"
                  "c2,Noura,Al Shehri,966533334444,noura.s@hotmail.com,,Dammam\n"
                  "d1,فيصل,الحربي,0544445555,,,أبها\n"));
}

QHash<QString, QString> tst_CliDedupe::clusters(const CliRun &run)
{
    QHash<QString, QString> out;
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    if (lines.isEmpty() || lines.first() != "id,cluster")
        return out;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines.at(i).split(',');
        if (cells.size() == 2)
            out.insert(QString::fromUtf8(cells.at(0)), QString::fromUtf8(cells.at(1)));
    }
    return out;
}

void tst_CliDedupe::clustersRowsOfOnePerson()
{
    const CliRun run
        = m_env.runBare({ "dedupe", "--csv", m_csv, "--id", "ref", "--field", "الاسم الأول:first_name",
                          "--field", "العائلة:last_name", "--field", "الجوال:phone", "--field",
                          "البريد:email", "--field", "الشركة:company", "--field", "المدينة:city" });
    QVERIFY2(run.exitCode == 0, run.describe());
    const QHash<QString, QString> c = clusters(run);
    QCOMPARE(c.size(), 7);
    QCOMPARE(c.value("a2"), c.value("a1"));
    QCOMPARE(c.value("a3"), c.value("a1"));
    QCOMPARE(c.value("c2"), c.value("c1"));
    QVERIFY(c.value("b1") != c.value("a1")); // a namesake, not a duplicate
    QVERIFY(c.value("d1") != c.value("a1") && c.value("d1") != c.value("c1")
            && c.value("d1") != c.value("b1"));
    QVERIFY(run.out.startsWith("id,cluster\na1,"));
}

void tst_CliDedupe::needsNoStore()
{
    const CliRun run = m_env.run({ "dedupe", "--csv", m_csv, "--id", "ref", "--field", "الجوال:phone" });
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY(!QFileInfo::exists(m_env.storeDir()));
    const QHash<QString, QString> c = clusters(run);
    QCOMPARE(c.value("c2"), c.value("c1"));
}

void tst_CliDedupe::refusesBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no-csv") << QStringList { "dedupe", "--id", "ref", "--field", "x:phone" } << 1;
    QTest::newRow("no-field") << QStringList { "dedupe", "--csv", "FILE", "--id", "ref" } << 1;
    QTest::newRow("bad-kind") << QStringList { "dedupe", "--csv", "FILE", "--id", "ref", "--field", "x:fax" }
                              << 1;
    QTest::newRow("bad-threshold") << QStringList { "dedupe",  "--csv",        "FILE",        "--id", "ref",
                                                    "--field", "الجوال:phone", "--threshold", "2" }
                                   << 1;
    QTest::newRow("unknown-column") << QStringList { "dedupe", "--csv",   "FILE",     "--id",
                                                     "ref",    "--field", "fax:phone" }
                                    << 2;
    QTest::newRow("missing-file") << QStringList { "dedupe",  "--csv",  "/nonexistent/x.csv", "--id", "ref",
                                                   "--field", "x:phone" }
                                  << 2;
}

void tst_CliDedupe::refusesBadUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    arguments.replaceInStrings(QStringLiteral("FILE"), m_csv);
    const CliRun run = m_env.runBare(arguments);
    QVERIFY2(run.exitCode == exitCode, run.describe());
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.errText().contains(QStringLiteral("dedupe")));
}

QTEST_GUILESS_MAIN(tst_CliDedupe)
#include "tst_cli_dedupe.moc"
