#include "changelog.h"

#include "hlc.h"
#include "uuid7.h"

#include <QCborStreamWriter>
#include <QCborValue>
#include <QDateTime>

namespace OmniCrm {

namespace {

void writeCborValue(QCborStreamWriter &writer, const QVariant &value)
{
    if (value.isNull()) {
        writer.append(nullptr);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
        writer.append(value.toBool());
        return;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
        writer.append(qint64(value.toLongLong()));
        return;
    case QMetaType::Double:
        writer.append(value.toDouble());
        return;
    case QMetaType::QByteArray:
        writer.append(value.toByteArray());
        return;
    case QMetaType::QString:
        writer.append(value.toString());
        return;
    default:
        QCborValue::fromVariant(value).toCbor(writer);
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
                         qint64 causalLength, const Fields &fields)
{
    if (fields.isEmpty())
        return {};
    // Written with the stream writer: QCborMap looks every key up on insert, which costs more
    // than the database insert when a 100,000-row import records 20 fields per contact.
    QByteArray cbor;
    QCborStreamWriter writer(&cbor);
    writer.startMap(quint64(fields.size()));
    for (const auto &[column, value] : fields) {
        writer.append(column);
        writeCborValue(writer, value);
    }
    writer.endMap();
    auto stmt = m_db.cached(
        QStringLiteral("INSERT INTO outbox (tx_id, tbl, row_id, fields, hlc, cl) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!stmt)
        return stmt.error();
    Statement &s = **stmt;
    s.bind(1, txId).bind(2, table).bind(3, rowId).bind(4, cbor);
    s.bind(5, qint64(hlc)).bind(6, causalLength);
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

UnitOfWork::UnitOfWork(ChangeLog &log)
    : m_db(log.database())
    , m_log(log)
    , m_tx(log.database())
    , m_txId(newId())
    , m_hlc(log.clock().now())
    , m_nowMs(QDateTime::currentMSecsSinceEpoch())
{
}

Status UnitOfWork::record(QStringView table, const QString &rowId, qint64 causalLength, const Fields &fields)
{
    return m_log.append(m_txId, m_hlc, table, rowId, causalLength, fields);
}

Status UnitOfWork::commit()
{
    OMNICRM_TRY(m_log.saveClock(m_hlc));
    return m_tx.commit();
}

Status inUnitOfWork(ChangeLog &log, const std::function<Status(UnitOfWork &)> &body)
{
    UnitOfWork work(log);
    OMNICRM_TRY(work.began());
    OMNICRM_TRY(body(work));
    return work.commit();
}

} // namespace OmniCrm
