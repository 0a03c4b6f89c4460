// Proves export and import through omnicrm-cli round-trip: contacts exported to CSV, vCard or
// JSON and imported into a fresh store export to the same bytes; companies likewise in CSV and
// JSON; deals export; the format follows the file's extension unless --format says otherwise.
#include "clitestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace OmniCrm::Test;

namespace {

/// The bytes with every ISO 8601 UTC time replaced by a placeholder.
QByteArray withoutTimes(const QByteArray &bytes)
{
    static const QRegularExpression time(
        QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z"));
    return QString::fromUtf8(bytes).replace(time, QStringLiteral("<time>")).toUtf8();
}

/// Compares two files line by line and names the first line that differs.
void compareLines(const QByteArray &expected, const QByteArray &actual, const QByteArray &what)
{
    const QList<QByteArray> a = expected.split('\n'), b = actual.split('\n');
    for (int i = 0; i < qMin(a.size(), b.size()); ++i)
        QVERIFY2(a.at(i) == b.at(i),
                 QByteArray(what + ", line " + QByteArray::number(i + 1) + ":\n" + a.at(i) + "\n" + b.at(i))
                     .constData());
    QCOMPARE(a.size(), b.size());
}

} // namespace

class tst_CliRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void contactsRoundTrip_data();
    void contactsRoundTrip();
    void companiesRoundTrip_data();
    void companiesRoundTrip();
    void dealsExport();
    void formatOptionOverridesExtension();

private:
    void roundTrip(const QString &kind, const QString &fileName);

    CliStore m_source;
    qint64 m_contacts = 0;
};

void tst_CliRoundTrip::initTestCase()
{
    QVERIFY(m_source.init());
    const CliRun seeded = m_source.run(
        { "seed-demo", "--contacts", "40", "--companies", "10", "--deals", "15", "--seed", "3" });
    QVERIFY2(seeded.exitCode == 0, seeded.describe());
    // People with several phones and e-mails, Arabic and English, notes with commas and quotes.
    const QString path = m_source.filePath("people.csv");
    QVERIFY(writeFile(
        path,
        "الاسم,الجوال,الهاتف,البريد,البريد 2,الشركة,المدينة,ملاحظات\n"
        "أحمد العتيبي,0555123456,011 456 7890,ahmed@example.com,a.otaibi@example.sa,شركة الأفق,الرياض,\"يفضل "
        "الاتصال مساءً، بعد ٧\"\n"
        "Sara Al-Qahtani,+971501234567,,sara@example.ae,,\"Horizon, LLC\",Dubai,\"says \"\"call me\"\"\"\n"
        "فاطمة الزهراء,٠٥٠٣٣٣٤٤٤٤,,,,,جدة,\n"));
    const CliRun imported = m_source.run({ "import", "contacts", path, "--json" });
    QVERIFY2(imported.exitCode == 0, imported.describe());
    QCOMPARE(imported.lastJson().value("imported").toInteger(), 3);
    const CliRun stats = m_source.run({ "stats", "--json" });
    m_contacts = stats.lastJson().value("contacts").toInteger();
    QCOMPARE(m_contacts, 43);
}

void tst_CliRoundTrip::roundTrip(const QString &kind, const QString &fileName)
{
    const QString first = m_source.filePath("first-" + fileName);
    const CliRun exported = m_source.run({ "export", kind, first, "--json" });
    QVERIFY2(exported.exitCode == 0, exported.describe());
    const qint64 count = exported.lastJson().value("exported").toInteger();
    QVERIFY(count > 0);

    CliStore fresh;
    QVERIFY(fresh.init());
    const CliRun imported = fresh.run({ "import", kind, first, "--json" });
    QVERIFY2(imported.exitCode == 0, imported.describe());
    QVERIFY2(imported.lastJson().value("errors").toArray().isEmpty(), imported.out.constData());
    QCOMPARE(imported.lastJson().value("imported").toInteger(), count);

    const QString second = fresh.filePath("second-" + fileName);
    const CliRun again = fresh.run({ "export", kind, second });
    QVERIFY2(again.exitCode == 0, again.describe());
    const QByteArray before = readFile(first);
    const QByteArray after = readFile(second);
    QVERIFY(!before.isEmpty());
    // Everything but the creation times first, so a difference there is reported on its own.
    compareLines(withoutTimes(before), withoutTimes(after), "records");
    if (QTest::currentTestFailed())
        return;
    compareLines(before, after, "creation times");
    if (QTest::currentTestFailed())
        return;
    if (kind == u"contacts") // a company's contact count differs: the fresh store holds no contacts
        QCOMPARE(fresh.run({ "list", kind, "--limit", "10000", "--json" }).out,
                 m_source.run({ "list", kind, "--limit", "10000", "--json" }).out);
}

void tst_CliRoundTrip::contactsRoundTrip_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("csv") << QStringLiteral("contacts.csv");
    QTest::newRow("vcard") << QStringLiteral("contacts.vcf");
    QTest::newRow("json") << QStringLiteral("contacts.json");
}

void tst_CliRoundTrip::contactsRoundTrip()
{
    QFETCH(QString, fileName);
    roundTrip("contacts", fileName);
}

void tst_CliRoundTrip::companiesRoundTrip_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("csv") << QStringLiteral("companies.csv");
    QTest::newRow("json") << QStringLiteral("companies.json");
}

void tst_CliRoundTrip::companiesRoundTrip()
{
    QFETCH(QString, fileName);
    roundTrip("companies", fileName);
}

void tst_CliRoundTrip::dealsExport()
{
    const QString json = m_source.filePath("deals.json");
    const CliRun run = m_source.run({ "export", "deals", json, "--json" });
    QVERIFY2(run.exitCode == 0, run.describe());
    const QJsonDocument document = QJsonDocument::fromJson(readFile(json));
    QVERIFY(document.isArray());
    QCOMPARE(document.array().size(), run.lastJson().value("exported").toInteger());
    QCOMPARE(document.array().size(),
             m_source.run({ "stats", "--json" }).lastJson().value("deals").toInteger());
    QCOMPARE(m_source.run({ "export", "deals", m_source.filePath("deals.csv") }).exitCode, 0);
}

void tst_CliRoundTrip::formatOptionOverridesExtension()
{
    const QString path = m_source.filePath("contacts.txt");
    const CliRun run = m_source.run({ "export", "contacts", path, "--format", "vcf" });
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY(readFile(path).startsWith("BEGIN:VCARD"));
}

QTEST_GUILESS_MAIN(tst_CliRoundTrip)
#include "tst_cli_roundtrip.moc"
