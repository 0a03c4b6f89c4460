// ProductForm: a catalogue item: SKU (unique among live products), names in Arabic and English
// (one is enough), category, price and cost in one currency.
#pragma once

#include "recordform.h"

#include <QVariantMap>

class QComboBox;
class QLineEdit;

namespace OmniCrm {

struct ProductDraft;

class ProductForm : public RecordForm
{
    Q_OBJECT
public:
    /// `productId` empty: a new product. `prefill` may name "currency" (the default one).
    ProductForm(CrmStore &store, const QString &productId, const QVariantMap &prefill = {},
                QWidget *parent = nullptr);

    RecordKind kind() const override { return RecordKind::Product; }
    QLineEdit *skuEdit() const { return m_sku; }
    QLineEdit *nameArEdit() const { return m_nameAr; }
    QLineEdit *priceEdit() const { return m_price; }
    QLineEdit *costEdit() const { return m_cost; }
    QComboBox *currencyBox() const { return m_currency; }

protected:
    void check() override;
    Result<QString> store() override;
    QString fieldKeyFor(const QString &serviceField) const override;

private:
    void load(const QString &id);
    ProductDraft draft() const;

    QLineEdit *m_sku = nullptr;
    QLineEdit *m_nameAr = nullptr;
    QLineEdit *m_nameEn = nullptr;
    QLineEdit *m_category = nullptr;
    QLineEdit *m_price = nullptr;
    QComboBox *m_currency = nullptr;
    QLineEdit *m_cost = nullptr;
    std::optional<qint64> m_priceMinor;
    std::optional<qint64> m_costMinor;
};

} // namespace OmniCrm
