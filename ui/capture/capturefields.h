// CaptureFields: the editable lead a message was read into: customer name, company, phones,
// e-mails, products from the store's catalog, quantity, amount and currency, city, lead type,
// priority and language. Beside each field it shows where the value came from (the words of the
// message and the engine or provider/model that read them) and asks the page to highlight those
// words while the field is hovered or focused. Phones and e-mails are checked as the rep types,
// with the same PhoneNormalizer and e-mail rule the CRM services use.
#pragma once

#include "extractedlead.h"
#include "leadcaptureservice.h"
#include "result.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;

namespace OmniCrm {

class FormField;
class PhoneNormalizer;

class CaptureFields : public QWidget
{
    Q_OBJECT
public:
    /// The field keys, as ExtractedLead's evidence names them.
    static QStringList keys();

    explicit CaptureFields(const PhoneNormalizer &phones, QWidget *parent = nullptr);

    void setDefaultCurrency(const QString &currency);
    /// Fills every field from what was read out of `message`; clears errors.
    void fill(const ExtractedLead &lead, const QString &message);
    void clear();

    /// The fields as the rep left them: phones in E.164 where they read as phones, products the
    /// ones still ticked, priority as the lead stores it (low normal high urgent). Values that do
    /// not validate are left out; validate() reports them.
    ExtractedLead lead() const;
    /// The lead and contact the fields describe, as lead capture stores them (without the
    /// message and the existing-contact choice, which are the page's).
    LeadCaptureDraft captureDraft() const;
    /// The phones and e-mails exactly as typed, split at commas.
    QStringList rawPhones() const;
    QStringList rawEmails() const;

    /// Checks every field and shows each problem under its field; focuses the first bad one.
    bool validate();
    /// Shows a service's error under the field it names (phone, mobile, email, name, amount …)
    /// and focuses it; false when no field here matches (the page shows it instead).
    bool showError(const Error &error);
    /// The error under a field ("" when none), for tests and accessibility.
    QString errorOf(const QString &key) const;
    /// The words a field's value came from, "" when it was not read from the message.
    QString evidenceOf(const QString &key) const;
    FormField *field(const QString &key) const { return m_fields.value(key); }
    /// The field's name as its label shows it, without the shortcut marker.
    QString label(const QString &key) const;
    /// The key of the first field holding an error, "" when all are valid.
    QString firstInvalid() const;

Q_SIGNALS:
    /// The span of the message to highlight; start -1 clears.
    void evidenceHighlighted(int start, int length);
    /// The rep changed a field.
    void edited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void addRow(const QString &key, QWidget *input, QWidget *target = nullptr);
    void retranslate();
    void showEvidence();
    void highlight(const QString &key);
    void checkPhones();
    void checkEmails();
    void checkAmount();
    void checkQuantity();
    static QStringList split(const QString &text);

    const PhoneNormalizer &m_phones;
    QString m_message;
    QHash<QString, FieldEvidence> m_evidence;
    QHash<QString, FormField *> m_fields;
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QLabel *> m_evidenceLabels;
    QHash<QObject *, QString> m_keyOf; // input or evidence label → field key
    QString m_focusedKey;
    QString m_quantityUnit;
    QGridLayout *m_grid = nullptr;

    QLineEdit *m_name = nullptr;
    QLineEdit *m_company = nullptr;
    QLineEdit *m_phonesEdit = nullptr;
    QLineEdit *m_emails = nullptr;
    QListWidget *m_products = nullptr;
    QLineEdit *m_quantity = nullptr;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_currency = nullptr;
    QLineEdit *m_city = nullptr;
    QComboBox *m_leadType = nullptr;
    QComboBox *m_priority = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace OmniCrm
