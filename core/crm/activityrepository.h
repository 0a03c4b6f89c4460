// ActivityRepository: the only code that knows the activity table.
#pragma once

#include "changelog.h"
#include "entities.h"
#include "page.h"
#include "recordtable.h"

namespace OmniCrm {

/// One line of the activity list, with the name of the record it belongs to.
struct ActivityRow
{
    qint64 rowId = 0;
    QString id;
    ActivityKind kind = ActivityKind::Note;
    QString subject;
    QString targetType;
    QString targetId;
    QString targetName; // the contact's, company's, lead's or deal's title; empty when gone
    std::optional<qint64> dueAt;
    std::optional<qint64> doneAt;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

class ActivityRepository
{
public:
    explicit ActivityRepository(Database &db);

    Result<qint64> insert(Activity &activity, UnitOfWork &work);
    Status update(const Activity &before, const Activity &after, UnitOfWork &work);
    Status setCausalLength(const QString &id, qint64 causalLength, UnitOfWork &work);
    Result<Activity> find(const QString &id) const;
    Result<qint64> rowIdOf(const QString &id) const { return m_table.rowIdOf(id); }
    /// Every live activity by subject, due date (undated last) or last change, either way.
    Result<Page<ActivityRow>> page(const ListSort &sort, const std::optional<Cursor> &after, int limit) const;
    Result<QList<ActivityRow>> rowsByRowIds(const QList<qint64> &rowIds) const;
    /// The timeline of one record, newest first.
    Result<QList<Activity>> forTarget(const QString &targetType, const QString &targetId) const;
    /// Open activities due before `untilMs` (overdue and due today both come from here).
    Result<qint64> countOpenDueBefore(qint64 untilMs) const;
    Result<qint64> countAlive() const { return m_table.countAlive(); }
    /// Moves every activity of one record to another (merge, lead conversion).
    Status retarget(const QString &fromType, const QString &fromId, const QString &toType,
                    const QString &toId, UnitOfWork &work);

private:
    Database &m_db;
    RecordTable m_table;
};

} // namespace OmniCrm
