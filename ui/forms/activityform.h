// ActivityForm: a call, meeting, task, e-mail, WhatsApp message or note about one contact,
// company, lead or deal (prefill "target_kind"/"target_id", or picked here), with a subject,
// notes, an optional due date and time, and whether it is done.
//
// ActivityService can log, find and complete activities but not change one: an existing activity
// opens read-only except "done", which completes it (ActivityService::complete).
#pragma once

#include "recordform.h"

#include <QVariantMap>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;

namespace OmniCrm {

class RecordPicker;
struct ActivityDraft;

class ActivityForm : public RecordForm
{
    Q_OBJECT
public:
    /// `activityId` empty: a new activity. `prefill` may name "target_kind" ("contact",
    /// "company", "lead", "deal"), "target_id", "kind" ("call", "meeting", …) and "subject".
    ActivityForm(CrmStore &store, const QString &activityId, const QVariantMap &prefill = {},
                 QWidget *parent = nullptr);

    RecordKind kind() const override { return RecordKind::Activity; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *subjectEdit() const { return m_subject; }
    RecordPicker *targetPicker() const { return m_target; }
    QCheckBox *dueBox() const { return m_hasDue; }
    QDateTimeEdit *dueEdit() const { return m_due; }
    QCheckBox *doneBox() const { return m_done; }

    /// The name of a record as a target picker shows it, or empty when it is gone.
    static QString targetTitle(CrmStore &store, RecordKind kind, const QString &id);

protected:
    void check() override;
    Result<QString> store() override;

private:
    void load(const QString &id);
    ActivityDraft draft() const;

    QComboBox *m_kind = nullptr;
    QLineEdit *m_subject = nullptr;
    RecordPicker *m_target = nullptr;
    QCheckBox *m_hasDue = nullptr;
    QDateTimeEdit *m_due = nullptr;
    QCheckBox *m_done = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QString m_ownerId; // kept as loaded: the form does not show it
    bool m_wasDone = false;
};

} // namespace OmniCrm
