#include "changelog.h"

#include "cborbytes.h"
#include "hlc.h"
#include "uuid7.h"

#include <QCborValue>
#include <QDateTime>

namespace OmniCrm {

namespace {

using CborBytes::appendHead;
using CborBytes::appendInteger;
using CborBytes::appendText;

// The outbox's CBOR map, written straight into a byte array (cborbytes.h): byte for byte what
// QCborStreamWriter writes (tst_ChangeLog compares the two); an import records about 20 fields per
// contact.
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
    case QMetaType::Double:
        CborBytes::appendDouble(out, value.toDouble());
        return;
    case QMetaType::QByteArray:
        CborBytes::appendBytes(out, value.toByteArray());
        return;
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
