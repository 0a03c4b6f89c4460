// The decoder against hostile input: random bytes, valid frames with bytes flipped, cut short or
// padded, and huge frames. Seeded, so a failure reproduces. It must answer every one — a message
// or an error — without crashing or hanging; a truncated frame is never accepted; and whatever
// it accepts re-encodes to something it accepts again as the same message.
#include "messagecodec.h"
#include "testsupport.h"

#include <QCborArray>
#include <QCborMap>
#include <QRandomGenerator>
#include <QTest>

using namespace OmniCrm;
using namespace OmniCrm::Wire;

namespace {

constexpr quint32 Seed = 20261124;

QList<QByteArray> seedFrames()
{
    QCborMap fields { { QStringLiteral("name"), QStringLiteral("محمد") },
                      { QStringLiteral("n"), 5 },
                      { QStringLiteral("d"), 1.5 },
                      { QStringLiteral("z"), QCborValue(nullptr) } };
    const SyncTransaction tx { QStringLiteral("site"),
                               3,
                               QStringLiteral("tx"),
                               99,
                               { RowChange { QStringLiteral("contacts"), QStringLiteral("row"), 1, 99,
                                             fields } },
                               4 };
    return {
        encodeMessage(Hello { ProtocolVersion, 1, QStringLiteral("site"), 5, QStringLiteral("token") }),
        encodeMessage(Login {
            QStringLiteral("t"), QStringLiteral("e@x"), QStringLiteral("p"), {}, QStringLiteral("s"), {} }),
        encodeMessage(Push { { tx, tx } }),
        encodeMessage(Ack { { 1, 2 }, { Rejection { 3, QStringLiteral("r") } }, 5 }),
        encodeMessage(Changes { 1, 4, { tx }, false }),
        encodeMessage(SnapshotChunk { QByteArray("n"),
                                      { SnapshotRow { QStringLiteral("t"),
                                                      QStringLiteral("r"),
                                                      1,
                                                      { SnapshotField { QStringLiteral("c"), QCborValue(1), 2,
                                                                        QStringLiteral("s") } } } },
                                      false }),
        encodeMessage(Checkpoint { 4, 1, QByteArray(32, 'c') }),
        encodeMessage(Ping { 1 }),
        encodeMessage(ErrorMessage { QStringLiteral("x"), QStringLiteral("y") }),
    };
}

QByteArray randomBytes(QRandomGenerator &random, int size)
{
    QByteArray bytes(size, '\0');
    for (char &c : bytes)
        c = char(random.bounded(256));
    return bytes;
}

/// Decodes, and when accepted checks that the message is stable under re-encoding.
bool decodesConsistently(const QByteArray &frame, const DecodeLimits &limits)
{
    const auto decoded = decodeMessage(frame, limits);
    if (!decoded.ok())
        return !decoded.error().detail.isEmpty();
    const auto again = decodeMessage(encodeMessage(*decoded), limits);
    return again.ok() && *again == *decoded;
}

} // namespace

class tst_ProtocolFuzz : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void randomBytesNeverCrash();
    void mutatedFramesDecodeConsistently();
    void truncatedFramesAreRefused();
    void oversizedFramesAreRefused();
};

void tst_ProtocolFuzz::randomBytesNeverCrash()
{
    QRandomGenerator random(Seed);
    const DecodeLimits limits;
    for (int i = 0; i < 5000; ++i) {
        const QByteArray frame = randomBytes(random, int(random.bounded(1, 200)));
        QVERIFY2(decodesConsistently(frame, limits), frame.toHex().constData());
    }
    // Random bytes behind a valid map header and a valid "type" prefix reach the typed decoder.
    const QByteArray prefix
        = QByteArray::fromHex("a3617601647479706564707573686374787381"); // {v:1,type:"push",txs:[…
    for (int i = 0; i < 3000; ++i) {
        const QByteArray frame = prefix + randomBytes(random, int(random.bounded(1, 120)));
        QVERIFY2(decodesConsistently(frame, limits), frame.toHex().constData());
    }
}

void tst_ProtocolFuzz::mutatedFramesDecodeConsistently()
{
    QRandomGenerator random(Seed + 1);
    const DecodeLimits limits;
    const QList<QByteArray> seeds = seedFrames();
    int accepted = 0;
    for (int i = 0; i < 20000; ++i) {
        QByteArray frame = seeds.at(int(random.bounded(qsizetype(seeds.size()))));
        const int mutations = int(random.bounded(1, 4));
        for (int m = 0; m < mutations; ++m) {
            const int at = int(random.bounded(frame.size()));
            switch (random.bounded(3)) {
            case 0:
                frame[at] = char(frame.at(at) ^ (1 << random.bounded(8)));
                break;
            case 1:
                frame[at] = char(random.bounded(256));
                break;
            default:
                frame.insert(at, char(random.bounded(256)));
                break;
            }
        }
        QVERIFY2(decodesConsistently(frame, limits), frame.toHex().constData());
        accepted += decodeMessage(frame, limits).ok() ? 1 : 0;
    }
    // Mutations that hit a value rather than the structure still decode: the test reaches the
    // typed decoder, not only the CBOR parser.
    QVERIFY(accepted > 0);
}

void tst_ProtocolFuzz::truncatedFramesAreRefused()
{
    const DecodeLimits limits;
    for (const QByteArray &frame : seedFrames()) {
        QVERIFY(decodeMessage(frame, limits).ok());
        for (qsizetype length = 0; length < frame.size(); ++length) {
            const auto decoded = decodeMessage(frame.left(length), limits);
            QVERIFY2(!decoded.ok(), frame.left(length).toHex().constData());
        }
    }
}

void tst_ProtocolFuzz::oversizedFramesAreRefused()
{
    DecodeLimits limits;
    limits.maxFrameBytes = 4096;
    QRandomGenerator random(Seed + 2);
    for (int i = 0; i < 200; ++i) {
        QByteArray frame = seedFrames().at(2);
        frame.append(randomBytes(random, 4096));
        const auto decoded = decodeMessage(frame, limits);
        QVERIFY(!decoded.ok());
        QVERIFY(decoded.error().detail.contains(QStringLiteral("frame of")));
    }
    // A push within the byte limit that carries a million tiny items is refused by count.
    QCborArray many;
    for (int i = 0; i < 300'000; ++i)
        many.append(i);
    const QByteArray frame = QCborValue(QCborMap { { QStringLiteral("v"), 1 },
                                                   { QStringLiteral("type"), QStringLiteral("push") },
                                                   { QStringLiteral("txs"), many } })
                                 .toCbor();
    const auto decoded = decodeMessage(frame);
    QVERIFY(!decoded.ok());
}

QTEST_GUILESS_MAIN(tst_ProtocolFuzz)
#include "tst_protocolfuzz.moc"
