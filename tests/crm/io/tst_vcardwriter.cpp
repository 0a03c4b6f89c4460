// Proves vCard export: escaping, folding at 75 octets that never splits a UTF-8 character,
// and a round trip through VCardReader that keeps every value in 3.0 and 4.0.
#include "importfield.h"
#include "iotestsupport.h"
#include "testsupport.h"
#include "vcardreader.h"
#include "vcardwriter.h"

#include <QStringDecoder>
#include <QTest>

using namespace OmniCrm;
using OmniCrm::Test::pairs;
using OmniCrm::Test::why;

namespace {

QList<ImportRecord> sampleRecords()
{
    ImportRecord a;
    a.add(Field::Name, QStringLiteral("عبدالعزيز بن سلمان آل سعود الشمري القحطاني الدوسري العتيبي"));
    a.add(Field::FirstName, QStringLiteral("عبدالعزيز"));
    a.add(Field::LastName, QStringLiteral("الشمري"));
    a.add(Field::Company, QStringLiteral("شركة; الأفق, للتجارة"));
    a.add(Field::Title, QStringLiteral("مدير عام"));
    a.add(Field::Mobile, QStringLiteral("+966551234567"));
    a.add(Field::Mobile, QStringLiteral("055 987 6543"));
    a.add(Field::Phone, QStringLiteral("+966114567890"));
    a.add(Field::Email, QStringLiteral("aziz@ofoq.sa"));
    a.add(Field::Email, QStringLiteral("ceo@ofoq.sa"));
    a.add(Field::Address, QStringLiteral("طريق الملك فهد, حي العليا"));
    a.add(Field::City, QStringLiteral("الرياض"));
    a.add(Field::Country, QStringLiteral("السعودية"));
    a.add(Field::Website, QStringLiteral("https://ofoq.example.sa/ar?x=1&y=2"));
    a.add(Field::Notes,
          QStringLiteral("ملاحظة طويلة جدًا تتجاوز خمسة وسبعين بايت بكثير، فيها فاصلة, وفاصلة منقوطة; "
                         "وشرطة مائلة \\ وسطر جديد\nثم سطر آخر 😀 مع رمز تعبيري"));
    a.add(Field::Tags, QStringLiteral("عميل مهم"));
    a.add(Field::Tags, QStringLiteral("a,b"));
    a.add(Field::Id, QStringLiteral("0192f3a4-7b7c-7d2e-9f10-1234567890ab"));
    a.add(Field::Industry, QStringLiteral("مقاولات"));
    a.add(Field::Source, QStringLiteral("معرض LEAP"));
    a.add(Field::CreatedAt, QStringLiteral("2024-03-05T10:00:00Z"));

    ImportRecord b;
    b.add(Field::Name, QStringLiteral("John Smith"));
    b.add(Field::Name, QStringLiteral("جون سميث"));
    b.add(Field::Phone, QStringLiteral("+1 (555) 123-4567"));
    b.add(Field::City, QStringLiteral("Dubai"));
    b.add(Field::City, QStringLiteral("Abu Dhabi"));
    b.add(Field::VatNumber, QStringLiteral("300000000000003"));
    return { a, b };
}

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8);
    (void)decoder.decode(bytes);
    return !decoder.hasError();
}

} // namespace

class tst_VCardWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foldsWithoutSplittingCharacters_data();
    void foldsWithoutSplittingCharacters();
    void escapesText();
    void writesExpectedCard();
    void roundTrip_data();
    void roundTrip();
    void namelessRecordGetsAFormattedName();
};

void tst_VCardWriter::foldsWithoutSplittingCharacters_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("short") << QStringLiteral("FN:Ali");
    QTest::newRow("ascii") << QStringLiteral("NOTE:") + QString(300, QLatin1Char('x'));
    QTest::newRow("arabic-2-byte") << QStringLiteral("NOTE:") + QString(200, QChar(0x0639));
    QTest::newRow("odd-offset-arabic") << QStringLiteral("NOTE:x") + QString(200, QChar(0x0639));
    QTest::newRow("emoji-4-byte") << QStringLiteral("NOTE:ab") + QStringLiteral("😀").repeated(50);
    QTest::newRow("cjk-3-byte") << QStringLiteral("NOTE:") + QString(100, QChar(0x4E2D));
}

void tst_VCardWriter::foldsWithoutSplittingCharacters()
{
    QFETCH(QString, line);
    const QByteArray folded = VCardWriter::fold(line.toUtf8());
    const QList<QByteArray> lines = folded.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray physical = lines.at(i);
        if (physical.endsWith('\r'))
            physical.chop(1);
        QVERIFY2(physical.size() <= 75, physical.constData());
        if (i > 0)
            QVERIFY(physical.startsWith(' '));
        const QByteArray content = i > 0 ? physical.mid(1) : physical;
        QVERIFY2(isValidUtf8(content), "a fold split a UTF-8 character");
    }
    QCOMPARE(QString::fromUtf8(QByteArray(folded).replace("\r\n ", "")), line);
}

void tst_VCardWriter::escapesText()
{
    QCOMPARE(VCardWriter::escape(u"a\\b,c;d\ne\r\nf"), QStringLiteral("a\\\\b\\,c\\;d\\ne\\nf"));
}

void tst_VCardWriter::writesExpectedCard()
{
    ImportRecord r;
    r.add(Field::Name, QStringLiteral("سارة"));
    r.add(Field::Mobile, QStringLiteral("+966551234567"));
    r.add(Field::Phone, QStringLiteral("011 456"));
    r.add(Field::Email, QStringLiteral("s@example.sa"));
    QCOMPARE(QString::fromUtf8(VCardWriter(VCardVersion::V4_0).card(r)),
             QStringLiteral(
                 "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:سارة\r\nTEL;VALUE=uri;TYPE=cell:tel:+966551234567\r\n"
                 "TEL;VALUE=text;TYPE=voice:011 456\r\nEMAIL:s@example.sa\r\nEND:VCARD\r\n"));
    QCOMPARE(
        QString::fromUtf8(VCardWriter(VCardVersion::V3_0).card(r)),
        QStringLiteral("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:سارة\r\nN:;;;;\r\nTEL;TYPE=CELL:+966551234567\r\n"
                       "TEL;TYPE=VOICE:011 456\r\nEMAIL;TYPE=INTERNET:s@example.sa\r\nEND:VCARD\r\n"));
}

void tst_VCardWriter::roundTrip_data()
{
    QTest::addColumn<VCardVersion>("version");
    QTest::newRow("4.0") << VCardVersion::V4_0;
    QTest::newRow("3.0") << VCardVersion::V3_0;
}

void tst_VCardWriter::roundTrip()
{
    QFETCH(VCardVersion, version);
    const QList<ImportRecord> records = sampleRecords();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(VCardWriter(version).write(buffer, records).ok());
    for (const QByteArray &physical : buffer.data().split('\n'))
        QVERIFY2(physical.size() <= 76, physical.constData()); // 75 octets + CR
    buffer.close();

    buffer.open(QIODevice::ReadOnly);
    VCardReader reader;
    const auto batch = readAll(reader, buffer);
    QVERIFY2(batch.ok(), why(batch));
    QCOMPARE(batch->issues.size(), 0);
    QCOMPARE(batch->records.size(), records.size());
    for (qsizetype i = 0; i < records.size(); ++i)
        QCOMPARE(pairs(batch->records.at(i)), pairs(records.at(i)));
}

void tst_VCardWriter::namelessRecordGetsAFormattedName()
{
    ImportRecord r;
    r.add(Field::Company, QStringLiteral("مؤسسة النخبة"));
    const QByteArray card = VCardWriter().card(r);
    QVERIFY(card.contains(QStringLiteral("FN:مؤسسة النخبة\r\n").toUtf8()));
}

QTEST_GUILESS_MAIN(tst_VCardWriter)
#include "tst_vcardwriter.moc"
