#include "activityform.h"
#include "kindtext.h"

#include "crmstore.h"
#include "formfield.h"
#include "formtext.h"
#include "recordpicker.h"
#include "uiicons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>

namespace OmniCrm {

ActivityForm::ActivityForm(CrmStore &store, const QString &activityId, const QVariantMap &prefill,
                           QWidget *parent)
    : RecordForm(store, activityId, parent)
{
    setObjectName(QStringLiteral("activityForm"));
    setWindowTitle(isEditing() ? tr("Activity") : tr("New activity"));
    auto *form = new QFormLayout;
    body()->addLayout(form);

    m_kind = new QComboBox(this);
    for (ActivityKind kind : { ActivityKind::Call, ActivityKind::Meeting, ActivityKind::Task,
                               ActivityKind::Email, ActivityKind::WhatsApp, ActivityKind::Note })
        m_kind->addItem(uiIcon(KindText::activityIconName(kind)), KindText::activityKind(kind), int(kind));
    if (const auto kind = activityKindFromName(prefill.value(QStringLiteral("kind")).toString()))
        m_kind->setCurrentIndex(m_kind->findData(int(*kind)));
    addField(form, QStringLiteral("kind"), tr("Kind"), m_kind);

    m_subject = new QLineEdit(this);
    m_subject->setText(prefill.value(QStringLiteral("subject")).toString());
    addField(form, QStringLiteral("subject"), tr("Subject"), m_subject);

    m_target = new RecordPicker(
        m_store, { RecordKind::Contact, RecordKind::Company, RecordKind::Lead, RecordKind::Deal }, this);
    m_target->setPlaceholderText(tr("Search contacts, companies, leads and deals"));
    addField(form, QStringLiteral("target"), tr("About"), m_target);
    connect(m_target, &RecordPicker::recordChanged, this,
            [this]() { edited(field(QStringLiteral("target"))); });
    const auto targetKind = recordKindFromName(prefill.value(QStringLiteral("target_kind")).toString());
    const QString targetId = prefill.value(QStringLiteral("target_id")).toString();
    if (targetKind && !targetId.isEmpty()) {
        const QString title = targetTitle(m_store, *targetKind, targetId);
        if (!title.isEmpty())
            m_target->setRecord(*targetKind, targetId, title);
    }

    auto *dueRow = new QWidget(this);
    auto *dueLayout = new QHBoxLayout(dueRow);
    dueLayout->setContentsMargins(0, 0, 0, 0);
    m_hasDue = new QCheckBox(tr("Due on"), dueRow);
    // The next full hour: a sensible start that is never in the past.
    QDateTime next = QDateTime::currentDateTime().addSecs(3600);
    next.setTime(QTime(next.time().hour(), 0));
    m_due = new QDateTimeEdit(next, dueRow);
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_due->setEnabled(false);
    dueLayout->addWidget(m_hasDue);
    dueLayout->addWidget(m_due, 1);
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QDateTimeEdit::setEnabled);
    addField(form, QStringLiteral("due_at"), tr("Due"), dueRow, m_hasDue);

    m_done = new QCheckBox(tr("Done already"), this);
    addField(form, QStringLiteral("done"), tr("Status"), m_done);

    m_body = new QPlainTextEdit(this);
    m_body->setTabChangesFocus(true);
    m_body->setFixedHeight(m_body->fontMetrics().lineSpacing() * 6);
    addField(form, QStringLiteral("body"), tr("Notes"), m_body);

    if (isEditing())
        load(activityId);
    finishSetup();
    setMinimumWidth(540);
}

void ActivityForm::load(const QString &id)
{
    auto activity = m_store.activities().find(id);
    if (!activity) {
        m_loadError = activity.error();
        return;
    }
    setWindowTitle(tr("Activity: %1").arg(activity->subject));
    m_kind->setCurrentIndex(m_kind->findData(int(activity->kind)));
    m_subject->setText(activity->subject);
    m_body->setPlainText(activity->body);
    if (const auto kind = recordKindFromName(activity->targetType))
        m_target->setRecord(*kind, activity->targetId, targetTitle(m_store, *kind, activity->targetId));
    if (activity->dueAt) {
        m_hasDue->setChecked(true);
        m_due->setDateTime(QDateTime::fromMSecsSinceEpoch(*activity->dueAt).toLocalTime());
    }
    m_wasDone = activity->doneAt.has_value();
    m_done->setChecked(m_wasDone);

    // What it is about stays; everything else can change. Done is final (ActivityService::complete).
    m_ownerId = activity->ownerId;
    m_target->setReadOnly(true);
    m_done->setEnabled(!m_wasDone);
}

QString ActivityForm::targetTitle(CrmStore &store, RecordKind kind, const QString &id)
{
    switch (kind) {
    case RecordKind::Contact:
        if (auto contact = store.contacts().find(id))
            return contact->fullName;
        break;
    case RecordKind::Company:
        if (auto company = store.companies().find(id))
            return company->name;
        break;
    case RecordKind::Lead:
        if (auto lead = store.leads().find(id))
            return lead->title;
        break;
    case RecordKind::Deal:
        if (auto deal = store.deals().find(id))
            return deal->title;
        break;
    case RecordKind::Product:
    case RecordKind::Activity:
        break;
    }
    return {};
}

void ActivityForm::check()
{
    field(QStringLiteral("subject"))
        ->setError(m_subject->text().simplified().isEmpty()
                       ? tr("Enter a subject, such as “Call about the quote”.")
                       : QString());
    field(QStringLiteral("target"))
        ->setError(m_target->hasRecord() ? QString()
                                         : tr("Choose the contact, company, lead or deal this is about."));
    if (isValid()) {
        auto activity = m_store.activities().validate(draft());
        if (!activity)
            attachError(activity.error());
    }
}

ActivityDraft ActivityForm::draft() const
{
    ActivityDraft draft;
    draft.kind = ActivityKind(m_kind->currentData().toInt());
    draft.subject = m_subject->text();
    draft.body = m_body->toPlainText();
    if (m_target->hasRecord()) {
        draft.targetType = recordKindName(m_target->recordKind());
        draft.targetId = m_target->recordId();
    }
    if (m_hasDue->isChecked())
        draft.dueAt = m_due->dateTime().toUTC().toMSecsSinceEpoch();
    draft.ownerId = m_ownerId;
    return draft;
}

Result<QString> ActivityForm::store()
{
    if (isEditing()) {
        if (Status updated = m_store.activities().update(m_recordId, draft()); !updated)
            return updated.error();
        if (m_done->isChecked() && !m_wasDone) {
            if (Status done = m_store.activities().complete(m_recordId, QDateTime::currentMSecsSinceEpoch());
                !done)
                return done.error();
        }
        return m_recordId;
    }
    auto id = m_store.activities().log(draft());
    if (!id || !m_done->isChecked())
        return id;
    if (Status done = m_store.activities().complete(*id, QDateTime::currentMSecsSinceEpoch()); !done)
        return done.error();
    return id;
}

} // namespace OmniCrm
