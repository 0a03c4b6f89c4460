#include "companyform.h"

#include "crmstore.h"
#include "formfield.h"
#include "formtext.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace OmniCrm {

CompanyForm::CompanyForm(CrmStore &store, const QString &companyId, const QVariantMap &prefill,
                         QWidget *parent)
    : RecordForm(store, companyId, parent)
{
    setObjectName(QStringLiteral("companyForm"));
    setWindowTitle(isEditing() ? tr("Edit company") : tr("New company"));
    auto *columns = new QHBoxLayout;
    body()->addLayout(columns);

    auto *main = new QGroupBox(tr("Company"), this);
    auto *mainForm = new QFormLayout(main);
    m_name = new QLineEdit(this);
    addField(mainForm, QStringLiteral("name"), tr("Name"), m_name);
    m_industry = new QLineEdit(this);
    addField(mainForm, QStringLiteral("industry"), tr("Industry"), m_industry);
    m_phone = new QLineEdit(this);
    m_phone->setPlaceholderText(QStringLiteral("011 xxx xxxx"));
    FormText::makeLeftToRight(m_phone);
    addField(mainForm, QStringLiteral("phone"), tr("Phone"), m_phone);
    m_email = new QLineEdit(this);
    m_email->setPlaceholderText(QStringLiteral("info@example.com"));
    FormText::makeLeftToRight(m_email);
    addField(mainForm, QStringLiteral("email"), tr("E-mail"), m_email);
    m_website = new QLineEdit(this);
    m_website->setPlaceholderText(QStringLiteral("example.com"));
    FormText::makeLeftToRight(m_website);
    addField(mainForm, QStringLiteral("website"), tr("Website"), m_website);
    columns->addWidget(main, 1, Qt::AlignTop);

    auto *more = new QGroupBox(tr("Address and notes"), this);
    auto *moreForm = new QFormLayout(more);
    m_city = new QLineEdit(this);
    addField(moreForm, QStringLiteral("city"), tr("City"), m_city);
    m_country = new QLineEdit(this);
    addField(moreForm, QStringLiteral("country"), tr("Country"), m_country);
    m_address = new QLineEdit(this);
    addField(moreForm, QStringLiteral("address"), tr("Address"), m_address);
    m_tags = new QLineEdit(this);
    m_tags->setPlaceholderText(tr("Separate tags with commas"));
    addField(moreForm, QStringLiteral("tags"), tr("Tags"), m_tags);
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4);
    addField(moreForm, QStringLiteral("notes"), tr("Notes"), m_notes);
    columns->addWidget(more, 1, Qt::AlignTop);

    if (isEditing())
        load(companyId);
    else
        m_name->setText(prefill.value(QStringLiteral("name")).toString());
    finishSetup();
    setMinimumWidth(780);
}

void CompanyForm::load(const QString &id)
{
    auto company = m_store.companies().find(id);
    if (!company) {
        m_loadError = company.error();
        return;
    }
    setWindowTitle(tr("Edit company: %1").arg(company->name));
    m_name->setText(company->name);
    m_industry->setText(company->industry);
    m_phone->setText(company->phoneRaw.isEmpty() ? company->phoneE164 : company->phoneRaw);
    m_email->setText(company->email);
    m_website->setText(company->website);
    m_city->setText(company->city);
    m_country->setText(company->country);
    m_address->setText(company->address);
    if (auto tags = m_store.companies().tagsOf(id))
        m_tags->setText(tags->join(QStringLiteral(", ")));
    m_notes->setPlainText(company->notes);
}

void CompanyForm::check()
{
    FormField *name = field(QStringLiteral("name"));
    name->setError(m_name->text().simplified().isEmpty() ? tr("Enter the company's name.") : QString());
    name->setWarning({});
    QString e164;
    QString email;
    checkPhone(field(QStringLiteral("phone")), m_phone->text(), &e164);
    checkEmail(field(QStringLiteral("email")), m_email->text(), &email);
    if (!isValid())
        return;
    auto company = m_store.companies().validate(draft());
    if (!company) {
        attachError(company.error());
        return;
    }
    auto same = m_store.companies().duplicateOf(*company);
    if (same && !same->isEmpty() && *same != m_recordId) {
        auto other = m_store.companies().find(*same);
        name->setWarning(tr("%1 has the same name, phone or e-mail.")
                             .arg(FormText::isolatedName(other ? other->name : QString()))
                         + u' ' + FormText::recordLink(RecordKind::Company, *same, tr("Open the company")));
    }
}

CompanyDraft CompanyForm::draft() const
{
    CompanyDraft draft;
    draft.name = m_name->text();
    draft.industry = m_industry->text();
    draft.phone = m_phone->text();
    draft.email = m_email->text();
    draft.website = m_website->text();
    draft.city = m_city->text();
    draft.country = m_country->text();
    draft.address = m_address->text();
    draft.notes = m_notes->toPlainText();
    draft.tags = FormText::splitTags(m_tags->text());
    return draft;
}

Result<QString> CompanyForm::store()
{
    const CompanyDraft company = draft();
    if (!isEditing())
        return m_store.companies().create(company);
    if (Status updated = m_store.companies().update(m_recordId, company); !updated)
        return updated.error();
    return m_recordId;
}

} // namespace OmniCrm
