// ActivityRepository: the only code that knows the activity table.
#pragma once

#include "changelog.h"
#include "entities.h"
#include "recordtable.h"

namespace OmniCrm {

class ActivityRepository
{
public:
    explicit ActivityRepository(Database &db);

    Result<qint64> insert(Activity &activity, UnitOfWork &work);
    Status update(const Activity &before, const Activity &after, UnitOfWork &work);
    Status setCausalLength(const QString &id, qint64 causalLength, UnitOfWork &work);
    Result<Activity> find(const QString &id) const;
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
