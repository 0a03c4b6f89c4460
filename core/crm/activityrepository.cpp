#include "activityrepository.h"

#include "fieldvalues.h"
#include "keyset.h"
#include "uuid7.h"
#include "validation.h"

namespace OmniCrm {

namespace {

const QString kColumns = QStringLiteral(
    "id, kind, subject, body, target_type, target_id, due_at, done_at, owner_id, created_at, updated_at, cl");

Fields activityFields(const Activity &a)
{
    return {
        { QStringLiteral("id"), a.meta.id },
        { QStringLiteral("kind"), activityKindName(a.kind) },
        { QStringLiteral("subject"), a.subject },
        { QStringLiteral("sort_key"), sortKeyFor(a.subject) },
        { QStringLiteral("body"), textValue(a.body) },
        { QStringLiteral("target_type"), a.targetType },
        { QStringLiteral("target_id"), a.targetId },
        { QStringLiteral("due_at"), optionalValue(a.dueAt) },
        { QStringLiteral("done_at"), optionalValue(a.doneAt) },
        { QStringLiteral("owner_id"), textValue(a.ownerId) },
    };
}

Activity activityFromRow(const Statement &s)
{
    Activity a;
    a.meta.id = s.text(0);
    a.kind = activityKindFromName(s.text(1)).value_or(ActivityKind::Note);
    a.subject = s.text(2);
    a.body = s.text(3);
    a.targetType = s.text(4);
    a.targetId = s.text(5);
    a.dueAt = s.optionalInt64(6);
    a.doneAt = s.optionalInt64(7);
    a.ownerId = s.text(8);
    a.meta.createdAt = s.int64(9);
    a.meta.updatedAt = s.int64(10);
    a.meta.causalLength = s.int64(11);
    return a;
}

const QString kRowColumns = QStringLiteral(
    "SELECT a.rowid, a.id, a.kind, a.subject, a.target_type, a.target_id, "
    "CASE a.target_type WHEN 'contact' THEN (SELECT full_name FROM contact WHERE id = a.target_id) "
    "WHEN 'company' THEN (SELECT name FROM company WHERE id = a.target_id) "
    "WHEN 'lead' THEN (SELECT title FROM lead WHERE id = a.target_id) "
    "WHEN 'deal' THEN (SELECT title FROM deal WHERE id = a.target_id) END, "
    "a.due_at, a.done_at, a.created_at, a.updated_at");
const QString kRowFrom = QStringLiteral("FROM activity a ");
// The same expression as the activity_due_list index, so undated activities sort last.
const QString kDueKey = QStringLiteral("ifnull(a.due_at, 9223372036854775807)");

ActivityRow activityRowFrom(const Statement &s)
{
    ActivityRow r;
    r.rowId = s.int64(0);
    r.id = s.text(1);
    r.kind = activityKindFromName(s.text(2)).value_or(ActivityKind::Note);
    r.subject = s.text(3);
    r.targetType = s.text(4);
    r.targetId = s.text(5);
    r.targetName = s.text(6);
    r.dueAt = s.optionalInt64(7);
    r.doneAt = s.optionalInt64(8);
    r.createdAt = s.int64(9);
    r.updatedAt = s.int64(10);
    return r;
}

} // namespace

ActivityRepository::ActivityRepository(Database &db)
    : m_db(db)
    , m_table(db, QStringLiteral("activity"))
{
}

Result<qint64> ActivityRepository::insert(Activity &activity, UnitOfWork &work)
{
    if (activity.meta.id.isEmpty())
        activity.meta.id = newId();
    activity.meta.createdAt = activity.meta.updatedAt = work.now();
    activity.meta.causalLength = 1;
    return m_table.insert(activityFields(activity), work);
}

Status ActivityRepository::update(const Activity &before, const Activity &after, UnitOfWork &work)
{
    return m_table.update(after.meta.id,
                          RecordTable::changedFields(activityFields(before), activityFields(after)), work);
}

Status ActivityRepository::setCausalLength(const QString &id, qint64 causalLength, UnitOfWork &work)
{
    return m_table.setCausalLength(id, causalLength, work);
}

Result<Activity> ActivityRepository::find(const QString &id) const
{
    return oneRow<Activity>(
        m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM activity WHERE id = ?"), id,
        activityFromRow, QStringLiteral("activity"));
}

Result<Page<ActivityRow>> ActivityRepository::page(const ListSort &sort, const std::optional<Cursor> &after,
                                                   int limit) const
{
    KeysetOrder order;
    order.descending = sort.descending;
    switch (sort.order) {
    case ListOrder::Name:
        order.key = QStringLiteral("a.sort_key");
        break;
    case ListOrder::Updated:
        order.key = QStringLiteral("a.updated_at");
        order.numeric = true;
        break;
    case ListOrder::Due:
        order.key = kDueKey;
        order.numeric = true;
        break;
    }
    return orderedKeysetPage<ActivityRow>(m_db, kRowColumns, kRowFrom, QStringLiteral("a"), order, after,
                                          limit, activityRowFrom);
}

Result<QList<ActivityRow>> ActivityRepository::rowsByRowIds(const QList<qint64> &rowIds) const
{
    return OmniCrm::rowsByRowIds<ActivityRow>(
        m_db, kRowColumns + u' ' + kRowFrom + QStringLiteral("WHERE a.rowid = ?1 AND a.cl % 2 = 1"), rowIds,
        activityRowFrom);
}

Result<QList<Activity>> ActivityRepository::forTarget(const QString &targetType,
                                                      const QString &targetId) const
{
    // Two keys: bound here rather than through allRows' single key.
    QList<Activity> activities;
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT ") + kColumns
        + QStringLiteral(" FROM activity WHERE target_type = ? AND target_id = ? AND cl % 2 = 1 "
                         "ORDER BY created_at DESC, rowid DESC"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, targetType).bind(2, targetId);
    while (true) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            return activities;
        activities.append(activityFromRow(*stmt));
    }
}

Result<qint64> ActivityRepository::countOpenDueBefore(qint64 untilMs) const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT count(*) FROM activity WHERE cl % 2 = 1 AND done_at IS "
                                            "NULL AND due_at IS NOT NULL AND due_at < ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, untilMs);
    auto row = stmt->step();
    if (!row)
        return row.error();
    return stmt->int64(0);
}

Status ActivityRepository::retarget(const QString &fromType, const QString &fromId, const QString &toType,
                                    const QString &toId, UnitOfWork &work)
{
    auto activities = forTarget(fromType, fromId);
    if (!activities)
        return activities.error();
    for (const Activity &activity : *activities) {
        OMNICRM_TRY(m_table.update(
            activity.meta.id,
            { { QStringLiteral("target_type"), toType }, { QStringLiteral("target_id"), toId } }, work));
    }
    return {};
}

} // namespace OmniCrm
