// Proves outbox value encoding: each supported type survives encode → decode with its type, the
// bytes are stable, and malformed bytes are reported rather than read as null.
#include "cborvalue.h"
#include "testsupport.h"

#include <QTest>

#include <limits>

using namespace OmniCrm;
using namespace Qt::StringLiterals;
using OmniCrm::Test::why;

class tst_CborValue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrips_data();
    void roundTrips();
    void smallIntegersAreInt64();
    void knownBytes();
    void rejectsMalformed_data();
    void rejectsMalformed();
};

void tst_CborValue::roundTrips_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QVariant>("expected");
    QTest::newRow("null") << QVariant() << QVariant();
    QTest::newRow("nullptr") << QVariant::fromValue(nullptr) << QVariant();
    QTest::newRow("true") << QVariant(true) << QVariant(true);
    QTest::newRow("false") << QVariant(false) << QVariant(false);
    QTest::newRow("int") << QVariant(42) << QVariant(qlonglong(42));
    QTest::newRow("negative") << QVariant(qlonglong(-7)) << QVariant(qlonglong(-7));
    QTest::newRow("int64-max") << QVariant(std::numeric_limits<qlonglong>::max())
                               << QVariant(std::numeric_limits<qlonglong>::max());
    QTest::newRow("int64-min") << QVariant(std::numeric_limits<qlonglong>::min())
                               << QVariant(std::numeric_limits<qlonglong>::min());
    QTest::newRow("double") << QVariant(1250.5) << QVariant(1250.5);
    QTest::newRow("integral-double-stays-double") << QVariant(3.0) << QVariant(3.0);
    QTest::newRow("string") << QVariant(u"أحمد Ahmed"_s) << QVariant(u"أحمد Ahmed"_s);
    QTest::newRow("empty-string") << QVariant(QString()) << QVariant(QString());
    QTest::newRow("bytes") << QVariant(QByteArray("\x00\x01\xFF", 3))
                           << QVariant(QByteArray("\x00\x01\xFF", 3));
    QTest::newRow("string-list") << QVariant(QStringList { u"vip"_s, u"عميل"_s })
                                 << QVariant(QStringList { u"vip"_s, u"عميل"_s });
    QTest::newRow("empty-list") << QVariant(QStringList()) << QVariant(QStringList());
}

void tst_CborValue::roundTrips()
{
    QFETCH(QVariant, value);
    QFETCH(QVariant, expected);
    const QByteArray bytes = encodeValue(value);
    QVERIFY(!bytes.isEmpty());
    const auto decoded = tryDecodeValue(bytes);
    QVERIFY2(decoded.ok(), why(decoded));
    QCOMPARE(decoded->metaType(), expected.metaType());
    QCOMPARE(*decoded, expected);
    QCOMPARE(decodeValue(bytes), expected);
    QCOMPARE(encodeValue(*decoded), bytes);
}

void tst_CborValue::smallIntegersAreInt64()
{
    QCOMPARE(encodeValue(QVariant(short(5))), encodeValue(QVariant(qlonglong(5))));
    QCOMPARE(encodeValue(QVariant(5u)), encodeValue(QVariant(qlonglong(5))));
}

void tst_CborValue::knownBytes()
{
    QCOMPARE(encodeValue(QVariant()), QByteArray("\xF6"));
    QCOMPARE(encodeValue(QVariant(true)), QByteArray("\xF5"));
    QCOMPARE(encodeValue(QVariant(10)), QByteArray("\x0A"));
    QCOMPARE(encodeValue(QVariant(u"a"_s)), QByteArray("\x61\x61"));
}

void tst_CborValue::rejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated-string") << QByteArray("\x65\x61\x62", 3);
    QTest::newRow("trailing-bytes") << QByteArray("\x01\x02", 2);
}

void tst_CborValue::rejectsMalformed()
{
    QFETCH(QByteArray, bytes);
    const auto decoded = tryDecodeValue(bytes);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().code, ErrorCode::Parse);
    QVERIFY(!decodeValue(bytes).isValid());
}

QTEST_GUILESS_MAIN(tst_CborValue)
#include "tst_cborvalue.moc"
