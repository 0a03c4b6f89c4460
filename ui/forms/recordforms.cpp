#include "recordforms.h"

#include "activityform.h"
#include "companyform.h"
#include "contactform.h"
#include "dealform.h"
#include "errortext.h"
#include "leadconversiondialog.h"
#include "leadform.h"
#include "productform.h"

#include <QMessageBox>

namespace OmniCrm {

RecordForms::RecordForms(CrmStore &store, QObject *parent)
    : RecordEditor(parent)
    , m_store(store)
{
}

void RecordForms::create(RecordKind kind, QWidget *parent, const QVariantMap &prefill)
{
    QVariantMap values = prefill;
    if (!values.contains(QStringLiteral("currency")))
        values.insert(QStringLiteral("currency"), m_currency);
    switch (kind) {
    case RecordKind::Contact:
        open(new ContactForm(m_store, {}, values, parent));
        return;
    case RecordKind::Company:
        open(new CompanyForm(m_store, {}, values, parent));
        return;
    case RecordKind::Lead:
        open(new LeadForm(m_store, {}, values, parent));
        return;
    case RecordKind::Deal:
        open(new DealForm(m_store, {}, values, parent));
        return;
    case RecordKind::Activity:
        open(new ActivityForm(m_store, {}, values, parent));
        return;
    case RecordKind::Product:
        open(new ProductForm(m_store, {}, values, parent));
        return;
    }
}

void RecordForms::edit(RecordKind kind, const QString &id, QWidget *parent)
{
    const QVariantMap values { { QStringLiteral("currency"), m_currency } };
    switch (kind) {
    case RecordKind::Contact:
        open(new ContactForm(m_store, id, values, parent));
        return;
    case RecordKind::Company:
        open(new CompanyForm(m_store, id, values, parent));
        return;
    case RecordKind::Lead:
        open(new LeadForm(m_store, id, values, parent));
        return;
    case RecordKind::Deal:
        open(new DealForm(m_store, id, values, parent));
        return;
    case RecordKind::Product:
        open(new ProductForm(m_store, id, values, parent));
        return;
    case RecordKind::Activity:
        open(new ActivityForm(m_store, id, values, parent));
        return;
    }
}

void RecordForms::convertLead(const QString &leadId, QWidget *parent)
{
    auto *dialog = new LeadConversionDialog(m_store, leadId, parent);
    connect(dialog, &LeadConversionDialog::leadConverted, this,
            [this](const QString &lead, const QString &contact, const QString &, const QString &deal) {
                Q_EMIT leadConverted(lead, contact, deal);
            });
    open(dialog);
}

void RecordForms::open(RecordForm *form)
{
    if (const auto failed = form->loadError()) {
        QWidget *parent = form->parentWidget();
        delete form;
        refuse(*failed, parent);
        return;
    }
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->setWindowModality(form->parentWidget() ? Qt::WindowModal : Qt::ApplicationModal);
    connect(form, &RecordForm::saved, this, &RecordEditor::saved);
    connect(form, &RecordForm::recordRequested, this, &RecordForms::recordRequested);
    m_current = form;
    form->open();
}

void RecordForms::refuse(const Error &error, QWidget *parent)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot open the record"),
                                ErrorText::describe(error), QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_current = box;
    box->open();
}

} // namespace OmniCrm
