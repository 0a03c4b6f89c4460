#include "leadform.h"
#include "kindtext.h"

#include "crmstore.h"
#include "formfield.h"
#include "formtext.h"
#include "recordpicker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace OmniCrm {

LeadForm::LeadForm(CrmStore &store, const QString &leadId, const QVariantMap &prefill, QWidget *parent)
    : RecordForm(store, leadId, parent)
{
    setObjectName(QStringLiteral("leadForm"));
    setWindowTitle(isEditing() ? tr("Lead") : tr("New lead"));
    auto *columns = new QHBoxLayout;
    body()->addLayout(columns);

    auto *who = new QGroupBox(tr("Who"), this);
    auto *whoForm = new QFormLayout(who);
    m_person = new QLineEdit(this);
    addField(whoForm, QStringLiteral("name"), tr("Name"), m_person);
    m_company = new RecordPicker(m_store, { RecordKind::Company }, this);
    m_company->setPlaceholderText(tr("Search, or type a new company"));
    addField(whoForm, QStringLiteral("company"), tr("Company"), m_company);
    m_phone = new QLineEdit(this);
    m_phone->setPlaceholderText(QStringLiteral("05x xxx xxxx"));
    FormText::makeLeftToRight(m_phone);
    addField(whoForm, QStringLiteral("phone"), tr("Phone"), m_phone);
    m_email = new QLineEdit(this);
    m_email->setPlaceholderText(QStringLiteral("name@example.com"));
    FormText::makeLeftToRight(m_email);
    addField(whoForm, QStringLiteral("email"), tr("E-mail"), m_email);
    m_city = new QLineEdit(this);
    addField(whoForm, QStringLiteral("city"), tr("City"), m_city);
    columns->addWidget(who, 1, Qt::AlignTop);

    auto *sale = new QGroupBox(tr("The opportunity"), this);
    auto *saleForm = new QFormLayout(sale);
    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(tr("The name or the company when empty"));
    addField(saleForm, QStringLiteral("title"), tr("Title"), m_title);
    m_source = new QLineEdit(this);
    m_source->setPlaceholderText(tr("Where the lead came from"));
    addField(saleForm, QStringLiteral("source"), tr("Source"), m_source);
    m_status = new QComboBox(this);
    for (LeadStatus status :
         { LeadStatus::New, LeadStatus::Contacted, LeadStatus::Qualified, LeadStatus::Lost })
        m_status->addItem(KindText::leadStatus(status), int(status));
    addField(saleForm, QStringLiteral("status"), tr("Status"), m_status);
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
    addField(saleForm, QStringLiteral("value"), tr("Estimated amount"), amountRow, m_amount);
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4);
    addField(saleForm, QStringLiteral("notes"), tr("Notes"), m_notes);
    columns->addWidget(sale, 1, Qt::AlignTop);

    if (isEditing()) {
        load(leadId);
    } else {
        m_person->setText(prefill.value(QStringLiteral("person_name")).toString());
        m_company->setText(prefill.value(QStringLiteral("company_name")).toString());
        m_phone->setText(prefill.value(QStringLiteral("phone")).toString());
        m_email->setText(prefill.value(QStringLiteral("email")).toString());
        m_source->setText(prefill.value(QStringLiteral("source")).toString());
    }
    finishSetup();
    setMinimumWidth(780);
}

void LeadForm::load(const QString &id)
{
    auto lead = m_store.leads().find(id);
    if (!lead) {
        m_loadError = lead.error();
        return;
    }
    setWindowTitle(tr("Lead: %1").arg(lead->title));
    m_title->setText(lead->title);
    m_person->setText(lead->personName);
    m_company->setText(lead->companyName);
    m_phone->setText(lead->phoneRaw.isEmpty() ? lead->phoneE164 : lead->phoneRaw);
    m_email->setText(lead->email);
    m_city->setText(lead->city);
    m_source->setText(lead->source);
    m_notes->setPlainText(lead->notes);
    if (lead->valueMinor) {
        const QString currency = lead->currency.isEmpty() ? QStringLiteral("SAR") : lead->currency;
        if (m_currency->findText(currency) < 0)
            m_currency->addItem(currency);
        m_currency->setCurrentText(currency);
        m_amount->setText(FormText::plainAmount(*lead->valueMinor, currency));
    }
    m_loadedStatus = lead->status;
    if (lead->status == LeadStatus::Converted)
        m_status->addItem(KindText::leadStatus(LeadStatus::Converted), int(LeadStatus::Converted));
    m_status->setCurrentIndex(m_status->findData(int(lead->status)));

    m_leadType = lead->leadType;
    m_priority = lead->priority;
    m_ownerId = lead->ownerId;
    // A converted lead is history: it is shown, and nothing changes.
    if (lead->status != LeadStatus::Converted)
        return;
    for (QLineEdit *edit : { m_title, m_person, static_cast<QLineEdit *>(m_company), m_phone, m_email, m_city,
                             m_source, m_amount })
        edit->setReadOnly(true);
    m_notes->setReadOnly(true);
    m_currency->setEnabled(false);
    m_status->setEnabled(false);
}

LeadStatus LeadForm::status() const
{
    return LeadStatus(m_status->currentData().toInt());
}

void LeadForm::check()
{
    const bool named = !m_person->text().simplified().isEmpty() || !m_company->typedText().isEmpty()
        || !m_title->text().simplified().isEmpty();
    field(QStringLiteral("name"))
        ->setError(named ? QString() : tr("Enter the person's name or the company's name."));
    QString e164;
    QString email;
    checkPhone(field(QStringLiteral("phone")), m_phone->text(), &e164);
    checkEmail(field(QStringLiteral("email")), m_email->text(), &email);
    checkAmount(field(QStringLiteral("value")), m_amount->text(), m_currency->currentText(), &m_amountMinor);
    if (isEditing() && m_loadedStatus == LeadStatus::Converted) {
        setBanner(tr("This lead was converted; it can no longer change."));
        return;
    }
    if (isValid()) {
        auto lead = m_store.leads().validate(draft());
        if (!lead)
            attachError(lead.error());
    }
}

QString LeadForm::fieldKeyFor(const QString &serviceField) const
{
    if (serviceField == u"currency" || serviceField == u"amount")
        return QStringLiteral("value");
    if (serviceField == u"title")
        return QStringLiteral("name");
    return serviceField;
}

LeadDraft LeadForm::draft() const
{
    LeadDraft draft;
    draft.title = m_title->text();
    draft.personName = m_person->text();
    draft.companyName = m_company->typedText();
    draft.phone = m_phone->text();
    draft.email = m_email->text();
    draft.city = m_city->text();
    draft.source = m_source->text();
    draft.valueMinor = m_amountMinor;
    draft.currency = m_currency->currentText();
    draft.notes = m_notes->toPlainText();
    draft.leadType = m_leadType;
    draft.priority = m_priority;
    draft.ownerId = m_ownerId;
    return draft;
}

Result<QString> LeadForm::store()
{
    if (isEditing()) {
        if (m_loadedStatus == LeadStatus::Converted)
            return m_recordId;
        if (Status updated = m_store.leads().update(m_recordId, draft()); !updated)
            return updated.error();
        if (status() != m_loadedStatus) {
            if (Status changed = m_store.leads().setStatus(m_recordId, status()); !changed)
                return changed.error();
        }
        return m_recordId;
    }
    auto id = m_store.leads().create(draft());
    if (!id)
        return id;
    // A lead starts as new; a different first status is one more small write.
    if (status() != LeadStatus::New) {
        if (Status changed = m_store.leads().setStatus(*id, status()); !changed)
            return changed.error();
    }
    return id;
}

} // namespace OmniCrm
