// The activity form logs an activity about the record it was opened from, with its kind, due
// time (stored in UTC) and done state; without a record to attach it to it cannot be saved.
#include "activityform.h"
#include "formfield.h"
#include "recordpicker.h"
#include "uitestsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>

using namespace OmniCrm;
using OmniCrm::Test::why;

class tst_ActivityForm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { m_fixture.reset(); }
    void logsActivityOnPrefilledTarget();
    void needsSubjectAndTarget();
    void doneActivityIsCompleted();
    void editChangesSubjectAndMarksDone();

private:
    QString addContact();
    Test::UiStoreFixture m_fixture;
};

void tst_ActivityForm::init()
{
    const QString failed = m_fixture.create();
    QVERIFY2(failed.isEmpty(), why(failed));
}

QString tst_ActivityForm::addContact()
{
    ContactDraft draft;
    draft.fullName = QStringLiteral("ريم الحربي");
    auto id = m_fixture.store().contacts().create(draft);
    return id ? *id : QString();
}

void tst_ActivityForm::logsActivityOnPrefilledTarget()
{
    const QString contactId = addContact();
    ActivityForm form(m_fixture.store(), {},
                      { { QStringLiteral("target_kind"), QStringLiteral("contact") },
                        { QStringLiteral("target_id"), contactId },
                        { QStringLiteral("kind"), QStringLiteral("call") } });
    QVERIFY(form.targetPicker()->hasRecord());
    QCOMPARE(form.targetPicker()->text(), QStringLiteral("ريم الحربي"));
    QCOMPARE(ActivityKind(form.kindBox()->currentData().toInt()), ActivityKind::Call);
    Test::typeText(form.subjectEdit(), QStringLiteral("متابعة عرض السعر"));
    form.dueBox()->setChecked(true);
    const QDateTime due(QDate(2027, 1, 10), QTime(14, 30));
    form.dueEdit()->setDateTime(due);

    QSignalSpy saved(&form, &RecordForm::saved);
    form.attemptSave();
    QCOMPARE(saved.count(), 1);
    auto timeline = m_fixture.store().activities().timeline(QStringLiteral("contact"), contactId);
    OMNICRM_VERIFY_OK(timeline);
    QCOMPARE(timeline->size(), 1);
    const Activity &activity = timeline->first();
    QCOMPARE(activity.kind, ActivityKind::Call);
    QCOMPARE(activity.subject, QStringLiteral("متابعة عرض السعر"));
    QCOMPARE(activity.dueAt, std::optional<qint64>(due.toUTC().toMSecsSinceEpoch()));
    QVERIFY(!activity.doneAt);
}

void tst_ActivityForm::needsSubjectAndTarget()
{
    const QString contactId = addContact();
    ActivityForm form(m_fixture.store(), {});
    form.attemptSave();
    QVERIFY(!form.field(QStringLiteral("subject"))->shownError().isEmpty());
    QVERIFY(!form.field(QStringLiteral("target"))->shownError().isEmpty());
    QCOMPARE(form.focusWidget(), form.subjectEdit());
    QTest::keyClicks(form.subjectEdit(), QStringLiteral("Visit"));
    QVERIFY(!form.saveButton()->isEnabled());
    Test::typeText(form.targetPicker(), QStringLiteral("ريم"));
    QCOMPARE(form.targetPicker()->suggestions()->rowCount(), 1);
    form.targetPicker()->choose(0);
    QCOMPARE(form.targetPicker()->recordId(), contactId);
    QVERIFY(form.saveButton()->isEnabled());
}

void tst_ActivityForm::doneActivityIsCompleted()
{
    const QString contactId = addContact();
    ActivityForm form(m_fixture.store(), {},
                      { { QStringLiteral("target_kind"), QStringLiteral("contact") },
                        { QStringLiteral("target_id"), contactId } });
    QTest::keyClicks(form.subjectEdit(), QStringLiteral("Sent the catalogue"));
    form.doneBox()->setChecked(true);
    form.attemptSave();
    auto timeline = m_fixture.store().activities().timeline(QStringLiteral("contact"), contactId);
    OMNICRM_VERIFY_OK(timeline);
    QCOMPARE(timeline->size(), 1);
    QVERIFY(timeline->first().doneAt.has_value());
}

void tst_ActivityForm::editChangesSubjectAndMarksDone()
{
    const QString contactId = addContact();
    ActivityDraft draft;
    draft.kind = ActivityKind::Task;
    draft.subject = QStringLiteral("Prepare the contract");
    draft.targetType = QStringLiteral("contact");
    draft.targetId = contactId;
    auto id = m_fixture.store().activities().log(draft);
    OMNICRM_VERIFY_OK(id);

    ActivityForm form(m_fixture.store(), *id);
    QVERIFY(!form.loadError());
    QCOMPARE(form.subjectEdit()->text(), QStringLiteral("Prepare the contract"));
    QCOMPARE(form.targetPicker()->recordId(), contactId);
    QVERIFY(!form.subjectEdit()->isReadOnly());
    form.subjectEdit()->clear();
    QTest::keyClicks(form.subjectEdit(), QStringLiteral("Send the signed contract"));
    form.doneBox()->setChecked(true);
    form.attemptSave();
    auto activity = m_fixture.store().activities().find(*id);
    OMNICRM_VERIFY_OK(activity);
    QVERIFY(activity->doneAt.has_value());
    QCOMPARE(activity->subject, QStringLiteral("Send the signed contract"));
    QCOMPARE(activity->targetId, contactId);
}

QTEST_MAIN(tst_ActivityForm)
#include "tst_activityform.moc"
