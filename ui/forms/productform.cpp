#include "productform.h"

#include "crmstore.h"
#include "formfield.h"
#include "formtext.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace OmniCrm {

ProductForm::ProductForm(CrmStore &store, const QString &productId, const QVariantMap &prefill,
                         QWidget *parent)
    : RecordForm(store, productId, parent)
{
    setObjectName(QStringLiteral("productForm"));
    setWindowTitle(isEditing() ? tr("Edit product") : tr("New product"));
    auto *form = new QFormLayout;
    body()->addLayout(form);

    m_sku = new QLineEdit(this);
    m_sku->setPlaceholderText(QStringLiteral("ABC-100"));
    FormText::makeLeftToRight(m_sku);
    addField(form, QStringLiteral("sku"), tr("SKU"), m_sku);
    m_nameAr = new QLineEdit(this);
    m_nameAr->setLayoutDirection(Qt::RightToLeft);
    addField(form, QStringLiteral("name_ar"), tr("Name in Arabic"), m_nameAr);
    m_nameEn = new QLineEdit(this);
    m_nameEn->setLayoutDirection(Qt::LeftToRight);
    addField(form, QStringLiteral("name_en"), tr("Name in English"), m_nameEn);
    m_category = new QLineEdit(this);
    addField(form, QStringLiteral("category"), tr("Category"), m_category);

    auto *priceRow = new QWidget(this);
    auto *priceLayout = new QHBoxLayout(priceRow);
    priceLayout->setContentsMargins(0, 0, 0, 0);
    m_price = new QLineEdit(priceRow);
    m_price->setPlaceholderText(QStringLiteral("1,500.00"));
    FormText::makeLeftToRight(m_price);
    m_currency = new QComboBox(priceRow);
    m_currency->setAccessibleName(tr("Currency"));
    m_currency->addItems(
        FormText::currencies(prefill.value(QStringLiteral("currency"), QStringLiteral("SAR")).toString()));
    priceLayout->addWidget(m_price, 1);
    priceLayout->addWidget(m_currency);
    addField(form, QStringLiteral("price"), tr("Price"), priceRow, m_price);
    auto *costRow = new QWidget(this);
    auto *costLayout = new QHBoxLayout(costRow);
    costLayout->setContentsMargins(0, 0, 0, 0);
    m_cost = new QLineEdit(costRow);
    FormText::makeLeftToRight(m_cost);
    // Cost is in the price's currency; the code beside it follows the choice above.
    auto *costCurrency = new QLabel(m_currency->currentText(), costRow);
    costCurrency->setMinimumWidth(m_currency->sizeHint().width());
    connect(m_currency, &QComboBox::currentTextChanged, costCurrency, &QLabel::setText);
    costLayout->addWidget(m_cost, 1);
    costLayout->addWidget(costCurrency);
    addField(form, QStringLiteral("cost"), tr("Cost"), costRow, m_cost);

    if (isEditing())
        load(productId);
    finishSetup();
    setMinimumWidth(480);
}

void ProductForm::load(const QString &id)
{
    auto product = m_store.products().find(id);
    if (!product) {
        m_loadError = product.error();
        return;
    }
    setWindowTitle(tr("Edit product: %1").arg(FormText::isolated(product->sku)));
    m_sku->setText(product->sku);
    m_nameAr->setText(product->nameAr);
    m_nameEn->setText(product->nameEn);
    m_category->setText(product->category);
    if (m_currency->findText(product->currency) < 0)
        m_currency->addItem(product->currency);
    m_currency->setCurrentText(product->currency);
    m_price->setText(FormText::plainAmount(product->priceMinor, product->currency));
    m_cost->setText(FormText::plainAmount(product->costMinor, product->currency));
}

void ProductForm::check()
{
    FormField *sku = field(QStringLiteral("sku"));
    const QString code = m_sku->text().trimmed().toUpper();
    if (code.isEmpty()) {
        sku->setError(tr("Enter the product's SKU, the code it is sold under."));
    } else if (auto taken = m_store.products().findBySku(code); taken && taken->meta.id != m_recordId) {
        // The service refuses a taken SKU; say so before the user presses Save.
        sku->setError(tr("The SKU %1 is already used by %2.")
                          .arg(FormText::isolated(code),
                               QChar(0x2068) + (taken->nameAr.isEmpty() ? taken->nameEn : taken->nameAr)
                                   + QChar(0x2069)));
    } else {
        sku->setError({});
    }
    const bool named = !m_nameAr->text().simplified().isEmpty() || !m_nameEn->text().simplified().isEmpty();
    field(QStringLiteral("name_ar"))
        ->setError(named ? QString() : tr("Enter the product's name in Arabic or English."));
    const QString currency = m_currency->currentText();
    checkAmount(field(QStringLiteral("price")), m_price->text(), currency, &m_priceMinor);
    checkAmount(field(QStringLiteral("cost")), m_cost->text(), currency, &m_costMinor);
    if (isValid()) {
        auto product = m_store.products().validate(draft());
        if (!product)
            attachError(product.error());
    }
}

QString ProductForm::fieldKeyFor(const QString &serviceField) const
{
    if (serviceField == u"name")
        return QStringLiteral("name_ar");
    if (serviceField == u"currency")
        return QStringLiteral("price");
    return serviceField;
}

ProductDraft ProductForm::draft() const
{
    ProductDraft draft;
    draft.sku = m_sku->text();
    draft.nameAr = m_nameAr->text();
    draft.nameEn = m_nameEn->text();
    draft.category = m_category->text();
    draft.priceMinor = m_priceMinor.value_or(0);
    draft.costMinor = m_costMinor.value_or(0);
    draft.currency = m_currency->currentText();
    return draft;
}

Result<QString> ProductForm::store()
{
    const ProductDraft product = draft();
    if (!isEditing())
        return m_store.products().create(product);
    if (Status updated = m_store.products().update(m_recordId, product); !updated)
        return updated.error();
    return m_recordId;
}

} // namespace OmniCrm
