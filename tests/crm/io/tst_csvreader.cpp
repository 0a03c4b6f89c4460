// Proves the RFC 4180 reader: quoting, delimiter detection (comma, semicolon, TAB), line
// numbers that stay right across quoted newlines, identical results for any chunking,
// precise errors for broken input, and the speed of a 100,000-row file.
#include "csvreader.h"
#include "testsupport.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QTest>

using namespace OmniCrm;
using OmniCrm::Test::why;

using Rows = QList<QStringList>;

namespace {

Result<QList<CsvRow>> parse(const QByteArray &bytes, CsvOptions options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(options);
    return reader.readAll(buffer);
}

} // namespace

class tst_CsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsRows_data();
    void readsRows();
    void detectsDelimiter_data();
    void detectsDelimiter();
    void unterminatedQuoteNamesItsLine();
    void overlongFieldIsAnError();
    void invalidBytesAreReportedWithLine();
    void handlerCanStop();
    void reportsEncodingAndDelimiter();
    void reads100kRowsQuickly();
};

void tst_CsvReader::readsRows_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<QList<int>>("lines");

    const QString arabicName = QStringLiteral("سارة");
    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << QChar(u',')
                           << Rows { { "a", "b", "c" }, { "1", "2", "3" } } << QList<int> { 1, 2 };
    QTest::newRow("semicolon-arabic")
        << QStringLiteral("الاسم;الجوال\r\nسارة;055\r\n").toUtf8() << QChar(u';')
        << Rows { { QStringLiteral("الاسم"), QStringLiteral("الجوال") },
                  { arabicName, QStringLiteral("055") } }
        << QList<int> { 1, 2 };
    QTest::newRow("tab") << QByteArray("name\tphone\nAli, Jr.\t055\n") << QChar(u'\t')
                         << Rows { { "name", "phone" }, { "Ali, Jr.", "055" } } << QList<int> { 1, 2 };
    QTest::newRow("quoted-delimiter-and-quotes")
        << QByteArray("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n") << QChar(u',')
        << Rows { { "a", "b" }, { "x, y", "say \"hi\"" } } << QList<int> { 1, 2 };
    QTest::newRow("quoted-newlines-keep-line-numbers")
        << QByteArray("a,b\n\"one\ntwo\nthree\",x\nnext,y\n\"p\r\nq\",z\r\nlast,w\n") << QChar(u',')
        << Rows { { "a", "b" },
                  { "one\ntwo\nthree", "x" },
                  { "next", "y" },
                  { "p\nq", "z" },
                  { "last", "w" } }
        << QList<int> { 1, 2, 5, 6, 8 };
    QTest::newRow("crlf-and-lone-cr")
        << QByteArray("a,b\r\n1,2\r3,4\r\n") << QChar(u',')
        << Rows { { "a", "b" }, { "1", "2" }, { "3", "4" } } << QList<int> { 1, 2, 3 };
    QTest::newRow("trailing-empty-lines") << QByteArray("a,b\n1,2\n\n\r\n\n") << QChar(u',')
                                          << Rows { { "a", "b" }, { "1", "2" } } << QList<int> { 1, 2 };
    QTest::newRow("blank-line-inside") << QByteArray("a,b\n\n1,2\n") << QChar(u',')
                                       << Rows { { "a", "b" }, { "1", "2" } } << QList<int> { 1, 3 };
    QTest::newRow("no-final-newline-empty-last-field")
        << QByteArray("a,b,c\n1,2,") << QChar(u',') << Rows { { "a", "b", "c" }, { "1", "2", "" } }
        << QList<int> { 1, 2 };
    QTest::newRow("quoted-empty-and-quote-at-eof")
        << QByteArray("a,b\n\"\",\"end\"") << QChar(u',') << Rows { { "a", "b" }, { "", "end" } }
        << QList<int> { 1, 2 };
    QTest::newRow("stray-quote-kept") << QByteArray("a,b\n5\" pipe,2\n") << QChar(u',')
                                      << Rows { { "a", "b" }, { "5\" pipe", "2" } } << QList<int> { 1, 2 };
    QTest::newRow("wrong-field-count-is-still-a-row")
        << QByteArray("a,b\n1,2,3\n4\n") << QChar(u',') << Rows { { "a", "b" }, { "1", "2", "3" }, { "4" } }
        << QList<int> { 1, 2, 3 };
    QTest::newRow("bom-utf8") << QByteArray("\xEF\xBB\xBF"
                                            "a;b\n1;2\n")
                              << QChar(u';') << Rows { { "a", "b" }, { "1", "2" } } << QList<int> { 1, 2 };
}

void tst_CsvReader::readsRows()
{
    QFETCH(QByteArray, input);
    QFETCH(QChar, delimiter);
    QFETCH(Rows, rows);
    QFETCH(QList<int>, lines);

    // Every lookahead must survive a chunk boundary: the same rows whatever the chunk size.
    for (const qint64 chunk : { qint64(1), qint64(2), qint64(3), qint64(5), qint64(256 * 1024) }) {
        CsvOptions options;
        options.chunkSize = chunk;
        QBuffer buffer;
        buffer.setData(input);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(options);
        const auto result = reader.readAll(buffer);
        QVERIFY2(result.ok(), why(result));
        QCOMPARE(reader.delimiter(), delimiter);
        Rows gotRows;
        QList<int> gotLines;
        for (const CsvRow &row : *result) {
            gotRows.append(row.fields);
            gotLines.append(row.line);
        }
        QCOMPARE(gotRows, rows);
        QCOMPARE(gotLines, lines);
    }
}

void tst_CsvReader::detectsDelimiter_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("comma") << QStringLiteral("a,b,c\n1,2,3\n") << QChar(u',');
    QTest::newRow("semicolon-with-decimal-commas")
        << QStringLiteral("name;amount\nAli;1,5\nSara;2,75\n") << QChar(u';');
    QTest::newRow("tab-with-commas-in-text")
        << QStringLiteral("name\tnote\nAli\tyes, later\n") << QChar(u'\t');
    QTest::newRow("quoted-semicolons-dont-count") << QStringLiteral("a,b\n\"x;y;z\",1\n") << QChar(u',');
    QTest::newRow("header-only-semicolon") << QStringLiteral("الاسم;الجوال;المدينة") << QChar(u';');
    QTest::newRow("single-column-defaults-to-comma") << QStringLiteral("name\nAli\n") << QChar(u',');
}

void tst_CsvReader::detectsDelimiter()
{
    QFETCH(QString, sample);
    QFETCH(QChar, delimiter);
    QCOMPARE(CsvReader::detectDelimiter(sample), delimiter);
}

void tst_CsvReader::unterminatedQuoteNamesItsLine()
{
    const auto result = parse("a,b\n1,2\n3,\"open\n4,5\n6,7\n");
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Parse);
    QCOMPARE(result.error().detail, QStringLiteral("line 3: unterminated quoted field"));
}

void tst_CsvReader::overlongFieldIsAnError()
{
    CsvOptions options;
    options.maxFieldLength = 10;
    const auto result = parse("a,b\n\"0123456789abc\",1\n", options);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Parse);
    QVERIFY(result.error().detail.startsWith(QLatin1String("line 2:")));
}

void tst_CsvReader::invalidBytesAreReportedWithLine()
{
    // UTF-8 decided on line 2, then a lone Windows-1256 byte on line 4.
    CsvOptions options;
    options.chunkSize = 16;
    const QByteArray bytes = QStringLiteral("a,b\nأحمد,1\nx,2\ny,").toUtf8() + "\xE1\n";
    const auto result = parse(bytes, options);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Encoding);
    QVERIFY2(result.error().detail.startsWith(QLatin1String("line 4: ")), qPrintable(result.error().detail));
}

void tst_CsvReader::handlerCanStop()
{
    QBuffer buffer;
    buffer.setData("a\n1\n2\n3\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader;
    int seen = 0;
    const Status status = reader.read(buffer, [&seen](const CsvRow &) { return ++seen < 2; });
    QVERIFY(status.ok());
    QCOMPARE(seen, 2);
}

void tst_CsvReader::reportsEncodingAndDelimiter()
{
    QBuffer buffer;
    buffer.setData(QByteArray("\xEF\xBB\xBF") + QStringLiteral("الاسم\tالجوال\nسارة\t055\n").toUtf8());
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader;
    QVERIFY(reader.readAll(buffer).ok());
    QCOMPARE(reader.encoding(), TextEncoding::Utf8Bom);
    QCOMPARE(reader.delimiter(), QChar(u'\t'));
}

void tst_CsvReader::reads100kRowsQuickly()
{
    QByteArray bytes = "name,mobile,email,company,city,title,tags,notes\r\n";
    bytes.reserve(12 * 1024 * 1024);
    const QByteArray arabicName = QStringLiteral("عبدالله بن محمد القحطاني").toUtf8();
    const QByteArray arabicCity = QStringLiteral("الرياض").toUtf8();
    for (int i = 0; i < 100000; ++i) {
        bytes += arabicName + ' ' + QByteArray::number(i) + ",+96655" + QByteArray::number(1000000 + i)
            + ",user" + QByteArray::number(i) + "@example.sa,Company " + QByteArray::number(i % 977) + ","
            + arabicCity + ",Sales Manager,\"vip, riyadh\",\"note with \"\"quotes\"\" and, commas\"\r\n";
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader;
    qint64 rows = 0;
    qint64 fields = 0;
    QElapsedTimer timer;
    timer.start();
    const Status status = reader.read(buffer, [&](const CsvRow &row) {
        ++rows;
        fields += row.fields.size();
        return true;
    });
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(status.ok(), why(status));
    QCOMPARE(rows, 100001);
    QCOMPARE(fields, 100001 * 8);
    qInfo("parsed 100,000 rows x 8 fields (%.1f MB) in %lld ms", double(bytes.size()) / 1e6, elapsed);
    // Release builds take well under 0.5 s; the bound leaves room for Debug and sanitizers.
    QVERIFY2(elapsed < 5000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_csvreader.moc"
