#include "activityservice.h"

namespace OmniCrm {

ActivityService::ActivityService(ChangeLog &log, ActivityRepository &activities, SearchIndex &search,
                                 const SearchDocuments &documents, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_activities(activities)
    , m_search(search)
    , m_documents(documents)
{
}

Result<Activity> ActivityService::validate(const ActivityDraft &draft) const
{
    static const QStringList targets { QStringLiteral("contact"), QStringLiteral("company"),
                                       QStringLiteral("lead"), QStringLiteral("deal") };
    Activity activity;
    activity.kind = draft.kind;
    activity.subject = draft.subject.simplified();
    if (activity.subject.isEmpty())
        return Error::make(ErrorCode::MissingField, QStringLiteral("an activity needs a subject"),
                           QStringLiteral("subject"));
    if (!targets.contains(draft.targetType) || draft.targetId.isEmpty())
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("an activity belongs to a contact, company, lead or deal"),
                           QStringLiteral("target"));
    activity.body = draft.body.trimmed();
    activity.targetType = draft.targetType;
    activity.targetId = draft.targetId;
    activity.dueAt = draft.dueAt;
    activity.ownerId = draft.ownerId;
    return activity;
}

Result<QString> ActivityService::logIn(const ActivityDraft &draft, UnitOfWork &work)
{
    auto activity = validate(draft);
    if (!activity)
        return activity.error();
    auto rowId = m_activities.insert(*activity, work);
    if (!rowId)
        return rowId.error();
    OMNICRM_TRY(m_search.add(RecordKind::Activity, *rowId, m_documents.activity(*activity)));
    return activity->meta.id;
}

Result<QString> ActivityService::log(const ActivityDraft &draft)
{
    UnitOfWork work(m_log);
    OMNICRM_TRY(work.began());
    auto id = logIn(draft, work);
    if (!id)
        return id.error();
    OMNICRM_TRY(work.commit());
    Q_EMIT activitySaved(*id);
    return id;
}

Status ActivityService::update(const QString &id, const ActivityDraft &draft)
{
    auto before = m_activities.find(id);
    if (!before)
        return before.error();
    auto validated = validate(draft);
    if (!validated)
        return validated.error();
    Activity after = *validated;
    after.meta = before->meta;
    after.doneAt = before->doneAt;
    const Status saved = inUnitOfWork(m_log, [&](UnitOfWork &work) -> Status {
        OMNICRM_TRY(m_activities.update(*before, after, work));
        auto rowId = m_activities.rowIdOf(id);
        if (!rowId)
            return rowId.error();
        return m_search.put(RecordKind::Activity, *rowId, m_documents.activity(after));
    });
    if (!saved)
        return saved;
    Q_EMIT activitySaved(id);
    return {};
}

Status ActivityService::complete(const QString &id, qint64 doneAt)
{
    auto before = m_activities.find(id);
    if (!before)
        return before.error();
    Activity after = *before;
    after.doneAt = doneAt;
    OMNICRM_TRY(
        inUnitOfWork(m_log, [&](UnitOfWork &work) { return m_activities.update(*before, after, work); }));
    Q_EMIT activitySaved(id);
    return {};
}

Status ActivityService::setAlive(const QString &id, bool alive)
{
    auto activity = m_activities.find(id);
    if (!activity)
        return activity.error();
    if (activity->meta.isAlive() == alive)
        return {};
    return inUnitOfWork(m_log, [&](UnitOfWork &work) -> Status {
        OMNICRM_TRY(m_activities.setCausalLength(id, activity->meta.causalLength + 1, work));
        auto rowId = m_activities.rowIdOf(id);
        if (!rowId)
            return rowId.error();
        return alive ? m_search.put(RecordKind::Activity, *rowId, m_documents.activity(*activity))
                     : m_search.remove(RecordKind::Activity, *rowId);
    });
}

Status ActivityService::remove(const QString &id)
{
    OMNICRM_TRY(setAlive(id, false));
    Q_EMIT activityRemoved(id);
    return {};
}

Status ActivityService::restore(const QString &id)
{
    OMNICRM_TRY(setAlive(id, true));
    Q_EMIT activitySaved(id);
    return {};
}

Result<QList<Activity>> ActivityService::timeline(const QString &targetType, const QString &targetId) const
{
    return m_activities.forTarget(targetType, targetId);
}

} // namespace OmniCrm
