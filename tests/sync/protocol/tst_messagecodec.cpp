// Every message survives encode → decode; the decoder ignores unknown keys and refuses, with a
// message naming the problem, wrong types, missing keys, excess counts and sizes, and depth.
#include "messagecodec.h"
#include "testsupport.h"
#include "transactioncodec.h"

#include <QCborArray>
#include <QCborMap>
#include <QTest>

using namespace OmniCrm;
using namespace OmniCrm::Wire;

Q_DECLARE_METATYPE(OmniCrm::Wire::Message)

namespace {

SyncTransaction sampleTransaction(qint64 localSeq, qint64 serverSeq = 0)
{
    QCborMap fields;
    fields.insert(QStringLiteral("name"), QStringLiteral("شركة الأفق"));
    fields.insert(QStringLiteral("amount_minor"), 125000);
    fields.insert(QStringLiteral("probability"), 0.35);
    fields.insert(QStringLiteral("note"), QCborValue(nullptr));
    fields.insert(QStringLiteral("logo"), QByteArray("\x00\x01\xff", 3));
    fields.insert(QStringLiteral("tags"), QCborArray { QStringLiteral("vip"), QStringLiteral("رياض") });
    // An update says what each field's writer replaced: [hlc, site id].
    const QCborMap replaced { { QStringLiteral("name"),
                                QCborArray { qint64(quint64(1'731'000'000'000) << 16),
                                             QStringLiteral("site-b") } } };
    RowChange row { QStringLiteral("companies"),
                    QStringLiteral("0190f1a2-0000-7000-8000-000000000001"),
                    1,
                    (quint64(1'732'000'000'000) << 16) | 3,
                    fields,
                    replaced };
    RowChange deleted { QStringLiteral("contacts"),
                        QStringLiteral("0190f1a2-0000-7000-8000-000000000002"),
                        2,
                        quint64(1'732'000'000'000) << 16,
                        {} };
    return SyncTransaction { QStringLiteral("site-a"), localSeq, QStringLiteral("tx-1"), row.hlc,
                             { row, deleted },         serverSeq };
}

QByteArray frameOf(const QCborMap &map)
{
    return QCborValue(map).toCbor();
}

QCborMap mapOf(const Message &message)
{
    return QCborValue::fromCbor(encodeMessage(message)).toMap();
}

} // namespace

class tst_MessageCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrips_data();
    void roundTrips();
    void ignoresUnknownKeys();
    void refusesMalformed_data();
    void refusesMalformed();
    void refusesOtherProtocolVersionAndUnknownType();
    void enforcesCountLimits();
    void enforcesDepthAndStringLimits();
    void refusesTrailingBytes();
    void chunkIsEncodedAsItsCborMap();
};

void tst_MessageCodec::roundTrips_data()
{
    QTest::addColumn<Message>("message");
    QTest::newRow("hello") << Message(
        Hello { ProtocolVersion, 7, QStringLiteral("site-a"), 42, QStringLiteral("v1.x.y") });
    QTest::newRow("welcome") << Message(Welcome { ProtocolVersion, 99, QStringLiteral("dev-1") });
    QTest::newRow("login") << Message(Login { QStringLiteral("شركة"), QStringLiteral("a@b.sa"),
                                              QStringLiteral("سر123456"), QStringLiteral("123456"),
                                              QStringLiteral("site-a"), QStringLiteral("laptop") });
    QTest::newRow("tokens") << Message(
        Tokens { QStringLiteral("dev"), QStringLiteral("acc"), QStringLiteral("ref"), 123 });
    QTest::newRow("refresh") << Message(Refresh { QStringLiteral("ref") });
    QTest::newRow("push") << Message(Push { { sampleTransaction(1), sampleTransaction(2) } });
    QTest::newRow("push-empty") << Message(Push {});
    QTest::newRow("ack") << Message(Ack { { 1, 2 }, { Rejection { 3, QStringLiteral("clock_ahead") } }, 17 });
    QTest::newRow("pull") << Message(Pull { 17, 100 });
    QTest::newRow("changes") << Message(
        Changes { 5, 7, { sampleTransaction(1, 6), sampleTransaction(2, 7) }, true });
    QTest::newRow("snapshot") << Message(SnapshotRequest { QByteArray("resume"), 50 });
    QTest::newRow("chunk") << Message(SnapshotChunk {
        QByteArray("next"),
        { SnapshotRow { QStringLiteral("deals"),
                        QStringLiteral("r1"),
                        3,
                        { SnapshotField { QStringLiteral("amount"), QCborValue(10), 5, QStringLiteral("s1") },
                          SnapshotField { QStringLiteral("name"), QCborValue(QStringLiteral("صفقة")), 6,
                                          QStringLiteral("s2") } } } },
        true });
    QTest::newRow("checkpoint") << Message(Checkpoint { 9, 120, QByteArray(32, 'x') });
    QTest::newRow("poke") << Message(Poke { 10 });
    QTest::newRow("ping") << Message(Ping { 77 });
    QTest::newRow("pong") << Message(Pong { 77 });
    QTest::newRow("error") << Message(ErrorMessage { QStringLiteral("bad_frame"), QStringLiteral("why") });
}

void tst_MessageCodec::roundTrips()
{
    QFETCH(Message, message);
    const QByteArray frame = encodeMessage(message);
    const auto decoded = decodeMessage(frame);
    QVERIFY2(decoded.ok(), Test::why(decoded));
    QCOMPARE(decoded->index(), message.index());
    QVERIFY(*decoded == message);
    QCOMPARE(encodeMessage(*decoded), frame);
}

void tst_MessageCodec::ignoresUnknownKeys()
{
    QCborMap map = mapOf(Push { { sampleTransaction(1) } });
    map.insert(QStringLiteral("compression"), QStringLiteral("zstd"));
    QCborArray txs = map.value(QStringLiteral("txs")).toArray();
    QCborMap tx = txs.at(0).toMap();
    tx.insert(QStringLiteral("author"), QStringLiteral("future field"));
    txs[0] = tx;
    map.insert(QStringLiteral("txs"), txs);
    const auto decoded = decodeMessage(frameOf(map));
    QVERIFY2(decoded.ok(), Test::why(decoded));
    QCOMPARE(std::get<Push>(*decoded).transactions.first(), sampleTransaction(1));
}

void tst_MessageCodec::refusesMalformed_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QString>("mentions");
    QCborMap hello = mapOf(Hello { ProtocolVersion, 1, QStringLiteral("s"), 0, QStringLiteral("t") });
    QCborMap wrongType = hello;
    wrongType.insert(QStringLiteral("cursor"), QStringLiteral("12"));
    QTest::newRow("text-for-integer") << frameOf(wrongType) << QStringLiteral("cursor");
    QCborMap missing = hello;
    missing.remove(QStringLiteral("token"));
    QTest::newRow("missing-token") << frameOf(missing) << QStringLiteral("token");
    QCborMap negative = hello;
    negative.insert(QStringLiteral("cursor"), -5);
    QTest::newRow("negative-cursor") << frameOf(negative) << QStringLiteral("cursor");

    QCborMap push = mapOf(Push { { sampleTransaction(1) } });
    QCborArray txs = push.value(QStringLiteral("txs")).toArray();
    QCborMap tx = txs.at(0).toMap();
    QCborArray rows = tx.value(QStringLiteral("rows")).toArray();
    QCborMap row = rows.at(0).toMap();
    QCborMap fields = row.value(QStringLiteral("f")).toMap();
    fields.insert(QStringLiteral("nested"), QCborMap { { QStringLiteral("a"), 1 } });
    row.insert(QStringLiteral("f"), fields);
    rows[0] = row;
    tx.insert(QStringLiteral("rows"), rows);
    txs[0] = tx;
    push.insert(QStringLiteral("txs"), txs);
    QTest::newRow("map-as-field-value") << frameOf(push) << QStringLiteral("nested");

    QCborMap badCausal = mapOf(Push { { sampleTransaction(1) } });
    QCborArray txs2 = badCausal.value(QStringLiteral("txs")).toArray();
    QCborMap tx2 = txs2.at(0).toMap();
    QCborArray rows2 = tx2.value(QStringLiteral("rows")).toArray();
    QCborMap row2 = rows2.at(0).toMap();
    row2.insert(QStringLiteral("cl"), 0);
    rows2[0] = row2;
    tx2.insert(QStringLiteral("rows"), rows2);
    txs2[0] = tx2;
    badCausal.insert(QStringLiteral("txs"), txs2);
    QTest::newRow("causal-length-zero") << frameOf(badCausal) << QStringLiteral("causal length");

    // A replaced clock that is not [hlc, site id].
    for (const auto &[name, clock] :
         { std::pair { "replaced-site-missing", QCborValue(QCborArray { 5 }) },
           std::pair { "replaced-negative-hlc", QCborValue(QCborArray { -1, QStringLiteral("s") }) },
           std::pair { "replaced-not-an-array", QCborValue(QStringLiteral("s")) } }) {
        QCborMap badReplaced = mapOf(Push { { sampleTransaction(1) } });
        QCborArray txs3 = badReplaced.value(QStringLiteral("txs")).toArray();
        QCborMap tx3 = txs3.at(0).toMap();
        QCborArray rows3 = tx3.value(QStringLiteral("rows")).toArray();
        QCborMap row3 = rows3.at(0).toMap();
        row3.insert(QStringLiteral("was"), QCborMap { { QStringLiteral("name"), clock } });
        rows3[0] = row3;
        tx3.insert(QStringLiteral("rows"), rows3);
        txs3[0] = tx3;
        badReplaced.insert(QStringLiteral("txs"), txs3);
        QTest::newRow(name) << frameOf(badReplaced) << QStringLiteral("rows[0].was: name");
    }

    QTest::newRow("not-a-map") << QCborValue(QCborArray { 1, 2 }).toCbor() << QStringLiteral("map");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("garbage") << QByteArray("\xff\xfe\xfd", 3) << QStringLiteral("CBOR");
    QCborMap checkpoint = mapOf(Checkpoint { 1, 1, QByteArray(32, 'x') });
    checkpoint.insert(QStringLiteral("sha256"), QByteArray(5, 'x'));
    QTest::newRow("short-checksum") << frameOf(checkpoint) << QStringLiteral("32 bytes");
}

void tst_MessageCodec::refusesMalformed()
{
    QFETCH(QByteArray, frame);
    QFETCH(QString, mentions);
    const auto decoded = decodeMessage(frame);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().code, ErrorCode::Parse);
    QVERIFY2(decoded.error().detail.contains(mentions, Qt::CaseInsensitive),
             Test::why(decoded.error().detail));
}

void tst_MessageCodec::refusesOtherProtocolVersionAndUnknownType()
{
    QCborMap map = mapOf(Ping { 1 });
    map.insert(QStringLiteral("v"), ProtocolVersion + 1);
    auto decoded = decodeMessage(frameOf(map));
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().code, ErrorCode::Unsupported);

    map.insert(QStringLiteral("v"), ProtocolVersion);
    map.insert(QStringLiteral("type"), QStringLiteral("teleport"));
    decoded = decodeMessage(frameOf(map));
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().code, ErrorCode::Unsupported);
    QVERIFY(decoded.error().detail.contains(QStringLiteral("teleport")));
}

void tst_MessageCodec::enforcesCountLimits()
{
    DecodeLimits limits;
    limits.maxTransactions = 3;
    Push push;
    for (int i = 1; i <= 4; ++i)
        push.transactions.append(sampleTransaction(i));
    auto decoded = decodeMessage(encodeMessage(push), limits);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error().detail.contains(QStringLiteral("4 transactions")), Test::why(decoded));

    limits = {};
    limits.maxRows = 5; // 2 rows per transaction: the third transaction crosses the budget
    push.transactions.resize(3);
    decoded = decodeMessage(encodeMessage(push), limits);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error().detail.contains(QStringLiteral("rows")), Test::why(decoded));

    limits = {};
    limits.maxFieldsPerRow = 2;
    decoded = decodeMessage(encodeMessage(push), limits);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error().detail.contains(QStringLiteral("fields")), Test::why(decoded));

    limits = {};
    limits.maxFrameBytes = 64;
    decoded = decodeMessage(encodeMessage(push), limits);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error().detail.contains(QStringLiteral("frame of")), Test::why(decoded));
}

void tst_MessageCodec::enforcesDepthAndStringLimits()
{
    QCborValue deep(1);
    for (int i = 0; i < 50; ++i)
        deep = QCborArray { deep };
    QCborMap map = mapOf(Ping { 1 });
    map.insert(QStringLiteral("extra"), deep);
    auto decoded = decodeMessage(frameOf(map));
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error().detail.contains(QStringLiteral("nesting")), Test::why(decoded));

    DecodeLimits limits;
    limits.maxStringBytes = 1000;
    map = mapOf(Ping { 1 });
    map.insert(QStringLiteral("extra"), QString(2000, u'x'));
    decoded = decodeMessage(frameOf(map), limits);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error().detail.contains(QStringLiteral("string")), Test::why(decoded));

    // A header claiming a 4 GiB byte string in a 9-byte frame: refused without allocating.
    const QByteArray claim = QByteArray::fromHex("a1617a5b0000000100000000");
    decoded = decodeMessage(claim);
    QVERIFY(!decoded.ok());
}

void tst_MessageCodec::refusesTrailingBytes()
{
    const QByteArray frame = encodeMessage(Ping { 1 }) + QByteArray::fromHex("00");
    const auto decoded = decodeMessage(frame);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error().detail.contains(QStringLiteral("trailing")), Test::why(decoded));
}

void tst_MessageCodec::chunkIsEncodedAsItsCborMap()
{
    // Chunks are written as a stream; the bytes are those of the map every other message is built
    // as (body keys, then "v" and "type"), so peers and the checksum see the same wire.
    const SnapshotChunk chunk {
        QByteArray(),
        { SnapshotRow {
              QStringLiteral("deal"),
              QStringLiteral("صفقة-1"),
              2,
              { SnapshotField { QStringLiteral("amount"), QCborValue(-10), 5, QStringLiteral("s1") },
                SnapshotField { QStringLiteral("p"), QCborValue(0.25), quint64(1) << 40, {} },
                SnapshotField { QStringLiteral("n"), QCborValue(nullptr), 6, QStringLiteral("s2") },
                SnapshotField { QStringLiteral("b"), QCborValue(QByteArray("\x00\xff", 2)), 7,
                                QStringLiteral("s2") },
                SnapshotField { QStringLiteral("tags"), QCborValue(QCborArray { QStringLiteral("و") }), 8,
                                QStringLiteral("s2") } } },
          SnapshotRow { QStringLiteral("tag"), QStringLiteral("x"), 3, {} } },
        true
    };
    QCborArray rows;
    for (const SnapshotRow &row : chunk.rows) {
        QCborArray fields;
        for (const SnapshotField &f : row.fields)
            fields.append(QCborArray { f.column, f.value, qint64(f.hlc), f.siteId });
        rows.append(QCborMap { { QStringLiteral("t"), row.table },
                               { QStringLiteral("id"), row.rowId },
                               { QStringLiteral("cl"), row.causalLength },
                               { QStringLiteral("f"), fields } });
    }
    const QCborMap map { { QStringLiteral("next"), chunk.next },
                         { QStringLiteral("rows"), rows },
                         { QStringLiteral("done"), chunk.done },
                         { QStringLiteral("v"), ProtocolVersion },
                         { QStringLiteral("type"), QStringLiteral("chunk") } };
    QCOMPARE(encodeMessage(chunk), frameOf(map));
    QCOMPARE(encodeMessage(SnapshotChunk {}),
             frameOf(QCborMap { { QStringLiteral("next"), QByteArray() },
                                { QStringLiteral("rows"), QCborArray() },
                                { QStringLiteral("done"), false },
                                { QStringLiteral("v"), ProtocolVersion },
                                { QStringLiteral("type"), QStringLiteral("chunk") } }));
}

QTEST_GUILESS_MAIN(tst_MessageCodec)
#include "tst_messagecodec.moc"
