// Proves import as omnicrm-cli runs it: good rows go in and every bad line is named with its
// field; --strict and unreadable files exit 2 and store nothing; duplicates by phone (in any
// format) and by e-mail are counted; --dry-run stores nothing but counts the same; a mapping
// file maps unknown headers; undo-import removes exactly its batch.
#include "clitestsupport.h"

#include <QJsonArray>
#include <QTest>

using namespace OmniCrm::Test;

namespace {

// Line 1 is the header. Lines 3, 4, 5 and 6 are bad; 8 repeats line 2's phone in another
// format and 9 its e-mail in another case.
const QByteArray BrokenCsv = "الاسم,الجوال,البريد,الشركة,المدينة\n"
                             "أحمد العتيبي,0555123456,ahmed@example.com,شركة الأفق,الرياض\n"
                             "سارة القحطاني,05x5123456,sara@example.com,,جدة\n"
                             "خالد الشمري,0501234567,khalid@,,الدمام\n"
                             ",0501234568,noname@example.com,,\n"
                             "فهد الدوسري,0501234569\n"
                             "نورة الحربي,+966 50 765 4321,noura@example.com,,مكة\n"
                             "محمد المطيري,+966555123456,mohammed@example.com,,\n"
                             "ليلى الغامدي,0561112233,AHMED@Example.com,,\n"
                             "Omar Haddad,+971 50 123 4567,omar@example.ae,Horizon Trading,Dubai\n";

struct ExpectedError
{
    int line;
    QString field; // empty: the record as a whole
};

const QList<ExpectedError> BrokenLines { { 3, "mobile" }, { 4, "email" }, { 5, "name" }, { 6, {} } };

} // namespace

class tst_CliImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void importsGoodRowsAndNamesEveryBadOne();
    void strictStoresNothing();
    void dryRunCountsTheSameAndStoresNothing();
    void duplicatesAreSkippedAndCounted();
    void humanSummaryAndErrorLines();
    void unreadableFilesExit2_data();
    void unreadableFilesExit2();
    void mappingFileMapsUnknownHeaders();
    void badMappingFileExits2();
    void undoImportRemovesExactlyThatBatch();
    void undoUnknownBatchExits2();

private:
    QJsonObject stats();

    std::unique_ptr<CliStore> m_store;
    QString m_broken;
};

void tst_CliImport::initTestCase()
{
    QVERIFY(QFile::exists(cliPath()));
}

void tst_CliImport::init()
{
    m_store = std::make_unique<CliStore>();
    QVERIFY(m_store->init());
    m_broken = m_store->filePath("broken.csv");
    QVERIFY(writeFile(m_broken, BrokenCsv));
}

QJsonObject tst_CliImport::stats()
{
    const CliRun run = m_store->run({ "stats", "--json" });
    if (run.exitCode != 0)
        qWarning("stats: %s", run.describe());
    return run.lastJson();
}

void tst_CliImport::importsGoodRowsAndNamesEveryBadOne()
{
    const CliRun run = m_store->run({ "import", "contacts", m_broken, "--json" });
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.jsonLines().size(), 1); // exactly one summary object
    const QJsonObject summary = run.lastJson();
    QCOMPARE(summary.value("imported").toInteger(), 3); // lines 2, 7 and 10
    QCOMPARE(summary.value("skipped_duplicates").toInteger(), 2); // lines 8 and 9
    QCOMPARE(summary.value("read").toInteger(), 9);
    QVERIFY(!summary.value("batch").toString().isEmpty());

    const QJsonArray errors = summary.value("errors").toArray();
    QCOMPARE(errors.size(), BrokenLines.size());
    for (int i = 0; i < BrokenLines.size(); ++i) {
        const QJsonObject error = errors.at(i).toObject();
        QCOMPARE(error.value("line").toInt(), BrokenLines.at(i).line);
        QCOMPARE(error.value("field").toString(), BrokenLines.at(i).field);
        QVERIFY(!error.value("message").toString().isEmpty());
    }
    QCOMPARE(stats().value("contacts").toInteger(), 3);
}

void tst_CliImport::strictStoresNothing()
{
    const QJsonObject before = stats();
    const CliRun run = m_store->run({ "import", "contacts", m_broken, "--strict", "--json" });
    QVERIFY2(run.exitCode == 2, run.describe());
    const QJsonObject summary = run.lastJson();
    QCOMPARE(summary.value("errors").toArray().size(), BrokenLines.size());
    QCOMPARE(summary.value("stored").toBool(true), false);
    QVERIFY(summary.value("batch").isNull());
    QVERIFY2(run.errText().contains("--strict"), run.describe());
    QVERIFY2(run.errText().contains("line 3"), run.describe());
    QCOMPARE(stats(), before);
}

void tst_CliImport::dryRunCountsTheSameAndStoresNothing()
{
    const QJsonObject before = stats();
    const CliRun dry = m_store->run({ "import", "contacts", m_broken, "--dry-run", "--json" });
    QVERIFY2(dry.exitCode == 0, dry.describe());
    QCOMPARE(stats(), before);

    const CliRun real = m_store->run({ "import", "contacts", m_broken, "--json" });
    QVERIFY2(real.exitCode == 0, real.describe());
    for (const char *key : { "read", "imported", "skipped_duplicates", "errors" })
        QCOMPARE(dry.lastJson().value(QLatin1String(key)), real.lastJson().value(QLatin1String(key)));
    QVERIFY(dry.lastJson().value("batch").isNull());
    QCOMPARE(dry.lastJson().value("dry_run").toBool(), true);
}

void tst_CliImport::duplicatesAreSkippedAndCounted()
{
    QCOMPARE(m_store->run({ "import", "contacts", m_broken }).exitCode, 0);
    // The same people again: phones in other formats (Arabic-Indic digits, 00966, spaces), e-mails
    // in other cases. One new person.
    const QByteArray again = "name,mobile,email\n"
                             "Ahmed,٠٥٥٥١٢٣٤٥٦,\n"
                             "Noura,00966507654321,\n"
                             "Omar,,OMAR@EXAMPLE.AE\n"
                             "Salem,0533334444,salem@example.com\n";
    const QString path = m_store->filePath("again.csv");
    QVERIFY(writeFile(path, again));
    const CliRun run = m_store->run({ "import", "contacts", path, "--json" });
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.lastJson().value("skipped_duplicates").toInteger(), 3);
    QCOMPARE(run.lastJson().value("imported").toInteger(), 1);
    QCOMPARE(stats().value("contacts").toInteger(), 4);
}

void tst_CliImport::humanSummaryAndErrorLines()
{
    const CliRun run = m_store->run({ "import", "contacts", m_broken });
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.out.contains("imported 3 contacts"), run.describe());
    QVERIFY2(run.out.contains("skipped duplicates: 2"), run.describe());
    QVERIFY2(run.errText().contains("omnicrm-cli: import: line 3, field mobile: "), run.describe());
    QVERIFY2(run.errText().contains("line 4, field email: "), run.describe());
    QVERIFY2(run.errText().contains("line 5, field name: "), run.describe());
}

void tst_CliImport::unreadableFilesExit2_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: the file does not exist
    QByteArray binary(4096, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = char((i * 7919 + 13) % 256);
    QTest::newRow("binary") << binary;
    QTest::newRow("png") << QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000");
    QTest::newRow("missing") << QByteArray();
}

void tst_CliImport::unreadableFilesExit2()
{
    QFETCH(QByteArray, content);
    const QString path = m_store->filePath("input.csv");
    if (!content.isEmpty())
        QVERIFY(writeFile(path, content));
    const QJsonObject before = stats();
    const CliRun run = m_store->run({ "import", "contacts", path, "--json" });
    QVERIFY2(run.exitCode == 2, run.describe());
    QVERIFY2(run.errText().startsWith("omnicrm-cli: import: "), run.describe());
    QVERIFY2(run.errText().contains("input.csv"), run.describe());
    QCOMPARE(stats(), before);
}

void tst_CliImport::mappingFileMapsUnknownHeaders()
{
    const QString csv = m_store->filePath("custom.csv");
    QVERIFY(writeFile(csv,
                      "Customer,Cell,Mail,Ignored\n"
                      "عبدالله السبيعي,0551234567,abdullah@example.com,x\n"));
    const QString mapping = m_store->filePath("mapping.json");
    QVERIFY(writeFile(
        mapping, R"({"columns": {"Customer": "name", "Cell": "mobile", "Mail": "email", "Ignored": null}})"));
    const CliRun run = m_store->run({ "import", "contacts", csv, "--mapping", mapping, "--json" });
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(run.lastJson().value("imported").toInteger(), 1);
    const CliRun found = m_store->run({ "search", "0551234567", "--json" });
    QCOMPARE(found.lastJson().value("title").toString(), QStringLiteral("عبدالله السبيعي"));
}

void tst_CliImport::badMappingFileExits2()
{
    const QString mapping = m_store->filePath("bad-mapping.json");
    QVERIFY(writeFile(mapping, R"({"columns": {"Customer": "no_such_field"}})"));
    const QJsonObject before = stats();
    const CliRun unknownField = m_store->run({ "import", "contacts", m_broken, "--mapping", mapping });
    QVERIFY2(unknownField.exitCode == 2, unknownField.describe());
    QVERIFY2(unknownField.errText().contains("mapping"), unknownField.describe());
    QVERIFY(writeFile(mapping, "not json"));
    QCOMPARE(m_store->run({ "import", "contacts", m_broken, "--mapping", mapping }).exitCode, 2);
    QCOMPARE(m_store->run({ "import", "contacts", m_broken, "--mapping", m_store->filePath("none.json") })
                 .exitCode,
             2);
    QCOMPARE(stats(), before);
}

void tst_CliImport::undoImportRemovesExactlyThatBatch()
{
    const CliRun first = m_store->run({ "import", "contacts", m_broken, "--json" });
    QCOMPARE(first.exitCode, 0);
    const QString other = m_store->filePath("other.csv");
    QVERIFY(writeFile(other, "name,mobile\nسلمان العنزي,0544445555\nريم الشهري,0544446666\n"));
    const CliRun second = m_store->run({ "import", "contacts", other, "--json" });
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(stats().value("contacts").toInteger(), 5);
    const CliRun listedBefore = m_store->run({ "list", "contacts", "--json" });

    const QString batch = second.lastJson().value("batch").toString();
    const CliRun undone = m_store->run({ "undo-import", batch, "--json" });
    QVERIFY2(undone.exitCode == 0, undone.describe());
    QCOMPARE(undone.lastJson().value("removed").toInteger(), 2);
    QCOMPARE(stats().value("contacts").toInteger(), 3);

    // What is left is exactly the first batch.
    QList<QJsonObject> expected;
    for (const QJsonObject &row : listedBefore.jsonLines()) {
        const QString name = row.value("name").toString();
        if (name != u"سلمان العنزي" && name != u"ريم الشهري")
            expected << row;
    }
    QCOMPARE(m_store->run({ "list", "contacts", "--json" }).jsonLines(), expected);
    QVERIFY(m_store->run({ "search", "0544445555", "--json" }).out.isEmpty());

    QCOMPARE(m_store->run({ "undo-import", first.lastJson().value("batch").toString() }).exitCode, 0);
    QCOMPARE(stats().value("contacts").toInteger(), 0);
}

void tst_CliImport::undoUnknownBatchExits2()
{
    const CliRun run = m_store->run({ "undo-import", "01900000-0000-7000-8000-000000000000" });
    QVERIFY2(run.exitCode == 2, run.describe());
}

QTEST_GUILESS_MAIN(tst_CliImport)
#include "tst_cli_import.moc"
