#include "syncrepository.h"

#include "recordtable.h"
#include "uuid7.h"

#include <QCborValue>

#include <algorithm>

namespace OmniCrm {

namespace {

const QString kAckedKey = QStringLiteral("outbox_acked_seq");

// Table and column names reach SQL text here; they come from this store's own schema, but a
// name that is not a plain identifier is refused rather than spliced in.
bool isIdentifier(const QString &name)
{
    // ^[a-z_][a-z0-9_]*$, checked by hand: every merged row checks its columns (a regular
    // expression here was a visible part of an initial sync).
    if (name.isEmpty() || (name.front() >= u'0' && name.front() <= u'9'))
        return false;
    return std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
    });
}

Status checkIdentifiers(const QString &table, const QStringList &columns = {})
{
    if (!isIdentifier(table))
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("not a table name: %1").arg(table));
    for (const QString &column : columns) {
        if (!isIdentifier(column))
            return Error::make(ErrorCode::InvalidArgument,
                               QStringLiteral("not a column name: %1.%2").arg(table, column));
    }
    return {};
}

// A column read by "typeof(c), c" pairs, typed as it is stored.
QVariant valueAt(const Statement &s, int typeColumn)
{
    const QString type = s.text(typeColumn);
    if (type == u"integer")
        return s.int64(typeColumn + 1);
    if (type == u"real")
        return s.real(typeColumn + 1);
    if (type == u"text")
        return s.text(typeColumn + 1);
    if (type == u"blob")
        return s.blob(typeColumn + 1);
    return {};
}

Status bindValue(Statement &s, int index, const QVariant &value)
{
    if (value.isNull())
        s.bindNull(index);
    else
        s.bind(index, value);
    return {};
}

ConflictRecord conflictFrom(const Statement &s)
{
    ConflictRecord c;
    c.id = s.text(0);
    c.table = s.text(1);
    c.rowId = s.text(2);
    c.column = s.text(3);
    c.losingValue = decodeSyncValue(s.blob(4));
    c.losingHlc = quint64(s.int64(5));
    c.losingSite = s.text(6);
    c.winningValue = decodeSyncValue(s.blob(7));
    c.winningHlc = quint64(s.int64(8));
    c.winningSite = s.text(9);
    c.loggedAt = s.int64(10);
    c.restoredAt = s.optionalInt64(11);
    return c;
}

const QString kConflictColumns
    = QStringLiteral("SELECT id, tbl, row_id, col, losing_value, losing_hlc, losing_site, winning_value, "
                     "winning_hlc, winning_site, logged_at, restored_at FROM sync_conflict ");

Result<QList<ConflictRecord>> readConflicts(Statement &s)
{
    QList<ConflictRecord> out;
    while (true) {
        auto row = s.step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        out.append(conflictFrom(s));
    }
}

} // namespace

QByteArray encodeSyncValue(const QVariant &value)
{
    if (value.isNull())
        return QCborValue(QCborValue::Null).toCbor();
    return QCborValue::fromVariant(value).toCbor();
}

QVariant decodeSyncValue(const QByteArray &cbor)
{
    const QCborValue value = QCborValue::fromCbor(cbor);
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

SyncRepository::SyncRepository(Database &db)
    : m_db(db)
{
}

Result<QList<OutboxRow>> SyncRepository::outboxAfter(qint64 afterSeq, int maxTransactions) const
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT seq, tx_id, tbl, row_id, fields, hlc, cl, replaced FROM outbox WHERE seq > ? ORDER BY seq"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, afterSeq);
    QList<OutboxRow> rows;
    int transactions = 0;
    while (true) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            return rows;
        const QString txId = stmt->text(1);
        if (rows.isEmpty() || rows.last().txId != txId) {
            if (transactions == maxTransactions)
                return rows;
            ++transactions;
        }
        rows.append(OutboxRow { stmt->int64(0), txId, stmt->text(2), stmt->text(3), stmt->blob(4),
                                quint64(stmt->int64(5)), stmt->int64(6), stmt->blob(7) });
    }
}

Result<qint64> SyncRepository::acknowledgedSeq() const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT CAST(value AS INTEGER) FROM meta WHERE key = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, kAckedKey);
    auto row = stmt->step();
    if (!row)
        return row.error();
    return *row ? stmt->int64(0) : qint64(0);
}

Status SyncRepository::acknowledge(qint64 seq)
{
    auto current = acknowledgedSeq();
    if (!current)
        return current.error();
    if (seq <= *current)
        return {};
    Transaction tx(m_db);
    OMNICRM_TRY(tx.began());
    auto mark = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    if (!mark)
        return mark.error();
    OMNICRM_TRY(mark->bind(1, kAckedKey).bind(2, QString::number(seq)).run());
    auto prune = m_db.prepare(
        QStringLiteral("DELETE FROM outbox WHERE seq <= ? AND seq < (SELECT max(seq) FROM outbox)"));
    if (!prune)
        return prune.error();
    OMNICRM_TRY(prune->bind(1, seq).run());
    return tx.commit();
}

Result<QHash<QString, QStringList>> SyncRepository::syncedTables() const
{
    auto tables = m_db.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    if (!tables)
        return tables.error();
    QStringList names;
    while (true) {
        auto row = tables->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        names.append(tables->text(0));
    }
    QHash<QString, QStringList> synced;
    for (const QString &name : names) {
        if (!isIdentifier(name))
            continue;
        auto info = m_db.prepare(QStringLiteral("PRAGMA table_info(%1)").arg(name));
        if (!info)
            return info.error();
        QStringList columns;
        bool hasClock = false;
        while (true) {
            auto row = info->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            const QString column = info->text(1);
            if (column == u"sync_hlc")
                hasClock = true;
            else if (column != u"rowid" && column != u"id" && column != u"cl" && column != u"updated_at"
                     && column != u"sync_site")
                columns.append(column);
        }
        if (hasClock)
            synced.insert(name, columns);
    }
    return synced;
}

Result<QSet<QString>> SyncRepository::requiredColumns() const
{
    auto tables = syncedTables();
    if (!tables)
        return tables.error();
    QSet<QString> required;
    for (auto it = tables->constBegin(); it != tables->constEnd(); ++it) {
        auto info = m_db.prepare(QStringLiteral("PRAGMA table_info(%1)").arg(it.key()));
        if (!info)
            return info.error();
        while (true) {
            auto row = info->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            if (info->int64(3) != 0)
                required.insert(it.key() + u'.' + info->text(1));
        }
    }
    return required;
}

Result<StoredRow> SyncRepository::row(const QString &table, const QString &id,
                                      const QStringList &columns) const
{
    // The statement text is built once per table (a merge reads every row it touches).
    auto known = m_rowSelects.find(table);
    if (known == m_rowSelects.end() || known->first != columns) {
        OMNICRM_TRY(checkIdentifiers(table, columns));
        QString select = QStringLiteral("SELECT cl, updated_at, sync_hlc, sync_site");
        for (const QString &column : columns)
            select += QStringLiteral(", typeof(%1), %1").arg(column);
        known = m_rowSelects.insert(table,
                                    { columns, select + QStringLiteral(" FROM %1 WHERE id = ?").arg(table) });
    }
    auto stmt = m_db.cached(known->second);
    if (!stmt)
        return stmt.error();
    Statement &s = **stmt;
    s.bind(1, id);
    auto found = s.step();
    if (!found)
        return found.error();
    StoredRow stored;
    if (!*found)
        return stored;
    stored.exists = true;
    stored.causalLength = s.int64(0);
    stored.updatedAt = s.int64(1);
    stored.rowClock = FieldClock { quint64(s.int64(2)), s.text(3) };
    for (int i = 0; i < columns.size(); ++i)
        stored.values.insert(columns[i], valueAt(s, 4 + 2 * i));
    s.reset();

    auto clocks = m_db.cached(QStringLiteral("SELECT col, hlc, site, replaced_hlc, replaced_site "
                                             "FROM sync_field_clock WHERE tbl = ? AND row_id = ?"));
    if (!clocks)
        return clocks.error();
    Statement &c = **clocks;
    c.bind(1, table).bind(2, id);
    while (true) {
        auto row = c.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const QString column = c.text(0);
        stored.overrides.insert(column, FieldClock { quint64(c.int64(1)), c.text(2) });
        if (!c.isNull(3))
            stored.replaced.insert(column, FieldClock { quint64(c.int64(3)), c.text(4) });
    }
    return stored;
}

Status SyncRepository::insertRow(const QString &table, const QString &id, const Fields &values,
                                 qint64 causalLength, const FieldClock &clock, qint64 updatedAt)
{
    QStringList columns;
    for (const auto &field : values)
        columns.append(field.first);
    OMNICRM_TRY(checkIdentifiers(table, columns));
    const bool hasCreated = columns.contains(QStringLiteral("created_at"));
    QString names = QStringLiteral("id, cl, updated_at, sync_hlc, sync_site");
    QString marks = QStringLiteral("?, ?, ?, ?, ?");
    if (!hasCreated) { // every synced row has one; a change that lacks it gets the write's time
        names += QStringLiteral(", created_at");
        marks += QStringLiteral(", ?");
    }
    for (const QString &column : columns) {
        names += u", " + column;
        marks += QStringLiteral(", ?");
    }
    auto stmt = m_db.cached(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, names, marks));
    if (!stmt)
        return stmt.error();
    Statement &s = **stmt;
    s.bind(1, id).bind(2, causalLength).bind(3, updatedAt).bind(4, qint64(clock.hlc));
    s.bindOptional(5, clock.site.isEmpty() ? QString() : clock.site);
    int index = 6;
    if (!hasCreated)
        s.bind(index++, updatedAt);
    for (const auto &field : values)
        OMNICRM_TRY(bindValue(s, index++, field.second));
    const Status done = s.run();
    if (!done.ok())
        return Error::make(
            done.error().code,
            QStringLiteral("cannot add %1 %2 from sync: %3").arg(table, id, done.error().detail));
    return {};
}

Status SyncRepository::updateRow(const QString &table, const QString &id, const Fields &values,
                                 qint64 causalLength, qint64 updatedAt)
{
    QStringList columns;
    for (const auto &field : values)
        columns.append(field.first);
    OMNICRM_TRY(checkIdentifiers(table, columns));
    QString assignments;
    for (const QString &column : columns)
        assignments += column + QStringLiteral(" = ?, ");
    auto stmt
        = m_db.cached(QStringLiteral("UPDATE %1 SET %2cl = ?, updated_at = max(updated_at, ?) WHERE id = ?")
                          .arg(table, assignments));
    if (!stmt)
        return stmt.error();
    Statement &s = **stmt;
    int index = 1;
    for (const auto &field : values)
        OMNICRM_TRY(bindValue(s, index++, field.second));
    s.bind(index, causalLength).bind(index + 1, updatedAt).bind(index + 2, id);
    const Status done = s.run();
    if (!done.ok())
        return Error::make(
            done.error().code,
            QStringLiteral("cannot merge %1 %2 from sync: %3").arg(table, id, done.error().detail));
    return {};
}

Status SyncRepository::setFieldClocks(const QString &table, const QString &id, const QStringList &columns,
                                      const FieldClock &clock, const ReplacedClocks &replaced)
{
    if (columns.isEmpty())
        return {};
    QString sql = QStringLiteral("INSERT OR REPLACE INTO sync_field_clock "
                                 "(tbl, row_id, col, hlc, site, replaced_hlc, replaced_site) VALUES ");
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const int at = 5 + 3 * int(i);
        sql += QStringLiteral("%1(?1, ?2, ?%2, ?3, ?4, ?%3, ?%4)")
                   .arg(i == 0 ? QString() : QStringLiteral(", "))
                   .arg(at)
                   .arg(at + 1)
                   .arg(at + 2);
    }
    auto stmt = m_db.cached(sql);
    if (!stmt)
        return stmt.error();
    Statement &s = **stmt;
    s.bind(1, table).bind(2, id).bind(3, qint64(clock.hlc));
    s.bindOptional(4, clock.site.isEmpty() ? QString() : clock.site);
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const int at = 5 + 3 * int(i);
        s.bind(at, columns[i]);
        const auto was = std::find_if(replaced.begin(), replaced.end(),
                                      [&](const auto &entry) { return entry.first == columns[i]; });
        if (was == replaced.end()) {
            s.bindNull(at + 1).bindNull(at + 2);
        } else {
            s.bind(at + 1, qint64(was->second.hlc));
            s.bindOptional(at + 2, was->second.site.isEmpty() ? QString() : was->second.site);
        }
    }
    return s.run();
}

Result<QString> SyncRepository::textOf(const QString &table, const QString &id, const QString &column) const
{
    OMNICRM_TRY(checkIdentifiers(table, { column }));
    auto stmt = m_db.cached(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(column, table));
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, id);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    const QString text = *row ? (*stmt)->text(0) : QString();
    (*stmt)->reset();
    return text;
}

Result<QStringList> SyncRepository::idsWhere(const QString &table, const QString &column,
                                             const QString &value) const
{
    OMNICRM_TRY(checkIdentifiers(table, { column }));
    auto stmt = m_db.cached(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(table, column));
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, value);
    QStringList ids;
    while (true) {
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        if (!*row)
            return ids;
        ids.append((*stmt)->text(0));
    }
}

Status SyncRepository::deferForeignKeys()
{
    return m_db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
}

Status SyncRepository::setForeignKeys(bool enforced)
{
    return m_db.exec(enforced ? QStringLiteral("PRAGMA foreign_keys = ON")
                              : QStringLiteral("PRAGMA foreign_keys = OFF"));
}

Result<qint64> SyncRepository::appliedSeq(const QString &site) const
{
    auto stmt = m_db.cached(QStringLiteral("SELECT local_seq FROM sync_applied WHERE site_id = ?"));
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, site);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    const qint64 seq = *row ? (*stmt)->int64(0) : 0;
    (*stmt)->reset();
    return seq;
}

Status SyncRepository::setAppliedSeq(const QString &site, qint64 localSeq)
{
    auto stmt = m_db.cached(
        QStringLiteral("INSERT OR REPLACE INTO sync_applied (site_id, local_seq) VALUES (?, ?)"));
    if (!stmt)
        return stmt.error();
    return (*stmt)->bind(1, site).bind(2, localSeq).run();
}

Status SyncRepository::addConflict(const ConflictRecord &c)
{
    auto stmt = m_db.cached(QStringLiteral(
        "INSERT INTO sync_conflict (id, tbl, row_id, col, losing_value, losing_hlc, losing_site, "
        "winning_value, winning_hlc, winning_site, logged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!stmt)
        return stmt.error();
    Statement &s = **stmt;
    s.bind(1, c.id.isEmpty() ? newId() : c.id).bind(2, c.table).bind(3, c.rowId).bind(4, c.column);
    s.bind(5, encodeSyncValue(c.losingValue)).bind(6, qint64(c.losingHlc)).bind(7, c.losingSite);
    s.bind(8, encodeSyncValue(c.winningValue)).bind(9, qint64(c.winningHlc)).bind(10, c.winningSite);
    s.bind(11, c.loggedAt);
    return s.run();
}

Result<QList<ConflictRecord>> SyncRepository::conflicts(int limit, bool includeRestored) const
{
    auto stmt = m_db.prepare(kConflictColumns
                             + (includeRestored ? QString() : QStringLiteral("WHERE restored_at IS NULL "))
                             + QStringLiteral("ORDER BY rowid DESC LIMIT ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, limit);
    return readConflicts(*stmt);
}

Result<ConflictRecord> SyncRepository::conflict(const QString &id) const
{
    auto stmt = m_db.prepare(kConflictColumns + QStringLiteral("WHERE id = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    auto found = readConflicts(*stmt);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::make(ErrorCode::NotFound, QStringLiteral("no conflict with id %1").arg(id));
    return found->first();
}

Result<QList<ConflictRecord>> SyncRepository::conflictsOfLosingWrite(const ConflictRecord &c) const
{
    auto stmt
        = m_db.prepare(kConflictColumns
                       + QStringLiteral("WHERE tbl = ? AND row_id = ? AND losing_hlc = ? AND losing_site = ? "
                                        "AND restored_at IS NULL ORDER BY rowid"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, c.table).bind(2, c.rowId).bind(3, qint64(c.losingHlc)).bind(4, c.losingSite);
    return readConflicts(*stmt);
}

Status SyncRepository::markRestored(const QString &id, qint64 at)
{
    auto stmt = m_db.prepare(QStringLiteral("UPDATE sync_conflict SET restored_at = ? WHERE id = ?"));
    if (!stmt)
        return stmt.error();
    return stmt->bind(1, at).bind(2, id).run();
}

Status SyncRepository::restoreFields(const QString &table, const QString &id, const Fields &values,
                                     UnitOfWork &work)
{
    QStringList columns;
    for (const auto &field : values)
        columns.append(field.first);
    OMNICRM_TRY(checkIdentifiers(table, columns));
    RecordTable records(m_db, table);
    return records.update(id, values, work);
}

} // namespace OmniCrm
