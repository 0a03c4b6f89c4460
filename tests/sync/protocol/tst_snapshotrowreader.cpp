// The streaming decoder of snapshot chunks (snapshotrowreader.h) against the tree decoder it
// stands in for: on every frame, written in unusual but valid CBOR, refused, or mutated at random,
// decodeMessage() answers exactly what decodeMessageAsTree() answers (the same message or the same
// error), and the streaming path is really the one taken for valid chunks.
#include "messagecodec.h"
#include "snapshotrowreader.h"
#include "testsupport.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamWriter>
#include <QRandomGenerator>
#include <QTest>

#include <functional>

using namespace OmniCrm;
using namespace OmniCrm::Wire;

namespace {

constexpr quint32 Seed = 20261125;

SnapshotChunk sampleChunk()
{
    const quint64 hlc = quint64(1'732'000'000'000) << 16;
    return SnapshotChunk {
        QByteArray("next-position"),
        { SnapshotRow {
              QStringLiteral("contact"),
              QStringLiteral("0190f1a2-0000-7000-8000-000000000001"),
              1,
              { SnapshotField { QStringLiteral("full_name"), QCborValue(QStringLiteral("محمد العتيبي")), hlc,
                                QStringLiteral("site-a") },
                SnapshotField { QStringLiteral("amount_minor"), QCborValue(-125000), hlc + 1,
                                QStringLiteral("site-b") },
                SnapshotField { QStringLiteral("probability"), QCborValue(0.35), hlc,
                                QStringLiteral("site-a") },
                SnapshotField { QStringLiteral("notes"), QCborValue(nullptr), hlc, QStringLiteral("site-a") },
                SnapshotField { QStringLiteral("logo"), QCborValue(QByteArray("\x00\x01\xff", 3)), hlc,
                                QStringLiteral("site-a") },
                SnapshotField { QStringLiteral("tags"),
                                QCborValue(QCborArray { QStringLiteral("vip"), QStringLiteral("رياض") }), hlc,
                                QStringLiteral("") } } },
          SnapshotRow { QStringLiteral("deal"), QStringLiteral("r2"), 2, {} } },
        false
    };
}

/// Both decoders agree: both accept the same message, or both refuse with the same words.
bool decodersAgree(const QByteArray &frame, const DecodeLimits &limits, QString *why)
{
    const auto streamed = decodeMessage(frame, limits);
    const auto tree = decodeMessageAsTree(frame, limits);
    if (streamed.ok() != tree.ok()) {
        *why = QStringLiteral("one accepts, one refuses: ")
            + (streamed.ok() ? tree.error().detail : streamed.error().detail);
        return false;
    }
    if (!streamed.ok()) {
        *why = streamed.error().detail + QStringLiteral(" ≠ ") + tree.error().detail;
        return streamed.error().detail == tree.error().detail && streamed.error().code == tree.error().code;
    }
    *why = QStringLiteral("different messages");
    return encodeMessage(*streamed) == encodeMessage(*tree);
}

/// Was the frame read by the streaming path, its rows included?
bool streams(const QByteArray &frame, const DecodeLimits &limits = {})
{
    QCborMap map;
    std::optional<QList<SnapshotRow>> rows;
    return readMessageMap(frame, limits, map, rows) && rows.has_value();
}

/// The sample chunk written the unusual way: indefinite-length containers and texts in pieces,
/// keys in another order, keys nobody knows, a fifth item in a field, a float and a boolean.
QByteArray unusualFrame()
{
    QByteArray frame;
    QCborStreamWriter w(&frame);
    w.startMap(); // indefinite
    w.append(QLatin1StringView("type"));
    w.append(QLatin1StringView("chunk"));
    w.append(QLatin1StringView("future"));
    w.append(qint64(3));
    w.append(QLatin1StringView("rows"));
    w.startArray();
    w.startMap(5);
    w.append(QLatin1StringView("f"));
    w.startArray();
    w.startArray(5);
    w.append(QLatin1StringView("fullx")); // sent in two pieces, see below
    w.append(QStringLiteral("عميل"));
    w.append(quint64(7));
    w.append(QLatin1StringView("site-a"));
    w.append(QLatin1StringView("a fifth item, ignored"));
    w.endArray();
    w.startArray(4);
    w.append(QLatin1StringView("active"));
    w.append(true);
    w.append(quint64(8));
    w.append(QLatin1StringView("site-b"));
    w.endArray();
    w.startArray(4);
    w.append(QLatin1StringView("rate"));
    w.append(1.5f);
    w.append(quint64(9));
    w.append(QLatin1StringView(""));
    w.endArray();
    w.endArray();
    w.append(qint64(42)); // a key that is not a text
    w.append(QLatin1StringView("ignored"));
    w.append(QLatin1StringView("cl"));
    w.append(qint64(3));
    w.append(QLatin1StringView("id"));
    w.append(QLatin1StringView("r1"));
    w.append(QLatin1StringView("t"));
    w.append(QLatin1StringView("contact"));
    w.endMap();
    w.endArray();
    w.append(QLatin1StringView("v"));
    w.append(qint64(ProtocolVersion));
    w.append(QLatin1StringView("done"));
    w.append(true);
    w.endMap();
    // "fullx" as an indefinite-length text in two pieces, "full" and "x".
    frame.replace(QByteArray("\x65"
                             "fullx"),
                  QByteArray("\x7f\x64"
                             "full\x61"
                             "x\xff"));
    return frame;
}

/// The sample chunk's frame with its first row changed by `edit`.
QByteArray withFirstRow(const std::function<void(QCborMap &)> &edit)
{
    QCborMap map = QCborValue::fromCbor(encodeMessage(sampleChunk())).toMap();
    QCborArray rows = map.value(QStringLiteral("rows")).toArray();
    QCborMap row = rows.at(0).toMap();
    edit(row);
    rows[0] = row;
    map.insert(QStringLiteral("rows"), rows);
    return QCborValue(map).toCbor();
}

QCborArray fieldOf(const QCborValue &column, const QCborValue &value, const QCborValue &hlc,
                   const QCborValue &site)
{
    return QCborArray { column, value, hlc, site };
}

} // namespace

class tst_SnapshotRowReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void streamsValidChunks();
    void streamsUnusualButValidCbor();
    void givesUpWhereTheTreeDecoderRefuses_data();
    void givesUpWhereTheTreeDecoderRefuses();
    void enforcesRowAndFieldCounts();
    void holdsTheFrameToEveryStructuralLimit();
    void ignoresRowsOfOtherMessages();
    void mutatedChunksDecodeAsTheTreeDoes();
};

void tst_SnapshotRowReader::streamsValidChunks()
{
    const SnapshotChunk chunk = sampleChunk();
    const QByteArray frame = encodeMessage(chunk);
    QVERIFY(streams(frame));
    const auto decoded = decodeMessage(frame);
    QVERIFY2(decoded.ok(), Test::why(decoded));
    QVERIFY(std::get<SnapshotChunk>(*decoded) == chunk);
    QString why;
    QVERIFY2(decodersAgree(frame, {}, &why), qPrintable(why));
}

void tst_SnapshotRowReader::streamsUnusualButValidCbor()
{
    const QByteArray frame = unusualFrame();
    QVERIFY(streams(frame));
    const auto decoded = decodeMessage(frame);
    QVERIFY2(decoded.ok(), Test::why(decoded));
    const SnapshotChunk &chunk = std::get<SnapshotChunk>(*decoded);
    QVERIFY(chunk.done);
    QCOMPARE(chunk.rows.size(), qsizetype(1));
    const SnapshotRow &row = chunk.rows.first();
    QCOMPARE(row.table, QStringLiteral("contact"));
    QCOMPARE(row.rowId, QStringLiteral("r1"));
    QCOMPARE(row.causalLength, qint64(3));
    QCOMPARE(row.fields.size(), qsizetype(3));
    QCOMPARE(row.fields.at(0).column, QStringLiteral("fullx"));
    QCOMPARE(row.fields.at(0).value, QCborValue(QStringLiteral("عميل")));
    QCOMPARE(row.fields.at(0).hlc, quint64(7));
    QCOMPARE(row.fields.at(1).value, QCborValue(true));
    QCOMPARE(row.fields.at(2).value.toDouble(), 1.5);
    QCOMPARE(row.fields.at(2).siteId, QString());
    QString why;
    QVERIFY2(decodersAgree(frame, {}, &why), qPrintable(why));
}

void tst_SnapshotRowReader::givesUpWhereTheTreeDecoderRefuses_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QString>("mentions");
    const QCborValue hlc(qint64(5));
    const QCborValue site(QStringLiteral("s"));
    QTest::newRow("missing-table") << withFirstRow([](QCborMap &r) { r.remove(QStringLiteral("t")); })
                                   << QStringLiteral("\"t\" is missing");
    QTest::newRow("id-not-text") << withFirstRow([](QCborMap &r) { r.insert(QStringLiteral("id"), 7); })
                                 << QStringLiteral("\"id\": expected a text");
    QTest::newRow("id-too-long") << withFirstRow([](QCborMap &r) {
        r.insert(QStringLiteral("id"), QString(MaxSnapshotText + 1, u'x'));
    }) << QStringLiteral("longer than");
    QTest::newRow("causal-zero") << withFirstRow([](QCborMap &r) { r.insert(QStringLiteral("cl"), 0); })
                                 << QStringLiteral("causal length");
    QTest::newRow("causal-huge") << withFirstRow([](QCborMap &r) {
        r.insert(QStringLiteral("cl"), QCborValue(double(1e30)));
    }) << QStringLiteral("\"cl\"");
    QTest::newRow("fields-missing") << withFirstRow([](QCborMap &r) { r.remove(QStringLiteral("f")); })
                                    << QStringLiteral(".f: expected an array");
    const auto withField = [&](const QCborValue &field) {
        return withFirstRow([field](QCborMap &r) {
            QCborArray fields = r.value(QStringLiteral("f")).toArray();
            fields.append(field);
            r.insert(QStringLiteral("f"), fields);
        });
    };
    QTest::newRow("field-short") << withField(QCborArray { QStringLiteral("c"), 1, 5 })
                                 << QStringLiteral("[column, value, hlc, site]");
    QTest::newRow("field-empty-column") << withField(fieldOf(QStringLiteral(""), 1, hlc, site))
                                        << QStringLiteral("[column, value, hlc, site]");
    QTest::newRow("field-negative-hlc") << withField(fieldOf(QStringLiteral("c"), 1, qint64(-1), site))
                                        << QStringLiteral("[column, value, hlc, site]");
    QTest::newRow("field-map-value") << withField(
        fieldOf(QStringLiteral("c"), QCborMap { { 1, 2 } }, hlc, site))
                                     << QStringLiteral("[column, value, hlc, site]");
    QTest::newRow("field-site-too-long")
        << withField(fieldOf(QStringLiteral("c"), 1, hlc, QString(MaxSnapshotText + 1, u's')))
        << QStringLiteral("[column, value, hlc, site]");
    QTest::newRow("field-not-array") << withField(QStringLiteral("c")) << QStringLiteral("rows[0].f");

    // A key given twice: the tree decoder reads the first; the stream gives the frame up to it.
    QByteArray twice = encodeMessage(sampleChunk());
    const QByteArray tableKey = QByteArray::fromHex("617467") + "contact"; // "t": "contact"
    const qsizetype at = twice.indexOf(tableKey);
    QVERIFY(at > 0);
    twice.insert(at, QByteArray::fromHex("61746577726f6e67")); // "t": "wrong", then "t": "contact"
    twice[at - 1] = char(quint8(twice.at(at - 1)) + 1); // the row map now holds 5 entries
    QTest::newRow("row-key-twice") << twice << QString();
}

void tst_SnapshotRowReader::givesUpWhereTheTreeDecoderRefuses()
{
    QFETCH(QByteArray, frame);
    QFETCH(QString, mentions);
    QVERIFY(!streams(frame));
    QString why;
    QVERIFY2(decodersAgree(frame, {}, &why), qPrintable(why));
    if (mentions.isEmpty())
        return; // only that both agree
    const auto decoded = decodeMessage(frame);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error().detail.contains(mentions), qPrintable(decoded.error().detail));
    QVERIFY2(decoded.error().detail.contains(QStringLiteral("rows[0]")), qPrintable(decoded.error().detail));
}

void tst_SnapshotRowReader::enforcesRowAndFieldCounts()
{
    const QByteArray frame = encodeMessage(sampleChunk()); // 2 rows, the first with 6 fields
    DecodeLimits limits;
    limits.maxRows = 2;
    limits.maxFieldsPerRow = 6;
    QVERIFY(streams(frame, limits));
    QVERIFY(decodeMessage(frame, limits).ok());
    limits.maxRows = 1;
    QVERIFY(!streams(frame, limits));
    auto decoded = decodeMessage(frame, limits);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error().detail.contains(QStringLiteral("snapshot rows")), Test::why(decoded));
    limits.maxRows = 2;
    limits.maxFieldsPerRow = 5;
    QVERIFY(!streams(frame, limits));
    decoded = decodeMessage(frame, limits);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error().detail.contains(QStringLiteral("too many fields")), Test::why(decoded));
}

void tst_SnapshotRowReader::holdsTheFrameToEveryStructuralLimit()
{
    // The streaming path checks the limits checkCborStructure() checks as it reads: at every
    // setting of each limit, from none up to past what the frame needs, it accepts or refuses
    // (with the same words) exactly as the checked tree decoding does.
    using Setter = std::function<void(DecodeLimits &, qsizetype)>;
    const QList<std::pair<Setter, qsizetype>> limits = {
        { [](DecodeLimits &l, qsizetype n) { l.maxItems = n; }, 160 },
        { [](DecodeLimits &l, qsizetype n) { l.maxStringBytes = n; }, 64 },
        { [](DecodeLimits &l, qsizetype n) { l.maxDepth = int(n); }, 9 },
        { [](DecodeLimits &l, qsizetype n) { l.maxFrameBytes = n; }, 600 },
    };
    for (const QByteArray &frame : { encodeMessage(sampleChunk()), unusualFrame() }) {
        for (const auto &[set, top] : limits) {
            int accepted = 0;
            int refused = 0;
            for (qsizetype n = 0; n <= top; ++n) {
                DecodeLimits setting;
                set(setting, n);
                QString why;
                QVERIFY2(decodersAgree(frame, setting, &why), qPrintable(QString::number(n) + u' ' + why));
                if (decodeMessage(frame, setting).ok())
                    ++accepted;
                else
                    ++refused;
            }
            QVERIFY(accepted > 0); // the threshold was crossed
            QVERIFY(refused > 0);
        }
    }
}

void tst_SnapshotRowReader::ignoresRowsOfOtherMessages()
{
    // Unknown keys are ignored: a "rows" key on another message, valid rows or not, changes nothing.
    for (const QCborValue &rows : { QCborValue(QStringLiteral("not rows")),
                                    QCborValue(QCborArray { QCborMap { { QStringLiteral("t"), 1 } } }) }) {
        QCborMap ping = QCborValue::fromCbor(encodeMessage(Ping { 9 })).toMap();
        ping.insert(QStringLiteral("rows"), rows);
        const QByteArray frame = QCborValue(ping).toCbor();
        const auto decoded = decodeMessage(frame);
        QVERIFY2(decoded.ok(), Test::why(decoded));
        QCOMPARE(std::get<Ping>(*decoded).nonce, qint64(9));
        QString why;
        QVERIFY2(decodersAgree(frame, {}, &why), qPrintable(why));
    }
    // And a chunk without rows is refused as before.
    QCborMap chunk = QCborValue::fromCbor(encodeMessage(sampleChunk())).toMap();
    chunk.remove(QStringLiteral("rows"));
    const auto decoded = decodeMessage(QCborValue(chunk).toCbor());
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error().detail.contains(QStringLiteral("\"rows\"")), Test::why(decoded));
}

void tst_SnapshotRowReader::mutatedChunksDecodeAsTheTreeDoes()
{
    QRandomGenerator random(Seed);
    DecodeLimits limits;
    limits.maxFieldsPerRow = 8;
    const QList<QByteArray> seeds = { encodeMessage(sampleChunk()), unusualFrame() };
    int streamed = 0;
    int refused = 0;
    for (int i = 0; i < 20000; ++i) {
        QByteArray frame = seeds.at(int(random.bounded(qsizetype(seeds.size()))));
        const int mutations = int(random.bounded(1, 4));
        for (int m = 0; m < mutations; ++m) {
            const int at = int(random.bounded(frame.size()));
            switch (random.bounded(4)) {
            case 0:
                frame[at] = char(frame.at(at) ^ (1 << random.bounded(8)));
                break;
            case 1:
                frame[at] = char(random.bounded(256));
                break;
            case 2:
                frame.insert(at, char(random.bounded(256)));
                break;
            default:
                frame.remove(at, 1);
                break;
            }
        }
        QString why;
        QVERIFY2(decodersAgree(frame, limits, &why), qPrintable(frame.toHex() + u' ' + why));
        if (streams(frame, limits))
            ++streamed;
        else if (!decodeMessage(frame, limits).ok())
            ++refused;
    }
    // Both paths were exercised: mutated values that stay valid stream, broken ones are refused.
    QVERIFY(streamed > 100);
    QVERIFY(refused > 100);
}

QTEST_GUILESS_MAIN(tst_SnapshotRowReader)
#include "tst_snapshotrowreader.moc"
