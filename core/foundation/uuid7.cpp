#include "uuid7.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

#include <openssl/rand.h>

#include <array>
#include <atomic>
#include <cstring>

namespace OmniCrm {

namespace {

// The random bits of an id come from a cryptographic generator, but asking one for 10 bytes costs
// more than everything else newId() does (QRandomGenerator::system() runs RDRAND per word, slow
// on virtual machines; OpenSSL's RAND_bytes has a per-call overhead), and an import makes several
// ids per record. So each thread draws 4 KiB from OpenSSL's DRBG at a time and hands out 10 bytes
// per id. (A process that forked and did not exec would repeat its parent's unused bytes; OmniCRM
// forks only to exec.)
void fillRandom(quint8 *out, qsizetype count)
{
    static constexpr qsizetype kPoolBytes = 4096;
    thread_local std::array<quint8, kPoolBytes> pool;
    thread_local qsizetype used = kPoolBytes;
    if (used + count > kPoolBytes) {
        if (RAND_bytes(pool.data(), int(kPoolBytes)) != 1)
            QRandomGenerator::system()->generate(pool.begin(), pool.end());
        used = 0;
    }
    std::memcpy(out, pool.data() + used, size_t(count));
    std::memset(pool.data() + used, 0, size_t(count)); // handed-out bytes do not linger
    used += count;
}

} // namespace

QString newId()
{
    // Monotonic within a process: a clock that steps back never yields an older prefix.
    static std::atomic<qint64> lastMs { 0 };
    qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 prev = lastMs.load();
    while (now > prev && !lastMs.compare_exchange_weak(prev, now)) { }
    now = std::max(now, lastMs.load());

    std::array<quint8, 16> b {};
    for (int i = 0; i < 6; ++i)
        b[i] = quint8((quint64(now) >> (8 * (5 - i))) & 0xff);
    fillRandom(b.data() + 6, 10);
    b[6] = quint8(0x70 | (b[6] & 0x0f)); // version 7
    b[8] = quint8(0x80 | (b[8] & 0x3f)); // RFC 4122 variant
    const QUuid uuid = QUuid::fromRfc4122(QByteArrayView(b.data(), qsizetype(b.size())));
    return uuid.toString(QUuid::WithoutBraces);
}

bool isValidId(const QString &text)
{
    if (text.size() != 36)
        return false;
    const QUuid uuid = QUuid::fromString(text);
    return !uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == text;
}

QString derivedId(const QString &key)
{
    static const QUuid kNamespace = QUuid::fromString(u"8a1f6c52-3d0e-4b7a-9f43-2c5e7d1b9a60");
    return QUuid::createUuidV5(kNamespace, key).toString(QUuid::WithoutBraces);
}

} // namespace OmniCrm
