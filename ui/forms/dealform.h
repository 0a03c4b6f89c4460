// DealForm: a deal in a pipeline stage, with its contact and company (picked from the store),
// amount and currency, expected close date and line items from the catalogue. With line items
// the amount is their total, shown as it changes; without, the typed amount is stored.
//
// Stages: DealService::update keeps a deal's stage, so a stage changed here is a logged move
// (moveToStage) after the update; a lost stage asks for the reason.
#pragma once

#include "recordform.h"

#include <QVariantMap>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;
class QVBoxLayout;

namespace OmniCrm {

class RecordPicker;
struct DealDraft;

class DealForm : public RecordForm
{
    Q_OBJECT
public:
    /// `dealId` empty: a new deal. `prefill` may name "title", "contact_id", "company_id",
    /// "pipeline_id", "stage_id" and "currency" (the default one).
    DealForm(CrmStore &store, const QString &dealId, const QVariantMap &prefill = {},
             QWidget *parent = nullptr);

    RecordKind kind() const override { return RecordKind::Deal; }
    QLineEdit *titleEdit() const { return m_title; }
    RecordPicker *contactPicker() const { return m_contact; }
    RecordPicker *companyPicker() const { return m_company; }
    QComboBox *stageBox() const { return m_stage; }
    QLineEdit *lostReasonEdit() const { return m_lostReason; }
    QLineEdit *amountEdit() const { return m_amount; }
    QComboBox *currencyBox() const { return m_currency; }
    QCheckBox *closeDateBox() const { return m_hasClose; }
    QDateEdit *closeDateEdit() const { return m_close; }

    /// Line items in screen order; their fields are "item/<n>".
    int lineItemCount() const { return int(m_items.size()); }
    void addLineItem();
    RecordPicker *lineProduct(int row) const { return m_items.value(row).product; }
    QSpinBox *lineQuantity(int row) const { return m_items.value(row).quantity; }
    QLineEdit *linePrice(int row) const { return m_items.value(row).price; }
    QString lineFieldKey(int row) const { return m_items.value(row).key; }
    /// The total as shown under the line items.
    QString totalText() const;

protected:
    void check() override;
    Result<QString> store() override;
    QString fieldKeyFor(const QString &serviceField) const override;

private:
    struct LineRow
    {
        QString key;
        FormField *field = nullptr;
        RecordPicker *product = nullptr;
        QSpinBox *quantity = nullptr;
        QLineEdit *price = nullptr;
        QLabel *total = nullptr;
        QToolButton *remove = nullptr;
        QString productCurrency;
        std::optional<qint64> unitMinor;
    };

    void build(const QVariantMap &prefill);
    void load(const QString &id);
    void fillStages(const QString &stageId);
    void removeLineItem(const QString &key);
    void productPicked(const QString &key);
    Stage currentStage() const;
    bool isLineEmpty(const LineRow &row) const;
    DealDraft draft() const;

    QFormLayout *m_dealForm = nullptr;
    QLineEdit *m_title = nullptr;
    RecordPicker *m_contact = nullptr;
    RecordPicker *m_company = nullptr;
    QComboBox *m_pipeline = nullptr;
    QComboBox *m_stage = nullptr;
    QLineEdit *m_lostReason = nullptr;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_currency = nullptr;
    QCheckBox *m_hasClose = nullptr;
    QDateEdit *m_close = nullptr;
    QVBoxLayout *m_itemList = nullptr;
    QToolButton *m_addItem = nullptr;
    QLabel *m_total = nullptr;
    QList<Pipeline> m_pipelines;
    QList<LineRow> m_items;
    int m_nextItem = 0;
    std::optional<qint64> m_amountMinor;
    QString m_loadedStageId;
};

} // namespace OmniCrm
