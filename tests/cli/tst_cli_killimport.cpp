// Proves an import killed half-way leaves the store exactly as it was: a 100,000-row contact
// CSV (Arabic names, phones in mixed formats) is imported with --progress, the process is
// killed (SIGKILL) once 20,000 records are read, and stats and an export match those taken before.
#include "clitestsupport.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace OmniCrm::Test;

namespace {

constexpr int Rows = 100000;
constexpr qint64 KillAfter = 20000;

/// Arabic names and Saudi phones typed the ways people type them.
QByteArray bigCsv()
{
    const QStringList first { "أحمد", "محمد", "عبدالله", "فهد",   "سارة",
                              "نورة", "ريم",  "خالد",    "سلطان", "هيفاء" };
    const QStringList last { "العتيبي", "القحطاني", "الشمري",   "الدوسري",
                             "الحربي",  "الغامدي",  "الزهراني", "المطيري" };
    const QStringList cities { "الرياض", "جدة", "الدمام", "مكة المكرمة", "المدينة المنورة" };
    QRandomGenerator random(20250101);
    QByteArray csv;
    csv.reserve(Rows * 90);
    csv += "الاسم,الجوال,البريد,المدينة\n";
    for (int i = 0; i < Rows; ++i) {
        const QString digits = QString::number(50000000 + i);
        QString phone;
        switch (i % 4) {
        case 0:
            phone = "05" + digits;
            break;
        case 1:
            phone = "+9665" + digits;
            break;
        case 2:
            phone = "009665" + digits.left(2) + ' ' + digits.mid(2, 3) + ' ' + digits.mid(5);
            break;
        default:
            phone = "5" + digits;
            break;
        }
        const QString name
            = first.at(random.bounded(first.size())) + ' ' + last.at(random.bounded(last.size()));
        csv += QStringLiteral("%1,%2,user%3@example.com,%4\n")
                   .arg(name, phone, QString::number(i), cities.at(random.bounded(cities.size())))
                   .toUtf8();
    }
    return csv;
}

} // namespace

class tst_CliKillImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedImportLeavesStoreAsBefore();

private:
    CliStore m_store;
    QString m_big;
};

void tst_CliKillImport::initTestCase()
{
    QVERIFY(m_store.init());
    m_big = m_store.filePath("big.csv");
    QVERIFY(writeFile(m_big, bigCsv()));
}

void tst_CliKillImport::killedImportLeavesStoreAsBefore()
{
    // Something in the store first, so "as before" is more than "empty".
    const QString small = m_store.filePath("small.csv");
    QVERIFY(writeFile(small,
                      "name,mobile,email\nأحمد العتيبي,0555123456,ahmed@example.com\n"
                      "Sara,+971501234567,sara@example.ae\n"));
    QCOMPARE(m_store.run({ "import", "contacts", small }).exitCode, 0);
    const CliRun statsBefore = m_store.run({ "stats", "--json" });
    QCOMPARE(statsBefore.exitCode, 0);
    const QString exportBefore = m_store.filePath("before.csv");
    QCOMPARE(m_store.run({ "export", "contacts", exportBefore }).exitCode, 0);

    auto process = m_store.start({ "import", "contacts", m_big, "--progress", "--json" });
    QVERIFY(process->waitForStarted());
    qint64 progress = 0;
    process->setReadChannel(QProcess::StandardError);
    while (progress < KillAfter) {
        if (!process->canReadLine() && !process->waitForReadyRead(120000))
            QFAIL(QByteArray("no progress line; the import ended or hung: " + process->readAllStandardError())
                      .constData());
        while (process->canReadLine()) {
            const QJsonObject line = QJsonDocument::fromJson(process->readLine()).object();
            progress = qMax(progress, line.value("progress").toInteger());
        }
    }
    process->kill();
    QVERIFY(process->waitForFinished());
    QCOMPARE(process->exitStatus(), QProcess::CrashExit);
    QVERIFY(!process->readAllStandardOutput().contains("\"batch\"")); // it did not finish

    const CliRun statsAfter = m_store.run({ "stats", "--json" });
    QVERIFY2(statsAfter.exitCode == 0, statsAfter.describe());
    QCOMPARE(statsAfter.lastJson(), statsBefore.lastJson());
    const QString exportAfter = m_store.filePath("after.csv");
    QCOMPARE(m_store.run({ "export", "contacts", exportAfter }).exitCode, 0);
    QCOMPARE(readFile(exportAfter), readFile(exportBefore));
}

QTEST_GUILESS_MAIN(tst_CliKillImport)
#include "tst_cli_killimport.moc"
