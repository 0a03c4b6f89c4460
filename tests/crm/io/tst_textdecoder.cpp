// Proves encoding detection for imported text: BOMs, UTF-8 without BOM, UTF-16 with and
// without BOM, Windows-1256 (checked byte for byte against ICU), decisions that survive any
// chunking, and refusal of binary data and broken UTF-8.
#include "testsupport.h"
#include "textdecoder.h"

#include <QTest>

#include <unicode/ucnv.h>

using namespace OmniCrm;
using OmniCrm::Test::why;

namespace {

QByteArray icuEncode(const QString &text, const char *codepage)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(codepage, &status);
    QByteArray out(text.size() * 4 + 16, '\0');
    const int32_t n
        = ucnv_fromUChars(converter, out.data(), int32_t(out.size()),
                          reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()), &status);
    ucnv_close(converter);
    if (U_FAILURE(status))
        qFatal("ICU could not encode to %s", codepage);
    out.truncate(n);
    return out;
}

QByteArray utf16(const QString &text, bool littleEndian, bool bom)
{
    QByteArray out;
    if (bom)
        out.append(littleEndian ? "\xFF\xFE" : "\xFE\xFF");
    for (const QChar c : text) {
        const char lo = char(c.unicode() & 0xFF), hi = char(c.unicode() >> 8);
        out.append(littleEndian ? lo : hi);
        out.append(littleEndian ? hi : lo);
    }
    return out;
}

// Feeds `bytes` in chunks of `chunk` bytes, as a reader would.
Status decodeAll(TextDecoder &decoder, const QByteArray &bytes, qsizetype chunk, QString &out)
{
    for (qsizetype pos = 0; pos < bytes.size(); pos += chunk)
        OMNICRM_TRY(decoder.decode(QByteArrayView(bytes.constData() + pos, qMin(chunk, bytes.size() - pos)),
                                   false, out));
    return decoder.decode(QByteArrayView(), true, out);
}

const QString arabicCsv
    = QStringLiteral("الاسم,الجوال\r\nسارة القحطاني,0551234567\r\nمحمد,+966 50 111 2222\r\n");

} // namespace

class tst_TextDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectsEncoding_data();
    void detectsEncoding();
    void windows1256TableMatchesIcu();
    void decidesOnFirstNonAsciiByteFarIntoTheFile();
    void rejectsBinary_data();
    void rejectsBinary();
    void invalidUtf8AfterDetectionIsAnError();
    void truncatedUtf8AtEndIsAnError();
    void forcedEncodingWins();
};

void tst_TextDecoder::detectsEncoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TextEncoding>("encoding");
    QTest::addColumn<QString>("text");

    const QString ascii = QStringLiteral("name,phone\r\nAhmed,0551234567\r\nSara,0509876543\r\n");
    QTest::newRow("utf8-bom") << (QByteArray("\xEF\xBB\xBF") + arabicCsv.toUtf8()) << TextEncoding::Utf8Bom
                              << arabicCsv;
    QTest::newRow("utf8-no-bom") << arabicCsv.toUtf8() << TextEncoding::Utf8 << arabicCsv;
    QTest::newRow("ascii-reads-as-utf8") << ascii.toUtf8() << TextEncoding::Utf8 << ascii;
    QTest::newRow("windows-1256") << icuEncode(arabicCsv, "windows-1256") << TextEncoding::Windows1256
                                  << arabicCsv;
    QTest::newRow("utf16le-bom") << utf16(arabicCsv, true, true) << TextEncoding::Utf16LE << arabicCsv;
    QTest::newRow("utf16be-bom") << utf16(arabicCsv, false, true) << TextEncoding::Utf16BE << arabicCsv;
    QTest::newRow("utf16le-no-bom") << utf16(ascii, true, false) << TextEncoding::Utf16LE << ascii;
    QTest::newRow("utf16be-no-bom") << utf16(ascii, false, false) << TextEncoding::Utf16BE << ascii;
    QTest::newRow("empty") << QByteArray() << TextEncoding::Utf8 << QString();
}

void tst_TextDecoder::detectsEncoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(TextEncoding, encoding);
    QFETCH(QString, text);
    for (const qsizetype chunk :
         { qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(7), qsizetype(1 << 20) }) {
        TextDecoder decoder;
        QString out;
        const Status status = decodeAll(decoder, bytes, chunk, out);
        QVERIFY2(status.ok(), why(status));
        QCOMPARE(decoder.effectiveEncoding(), encoding);
        QCOMPARE(out, text);
    }
}

void tst_TextDecoder::windows1256TableMatchesIcu()
{
    for (int byte = 0x80; byte <= 0xFF; ++byte) {
        const char c = char(byte);
        UErrorCode status = U_ZERO_ERROR;
        UConverter *converter = ucnv_open("windows-1256", &status);
        UChar expected[4] = {};
        const int32_t n = ucnv_toUChars(converter, expected, 4, &c, 1, &status);
        ucnv_close(converter);
        QVERIFY(U_SUCCESS(status));
        QCOMPARE(n, 1);
        QCOMPARE(TextDecoder::fromWindows1256(QByteArrayView(&c, 1)), QString(QChar(expected[0])));
    }
}

void tst_TextDecoder::decidesOnFirstNonAsciiByteFarIntoTheFile()
{
    // 200 KB of ASCII rows, then Arabic in Windows-1256: the choice is made on the late bytes.
    QString text;
    for (int i = 0; i < 5000; ++i)
        text += QStringLiteral("Customer %1,0550000000,Riyadh\r\n").arg(i);
    text += QStringLiteral("عبدالله,0551234567,الرياض\r\n");
    TextDecoder decoder;
    QString out;
    QVERIFY(decodeAll(decoder, icuEncode(text, "windows-1256"), 64 * 1024, out).ok());
    QCOMPARE(decoder.encoding(), TextEncoding::Windows1256);
    QCOMPARE(out, text);
}

void tst_TextDecoder::rejectsBinary_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("detail");
    QByteArray png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10", 24);
    QTest::newRow("png") << png << QStringLiteral("NUL");
    QTest::newRow("xlsx") << QByteArray("PK\x03\x04\x14\0\x06\0", 8) << QStringLiteral("xlsx");
    QTest::newRow("pdf") << QByteArray("%PDF-1.7\n") << QStringLiteral("PDF");
    QByteArray noise;
    for (int i = 0; i < 4096; ++i)
        noise.append(char((i * 7919 + 13) % 255 + 1)); // every byte value but NUL
    QTest::newRow("control-noise") << noise << QStringLiteral("control");
}

void tst_TextDecoder::rejectsBinary()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, detail);
    TextDecoder decoder;
    QString out;
    const Status status = decodeAll(decoder, bytes, 1 << 20, out);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, ErrorCode::Encoding);
    QVERIFY2(status.error().detail.contains(detail), qPrintable(status.error().detail));
}

void tst_TextDecoder::invalidUtf8AfterDetectionIsAnError()
{
    const QByteArray good = QStringLiteral("الاسم\nأحمد\n").toUtf8();
    TextDecoder decoder;
    QString out;
    QVERIFY(decoder.decode(good, false, out).ok());
    QCOMPARE(decoder.encoding(), TextEncoding::Utf8);
    const Status status = decoder.decode(QByteArray("ok\n\xE1\xC7\n"), true, out);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, ErrorCode::Encoding);
    QCOMPARE(out, QStringLiteral("الاسم\nأحمد\nok\n")); // the valid text before the problem
}

void tst_TextDecoder::truncatedUtf8AtEndIsAnError()
{
    const QByteArray bytes = QStringLiteral("أحمد").toUtf8().chopped(1);
    TextDecoder decoder(TextEncoding::Utf8);
    QString out;
    const Status status = decoder.decode(bytes, true, out);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, ErrorCode::Encoding);
}

void tst_TextDecoder::forcedEncodingWins()
{
    // Valid UTF-8 bytes read as Windows-1256 when the caller says so.
    const QByteArray bytes = QStringLiteral("é").toUtf8();
    TextDecoder decoder(TextEncoding::Windows1256);
    QString out;
    QVERIFY(decoder.decode(bytes, true, out).ok());
    QCOMPARE(out, TextDecoder::fromWindows1256(bytes));
    QCOMPARE(decoder.encoding(), TextEncoding::Windows1256);
}

QTEST_GUILESS_MAIN(tst_TextDecoder)
#include "tst_textdecoder.moc"
