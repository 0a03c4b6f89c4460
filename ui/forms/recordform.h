// RecordForm: the dialog every create/edit form is built on. It owns the checks-as-you-type loop
// (each change re-runs the form's check(), fields show their errors under them, Save is disabled
// while anything is invalid), the keyboard (Enter saves when valid or focuses the first invalid
// field, Esc cancels and asks before throwing typed changes away) and the mapping of a service's
// refusal back onto the field it names.
//
// A subclass builds its fields with addField(), calls finishSetup() at the end of its
// constructor, and implements check() (per-field rules, then the service's own validate()) and
// store() (one service call on the GUI thread's store).
#pragma once

#include "entities.h"
#include "result.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QBoxLayout;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace OmniCrm {

class CrmStore;
class FormField;

class RecordForm : public QDialog
{
    Q_OBJECT
public:
    /// `recordId` empty: a new record.
    RecordForm(CrmStore &store, QString recordId, QWidget *parent = nullptr);

    virtual RecordKind kind() const = 0;
    bool isEditing() const { return !m_recordId.isEmpty(); }
    QString recordId() const { return m_recordId; }
    /// True once the user changed something since the form opened or last saved.
    bool isDirty() const { return m_dirty; }
    bool isValid() const;
    QPushButton *saveButton() const { return m_save; }
    /// A field by the key it was added under ("name", "phone/0", "amount"), for tests.
    FormField *field(const QString &key) const { return m_fields.value(key); }
    /// The message above the fields when the store refused a save for a reason no field owns.
    QString bannerText() const;
    /// Why an edit form could not load its record (it was deleted meanwhile), if it could not.
    std::optional<Error> loadError() const { return m_loadError; }

    /// What Save, Enter and Ctrl+Enter do: stores when every field is valid; otherwise reveals
    /// every error and puts the cursor in the first invalid field (in tab order).
    void attemptSave();
    /// Re-runs the checks, as typing does.
    void revalidate();
    /// Follows a "record:<kind>/<id>" link (FormText::recordLink) by emitting recordRequested.
    void followLink(const QString &link);

Q_SIGNALS:
    void saved(OmniCrm::RecordKind kind, const QString &id);
    /// The user followed a link to another record (the existing contact with the same phone).
    void recordRequested(OmniCrm::RecordKind kind, const QString &id);

protected:
    /// Sets every field's error, hint and warning from what is typed now.
    virtual void check() = 0;
    /// Stores the record through its service; the id, or the service's error.
    virtual Result<QString> store() = 0;
    /// The form field a service's error field ("mobile", "email", "stage") belongs to.
    virtual QString fieldKeyFor(const QString &serviceField) const { return serviceField; }

    /// Adds a field labelled `label` to `form` under `key`. `target` gets focus and the invalid
    /// mark when `input` is a row of widgets.
    FormField *addField(QFormLayout *form, const QString &key, const QString &label, QWidget *input,
                        QWidget *target = nullptr);
    /// A field not placed in a form layout (rows of a list); the caller lays it out.
    FormField *registerField(const QString &key, QWidget *input, QWidget *target = nullptr);
    void unregisterField(const QString &key);
    /// Connects the editing signals of the inputs inside `root` to the checks (addField and
    /// registerField do it for their input; call it for widgets added to a field later).
    void watch(QWidget *root);
    /// Call after each user change; reveals `field`'s error (when given) and re-checks. Ignored
    /// until finishSetup(), so loading a record is not an edit.
    void edited(FormField *field);

    /// The widget Tab reaches just before `widget` (setTabOrder ignores widgets without focus).
    static QWidget *previousTabStop(QWidget *widget);

    /// The box fields and groups go into, between the banner and the buttons.
    QBoxLayout *body() const { return m_body; }
    /// Ends construction: first check, clean state, focus on the first field.
    void finishSetup();
    /// Shows a service's refusal under its field, or in the banner when no field owns it.
    void showServiceError(const Error &error);
    /// Shows an error about the whole record above the fields (empty hides it); while it shows,
    /// the form is not valid.
    void setBanner(const QString &text);
    /// Puts a service's validate() error under the field it names (or in the banner) without
    /// revealing it: check() uses it once every field passes its own rules.
    void attachError(const Error &error);

    // Checks shared by the forms. Each sets `field`'s error and hint and returns true when the
    // text is valid or empty; the normalised value goes to `out` (left empty for empty text).
    /// Any Saudi/Gulf way of writing a phone, through the store's PhoneNormalizer.
    bool checkPhone(FormField *field, const QString &raw, QString *e164);
    /// normalizeEmail's rules.
    bool checkEmail(FormField *field, const QString &raw, QString *email);
    /// Money::parse's rules ("1500", "1,500.50", "١٬٥٠٠٫٥٠"); the amount must be in `currency`.
    bool checkAmount(FormField *field, const QString &text, const QString &currency,
                     std::optional<qint64> *minor);

    CrmStore &m_store;
    QString m_recordId;
    std::optional<Error> m_loadError;

    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

public:
    /// Esc, Cancel and the window's close button: asks before discarding typed changes.
    void reject() override;

private:
    void updateSaveButton();
    FormField *firstInvalidInTabOrder() const;
    void growToFit();

    QLabel *m_banner = nullptr;
    QBoxLayout *m_body = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
    QHash<QString, FormField *> m_fields;
    bool m_ready = false;
    bool m_dirty = false;
    bool m_checking = false;
    bool m_asking = false;
};

} // namespace OmniCrm
