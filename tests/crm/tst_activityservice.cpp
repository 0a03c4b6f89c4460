// Proves ActivityService: activities need a subject and a target, the timeline is newest first,
// complete() sets doneAt, and openDueBefore counts only open, live, due activities.
#include "crmstore.h"
#include "crmtestsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace OmniCrm;
using namespace Qt::StringLiterals;
using OmniCrm::Test::why;

class tst_ActivityService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_fx.close(); }

    void validates_data();
    void validates();
    void timelineIsNewestFirst();
    void completeSetsDoneAt();
    void updateKeepsDoneAndReindexes();
    void openDueBeforeCounts();

private:
    QString logActivity(const QString &subject, std::optional<qint64> dueAt = std::nullopt,
                        ActivityKind kind = ActivityKind::Task)
    {
        ActivityDraft draft;
        draft.kind = kind;
        draft.subject = subject;
        draft.targetType = u"contact"_s;
        draft.targetId = m_contactId;
        draft.dueAt = dueAt;
        auto id = m_fx->activities().log(draft);
        return id ? *id : QString();
    }

    Test::StoreFixture m_fx;
    QString m_contactId;
};

void tst_ActivityService::init()
{
    const QString failure = m_fx.create();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    ContactDraft draft;
    draft.fullName = u"تركي"_s;
    auto id = m_fx->contacts().create(draft);
    QVERIFY2(id.ok(), why(id));
    m_contactId = *id;
}

void tst_ActivityService::validates_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("targetType");
    QTest::addColumn<bool>("withTargetId");
    QTest::addColumn<QString>("field");
    QTest::newRow("no-subject") << u"  "_s << u"contact"_s << true << u"subject"_s;
    QTest::newRow("unknown-target-type") << u"اتصال"_s << u"invoice"_s << true << u"target"_s;
    QTest::newRow("no-target-id") << u"اتصال"_s << u"contact"_s << false << u"target"_s;
}

void tst_ActivityService::validates()
{
    QFETCH(QString, subject);
    QFETCH(QString, targetType);
    QFETCH(bool, withTargetId);
    QFETCH(QString, field);
    ActivityDraft draft;
    draft.subject = subject;
    draft.targetType = targetType;
    draft.targetId = withTargetId ? m_contactId : QString();
    const qint64 pending = m_fx.pending();
    auto id = m_fx->activities().log(draft);
    QVERIFY(!id.ok());
    QCOMPARE(id.error().field, field);
    QCOMPARE(m_fx->stats()->activities, 0);
    QCOMPARE(m_fx.pending(), pending);
}

void tst_ActivityService::timelineIsNewestFirst()
{
    QSignalSpy saved(&m_fx->activities(), &ActivityService::activitySaved);
    const QStringList subjects { u"أول"_s, u"ثاني"_s, u"ثالث"_s, u"رابع"_s };
    QStringList ids;
    for (const QString &subject : subjects)
        ids.append(logActivity(subject, std::nullopt, ActivityKind::WhatsApp));
    QVERIFY(!ids.contains(QString()));
    QCOMPARE(saved.count(), 4);

    auto timeline = m_fx->contacts().timeline(m_contactId);
    QVERIFY2(timeline.ok(), why(timeline));
    QCOMPARE(timeline->size(), 4);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(timeline->at(i).meta.id, ids.at(3 - i));
        QCOMPARE(timeline->at(i).kind, ActivityKind::WhatsApp);
        QCOMPARE(timeline->at(i).targetId, m_contactId);
    }
    auto direct = m_fx->activities().timeline(u"contact"_s, m_contactId);
    QVERIFY2(direct.ok(), why(direct));
    QCOMPARE(direct->size(), timeline->size());
    for (int i = 0; i < direct->size(); ++i)
        QCOMPARE(direct->at(i).meta.id, timeline->at(i).meta.id);

    OMNICRM_VERIFY_OK(m_fx->activities().remove(ids.at(1)));
    timeline = m_fx->activities().timeline(u"contact"_s, m_contactId);
    QCOMPARE(timeline->size(), 3);
    for (const Activity &activity : *timeline)
        QVERIFY(activity.meta.id != ids.at(1));
    QVERIFY(m_fx->activities().timeline(u"contact"_s, u"someone-else"_s)->isEmpty());
}

void tst_ActivityService::completeSetsDoneAt()
{
    const QString id = logActivity(u"متابعة العرض"_s, 1'700'000'000'000);
    QVERIFY(!id.isEmpty());
    auto before = m_fx->activities().timeline(u"contact"_s, m_contactId);
    QVERIFY(!before->at(0).doneAt.has_value());
    QCOMPARE(before->at(0).dueAt, std::optional<qint64>(1'700'000'000'000));

    OMNICRM_VERIFY_OK(m_fx->activities().complete(id, 1'700'000'500'000));
    auto after = m_fx->activities().timeline(u"contact"_s, m_contactId);
    QCOMPARE(after->at(0).doneAt, std::optional<qint64>(1'700'000'500'000));

    auto missing = m_fx->activities().complete(u"missing"_s, 1);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

void tst_ActivityService::openDueBeforeCounts()
{
    const qint64 now = 1'700'000'000'000;
    const qint64 hour = 3'600'000;
    const QString overdue = logActivity(u"متأخرة"_s, now - hour);
    const QString dueSoon = logActivity(u"اليوم"_s, now + hour);
    const QString later = logActivity(u"الأسبوع القادم"_s, now + 7 * 24 * hour);
    const QString undated = logActivity(u"بلا موعد"_s);
    const QString done = logActivity(u"منجزة"_s, now - 2 * hour);
    const QString removed = logActivity(u"محذوفة"_s, now - 3 * hour);
    for (const QString &id : { overdue, dueSoon, later, undated, done, removed })
        QVERIFY(!id.isEmpty());
    OMNICRM_VERIFY_OK(m_fx->activities().complete(done, now - hour));
    OMNICRM_VERIFY_OK(m_fx->activities().remove(removed));

    QCOMPARE(*m_fx->activities().openDueBefore(now), qint64(1));
    QCOMPARE(*m_fx->activities().openDueBefore(now + 2 * hour), qint64(2));
    QCOMPARE(*m_fx->activities().openDueBefore(now + 30 * 24 * hour), qint64(3));
    QCOMPARE(*m_fx->activities().openDueBefore(now - 10 * hour), qint64(0));
    QCOMPARE(*m_fx->activities().openDueBefore(now - hour), qint64(0)); // "before" is strict
}

void tst_ActivityService::updateKeepsDoneAndReindexes()
{
    const QString id = logActivity(u"اتصال بخصوص العرض"_s);
    QVERIFY(!id.isEmpty());
    OMNICRM_VERIFY_OK(m_fx->activities().complete(id, 1700000000000));
    ActivityDraft draft;
    draft.kind = ActivityKind::Meeting;
    draft.subject = u"اجتماع توقيع العقد"_s;
    draft.targetType = u"contact"_s;
    draft.targetId = m_contactId;
    draft.dueAt = 1800000000000;
    OMNICRM_VERIFY_OK(m_fx->activities().update(id, draft));
    auto activity = m_fx->activities().find(id);
    QVERIFY2(activity.ok(), why(activity));
    QCOMPARE(activity->kind, ActivityKind::Meeting);
    QCOMPARE(activity->subject, u"اجتماع توقيع العقد"_s);
    QCOMPARE(activity->dueAt, std::optional<qint64>(1800000000000));
    QCOMPARE(activity->doneAt, std::optional<qint64>(1700000000000));
    QCOMPARE(m_fx->lists().matchingActivities(u"توقيع"_s, ListSort {}, 10)->size(), 1);
    QVERIFY(m_fx->lists().matchingActivities(u"العرض"_s, ListSort {}, 10)->isEmpty());

    draft.subject.clear();
    auto bad = m_fx->activities().update(id, draft);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, ErrorCode::MissingField);
}

QTEST_GUILESS_MAIN(tst_ActivityService)
#include "tst_activityservice.moc"
