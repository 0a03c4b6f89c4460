// ActivityService: calls, meetings, tasks, e-mails, WhatsApp messages and notes on any record.
#pragma once

#include "activityrepository.h"
#include "changelog.h"
#include "searchdocuments.h"
#include "searchindex.h"

#include <QObject>

namespace OmniCrm {

struct ActivityDraft
{
    ActivityKind kind = ActivityKind::Note;
    QString subject;
    QString body;
    QString targetType; // contact, company, lead, deal
    QString targetId;
    std::optional<qint64> dueAt;
    QString ownerId;
};

class ActivityService : public QObject
{
    Q_OBJECT
public:
    ActivityService(ChangeLog &log, ActivityRepository &activities, SearchIndex &search,
                    const SearchDocuments &documents, QObject *parent = nullptr);

    Result<Activity> validate(const ActivityDraft &draft) const;
    Result<QString> log(const ActivityDraft &draft);
    Result<QString> logIn(const ActivityDraft &draft, UnitOfWork &work);
    /// Changes what an activity says and when it is due; whether it is done stays as it was.
    Status update(const QString &id, const ActivityDraft &draft);
    Status complete(const QString &id, qint64 doneAt);
    /// Soft delete (causal length to even); restore() undoes it.
    Status remove(const QString &id);
    Status restore(const QString &id);
    Result<Activity> find(const QString &id) const { return m_activities.find(id); }
    Result<QList<Activity>> timeline(const QString &targetType, const QString &targetId) const;
    /// Open activities due before `untilMs` (pass the end of today for "due today or overdue").
    Result<qint64> openDueBefore(qint64 untilMs) const { return m_activities.countOpenDueBefore(untilMs); }

Q_SIGNALS:
    void activitySaved(const QString &id);
    void activityRemoved(const QString &id);

private:
    Status setAlive(const QString &id, bool alive);

    ChangeLog &m_log;
    ActivityRepository &m_activities;
    SearchIndex &m_search;
    const SearchDocuments &m_documents;
};

} // namespace OmniCrm
