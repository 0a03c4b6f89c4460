// LeadConversionDialog: shows what converting a lead will do before it is done: the contact it
// creates or the existing one it links to (same phone or e-mail), the company it creates or
// re-uses (same name, folded), and the deal it opens in a chosen stage with the lead's amount.
// Convert runs LeadService::convert, one transaction; the choices here are its options.
#pragma once

#include "leadservice.h"
#include "recordform.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace OmniCrm {

class LeadConversionDialog : public RecordForm
{
    Q_OBJECT
public:
    LeadConversionDialog(CrmStore &store, const QString &leadId, QWidget *parent = nullptr);

    RecordKind kind() const override { return RecordKind::Lead; }
    QCheckBox *createDealBox() const { return m_createDeal; }
    QLineEdit *dealTitleEdit() const { return m_dealTitle; }
    QComboBox *stageBox() const { return m_stage; }
    QLineEdit *amountEdit() const { return m_amount; }
    /// The sentences under "Converting will": what happens to the contact and the company.
    QString contactPlan() const;
    QString companyPlan() const;
    /// What the conversion created or linked, once it ran.
    ConvertedLead result() const { return m_result; }

Q_SIGNALS:
    void leadConverted(const QString &leadId, const QString &contactId, const QString &companyId,
                       const QString &dealId);

protected:
    void check() override;
    Result<QString> store() override;
    QString fieldKeyFor(const QString &serviceField) const override;

private:
    void build();
    void plan();

    Lead m_lead;
    QString m_currency;
    QLabel *m_contactPlan = nullptr;
    QLabel *m_companyPlan = nullptr;
    QCheckBox *m_createDeal = nullptr;
    QLineEdit *m_dealTitle = nullptr;
    QComboBox *m_stage = nullptr;
    QLineEdit *m_amount = nullptr;
    std::optional<qint64> m_amountMinor;
    ConvertedLead m_result;
};

} // namespace OmniCrm
