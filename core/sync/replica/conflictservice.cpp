#include "conflictservice.h"

#include "crmstore.h"

#include <QDateTime>

namespace OmniCrm {

ConflictService::ConflictService(CrmStore &store)
    : m_store(store)
    , m_sync(store.database())
    , m_search(store.database(), store.phones())
{
}

Result<QList<ConflictRecord>> ConflictService::list(int limit, bool includeRestored) const
{
    return m_sync.conflicts(limit, includeRestored);
}

Status ConflictService::restore(const QString &conflictId)
{
    auto conflict = m_sync.conflict(conflictId);
    if (!conflict)
        return conflict.error();
    if (conflict->restoredAt)
        return Error::make(ErrorCode::Conflict,
                           QStringLiteral("conflict %1 was restored already").arg(conflictId));
    auto siblings = m_sync.conflictsOfLosingWrite(*conflict);
    if (!siblings)
        return siblings.error();
    Fields values;
    QStringList ids;
    for (const ConflictRecord &sibling : *siblings) {
        const bool seen = std::any_of(values.begin(), values.end(),
                                      [&](const auto &field) { return field.first == sibling.column; });
        if (!seen) // one value per column
            values.append({ sibling.column, sibling.losingValue });
        ids.append(sibling.id);
    }
    if (!ids.contains(conflict->id)) {
        values = { { conflict->column, conflict->losingValue } };
        ids = { conflict->id };
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return inUnitOfWork(m_store.changeLog(), [&](UnitOfWork &work) -> Status {
        OMNICRM_TRY(m_sync.restoreFields(conflict->table, conflict->rowId, values, work));
        for (const QString &id : std::as_const(ids))
            OMNICRM_TRY(m_sync.markRestored(id, now));
        return m_search.refresh(conflict->table, conflict->rowId);
    });
}

} // namespace OmniCrm
