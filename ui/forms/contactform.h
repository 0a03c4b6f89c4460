// ContactForm: a person, with as many phones (each with a label) and e-mails as they have, the
// company picked from the store as you type or typed new, and the rest of the card. Phones show
// the E.164 form they will be stored in; a phone or e-mail another contact already has shows a
// warning with a link to that contact, without blocking the save (the service allows it).
#pragma once

#include "recordform.h"

#include <QVariantMap>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;
class QVBoxLayout;

namespace OmniCrm {

class RecordPicker;
struct ContactDraft;

class ContactForm : public RecordForm
{
    Q_OBJECT
public:
    /// `contactId` empty: a new contact. `prefill` may name "full_name", "phone", "email",
    /// "company_id" or "company_name".
    ContactForm(CrmStore &store, const QString &contactId, const QVariantMap &prefill = {},
                QWidget *parent = nullptr);

    RecordKind kind() const override { return RecordKind::Contact; }

    QLineEdit *nameEdit() const { return m_fullName; }
    RecordPicker *companyPicker() const { return m_company; }
    /// Phone and e-mail rows in screen order; their fields are "phone/<n>" and "email/<n>".
    QList<QLineEdit *> phoneEdits() const;
    QList<QComboBox *> phoneLabelBoxes() const;
    QList<QLineEdit *> emailEdits() const;
    QString phoneFieldKey(int row) const { return m_phones.value(row).key; }
    QString emailFieldKey(int row) const { return m_emails.value(row).key; }
    void addPhoneRow(const QString &raw = {}, const QString &label = QStringLiteral("mobile"));
    void addEmailRow(const QString &email = {});

protected:
    void check() override;
    Result<QString> store() override;
    QString fieldKeyFor(const QString &serviceField) const override;

private:
    struct Row
    {
        QString key;
        FormField *field = nullptr;
        QComboBox *label = nullptr; // phones only
        QLineEdit *edit = nullptr;
        QToolButton *remove = nullptr;
    };

    void build();
    void load(const QString &id);
    void prefill(const QVariantMap &values);
    Row makeRow(const QString &prefix, QVBoxLayout *list, QList<Row> &rows, QWidget *addButton,
                bool withLabel);
    void removeRow(QList<Row> &rows, const QString &key);
    void checkDuplicate(FormField *field, const QString &e164, const QString &email);
    ContactDraft draft() const;

    QLineEdit *m_fullName = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_title = nullptr;
    RecordPicker *m_company = nullptr;
    QVBoxLayout *m_phoneList = nullptr;
    QVBoxLayout *m_emailList = nullptr;
    QToolButton *m_addPhone = nullptr;
    QToolButton *m_addEmail = nullptr;
    QLineEdit *m_website = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_country = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_source = nullptr;
    QLineEdit *m_tags = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QList<Row> m_phones;
    QList<Row> m_emails;
    int m_nextRow = 0;
};

} // namespace OmniCrm
