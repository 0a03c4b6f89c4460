// Proves vCard import: 3.0 and 4.0 files with several contacts, folding (space and tab),
// escapes, several TEL/EMAIL, tel: URIs, 2.1 QUOTED-PRINTABLE with soft breaks and CHARSET,
// Windows-1256 bytes, per-card problems reported by line, and fatal errors named by line.
#include "importfield.h"
#include "iotestsupport.h"
#include "testsupport.h"
#include "vcardreader.h"

#include <QTest>

using namespace OmniCrm;
using OmniCrm::Test::fixture;
using OmniCrm::Test::pairs;
using OmniCrm::Test::why;

namespace {

Result<ImportBatch> readBytes(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    VCardReader reader;
    return readAll(reader, buffer);
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class tst_VCardReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsVersion3();
    void readsVersion4();
    void readsVersion21QuotedPrintable();
    void readsWindows1256Cards();
    void readsUtf16File();
    void beginWithoutEndNamesTheLine();
    void rejectsWhatIsNotAVCard_data();
    void rejectsWhatIsNotAVCard();
};

void tst_VCardReader::readsVersion3()
{
    const auto batch = readBytes(fixture(QStringLiteral("contacts_v3.vcf")));
    QVERIFY2(batch.ok(), why(batch));
    QCOMPARE(batch->records.size(), 3);

    const ImportRecord &ahmed = batch->records.at(0);
    QCOMPARE(ahmed.line, 1);
    QCOMPARE(pairs(ahmed),
             sorted({
                 QStringLiteral("name=أحمد بن علي العتيبي"),
                 QStringLiteral("last_name=العتيبي"),
                 QStringLiteral("first_name=أحمد"),
                 QStringLiteral("company=شركة الرياض للتقنية"),
                 QStringLiteral("title=مدير المبيعات"),
                 QStringLiteral("mobile=+966 55 123 4567"),
                 QStringLiteral("mobile=0501112222"),
                 QStringLiteral("phone=011 456 7890"),
                 QStringLiteral("email=ahmed@riyadh-tech.sa"),
                 QStringLiteral("email=sales@riyadh-tech.sa"),
                 QStringLiteral("address=طريق الملك فهد, حي العليا, 12211"),
                 QStringLiteral("city=الرياض"),
                 QStringLiteral("country=المملكة العربية السعودية"),
                 QStringLiteral("website=https://riyadh-tech.sa"),
                 QStringLiteral(
                     "notes=يفضل التواصل عبر واتساب\nبعد الساعة 4 مساءً; لا يرد صباحًا, عادةً. مسار C:\\crm"),
                 QStringLiteral("tags=عميل مهم"),
                 QStringLiteral("tags=الرياض"),
                 QStringLiteral("id=urn:uuid:0b6f8c1e-3c52-4d6e-9d3b-2f1c7a9e5d10"),
             }));

    const ImportRecord &sarah = batch->records.at(1);
    QCOMPARE(sarah.line, 20);
    QCOMPARE(sarah.value(Field::Phone), QStringLiteral("+971 4 123 4567"));
    QCOMPARE(sarah.value(Field::Notes),
             QStringLiteral(
                 "A very long note that goes well past seventy-five octets so that the exporter had to "
                 "fold it onto a second line, and then a third one when it kept going with a tab fold."));

    const ImportRecord &khalid = batch->records.at(2);
    QCOMPARE(khalid.line, 35);
    QCOMPARE(pairs(khalid),
             sorted({ QStringLiteral("name=خالد الدوسري"), QStringLiteral("mobile=+966 50 999 8888"),
                      QStringLiteral("email=khalid@example.com") }));

    QCOMPARE(batch->issues.size(), 1); // the card with only a NOTE
    QCOMPARE(batch->issues.at(0).line, 31);
    QVERIFY(batch->issues.at(0).detail.startsWith(QLatin1String("line 31: ")));
}

void tst_VCardReader::readsVersion4()
{
    const auto batch = readBytes(fixture(QStringLiteral("contacts_v4.vcf")));
    QVERIFY2(batch.ok(), why(batch));
    QCOMPARE(batch->issues.size(), 0);
    QCOMPARE(batch->records.size(), 2);
    QCOMPARE(pairs(batch->records.at(0)),
             sorted({ QStringLiteral("name=نورة الشهري"), QStringLiteral("last_name=الشهري"),
                      QStringLiteral("first_name=نورة"), QStringLiteral("mobile=+966551234567"),
                      QStringLiteral("phone=+966126543210"), QStringLiteral("email=noura@jeddah-trading.sa"),
                      QStringLiteral("email=noura.sh@example.com"), QStringLiteral("address=شارع التحلية"),
                      QStringLiteral("city=جدة"), QStringLiteral("country=السعودية"),
                      QStringLiteral("tags=VIP"), QStringLiteral("tags=جدة"),
                      QStringLiteral("id=urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1") }));
    QCOMPARE(batch->records.at(1).line, 15);
    QCOMPARE(batch->records.at(1).value(Field::Company), QStringLiteral("مؤسسة النخبة للمقاولات"));
    QCOMPARE(batch->records.at(1).value(Field::Phone), QStringLiteral("+966112223344"));
}

void tst_VCardReader::readsVersion21QuotedPrintable()
{
    const auto batch = readBytes(fixture(QStringLiteral("contacts_v21_qp.vcf")));
    QVERIFY2(batch.ok(), why(batch));
    QCOMPARE(batch->records.size(), 1);
    QCOMPARE(pairs(batch->records.at(0)),
             sorted({ QStringLiteral("name=محمد عبدالله القحطاني"), QStringLiteral("last_name=القحطاني"),
                      QStringLiteral("first_name=محمد"), QStringLiteral("mobile=0551234567"),
                      QStringLiteral("phone=0114567890"), QStringLiteral("email=mohammed@example.com"),
                      QStringLiteral("notes=line one\nline two") }));
}

void tst_VCardReader::readsWindows1256Cards()
{
    const auto batch = readBytes(fixture(QStringLiteral("contacts_v21_cp1256.vcf")));
    QVERIFY2(batch.ok(), why(batch));
    QCOMPARE(batch->records.size(), 2);
    QCOMPARE(batch->records.at(0).value(Field::Name), QStringLiteral("فهد السبيعي")); // CHARSET + QP
    QCOMPARE(batch->records.at(1).value(Field::Name), QStringLiteral("ريم الحربي")); // raw bytes, no CHARSET
    QCOMPARE(batch->records.at(1).value(Field::Phone), QStringLiteral("0112345678"));
}

void tst_VCardReader::readsUtf16File()
{
    const QString text
        = QStringLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:هند\r\nEMAIL:hind@example.sa\r\nEND:VCARD\r\n");
    QByteArray bytes("\xFF\xFE");
    bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const auto batch = readBytes(bytes);
    QVERIFY2(batch.ok(), why(batch));
    QCOMPARE(batch->records.size(), 1);
    QCOMPARE(batch->records.at(0).value(Field::Name), QStringLiteral("هند"));
}

void tst_VCardReader::beginWithoutEndNamesTheLine()
{
    QBuffer buffer;
    buffer.setData(fixture(QStringLiteral("missing_end.vcf")));
    buffer.open(QIODevice::ReadOnly);
    VCardReader reader;
    QList<ImportRecord> records;
    const Status status = reader.read(buffer,
                                      ImportSink { [&records](const ImportRecord &r) {
                                                      records.append(r);
                                                      return true;
                                                  },
                                                   {} });
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, ErrorCode::Parse);
    QCOMPARE(status.error().detail, QStringLiteral("line 6: BEGIN:VCARD without END:VCARD"));
    QCOMPARE(records.size(), 1);

    // A second BEGIN before the END is the same mistake.
    const auto nested = readBytes("BEGIN:VCARD\nFN:A\nBEGIN:VCARD\nFN:B\nEND:VCARD\n");
    QVERIFY(!nested.ok());
    QCOMPARE(nested.error().detail, QStringLiteral("line 1: BEGIN:VCARD without END:VCARD"));
}

void tst_VCardReader::rejectsWhatIsNotAVCard_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("csv") << QByteArray("name,phone\nAli,055\n") << ErrorCode::Parse;
    QTest::newRow("empty") << QByteArray() << ErrorCode::Parse;
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) << ErrorCode::Encoding;
}

void tst_VCardReader::rejectsWhatIsNotAVCard()
{
    QFETCH(QByteArray, bytes);
    QFETCH(ErrorCode, code);
    const auto batch = readBytes(bytes);
    QVERIFY(!batch.ok());
    QCOMPARE(batch.error().code, code);
}

QTEST_GUILESS_MAIN(tst_VCardReader)
#include "tst_vcardreader.moc"
