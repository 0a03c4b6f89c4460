// Proves CSV files become ImportRecords: Arabic Excel exports (semicolons, BOM, Windows-1256,
// UTF-16), Google and Outlook exports, original line numbers, rows with the wrong field count
// reported without stopping, and fatal problems reported as errors.
#include "csvimportsource.h"
#include "importfield.h"
#include "iotestsupport.h"
#include "testsupport.h"

#include <QTest>

using namespace OmniCrm;
using OmniCrm::Test::fixture;
using OmniCrm::Test::pairs;
using OmniCrm::Test::why;

namespace {

Result<ImportBatch> importBytes(CsvImportSource &source, const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readAll(source, buffer);
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class tst_CsvImportSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void arabicExcelWithSemicolons();
    void windows1256File();
    void utf16File();
    void googleContactsExport();
    void outlookExport();
    void wrongFieldCountIsReportedByLine();
    void unterminatedQuoteStopsWithLine();
    void headerWithoutKnownColumnIsAnError();
    void emptyFileIsAnError();
    void mappingOverridesAndIgnores();
    void companiesImport();
};

void tst_CsvImportSource::arabicExcelWithSemicolons()
{
    CsvImportSource source;
    const auto batch = importBytes(source, fixture(QStringLiteral("arabic_excel.csv")));
    QVERIFY2(batch.ok(), why(batch));
    QCOMPARE(source.encoding(), TextEncoding::Utf8Bom);
    QCOMPARE(source.delimiter(), QChar(u';'));
    QVERIFY(source.columns().unrecognised.isEmpty());
    QCOMPARE(batch->issues.size(), 0);
    QCOMPARE(batch->records.size(), 2); // the row of empty cells is dropped

    const ImportRecord &sara = batch->records.at(0);
    QCOMPARE(sara.line, 2);
    QCOMPARE(sara.value(Field::Name), QStringLiteral("سارة القحطاني"));
    QCOMPARE(sara.all(Field::Mobile),
             (QStringList { QStringLiteral("0551234567"), QStringLiteral("0509876543") }));
    QCOMPARE(sara.value(Field::Email), QStringLiteral("sara@example.sa"));
    QCOMPARE(sara.value(Field::Company), QStringLiteral("مؤسسة القحطاني"));
    QCOMPARE(sara.value(Field::City), QStringLiteral("الرياض"));
    QCOMPARE(sara.value(Field::Notes), QStringLiteral("ملاحظة على\nسطرين; مع فاصلة منقوطة"));
    QCOMPARE(sara.all(Field::Tags), (QStringList { QStringLiteral("عميل مهم"), QStringLiteral("VIP") }));

    const ImportRecord &mohammed = batch->records.at(1);
    QCOMPARE(mohammed.line, 4); // the quoted newline above moved it down one line
    QCOMPARE(pairs(mohammed),
             sorted({ QStringLiteral("name=محمد الغامدي"), QStringLiteral("mobile=+966 50 111 2222"),
                      QStringLiteral("email=m.ghamdi@example.sa"), QStringLiteral("city=جدة") }));
}

void tst_CsvImportSource::windows1256File()
{
    CsvImportSource source;
    const auto batch = importBytes(source, fixture(QStringLiteral("arabic_cp1256.csv")));
    QVERIFY2(batch.ok(), why(batch));
    QCOMPARE(source.encoding(), TextEncoding::Windows1256);
    QCOMPARE(batch->records.size(), 2);
    QCOMPARE(pairs(batch->records.at(1)),
             sorted({ QStringLiteral("name=ريم الحربي"), QStringLiteral("mobile=0561112222"),
                      QStringLiteral("company=مؤسسة الحربي"), QStringLiteral("city=المدينة المنورة") }));
}

void tst_CsvImportSource::utf16File()
{
    const QString text = QStringLiteral("الاسم\tالجوال\r\nفهد\t0551234567\r\n");
    QByteArray bytes("\xFF\xFE");
    bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2); // little-endian host
    CsvImportSource source;
    const auto batch = importBytes(source, bytes);
    QVERIFY2(batch.ok(), why(batch));
    QCOMPARE(source.encoding(), TextEncoding::Utf16LE);
    QCOMPARE(source.delimiter(), QChar(u'\t'));
    QCOMPARE(batch->records.size(), 1);
    QCOMPARE(batch->records.at(0).value(Field::Name), QStringLiteral("فهد"));
}

void tst_CsvImportSource::googleContactsExport()
{
    CsvImportSource source;
    const auto batch = importBytes(source, fixture(QStringLiteral("google_contacts.csv")));
    QVERIFY2(batch.ok(), why(batch));
    QCOMPARE(batch->records.size(), 2);
    QVERIFY(source.columns().unrecognised.contains(QStringLiteral("Phone 1 - Type")));

    const ImportRecord &first = batch->records.at(0);
    QCOMPARE(first.line, 2);
    QCOMPARE(pairs(first),
             sorted({ QStringLiteral("name=عبدالرحمن المطيري"), QStringLiteral("first_name=عبدالرحمن"),
                      QStringLiteral("last_name=المطيري"), QStringLiteral("notes=عميل محتمل، طلب عرض سعر"),
                      QStringLiteral("tags=عملاء"), QStringLiteral("tags=الرياض"),
                      QStringLiteral("email=a.mutairi@example.sa"), QStringLiteral("email=abd@example.com"),
                      QStringLiteral("phone=+966 55 000 1111"), QStringLiteral("phone=011 222 3333"),
                      QStringLiteral("address=حي النرجس\nالرياض"), QStringLiteral("city=الرياض"),
                      QStringLiteral("country=السعودية"), QStringLiteral("company=شركة المطيري"),
                      QStringLiteral("title=مدير مشتريات"),
                      QStringLiteral("website=https://mutairi.example.sa") }));
    QCOMPARE(batch->records.at(1).line, 4);
    QVERIFY(!batch->records.at(1).has(Field::Tags)); // only "* myContacts", a system group
}

void tst_CsvImportSource::outlookExport()
{
    CsvImportSource source;
    const auto batch = importBytes(source, fixture(QStringLiteral("outlook_contacts.csv")));
    QVERIFY2(batch.ok(), why(batch));
    QCOMPARE(batch->records.size(), 1);
    QCOMPARE(pairs(batch->records.at(0)),
             sorted({ QStringLiteral("first_name=Faisal"), QStringLiteral("last_name=Al-Harbi"),
                      QStringLiteral("company=Harbi Holding"), QStringLiteral("title=Sales Director"),
                      QStringLiteral("address=King Abdulaziz Rd"), QStringLiteral("city=Riyadh"),
                      QStringLiteral("country=Saudi Arabia"), QStringLiteral("phone=+966 11 111 1111"),
                      QStringLiteral("phone=+966 11 111 2222"), QStringLiteral("mobile=+966 55 555 5555"),
                      QStringLiteral("email=faisal@harbi.sa"), QStringLiteral("notes=Met at LEAP 2024"),
                      QStringLiteral("tags=Key Account"), QStringLiteral("tags=Riyadh"),
                      QStringLiteral("website=harbi.sa") }));
    QCOMPARE(sorted(source.columns().unrecognised),
             sorted({ QStringLiteral("Title"), QStringLiteral("Middle Name"), QStringLiteral("Suffix"),
                      QStringLiteral("Department") }));
}

void tst_CsvImportSource::wrongFieldCountIsReportedByLine()
{
    CsvImportSource source;
    const auto batch = importBytes(source, "name,phone\nAli,1\nBadr,2,3\nCyrus\n\"Dana\nX\",4,,\nEli,5\n");
    QVERIFY2(batch.ok(), why(batch));
    QCOMPARE(batch->records.size(), 3);
    QCOMPARE(batch->records.at(0).line, 2);
    QCOMPARE(batch->records.at(1).line, 5); // surplus empty cells at the end are tolerated
    QCOMPARE(batch->records.at(1).value(Field::Name), QStringLiteral("Dana\nX"));
    QCOMPARE(batch->records.at(2).line, 7);
    QCOMPARE(batch->issues.size(), 2);
    QCOMPARE(batch->issues.at(0).line, 3);
    QCOMPARE(batch->issues.at(0).code, ErrorCode::Parse);
    QCOMPARE(batch->issues.at(0).detail, QStringLiteral("line 3: expected 2 fields, found 3"));
    QCOMPARE(batch->issues.at(1).line, 4);
}

void tst_CsvImportSource::unterminatedQuoteStopsWithLine()
{
    CsvImportSource source;
    QList<ImportRecord> records;
    QBuffer buffer;
    buffer.setData("name,phone\nAli,1\n\"Badr,2\nCyrus,3\n");
    buffer.open(QIODevice::ReadOnly);
    const Status status = source.read(buffer,
                                      ImportSink { [&records](const ImportRecord &r) {
                                                      records.append(r);
                                                      return true;
                                                  },
                                                   {} });
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, ErrorCode::Parse);
    QCOMPARE(status.error().detail, QStringLiteral("line 3: unterminated quoted field"));
    QCOMPARE(records.size(), 1); // what came before was delivered
}

void tst_CsvImportSource::headerWithoutKnownColumnIsAnError()
{
    CsvImportSource source;
    const auto batch = importBytes(source, "0551234567,Ali\n0559999999,Badr\n");
    QVERIFY(!batch.ok());
    QCOMPARE(batch.error().code, ErrorCode::Parse);
    QVERIFY(batch.error().detail.startsWith(QLatin1String("line 1: no column")));
}

void tst_CsvImportSource::emptyFileIsAnError()
{
    CsvImportSource source;
    const auto batch = importBytes(source, "\xEF\xBB\xBF\r\n\r\n");
    QVERIFY(!batch.ok());
    QCOMPARE(batch.error().code, ErrorCode::Parse);
}

void tst_CsvImportSource::mappingOverridesAndIgnores()
{
    auto mapping = ColumnMapping::fromFile(Test::fixturePath(QStringLiteral("mapping.json")));
    QVERIFY2(mapping.ok(), why(mapping));
    CsvImportSource source(*mapping);
    const QByteArray csv
        = QStringLiteral("الاسم,Phone,رقم العضوية,Internal Code\nهند,0551234567,M-17,X9\n").toUtf8();
    const auto batch = importBytes(source, csv);
    QVERIFY2(batch.ok(), why(batch));
    QCOMPARE(pairs(batch->records.at(0)),
             sorted({ QStringLiteral("name=هند"), QStringLiteral("mobile=0551234567"),
                      QStringLiteral("id=M-17") }));
}

void tst_CsvImportSource::companiesImport()
{
    CsvImportSource source({}, ImportKind::Companies);
    const QByteArray csv
        = QStringLiteral("اسم الشركة;السجل التجاري;القطاع\nشركة الأفق;1010123456;مقاولات\n").toUtf8();
    const auto batch = importBytes(source, csv);
    QVERIFY2(batch.ok(), why(batch));
    QCOMPARE(pairs(batch->records.at(0)),
             sorted({ QStringLiteral("name=شركة الأفق"), QStringLiteral("cr_number=1010123456"),
                      QStringLiteral("industry=مقاولات") }));
}

QTEST_GUILESS_MAIN(tst_CsvImportSource)
#include "tst_csvimportsource.moc"
