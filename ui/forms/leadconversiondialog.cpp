#include "leadconversiondialog.h"

#include "crmstore.h"
#include "formfield.h"
#include "formtext.h"
#include "uiicons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace OmniCrm {

namespace {
QLabel *planLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    label->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    return label;
}

QWidget *planRow(const QString &icon, QLabel *label, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *mark = new QLabel(row);
    mark->setPixmap(uiIcon(icon).pixmap(22, 22));
    mark->setAlignment(Qt::AlignTop);
    layout->addWidget(mark);
    layout->addWidget(label, 1);
    return row;
}

QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(FormText::inReadingDirection(text), parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    return label;
}
} // namespace

LeadConversionDialog::LeadConversionDialog(CrmStore &store, const QString &leadId, QWidget *parent)
    : RecordForm(store, leadId, parent)
{
    setObjectName(QStringLiteral("leadConversionDialog"));
    setWindowTitle(tr("Convert lead"));
    auto lead = m_store.leads().find(leadId);
    if (!lead)
        m_loadError = lead.error();
    else
        m_lead = *lead;
    m_currency = m_lead.currency.isEmpty() ? QStringLiteral("SAR") : m_lead.currency;
    build();
    plan();
    finishSetup();
    setMinimumWidth(580);
}

void LeadConversionDialog::build()
{
    saveButton()->setText(tr("Convert"));

    auto *leadBox = new QGroupBox(tr("The lead"), this);
    auto *leadForm = new QFormLayout(leadBox);
    leadForm->addRow(tr("Title"), valueLabel(m_lead.title, leadBox));
    if (!m_lead.personName.isEmpty())
        leadForm->addRow(tr("Name"), valueLabel(m_lead.personName, leadBox));
    if (!m_lead.companyName.isEmpty())
        leadForm->addRow(tr("Company"), valueLabel(m_lead.companyName, leadBox));
    if (!m_lead.phoneE164.isEmpty())
        leadForm->addRow(tr("Phone"), valueLabel(FormText::isolated(m_lead.phoneE164), leadBox));
    if (!m_lead.email.isEmpty())
        leadForm->addRow(tr("E-mail"), valueLabel(FormText::isolated(m_lead.email), leadBox));
    if (m_lead.valueMinor)
        leadForm->addRow(tr("Estimated amount"),
                         valueLabel(FormText::money(*m_lead.valueMinor, m_currency), leadBox));
    body()->addWidget(leadBox);

    auto *planBox = new QGroupBox(tr("Converting will"), this);
    auto *planLayout = new QVBoxLayout(planBox);
    m_contactPlan = planLabel(QStringLiteral("contactPlan"), planBox);
    m_companyPlan = planLabel(QStringLiteral("companyPlan"), planBox);
    connect(m_contactPlan, &QLabel::linkActivated, this, &RecordForm::followLink);
    connect(m_companyPlan, &QLabel::linkActivated, this, &RecordForm::followLink);
    planLayout->addWidget(planRow(QStringLiteral("user-identity"), m_contactPlan, planBox));
    planLayout->addWidget(planRow(QStringLiteral("view-bank"), m_companyPlan, planBox));

    m_createDeal = new QCheckBox(tr("Open a deal"), planBox);
    m_createDeal->setChecked(true);
    planLayout->addWidget(m_createDeal);
    auto *dealForm = new QFormLayout;
    planLayout->addLayout(dealForm);
    m_dealTitle = new QLineEdit(planBox);
    m_dealTitle->setText(m_lead.title);
    addField(dealForm, QStringLiteral("deal_title"), tr("Deal title"), m_dealTitle);
    m_stage = new QComboBox(planBox);
    if (auto pipeline = m_store.pipelines().defaultPipeline()) {
        for (const Stage &stage : pipeline->stages) {
            // Converting opens a deal; a lost one would need a reason and makes no sense here.
            if (stage.type != StageType::Lost)
                m_stage->addItem(FormText::stageName(stage), stage.meta.id);
        }
    }
    addField(dealForm, QStringLiteral("deal_stage"), tr("Stage"), m_stage);
    auto *amountRow = new QWidget(planBox);
    auto *amountLayout = new QHBoxLayout(amountRow);
    amountLayout->setContentsMargins(0, 0, 0, 0);
    m_amount = new QLineEdit(amountRow);
    FormText::makeLeftToRight(m_amount);
    if (m_lead.valueMinor)
        m_amount->setText(FormText::plainAmount(*m_lead.valueMinor, m_currency));
    m_amount->setPlaceholderText(QStringLiteral("0.00"));
    amountLayout->addWidget(m_amount, 1);
    amountLayout->addWidget(new QLabel(m_currency, amountRow));
    addField(dealForm, QStringLiteral("deal_amount"), tr("Amount"), amountRow, m_amount);
    watch(m_createDeal);
    connect(m_createDeal, &QCheckBox::toggled, this, [this](bool on) {
        m_dealTitle->setEnabled(on);
        m_stage->setEnabled(on);
        m_amount->setEnabled(on);
    });

    auto *after = new QLabel(
        tr("The lead will be marked converted, and its activities will move to the contact."), planBox);
    after->setWordWrap(true);
    after->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    planLayout->addWidget(after);
    body()->addWidget(planBox);
}

void LeadConversionDialog::plan()
{
    // The same decisions LeadService::convert makes, asked of the same services, so what is
    // shown is what will happen.
    if (m_lead.personName.isEmpty() && m_lead.phoneE164.isEmpty() && m_lead.email.isEmpty()) {
        m_contactPlan->setText(tr("No contact: the lead names no person, phone or e-mail.").toHtmlEscaped());
    } else {
        ContactDraft draft;
        draft.fullName = m_lead.personName.isEmpty() ? m_lead.title : m_lead.personName;
        if (!m_lead.phoneE164.isEmpty())
            draft.phones.append(
                PhoneDraft { m_lead.phoneRaw.isEmpty() ? m_lead.phoneE164 : m_lead.phoneRaw });
        if (!m_lead.email.isEmpty())
            draft.emails.append(m_lead.email);
        auto contact = m_store.contacts().validate(draft);
        auto existing = contact ? m_store.contacts().duplicateOf(*contact) : Result<QString>(contact.error());
        if (existing && !existing->isEmpty()) {
            auto other = m_store.contacts().find(*existing);
            m_contactPlan->setText(
                tr("Link to the existing contact %1, who has the same phone or e-mail.")
                    .arg(FormText::isolatedName(other ? other->fullName : QString()))
                + u' ' + FormText::recordLink(RecordKind::Contact, *existing, tr("Open the contact")));
        } else {
            m_contactPlan->setText(tr("Create the contact %1.").arg(FormText::isolatedName(draft.fullName)));
        }
    }
    if (m_lead.companyName.isEmpty()) {
        m_companyPlan->setText(tr("No company: the lead names none.").toHtmlEscaped());
    } else {
        Company probe;
        probe.name = m_lead.companyName;
        auto existing = m_store.companies().duplicateOf(probe);
        if (existing && !existing->isEmpty()) {
            auto other = m_store.companies().find(*existing);
            m_companyPlan->setText(
                tr("Use the existing company %1.")
                    .arg(FormText::isolatedName(other ? other->name : m_lead.companyName))
                + u' ' + FormText::recordLink(RecordKind::Company, *existing, tr("Open the company")));
        } else {
            m_companyPlan->setText(
                tr("Create the company %1.").arg(FormText::isolatedName(m_lead.companyName)));
        }
    }
}

QString LeadConversionDialog::contactPlan() const
{
    return m_contactPlan->text();
}

QString LeadConversionDialog::companyPlan() const
{
    return m_companyPlan->text();
}

void LeadConversionDialog::check()
{
    if (m_loadError) {
        setBanner(tr("This lead no longer exists; it may have been deleted."));
        return;
    }
    if (m_lead.status == LeadStatus::Converted) {
        setBanner(tr("This lead was converted already."));
        return;
    }
    const bool deal = m_createDeal->isChecked();
    field(QStringLiteral("deal_title"))
        ->setError(deal && m_dealTitle->text().simplified().isEmpty() ? tr("Enter a title for the deal.")
                                                                      : QString());
    field(QStringLiteral("deal_stage"))
        ->setError(deal && m_stage->count() == 0 ? tr("The default pipeline has no stages.") : QString());
    FormField *amount = field(QStringLiteral("deal_amount"));
    if (deal) {
        checkAmount(amount, m_amount->text(), m_currency, &m_amountMinor);
    } else {
        amount->setError({});
        amount->setHint({});
    }
}

QString LeadConversionDialog::fieldKeyFor(const QString &serviceField) const
{
    if (serviceField == u"title")
        return QStringLiteral("deal_title");
    if (serviceField == u"stage")
        return QStringLiteral("deal_stage");
    if (serviceField == u"amount" || serviceField == u"currency")
        return QStringLiteral("deal_amount");
    return {};
}

Result<QString> LeadConversionDialog::store()
{
    LeadConversion options;
    options.createDeal = m_createDeal->isChecked();
    options.dealTitle = m_dealTitle->text().simplified();
    options.amountMinor = m_amountMinor.value_or(0);
    options.stageId = m_stage->currentData().toString();
    auto converted = m_store.leads().convert(m_recordId, options);
    if (!converted)
        return converted.error();
    m_result = *converted;
    Q_EMIT leadConverted(m_recordId, m_result.contactId, m_result.companyId, m_result.dealId);
    return m_recordId;
}

} // namespace OmniCrm
