// Proves CSV export: UTF-8 with BOM and canonical headers, numbered columns for several
// values, formula-injection guarding that leaves phones and numbers alone, and a lossless
// round trip through CsvImportSource.
#include "csvimportsource.h"
#include "csvwriter.h"
#include "importfield.h"
#include "iotestsupport.h"
#include "testsupport.h"

#include <QTest>

using namespace OmniCrm;
using OmniCrm::Test::pairs;
using OmniCrm::Test::why;

namespace {

ImportRecord record(std::initializer_list<std::pair<QStringView, QString>> values)
{
    ImportRecord r;
    for (const auto &[field, value] : values)
        r.add(field, value);
    return r;
}

QList<ImportRecord> sampleRecords()
{
    return {
        record({ { Field::Name, QStringLiteral("عبدالله \"أبو فهد\" الشمري") },
                 { Field::Mobile, QStringLiteral("+966 55 123 4567") },
                 { Field::Mobile, QStringLiteral("0509876543") },
                 { Field::Phone, QStringLiteral("011-456-7890") },
                 { Field::Email, QStringLiteral("a@example.sa") },
                 { Field::Email, QStringLiteral("b@example.com") },
                 { Field::Company, QStringLiteral("شركة الشمري, للتجارة; المحدودة") },
                 { Field::Notes, QStringLiteral("سطر أول\nسطر ثانٍ, مع \"اقتباس\"; وفاصلة") },
                 { Field::Tags, QStringLiteral("عميل مهم") },
                 { Field::Tags, QStringLiteral("VIP") },
                 { Field::City, QStringLiteral("حائل") } }),
        record({ { Field::Name, QStringLiteral("=HYPERLINK(\"http://evil\",\"click\")") },
                 { Field::Title, QStringLiteral("@SUM(A1:A2)") },
                 { Field::Notes, QStringLiteral("'already quoted") },
                 { Field::Source, QStringLiteral("-campaign") },
                 { Field::Industry, QStringLiteral("+cmd|' /C calc'!A0") },
                 { Field::Phone, QStringLiteral("-5") } }),
        record({ { Field::FirstName, QStringLiteral("Lina") }, { Field::Id, QStringLiteral("42") } }),
    };
}

} // namespace

class tst_CsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnsHoldEveryValue();
    void writesBomHeaderAndQuotes();
    void guardsFormulas_data();
    void guardsFormulas();
    void roundTripIsLossless();
    void tooManyValuesIsAnError();
    void subsetOfColumnsLeavesOthersOut();
};

void tst_CsvWriter::columnsHoldEveryValue()
{
    QCOMPARE(CsvWriter::columnsFor(sampleRecords()),
             (QStringList { "name", "first_name", "company", "title", "mobile", "mobile_2", "phone", "email",
                            "email_2", "city", "notes", "tags", "industry", "source", "id" }));
}

void tst_CsvWriter::writesBomHeaderAndQuotes()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ImportRecord r;
    r.add(Field::Name, QStringLiteral("سارة, \"س\""));
    r.add(Field::Notes, QStringLiteral("a\nb"));
    QVERIFY(CsvWriter::write(buffer, { r }).ok());
    const QByteArray expected = QByteArray("\xEF\xBB\xBF") + "name,notes\r\n"
        + QStringLiteral("\"سارة, \"\"س\"\"\",\"a\nb\"\r\n").toUtf8();
    QCOMPARE(buffer.data(), expected);
}

void tst_CsvWriter::guardsFormulas_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("guarded");
    QTest::newRow("formula") << QStringLiteral("=1+2") << true;
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << true;
    QTest::newRow("plus-command") << QStringLiteral("+cmd|' /C calc'!A0") << true;
    QTest::newRow("minus-formula") << QStringLiteral("-2+3*A1") << true;
    QTest::newRow("tab") << QStringLiteral("\t=1") << true;
    QTest::newRow("fullwidth-equals") << QStringLiteral("＝1+1") << true;
    QTest::newRow("apostrophe") << QStringLiteral("'x") << true;
    QTest::newRow("phone-e164") << QStringLiteral("+966551234567") << false;
    QTest::newRow("phone-spaced") << QStringLiteral("+966 55 123 4567") << false;
    QTest::newRow("phone-parens") << QStringLiteral("+1 (555) 123-4567") << false;
    QTest::newRow("phone-arabic-digits") << QStringLiteral("+٩٦٦٥٥١٢٣٤٥٦٧") << false;
    QTest::newRow("negative-number") << QStringLiteral("-12.5") << false;
    QTest::newRow("plain-text") << QStringLiteral("أحمد") << false;
    QTest::newRow("empty") << QString() << false;
}

void tst_CsvWriter::guardsFormulas()
{
    QFETCH(QString, value);
    QFETCH(bool, guarded);
    QCOMPARE(CsvWriter::needsGuard(value), guarded);
    const QString cell = CsvWriter::guardCell(value);
    QCOMPARE(cell, guarded ? QLatin1Char('\'') + value : value);
    QCOMPARE(CsvWriter::unguardCell(cell), value);
}

void tst_CsvWriter::roundTripIsLossless()
{
    const QList<ImportRecord> records = sampleRecords();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Status written = CsvWriter::write(buffer, records);
    QVERIFY2(written.ok(), why(written));
    QVERIFY(!buffer.data().contains("\n=HYPERLINK")); // the formula was defused in the file
    buffer.close();

    buffer.open(QIODevice::ReadOnly);
    CsvImportSource source;
    const auto batch = readAll(source, buffer);
    QVERIFY2(batch.ok(), why(batch));
    QVERIFY(source.columns().unrecognised.isEmpty());
    QCOMPARE(batch->issues.size(), 0);
    QCOMPARE(batch->records.size(), records.size());
    for (qsizetype i = 0; i < records.size(); ++i)
        QCOMPARE(pairs(batch->records.at(i)), pairs(records.at(i)));
}

void tst_CsvWriter::tooManyValuesIsAnError()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer);
    QVERIFY(writer.writeHeader({ QStringLiteral("name"), QStringLiteral("mobile") }).ok());
    ImportRecord r;
    r.add(Field::Mobile, QStringLiteral("1"));
    r.add(Field::Mobile, QStringLiteral("2"));
    const Status status = writer.writeRecord(r);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(status.error().field, QStringLiteral("mobile"));
}

void tst_CsvWriter::subsetOfColumnsLeavesOthersOut()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriterOptions options;
    options.byteOrderMark = false;
    options.delimiter = QLatin1Char(';');
    CsvWriter writer(buffer, options);
    QVERIFY(writer.writeHeader({ QStringLiteral("name"), QStringLiteral("email") }).ok());
    ImportRecord r;
    r.add(Field::Name, QStringLiteral("عبدالله \"أبو فهد\""));
    r.add(Field::Phone, QStringLiteral("0114567890")); // no column: left out
    r.add(Field::Email, QStringLiteral("a@example.sa"));
    QVERIFY(writer.writeRecord(r).ok());
    QCOMPARE(buffer.data(),
             QStringLiteral("name;email\r\n\"عبدالله \"\"أبو فهد\"\"\";a@example.sa\r\n").toUtf8());
}

QTEST_GUILESS_MAIN(tst_CsvWriter)
#include "tst_csvwriter.moc"
