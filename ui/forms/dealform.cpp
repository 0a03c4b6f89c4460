#include "dealform.h"

#include "crmstore.h"
#include "formfield.h"
#include "formtext.h"
#include "recordpicker.h"
#include "uiicons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace OmniCrm {

namespace {
constexpr int kQuantityWidth = 90;
constexpr int kPriceWidth = 130;
constexpr int kTotalWidth = 140;

QLabel *header(const QString &text, int width, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    if (width > 0)
        label->setFixedWidth(width);
    label->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    return label;
}
} // namespace

DealForm::DealForm(CrmStore &store, const QString &dealId, const QVariantMap &prefill, QWidget *parent)
    : RecordForm(store, dealId, parent)
{
    setObjectName(QStringLiteral("dealForm"));
    setWindowTitle(isEditing() ? tr("Edit deal") : tr("New deal"));
    auto pipelines = m_store.pipelines().all();
    if (pipelines && pipelines->isEmpty()) {
        if (auto created = m_store.pipelines().ensureDefault())
            pipelines = QList<Pipeline> { *created };
    }
    if (pipelines)
        m_pipelines = *pipelines;
    build(prefill);
    if (isEditing())
        load(dealId);
    if (m_items.isEmpty())
        addLineItem();
    finishSetup();
    setMinimumWidth(900);
}

void DealForm::build(const QVariantMap &prefill)
{
    auto *columns = new QHBoxLayout;
    body()->addLayout(columns);

    auto *deal = new QGroupBox(tr("Deal"), this);
    m_dealForm = new QFormLayout(deal);
    m_title = new QLineEdit(this);
    m_title->setText(prefill.value(QStringLiteral("title")).toString());
    addField(m_dealForm, QStringLiteral("title"), tr("Title"), m_title);
    m_contact = new RecordPicker(m_store, { RecordKind::Contact }, this);
    m_contact->setPlaceholderText(tr("Search contacts"));
    addField(m_dealForm, QStringLiteral("contact"), tr("Contact"), m_contact);
    m_company = new RecordPicker(m_store, { RecordKind::Company }, this);
    m_company->setPlaceholderText(tr("Search companies"));
    addField(m_dealForm, QStringLiteral("company"), tr("Company"), m_company);
    connect(m_contact, &RecordPicker::recordChanged, this, [this]() {
        // The contact's company comes along when no company was chosen yet.
        if (m_contact->hasRecord() && m_company->typedText().isEmpty()) {
            auto contact = m_store.contacts().find(m_contact->recordId());
            if (contact && !contact->companyId.isEmpty()) {
                if (auto company = m_store.companies().find(contact->companyId))
                    m_company->setRecord(RecordKind::Company, company->meta.id, company->name);
            }
        }
        edited(field(QStringLiteral("contact")));
    });
    connect(m_company, &RecordPicker::recordChanged, this,
            [this]() { edited(field(QStringLiteral("company"))); });

    m_pipeline = new QComboBox(this);
    for (const Pipeline &pipeline : std::as_const(m_pipelines))
        m_pipeline->addItem(FormText::pipelineName(pipeline), pipeline.meta.id);
    FormField *pipelineField = addField(m_dealForm, QStringLiteral("pipeline"), tr("Pipeline"), m_pipeline);
    m_dealForm->setRowVisible(pipelineField, m_pipelines.size() > 1);
    m_stage = new QComboBox(this);
    addField(m_dealForm, QStringLiteral("stage"), tr("Stage"), m_stage);
    m_lostReason = new QLineEdit(this);
    m_lostReason->setPlaceholderText(tr("Price, timing, a competitor…"));
    addField(m_dealForm, QStringLiteral("lost_reason"), tr("Lost because"), m_lostReason);

    const QString pipelineId = prefill.value(QStringLiteral("pipeline_id")).toString();
    if (const int index = m_pipeline->findData(pipelineId); index >= 0)
        m_pipeline->setCurrentIndex(index);
    else
        for (int i = 0; i < m_pipelines.size(); ++i) {
            if (m_pipelines.at(i).isDefault)
                m_pipeline->setCurrentIndex(i);
        }
    fillStages(prefill.value(QStringLiteral("stage_id")).toString());
    connect(m_pipeline, &QComboBox::activated, this, [this]() { fillStages({}); });
    columns->addWidget(deal, 3, Qt::AlignTop);

    auto *value = new QGroupBox(tr("Value"), this);
    auto *valueForm = new QFormLayout(value);
    auto *amountRow = new QWidget(this);
    auto *amountLayout = new QHBoxLayout(amountRow);
    amountLayout->setContentsMargins(0, 0, 0, 0);
    m_amount = new QLineEdit(amountRow);
    m_amount->setPlaceholderText(QStringLiteral("1,500.00"));
    FormText::makeLeftToRight(m_amount);
    m_currency = new QComboBox(amountRow);
    m_currency->setAccessibleName(tr("Currency"));
    m_currency->addItems(
        FormText::currencies(prefill.value(QStringLiteral("currency"), QStringLiteral("SAR")).toString()));
    amountLayout->addWidget(m_amount, 1);
    amountLayout->addWidget(m_currency);
    addField(valueForm, QStringLiteral("amount"), tr("Amount"), amountRow, m_amount);

    auto *closeRow = new QWidget(this);
    auto *closeLayout = new QHBoxLayout(closeRow);
    closeLayout->setContentsMargins(0, 0, 0, 0);
    m_hasClose = new QCheckBox(tr("Expected on"), closeRow);
    m_close = new QDateEdit(QDate::currentDate().addDays(30), closeRow);
    m_close->setCalendarPopup(true);
    m_close->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_close->setEnabled(false);
    closeLayout->addWidget(m_hasClose);
    closeLayout->addWidget(m_close, 1);
    connect(m_hasClose, &QCheckBox::toggled, m_close, &QDateEdit::setEnabled);
    addField(valueForm, QStringLiteral("expected_close"), tr("Close date"), closeRow, m_hasClose);
    columns->addWidget(value, 2, Qt::AlignTop);

    auto *items = new QGroupBox(tr("Line items"), this);
    auto *itemsLayout = new QVBoxLayout(items);
    auto *headers = new QHBoxLayout;
    headers->addWidget(header(tr("Product"), 0, items), 1);
    headers->addWidget(header(tr("Quantity"), kQuantityWidth, items));
    headers->addWidget(header(tr("Unit price"), kPriceWidth, items));
    headers->addWidget(header(tr("Line total"), kTotalWidth, items));
    headers->addSpacing(30);
    itemsLayout->addLayout(headers);
    m_itemList = new QVBoxLayout;
    itemsLayout->addLayout(m_itemList);
    auto *footer = new QHBoxLayout;
    m_addItem = new QToolButton(items);
    m_addItem->setText(tr("Add line item"));
    m_addItem->setIcon(uiIcon(QStringLiteral("list-add")));
    m_addItem->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_addItem->setAutoRaise(true);
    connect(m_addItem, &QToolButton::clicked, this, [this]() {
        addLineItem();
        m_items.last().product->setFocus(Qt::TabFocusReason);
        edited(nullptr);
    });
    m_total = new QLabel(items);
    m_total->setObjectName(QStringLiteral("dealTotal"));
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    footer->addWidget(m_addItem);
    footer->addStretch(1);
    footer->addWidget(m_total);
    itemsLayout->addLayout(footer);
    body()->addWidget(items);

    const QString contactId = prefill.value(QStringLiteral("contact_id")).toString();
    if (auto contact = m_store.contacts().find(contactId); !contactId.isEmpty() && contact)
        m_contact->setRecord(RecordKind::Contact, contactId, contact->fullName);
    const QString companyId = prefill.value(QStringLiteral("company_id")).toString();
    if (auto company = m_store.companies().find(companyId); !companyId.isEmpty() && company)
        m_company->setRecord(RecordKind::Company, companyId, company->name);
}

void DealForm::fillStages(const QString &stageId)
{
    m_stage->clear();
    const int index = m_pipeline->currentIndex();
    if (index < 0 || index >= m_pipelines.size())
        return;
    for (const Stage &stage : m_pipelines.at(index).stages)
        m_stage->addItem(FormText::stageName(stage), stage.meta.id);
    const int current = m_stage->findData(stageId);
    m_stage->setCurrentIndex(current >= 0 ? current : 0);
}

Stage DealForm::currentStage() const
{
    const int index = m_pipeline->currentIndex();
    if (index < 0 || index >= m_pipelines.size())
        return {};
    const QString id = m_stage->currentData().toString();
    for (const Stage &stage : m_pipelines.at(index).stages) {
        if (stage.meta.id == id)
            return stage;
    }
    return {};
}

void DealForm::addLineItem()
{
    LineRow row;
    row.key = QStringLiteral("item/") + QString::number(m_nextItem++);
    auto *line = new QWidget(this);
    auto *layout = new QHBoxLayout(line);
    layout->setContentsMargins(0, 0, 0, 0);
    row.product = new RecordPicker(m_store, { RecordKind::Product }, line);
    row.product->setPlaceholderText(tr("Search products, or describe the item"));
    row.quantity = new QSpinBox(line);
    row.quantity->setRange(1, 1000000);
    row.quantity->setFixedWidth(kQuantityWidth);
    row.quantity->setAccessibleName(tr("Quantity"));
    row.price = new QLineEdit(line);
    row.price->setPlaceholderText(QStringLiteral("0.00"));
    row.price->setFixedWidth(kPriceWidth);
    row.price->setAccessibleName(tr("Unit price"));
    FormText::makeLeftToRight(row.price);
    row.total = new QLabel(line);
    row.total->setFixedWidth(kTotalWidth);
    row.total->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    row.remove = new QToolButton(line);
    row.remove->setIcon(uiIcon(QStringLiteral("list-remove")));
    row.remove->setAutoRaise(true);
    row.remove->setToolTip(tr("Remove this line item"));
    layout->addWidget(row.product, 1);
    layout->addWidget(row.quantity);
    layout->addWidget(row.price);
    layout->addWidget(row.total);
    layout->addWidget(row.remove);
    row.field = registerField(row.key, line, row.price);
    m_itemList->addWidget(row.field);

    // Rows join the tab order after the last row (the first one before "Add line item").
    QWidget *previous = m_items.isEmpty() ? previousTabStop(m_addItem) : m_items.last().remove;
    for (QWidget *next :
         std::initializer_list<QWidget *> { row.product, row.quantity, row.price, row.remove }) {
        setTabOrder(previous, next);
        previous = next;
    }
    const QString key = row.key;
    connect(row.remove, &QToolButton::clicked, this, [this, key]() { removeLineItem(key); });
    connect(row.product, &RecordPicker::recordChanged, this, [this, key]() { productPicked(key); });
    m_items.append(row);
}

void DealForm::removeLineItem(const QString &key)
{
    const auto it
        = std::find_if(m_items.begin(), m_items.end(), [&](const LineRow &r) { return r.key == key; });
    if (it == m_items.end())
        return;
    if (m_items.size() == 1) {
        it->product->clearRecord();
        it->quantity->setValue(1);
        it->price->clear();
        it->product->setFocus(Qt::OtherFocusReason);
    } else {
        const int index = int(it - m_items.begin());
        unregisterField(key);
        m_items.erase(it);
        m_items.at(std::min(index, int(m_items.size()) - 1)).product->setFocus(Qt::OtherFocusReason);
    }
    edited(nullptr);
}

void DealForm::productPicked(const QString &key)
{
    const auto it
        = std::find_if(m_items.begin(), m_items.end(), [&](const LineRow &r) { return r.key == key; });
    if (it == m_items.end())
        return;
    if (it->product->hasRecord()) {
        if (auto product = m_store.products().find(it->product->recordId())) {
            // A price in another currency keeps its code, so the check says it does not match.
            const QString plain = FormText::plainAmount(product->priceMinor, product->currency);
            it->price->setText(
                product->currency == m_currency->currentText() ? plain : plain + u' ' + product->currency);
        }
    }
    edited(it->field);
}

bool DealForm::isLineEmpty(const LineRow &row) const
{
    return row.product->typedText().isEmpty() && row.price->text().trimmed().isEmpty();
}

QString DealForm::totalText() const
{
    return m_total->text();
}

void DealForm::load(const QString &id)
{
    auto deal = m_store.deals().find(id);
    if (!deal) {
        m_loadError = deal.error();
        return;
    }
    setWindowTitle(tr("Edit deal: %1").arg(deal->title));
    m_title->setText(deal->title);
    if (const int index = m_pipeline->findData(deal->pipelineId); index >= 0)
        m_pipeline->setCurrentIndex(index);
    fillStages(deal->stageId);
    m_loadedStageId = deal->stageId;
    m_lostReason->setText(deal->lostReason);
    if (!deal->contactId.isEmpty()) {
        if (auto contact = m_store.contacts().find(deal->contactId))
            m_contact->setRecord(RecordKind::Contact, deal->contactId, contact->fullName);
    }
    if (!deal->companyId.isEmpty()) {
        if (auto company = m_store.companies().find(deal->companyId))
            m_company->setRecord(RecordKind::Company, deal->companyId, company->name);
    }
    if (m_currency->findText(deal->currency) < 0)
        m_currency->addItem(deal->currency);
    m_currency->setCurrentText(deal->currency);
    m_amount->setText(FormText::plainAmount(deal->amountMinor, deal->currency));
    if (const QDate close = QDate::fromString(deal->expectedClose, Qt::ISODate); close.isValid()) {
        m_hasClose->setChecked(true);
        m_close->setDate(close);
    }
    for (const DealLineItem &item : deal->lineItems) {
        addLineItem();
        LineRow &row = m_items.last();
        if (!item.productId.isEmpty()) {
            auto product = m_store.products().find(item.productId);
            const QString name = product ? (product->nameAr.isEmpty() ? product->nameEn : product->nameAr)
                                         : item.description;
            row.product->setRecord(RecordKind::Product, item.productId, name);
        } else {
            row.product->setText(item.description);
        }
        row.quantity->setValue(int(item.quantity));
        row.price->setText(FormText::plainAmount(item.unitPriceMinor, deal->currency));
    }
}

void DealForm::check()
{
    field(QStringLiteral("title"))
        ->setError(m_title->text().simplified().isEmpty() ? tr("Enter a title for the deal.") : QString());
    field(QStringLiteral("contact"))
        ->setError(m_contact->hasRecord() || m_contact->typedText().isEmpty()
                       ? QString()
                       : tr("Pick a contact from the list, or leave this empty."));
    field(QStringLiteral("company"))
        ->setError(m_company->hasRecord() || m_company->typedText().isEmpty()
                       ? QString()
                       : tr("Pick a company from the list, or leave this empty."));
    const bool lost = currentStage().type == StageType::Lost;
    FormField *lostReason = field(QStringLiteral("lost_reason"));
    m_dealForm->setRowVisible(lostReason, lost);
    lostReason->setError(
        lost && m_lostReason->text().simplified().isEmpty() ? tr("Say why the deal was lost.") : QString());
    field(QStringLiteral("stage"))
        ->setError(m_stage->count() == 0 ? tr("The pipeline has no stages.") : QString());

    const QString currency = m_currency->currentText();
    qint64 total = 0;
    bool anyItems = false;
    for (LineRow &row : m_items) {
        row.unitMinor.reset();
        if (isLineEmpty(row)) {
            row.field->setError({});
            row.field->setHint({});
            row.total->clear();
            continue;
        }
        anyItems = true;
        const bool ok = checkAmount(row.field, row.price->text(), currency, &row.unitMinor);
        row.field->setHint({}); // the line total beside the price says it already
        if (ok && !row.unitMinor)
            row.field->setError(tr("Enter the unit price."));
        if (row.unitMinor) {
            const qint64 lineTotal = *row.unitMinor * row.quantity->value();
            row.total->setText(FormText::money(lineTotal, currency));
            total += lineTotal;
        } else {
            row.total->clear();
        }
    }

    FormField *amount = field(QStringLiteral("amount"));
    m_amount->setReadOnly(anyItems);
    if (anyItems) {
        const QString plain = FormText::plainAmount(total, currency);
        if (m_amount->text() != plain)
            m_amount->setText(plain);
        amount->setError({});
        amount->setHint(tr("The total of the line items"));
        m_amountMinor = total;
    } else {
        checkAmount(amount, m_amount->text(), currency, &m_amountMinor);
    }
    m_total->setText(tr("Total: %1").arg(FormText::money(m_amountMinor.value_or(0), currency)));

    if (isValid()) {
        auto deal = m_store.deals().validate(draft());
        if (!deal)
            attachError(deal.error());
    }
}

QString DealForm::fieldKeyFor(const QString &serviceField) const
{
    if (serviceField == u"currency")
        return QStringLiteral("amount");
    if (serviceField == u"quantity" || serviceField == u"unit_price") {
        for (const LineRow &row : m_items) {
            if (!isLineEmpty(row))
                return row.key;
        }
    }
    return serviceField;
}

DealDraft DealForm::draft() const
{
    DealDraft draft;
    draft.title = m_title->text();
    draft.pipelineId = m_pipeline->currentData().toString();
    draft.stageId = m_stage->currentData().toString();
    draft.contactId = m_contact->recordId();
    draft.companyId = m_company->recordId();
    draft.amountMinor = m_amountMinor.value_or(0);
    draft.currency = m_currency->currentText();
    if (m_hasClose->isChecked())
        draft.expectedClose = m_close->date().toString(Qt::ISODate);
    for (const LineRow &row : m_items) {
        if (isLineEmpty(row))
            continue;
        DealLineItem item;
        if (row.product->hasRecord())
            item.productId = row.product->recordId();
        else
            item.description = row.product->typedText();
        item.quantity = row.quantity->value();
        item.unitPriceMinor = row.unitMinor.value_or(0);
        draft.lineItems.append(item);
    }
    return draft;
}

Result<QString> DealForm::store()
{
    DealDraft deal = draft();
    const Stage stage = currentStage();
    const QString reason = m_lostReason->text().simplified();
    if (!isEditing()) {
        // A deal recorded as lost starts in an open stage and moves, so the reason is kept and
        // the move is logged like any other.
        const bool lost = stage.type == StageType::Lost;
        if (lost) {
            const QList<Stage> &stages = m_pipelines.at(m_pipeline->currentIndex()).stages;
            const auto open = std::find_if(stages.begin(), stages.end(),
                                           [](const Stage &s) { return s.type == StageType::Open; });
            deal.stageId = open != stages.end() ? open->meta.id : QString();
        }
        auto id = m_store.deals().create(deal);
        if (!id || !lost)
            return id;
        if (Status moved = m_store.deals().moveToStage(*id, stage.meta.id, reason); !moved)
            return moved.error();
        return id;
    }
    if (Status updated = m_store.deals().update(m_recordId, deal); !updated)
        return updated.error();
    if (stage.meta.id != m_loadedStageId) {
        if (Status moved = m_store.deals().moveToStage(m_recordId, stage.meta.id, reason); !moved)
            return moved.error();
        m_loadedStageId = stage.meta.id;
    }
    return m_recordId;
}

} // namespace OmniCrm
