// Proves CborBytes writes exactly what Qt writes: every value through appendValue() gives the bytes
// of QCborValue::toCbor(), and heads, texts and integers the bytes of QCborStreamWriter, at every
// length boundary of a head. The snapshot digest peers compare depends on it.
#include "cborbytes.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamWriter>
#include <QTest>

#include <limits>

using namespace OmniCrm;
using namespace Qt::StringLiterals;

class tst_CborBytes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valuesAreWhatQtEncodes_data();
    void valuesAreWhatQtEncodes();
    void integersAtEveryHeadBoundary();
    void containerHeadsAreWhatTheStreamWriterWrites();
};

void tst_CborBytes::valuesAreWhatQtEncodes_data()
{
    QTest::addColumn<QCborValue>("value");
    QTest::newRow("null") << QCborValue(nullptr);
    QTest::newRow("undefined") << QCborValue();
    QTest::newRow("true") << QCborValue(true);
    QTest::newRow("false") << QCborValue(false);
    QTest::newRow("zero") << QCborValue(0);
    QTest::newRow("23") << QCborValue(23);
    QTest::newRow("24") << QCborValue(24);
    QTest::newRow("-1") << QCborValue(-1);
    QTest::newRow("-25") << QCborValue(-25);
    QTest::newRow("int64-max") << QCborValue(std::numeric_limits<qint64>::max());
    QTest::newRow("int64-min") << QCborValue(std::numeric_limits<qint64>::min());
    QTest::newRow("hlc") << QCborValue(qint64(117674928975183872));
    QTest::newRow("double") << QCborValue(1.5);
    QTest::newRow("whole double") << QCborValue(2.0);
    QTest::newRow("negative double") << QCborValue(-1e300);
    QTest::newRow("infinity") << QCborValue(std::numeric_limits<double>::infinity());
    QTest::newRow("nan") << QCborValue(std::numeric_limits<double>::quiet_NaN());
    QTest::newRow("empty text") << QCborValue(QString());
    QTest::newRow("ascii") << QCborValue(u"user0@example.sa"_s);
    QTest::newRow("arabic") << QCborValue(u"محمد الدوسري"_s);
    QTest::newRow("mixed") << QCborValue(u"Mohammed المطيري ٠٥٥٥"_s);
    QTest::newRow("surrogate pair") << QCborValue(u"a\U0001F600b"_s);
    QTest::newRow("long ascii") << QCborValue(QString(70000, u'x'));
    QTest::newRow("bytes") << QCborValue(QByteArray("\x00\xff\x10", 3));
    QTest::newRow("empty bytes") << QCborValue(QByteArray());
    QTest::newRow("string list") << QCborValue(QCborArray { u"vip"_s, u"عميل"_s });
    QTest::newRow("map") << QCborValue(QCborMap { { u"a"_s, 1 } });
    QTest::newRow("simple") << QCborValue(QCborSimpleType(42));
}

void tst_CborBytes::valuesAreWhatQtEncodes()
{
    QFETCH(QCborValue, value);
    QByteArray out("prefix");
    CborBytes::appendValue(out, value);
    QCOMPARE(out, QByteArray("prefix") + value.toCbor());
}

void tst_CborBytes::integersAtEveryHeadBoundary()
{
    const qint64 boundaries[] = { 0, 23, 24, 255, 256, 65535, 65536, 4294967295LL, 4294967296LL };
    for (const qint64 at : boundaries) {
        for (const qint64 value : { at, -at - 1 }) {
            QByteArray expected;
            QCborStreamWriter writer(&expected);
            writer.append(value);
            QByteArray out;
            CborBytes::appendInteger(out, value);
            QCOMPARE(out.toHex(), expected.toHex());
        }
    }
}

void tst_CborBytes::containerHeadsAreWhatTheStreamWriterWrites()
{
    QByteArray expected;
    {
        QCborStreamWriter writer(&expected);
        writer.startMap(2);
        writer.append(u"rows"_s);
        writer.startArray(300);
        for (int i = 0; i < 300; ++i)
            writer.append(i);
        writer.endArray();
        writer.append(u"t"_s);
        writer.append(QByteArray("ab"));
        writer.endMap();
    }
    QByteArray out;
    CborBytes::appendMapHead(out, 2);
    CborBytes::appendText(out, u"rows");
    CborBytes::appendArrayHead(out, 300);
    for (int i = 0; i < 300; ++i)
        CborBytes::appendInteger(out, i);
    CborBytes::appendText(out, u"t");
    CborBytes::appendBytes(out, QByteArray("ab"));
    QCOMPARE(out.toHex(), expected.toHex());
}

QTEST_GUILESS_MAIN(tst_CborBytes)
#include "tst_cborbytes.moc"
