#include "uuid7.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

#include <array>
#include <atomic>
#include <cstring>

namespace OmniCrm {

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
    quint32 random[3];
    QRandomGenerator::system()->fillRange(random);
    std::memcpy(b.data() + 6, random, 10);
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

} // namespace OmniCrm
