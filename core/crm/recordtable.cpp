#include "recordtable.h"

#include "syncrepository.h"

namespace OmniCrm {

RecordTable::RecordTable(Database &db, QString table)
    : m_db(db)
    , m_table(std::move(table))
{
}

Result<qint64> RecordTable::insert(const Fields &fields, UnitOfWork &work, qint64 createdAt)
{
    const qint64 created = createdAt > 0 ? createdAt : work.now();
    auto stmt = insertStatement(fields);
    if (!stmt)
        return stmt.error();
    Statement &s = **stmt;
    int index = 1;
    QString id;
    for (const auto &[column, value] : fields) {
        s.bind(index++, value);
        if (column == u"id")
            id = value.toString();
    }
    s.bind(index, created);
    s.bind(index + 1, work.now());
    s.bind(index + 2, qint64(work.hlc()));
    OMNICRM_TRY(s.run());
    const qint64 rowId = m_db.lastInsertRowId();

    // A new row's missing columns are null anyway: the outbox records only the values it has.
    Fields recorded;
    recorded.reserve(fields.size() + 1);
    for (const auto &field : fields) {
        if (!field.second.isNull())
            recorded.append(field);
    }
    recorded.append({ QStringLiteral("created_at"), created });
    OMNICRM_TRY(work.record(m_table, id, 1, recorded));
    return rowId;
}

Result<Statement *> RecordTable::insertStatement(const Fields &fields)
{
    // A repository inserts the same columns every time: build and prepare once per column list.
    // Every parameter is bound on each insert and run() resets, so the statement needs no reset.
    const bool same = m_insert && m_insertColumns.size() == fields.size()
        && std::equal(fields.begin(), fields.end(), m_insertColumns.begin(),
                      [](const auto &field, const QString &column) { return field.first == column; });
    if (same)
        return m_insert;
    m_insert = nullptr;
    m_insertColumns.clear();
    QString marks;
    for (const auto &field : fields) {
        m_insertColumns.append(field.first);
        marks += QStringLiteral("?,");
    }
    auto stmt = m_db.cached(
        QStringLiteral("INSERT INTO %1 (%2, created_at, updated_at, cl, sync_hlc) VALUES (%3 ?, ?, 1, ?)")
            .arg(m_table, m_insertColumns.join(u','), marks));
    if (!stmt)
        return stmt.error();
    m_insert = *stmt;
    return m_insert;
}

Status RecordTable::update(const QString &id, const Fields &changed, UnitOfWork &work)
{
    if (changed.isEmpty())
        return {};
    QString assignments;
    for (const auto &field : changed)
        assignments += field.first + QStringLiteral(" = ?, ");
    auto stmt = m_db.cached(
        QStringLiteral("UPDATE %1 SET %2updated_at = ? WHERE id = ?").arg(m_table, assignments));
    if (!stmt)
        return stmt.error();
    Statement &s = **stmt;
    int index = 1;
    for (const auto &field : changed)
        s.bind(index++, field.second);
    s.bind(index, work.now());
    s.bind(index + 1, id);
    OMNICRM_TRY(s.run());
    if (m_db.changes() == 0)
        return Error::make(ErrorCode::NotFound, QStringLiteral("no %1 with id %2").arg(m_table, id));
    // An edit follows every value it replaces. The unit's clock is past every clock this store
    // merged, except one sync refused to follow (far ahead of local time, see ReplicaStore): an
    // edit of such a row is stamped just past it, or every other replica would keep the old value.
    SyncRepository sync(m_db);
    auto stored = sync.row(m_table, id, {});
    if (!stored)
        return stored.error();
    quint64 newest = stored->rowClock.hlc;
    for (const FieldClock &clock : std::as_const(stored->overrides))
        newest = std::max(newest, clock.hlc);
    const quint64 hlc = newest > work.hlc() ? newest + 1 : work.hlc();
    // Each changed column keeps the clock of the value it replaced: what this edit had in view.
    ReplacedClocks replaced;
    QStringList columns;
    for (const auto &field : changed) {
        replaced.append({ field.first, stored->clockOf(field.first) });
        columns.append(field.first);
    }
    // The row's sync_hlc stays the clock of the columns this update did not touch.
    OMNICRM_TRY(sync.setFieldClocks(m_table, id, columns, FieldClock { hlc, {} }, replaced));
    return work.record(m_table, id, stored->causalLength, changed, hlc, replaced);
}

Status RecordTable::setCausalLength(const QString &id, qint64 causalLength, UnitOfWork &work)
{
    auto stmt = m_db.cached(QStringLiteral("UPDATE %1 SET cl = ?, updated_at = ? WHERE id = ?").arg(m_table));
    if (!stmt)
        return stmt.error();
    OMNICRM_TRY((*stmt)->bind(1, causalLength).bind(2, work.now()).bind(3, id).run());
    if (m_db.changes() == 0)
        return Error::make(ErrorCode::NotFound, QStringLiteral("no %1 with id %2").arg(m_table, id));
    return work.record(m_table, id, causalLength, { { QStringLiteral("cl"), causalLength } });
}

Status RecordTable::markDeleted(const QString &id, UnitOfWork &work)
{
    auto cl = causalLength(id);
    if (!cl)
        return cl.error();
    return *cl % 2 == 0 ? Status() : setCausalLength(id, *cl + 1, work);
}

Result<qint64> RecordTable::causalLength(const QString &id) const
{
    return integerOf(QStringLiteral("cl"), id);
}

Result<qint64> RecordTable::rowIdOf(const QString &id) const
{
    return integerOf(QStringLiteral("rowid"), id);
}

Result<qint64> RecordTable::integerOf(const QString &column, const QString &id) const
{
    auto stmt = m_db.cached(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(column, m_table));
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, id);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error::make(ErrorCode::NotFound, QStringLiteral("no %1 with id %2").arg(m_table, id));
    const qint64 value = (*stmt)->int64(0);
    (*stmt)->reset();
    return value;
}

Result<qint64> RecordTable::countAlive() const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE cl % 2 = 1").arg(m_table));
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    return stmt->int64(0);
}

Fields RecordTable::changedFields(const Fields &before, const Fields &after)
{
    Fields changed;
    for (const auto &field : after) {
        const auto old = std::find_if(before.begin(), before.end(),
                                      [&](const auto &candidate) { return candidate.first == field.first; });
        if (old == before.end() || old->second != field.second
            || old->second.isNull() != field.second.isNull())
            changed.append(field);
    }
    return changed;
}

} // namespace OmniCrm
