// The merge engine's rules for one field, apart from any storage so they read as the rules.
#pragma once

#include <QCborValue>
#include <QString>
#include <QVariant>

#include <optional>

namespace OmniCrm {

/// Who wrote a field's value and when: (hybrid logical clock, site id).
struct FieldStamp
{
    quint64 hlc = 0;
    QString site;
};

/// Last writer wins on (hlc, site id). Equal stamps are one unit of work of one site that wrote
/// the field twice: the later row of the transaction (the incoming one) is the newer value.
inline bool remoteWins(const FieldStamp &remote, const FieldStamp &local)
{
    if (remote.hlc != local.hlc)
        return remote.hlc > local.hlc;
    return remote.site >= local.site;
}

/// Whether a value that lost is worth a conflict entry: one that another site replaced without
/// having seen it. Not a conflict: a site replacing its own value, a column that was never set
/// (null at the row's creation clock), and the very value the winner's writer replaced
/// (winnerReplaced, what it had seen when it wrote). Where the writer did not say what it
/// replaced (an insert, a snapshot, an older client), every value another site replaced is
/// logged: nothing written by someone else is ever lost silently.
inline bool isConcurrentLoss(const FieldStamp &loser, const FieldStamp &winner, bool loserNeverSet,
                             const std::optional<FieldStamp> &winnerReplaced)
{
    if (loserNeverSet || loser.site == winner.site)
        return false;
    return !winnerReplaced || winnerReplaced->hlc != loser.hlc || winnerReplaced->site != loser.site;
}

/// A synced value as stored: null, integer, double, text or bytes (booleans become integers).
inline QVariant syncValueFromCbor(const QCborValue &value)
{
    if (value.isInteger())
        return value.toInteger();
    if (value.isBool())
        return qint64(value.toBool() ? 1 : 0);
    if (value.isDouble())
        return value.toDouble();
    if (value.isString())
        return value.toString();
    if (value.isByteArray())
        return value.toByteArray();
    return {};
}

/// Whether two stored values are the same value of the same type.
inline bool sameSyncValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    if (a.typeId() == QMetaType::LongLong && b.typeId() == QMetaType::LongLong)
        return a.toLongLong() == b.toLongLong();
    if (a.typeId() == QMetaType::Double && b.typeId() == QMetaType::Double)
        return a.toDouble() == b.toDouble();
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return a.toString() == b.toString();
    if (a.typeId() == QMetaType::QByteArray && b.typeId() == QMetaType::QByteArray)
        return a.toByteArray() == b.toByteArray();
    return false;
}

} // namespace OmniCrm
