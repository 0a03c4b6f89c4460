// LeadForm: a possible sale before it is qualified: who (a person, a company or both), how to
// reach them, where the lead came from, its status and an estimated amount.
//
// LeadService has no update() yet: an existing lead opens with its details read-only and only
// its status can change (LeadService::setStatus). A converted lead cannot change at all.
#pragma once

#include "recordform.h"

#include <QVariantMap>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace OmniCrm {

class RecordPicker;
struct LeadDraft;

class LeadForm : public RecordForm
{
    Q_OBJECT
public:
    /// `leadId` empty: a new lead. `prefill` may name "currency", "source", "person_name",
    /// "company_name", "phone", "email".
    LeadForm(CrmStore &store, const QString &leadId, const QVariantMap &prefill = {},
             QWidget *parent = nullptr);

    RecordKind kind() const override { return RecordKind::Lead; }
    QLineEdit *nameEdit() const { return m_person; }
    RecordPicker *companyPicker() const { return m_company; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *amountEdit() const { return m_amount; }
    QComboBox *currencyBox() const { return m_currency; }
    QComboBox *statusBox() const { return m_status; }

protected:
    void check() override;
    Result<QString> store() override;
    QString fieldKeyFor(const QString &serviceField) const override;

private:
    void load(const QString &id);
    LeadDraft draft() const;
    LeadStatus status() const;

    QLineEdit *m_title = nullptr;
    QLineEdit *m_person = nullptr;
    RecordPicker *m_company = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_source = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_currency = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    std::optional<qint64> m_amountMinor;
    LeadStatus m_loadedStatus = LeadStatus::New;
    // Kept as loaded: the form does not show them, and an edit must not clear them.
    QString m_leadType;
    QString m_priority;
    QString m_ownerId;
};

} // namespace OmniCrm
