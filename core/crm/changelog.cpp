#include "changelog.h"

#include "hlc.h"
#include "uuid7.h"

#include <QCborValue>
#include <QDateTime>

#include <cstring>

namespace OmniCrm {

namespace {

// The outbox's CBOR map, written straight into a byte array. Byte for byte what QCborStreamWriter
// writes (definite lengths, shortest heads, doubles as 64 bits; tst_ChangeLog compares the two),
// without its QIODevice round trip per item: an import records about 20 fields per contact.
void appendHead(QByteArray &out, quint8 major, quint64 value)
{
    const char type = char(major << 5);
    if (value < 24) {
        out.append(char(type | char(value)));
        return;
    }
    int bytes = 8;
    char info = 27;
    if (value <= 0xff) {
        bytes = 1;
        info = 24;
    } else if (value <= 0xffff) {
        bytes = 2;
        info = 25;
    } else if (value <= 0xffffffffULL) {
        bytes = 4;
        info = 26;
    }
    out.append(char(type | info));
    for (int shift = 8 * (bytes - 1); shift >= 0; shift -= 8)
        out.append(char((value >> shift) & 0xff));
}

void appendText(QByteArray &out, QStringView text)
{
    // Column names and most values are ASCII: their UTF-8 is their Latin-1.
    const qsizetype size = text.size();
    const QChar *chars = text.data();
    qsizetype i = 0;
    while (i < size && chars[i].unicode() < 0x80)
        ++i;
    if (i == size) {
        appendHead(out, 3, quint64(size));
        const qsizetype at = out.size();
        out.resize(at + size);
        char *dst = out.data() + at;
        for (qsizetype j = 0; j < size; ++j)
            dst[j] = char(chars[j].unicode());
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    appendHead(out, 3, quint64(utf8.size()));
    out.append(utf8);
}

void appendInteger(QByteArray &out, qint64 value)
{
    if (value >= 0)
        appendHead(out, 0, quint64(value));
    else
        appendHead(out, 1, quint64(-1 - value));
}

void appendValue(QByteArray &out, const QVariant &value)
{
    if (value.isNull()) {
        out.append(char(0xf6));
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
        out.append(char(value.toBool() ? 0xf5 : 0xf4));
        return;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
        appendInteger(out, value.toLongLong());
        return;
    case QMetaType::Double: {
        const double d = value.toDouble();
        quint64 bits = 0;
        std::memcpy(&bits, &d, sizeof bits);
        out.append(char(0xfb));
        for (int shift = 56; shift >= 0; shift -= 8)
            out.append(char((bits >> shift) & 0xff));
        return;
    }
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        appendHead(out, 2, quint64(bytes.size()));
        out.append(bytes);
        return;
    }
    case QMetaType::QString:
        appendText(out, value.toString());
        return;
    default:
        out.append(QCborValue::fromVariant(value).toCbor());
        return;
    }
}

} // namespace

ChangeLog::ChangeLog(Database &db, HybridLogicalClock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Status ChangeLog::append(const QString &txId, quint64 hlc, QStringView table, const QString &rowId,
                         qint64 causalLength, const Fields &fields, const ReplacedClocks &replaced)
{
    if (fields.isEmpty())
        return {};
    m_cbor.resize(0); // keeps the capacity
    appendHead(m_cbor, 5, quint64(fields.size()));
    for (const auto &[column, value] : fields) {
        appendText(m_cbor, column);
        appendValue(m_cbor, value);
    }
    // column → [hlc, site] (an empty site: this store's own).
    m_replacedCbor.resize(0);
    if (!replaced.isEmpty()) {
        appendHead(m_replacedCbor, 5, quint64(replaced.size()));
        for (const auto &[column, clock] : replaced) {
            appendText(m_replacedCbor, column);
            appendHead(m_replacedCbor, 4, 2);
            appendHead(m_replacedCbor, 0, clock.hlc);
            appendText(m_replacedCbor, clock.site);
        }
    }
    if (!m_insert) {
        auto stmt = m_db.cached(QStringLiteral("INSERT INTO outbox (tx_id, tbl, row_id, fields, hlc, cl, "
                                               "replaced) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        if (!stmt)
            return stmt.error();
        m_insert = *stmt;
    }
    // Every parameter is bound anew, and run() resets the statement, so it needs no reset here.
    Statement &s = *m_insert;
    s.bind(1, txId).bind(2, table).bind(3, rowId).bind(4, m_cbor);
    s.bind(5, qint64(hlc)).bind(6, causalLength);
    if (replaced.isEmpty())
        s.bindNull(7);
    else
        s.bind(7, m_replacedCbor);
    return s.run();
}

Result<qint64> ChangeLog::pendingCount() const
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT count(*) FROM outbox WHERE seq > "
        "coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'outbox_acked_seq'), 0)"));
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    return stmt->int64(0);
}

Result<quint64> ChangeLog::lastClock() const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'hlc_last'"));
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    return *row ? quint64(stmt->text(0).toULongLong()) : quint64(0);
}

Status ChangeLog::saveClock(quint64 hlc)
{
    auto stmt
        = m_db.cached(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('hlc_last', ?)"));
    if (!stmt)
        return stmt.error();
    return (*stmt)->bind(1, QString::number(hlc)).run();
}

UnitOfWork::UnitOfWork(ChangeLog &log, UnitClock clock)
    : m_db(log.database())
    , m_log(log)
    , m_tx(log.database())
    , m_txId(newId())
    , m_hlc(clock == UnitClock::Genesis ? HybridLogicalClock::pack(0, 1) : log.clock().now())
    , m_nowMs(clock == UnitClock::Genesis ? 0 : QDateTime::currentMSecsSinceEpoch())
    , m_genesis(clock == UnitClock::Genesis)
{
}

Status UnitOfWork::record(QStringView table, const QString &rowId, qint64 causalLength, const Fields &fields)
{
    return m_log.append(m_txId, m_hlc, table, rowId, causalLength, fields);
}

Status UnitOfWork::record(QStringView table, const QString &rowId, qint64 causalLength, const Fields &fields,
                          quint64 hlc, const ReplacedClocks &replaced)
{
    return m_log.append(m_txId, hlc, table, rowId, causalLength, fields, replaced);
}

Status UnitOfWork::commit()
{
    if (!m_genesis) // a genesis unit issued no clock, and saving its own would move time back
        OMNICRM_TRY(m_log.saveClock(m_hlc));
    return m_tx.commit();
}

Status inUnitOfWork(ChangeLog &log, const std::function<Status(UnitOfWork &)> &body, UnitClock clock)
{
    UnitOfWork work(log, clock);
    OMNICRM_TRY(work.began());
    OMNICRM_TRY(body(work));
    return work.commit();
}

} // namespace OmniCrm
