#include "contactform.h"

#include "crmstore.h"
#include "errortext.h"
#include "formfield.h"
#include "formtext.h"
#include "recordpicker.h"
#include "uiicons.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace OmniCrm {

namespace {
QToolButton *addButton(const QString &text, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setIcon(uiIcon(QStringLiteral("list-add")));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}
} // namespace

ContactForm::ContactForm(CrmStore &store, const QString &contactId, const QVariantMap &prefill,
                         QWidget *parent)
    : RecordForm(store, contactId, parent)
{
    setObjectName(QStringLiteral("contactForm"));
    build();
    if (isEditing())
        load(contactId);
    else
        this->prefill(prefill);
    setMinimumWidth(920);
    if (m_phones.isEmpty())
        addPhoneRow();
    if (m_emails.isEmpty())
        addEmailRow();
    finishSetup();
}

void ContactForm::build()
{
    setWindowTitle(isEditing() ? tr("Edit contact") : tr("New contact"));
    auto *columns = new QHBoxLayout;
    auto *start = new QVBoxLayout;
    auto *end = new QVBoxLayout;
    columns->addLayout(start, 3);
    columns->addLayout(end, 2);
    body()->addLayout(columns);

    auto *person = new QGroupBox(tr("Person"), this);
    auto *personForm = new QFormLayout(person);
    m_fullName = new QLineEdit(this);
    m_fullName->setPlaceholderText(tr("As the contact writes it"));
    addField(personForm, QStringLiteral("name"), tr("Full name"), m_fullName);
    m_firstName = new QLineEdit(this);
    addField(personForm, QStringLiteral("first_name"), tr("First name"), m_firstName);
    m_lastName = new QLineEdit(this);
    addField(personForm, QStringLiteral("last_name"), tr("Last name"), m_lastName);
    m_title = new QLineEdit(this);
    addField(personForm, QStringLiteral("title"), tr("Job title"), m_title);
    m_company = new RecordPicker(m_store, { RecordKind::Company }, this);
    m_company->setPlaceholderText(tr("Search, or type a new company"));
    addField(personForm, QStringLiteral("company"), tr("Company"), m_company);
    connect(m_company, &RecordPicker::recordChanged, this,
            [this]() { edited(field(QStringLiteral("company"))); });
    start->addWidget(person);

    auto *reach = new QGroupBox(tr("Phones and e-mails"), this);
    auto *reachForm = new QFormLayout(reach);
    auto *phones = new QWidget(this);
    auto *phonesLayout = new QVBoxLayout(phones);
    phonesLayout->setContentsMargins(0, 0, 0, 0);
    m_phoneList = new QVBoxLayout;
    phonesLayout->addLayout(m_phoneList);
    m_addPhone = addButton(tr("Add phone"), phones);
    phonesLayout->addWidget(m_addPhone, 0, Qt::AlignLeading);
    reachForm->addRow(tr("Phones"), phones);
    connect(m_addPhone, &QToolButton::clicked, this, [this]() {
        addPhoneRow();
        m_phones.last().edit->setFocus(Qt::TabFocusReason);
        edited(nullptr);
    });

    auto *emails = new QWidget(this);
    auto *emailsLayout = new QVBoxLayout(emails);
    emailsLayout->setContentsMargins(0, 0, 0, 0);
    m_emailList = new QVBoxLayout;
    emailsLayout->addLayout(m_emailList);
    m_addEmail = addButton(tr("Add e-mail"), emails);
    emailsLayout->addWidget(m_addEmail, 0, Qt::AlignLeading);
    reachForm->addRow(tr("E-mails"), emails);
    connect(m_addEmail, &QToolButton::clicked, this, [this]() {
        addEmailRow();
        m_emails.last().edit->setFocus(Qt::TabFocusReason);
        edited(nullptr);
    });

    m_website = new QLineEdit(this);
    m_website->setPlaceholderText(QStringLiteral("example.com"));
    FormText::makeLeftToRight(m_website);
    addField(reachForm, QStringLiteral("website"), tr("Website"), m_website);
    start->addWidget(reach);
    start->addStretch(1);

    auto *address = new QGroupBox(tr("Address"), this);
    auto *addressForm = new QFormLayout(address);
    m_city = new QLineEdit(this);
    addField(addressForm, QStringLiteral("city"), tr("City"), m_city);
    m_country = new QLineEdit(this);
    addField(addressForm, QStringLiteral("country"), tr("Country"), m_country);
    m_address = new QLineEdit(this);
    addField(addressForm, QStringLiteral("address"), tr("Address"), m_address);
    end->addWidget(address);

    auto *more = new QGroupBox(tr("More"), this);
    auto *moreForm = new QFormLayout(more);
    m_source = new QLineEdit(this);
    m_source->setPlaceholderText(tr("Where the contact came from"));
    addField(moreForm, QStringLiteral("source"), tr("Source"), m_source);
    m_tags = new QLineEdit(this);
    m_tags->setPlaceholderText(tr("Separate tags with commas"));
    addField(moreForm, QStringLiteral("tags"), tr("Tags"), m_tags);
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 5);
    addField(moreForm, QStringLiteral("notes"), tr("Notes"), m_notes);
    end->addWidget(more);
    end->addStretch(1);
}

ContactForm::Row ContactForm::makeRow(const QString &prefix, QVBoxLayout *list, QList<Row> &rows,
                                      QWidget *addButton, bool withLabel)
{
    Row row;
    row.key = prefix + u'/' + QString::number(m_nextRow++);
    auto *line = new QWidget(this);
    auto *layout = new QHBoxLayout(line);
    layout->setContentsMargins(0, 0, 0, 0);
    if (withLabel) {
        row.label = new QComboBox(line);
        for (const auto &[key, text] : FormText::phoneLabels())
            row.label->addItem(text, key);
        layout->addWidget(row.label);
    }
    row.edit = new QLineEdit(line);
    FormText::makeLeftToRight(row.edit);
    layout->addWidget(row.edit, 1);
    row.remove = new QToolButton(line);
    row.remove->setIcon(uiIcon(QStringLiteral("list-remove")));
    row.remove->setAutoRaise(true);
    layout->addWidget(row.remove);
    row.field = registerField(row.key, line, row.edit);
    list->addWidget(row.field);

    // Rows join the tab order after the last row of their list (the first one before the list's
    // add button), not at the end of the form where creation order would put them.
    QWidget *previous = rows.isEmpty() ? previousTabStop(addButton) : rows.last().remove;
    for (QWidget *next : { row.label ? static_cast<QWidget *>(row.label) : nullptr,
                           static_cast<QWidget *>(row.edit), static_cast<QWidget *>(row.remove) }) {
        if (!next)
            continue;
        setTabOrder(previous, next);
        previous = next;
    }
    const QString key = row.key;
    connect(row.remove, &QToolButton::clicked, this, [this, &rows, key]() { removeRow(rows, key); });
    rows.append(row);
    return row;
}

void ContactForm::addPhoneRow(const QString &raw, const QString &label)
{
    Row row = makeRow(QStringLiteral("phone"), m_phoneList, m_phones, m_addPhone, true);
    row.edit->setPlaceholderText(QStringLiteral("05x xxx xxxx"));
    row.remove->setToolTip(tr("Remove this phone"));
    row.edit->setText(raw);
    const int index = row.label->findData(label);
    row.label->setCurrentIndex(index >= 0 ? index : 0);
}

void ContactForm::addEmailRow(const QString &email)
{
    Row row = makeRow(QStringLiteral("email"), m_emailList, m_emails, m_addEmail, false);
    row.edit->setPlaceholderText(QStringLiteral("name@example.com"));
    row.remove->setToolTip(tr("Remove this e-mail"));
    row.edit->setText(email);
}

void ContactForm::removeRow(QList<Row> &rows, const QString &key)
{
    const auto it = std::find_if(rows.begin(), rows.end(), [&](const Row &r) { return r.key == key; });
    if (it == rows.end())
        return;
    if (rows.size() == 1) {
        // The last row stays, empty, so there is always somewhere to type.
        it->edit->clear();
        it->edit->setFocus(Qt::OtherFocusReason);
    } else {
        const int index = int(it - rows.begin());
        unregisterField(key);
        rows.erase(it);
        rows.at(std::min(index, int(rows.size()) - 1)).edit->setFocus(Qt::OtherFocusReason);
    }
    edited(nullptr);
}

QList<QLineEdit *> ContactForm::phoneEdits() const
{
    QList<QLineEdit *> edits;
    for (const Row &row : m_phones)
        edits.append(row.edit);
    return edits;
}

QList<QComboBox *> ContactForm::phoneLabelBoxes() const
{
    QList<QComboBox *> boxes;
    for (const Row &row : m_phones)
        boxes.append(row.label);
    return boxes;
}

QList<QLineEdit *> ContactForm::emailEdits() const
{
    QList<QLineEdit *> edits;
    for (const Row &row : m_emails)
        edits.append(row.edit);
    return edits;
}

void ContactForm::load(const QString &id)
{
    auto contact = m_store.contacts().find(id);
    if (!contact) {
        m_loadError = contact.error();
        return;
    }
    setWindowTitle(tr("Edit contact: %1").arg(contact->fullName));
    m_fullName->setText(contact->fullName);
    m_firstName->setText(contact->firstName);
    m_lastName->setText(contact->lastName);
    m_title->setText(contact->title);
    if (!contact->companyId.isEmpty()) {
        auto company = m_store.companies().find(contact->companyId);
        if (company)
            m_company->setRecord(RecordKind::Company, company->meta.id, company->name);
    }
    for (const ContactPhone &phone : contact->phones)
        addPhoneRow(phone.raw.isEmpty() ? phone.e164 : phone.raw, phone.label);
    for (const ContactEmail &email : contact->emails)
        addEmailRow(email.email);
    m_website->setText(contact->website);
    m_city->setText(contact->city);
    m_country->setText(contact->country);
    m_address->setText(contact->address);
    m_source->setText(contact->source);
    if (auto tags = m_store.contacts().tagsOf(id))
        m_tags->setText(tags->join(QStringLiteral(", ")));
    m_notes->setPlainText(contact->notes);
}

void ContactForm::prefill(const QVariantMap &values)
{
    m_fullName->setText(values.value(QStringLiteral("full_name")).toString());
    const QString companyId = values.value(QStringLiteral("company_id")).toString();
    if (!companyId.isEmpty()) {
        if (auto company = m_store.companies().find(companyId))
            m_company->setRecord(RecordKind::Company, company->meta.id, company->name);
    } else {
        m_company->setText(values.value(QStringLiteral("company_name")).toString());
    }
    if (const QString phone = values.value(QStringLiteral("phone")).toString(); !phone.isEmpty())
        addPhoneRow(phone);
    if (const QString email = values.value(QStringLiteral("email")).toString(); !email.isEmpty())
        addEmailRow(email);
}

void ContactForm::checkDuplicate(FormField *field, const QString &e164, const QString &email)
{
    field->setWarning({});
    if (e164.isEmpty() && email.isEmpty())
        return;
    Contact probe;
    if (!e164.isEmpty()) {
        ContactPhone phone;
        phone.e164 = e164;
        probe.phones.append(phone);
    } else {
        ContactEmail address;
        address.email = email;
        probe.emails.append(address);
    }
    auto id = m_store.contacts().duplicateOf(probe);
    if (!id || id->isEmpty() || *id == m_recordId)
        return;
    auto other = m_store.contacts().find(*id);
    const QString sentence
        = e164.isEmpty() ? tr("%1 already has this e-mail.") : tr("%1 already has this number.");
    field->setWarning(sentence.arg(FormText::isolatedName(other ? other->fullName : QString())) + u' '
                      + FormText::recordLink(RecordKind::Contact, *id, tr("Open the contact")));
}

void ContactForm::check()
{
    FormField *name = field(QStringLiteral("name"));
    const bool named = !m_fullName->text().simplified().isEmpty()
        || !m_firstName->text().simplified().isEmpty() || !m_lastName->text().simplified().isEmpty();
    name->setError(named ? QString() : tr("Enter the contact's full name, or a first and last name."));

    for (const Row &row : std::as_const(m_phones)) {
        QString e164;
        if (checkPhone(row.field, row.edit->text(), &e164))
            checkDuplicate(row.field, e164, {});
        else
            row.field->setWarning({});
    }
    for (const Row &row : std::as_const(m_emails)) {
        QString email;
        if (checkEmail(row.field, row.edit->text(), &email))
            checkDuplicate(row.field, {}, email);
        else
            row.field->setWarning({});
    }

    FormField *company = field(QStringLiteral("company"));
    const QString typed = m_company->typedText();
    if (m_company->hasRecord() || typed.isEmpty() || m_company->matchesSuggestion())
        company->setHint({});
    else
        company->setHint(
            tr("A new company, %1, will be added when you save.").arg(QChar(0x2068) + typed + QChar(0x2069)));

    // The service's own rules last, so nothing it would refuse can be saved.
    if (isValid()) {
        auto contact = m_store.contacts().validate(draft());
        if (!contact)
            attachError(contact.error());
    }
}

QString ContactForm::fieldKeyFor(const QString &serviceField) const
{
    if (serviceField == u"mobile" || serviceField == u"phone")
        return m_phones.isEmpty() ? QString() : m_phones.first().key;
    if (serviceField == u"email")
        return m_emails.isEmpty() ? QString() : m_emails.first().key;
    if (serviceField == u"company_id" || serviceField == u"company_name")
        return QStringLiteral("company");
    return serviceField;
}

ContactDraft ContactForm::draft() const
{
    ContactDraft draft;
    draft.fullName = m_fullName->text();
    draft.firstName = m_firstName->text();
    draft.lastName = m_lastName->text();
    if (m_company->hasRecord())
        draft.companyId = m_company->recordId();
    else
        draft.companyName = m_company->typedText();
    draft.title = m_title->text();
    draft.city = m_city->text();
    draft.country = m_country->text();
    draft.address = m_address->text();
    draft.website = m_website->text();
    draft.source = m_source->text();
    draft.notes = m_notes->toPlainText();
    for (const Row &row : m_phones) {
        if (!row.edit->text().trimmed().isEmpty())
            draft.phones.append(PhoneDraft { row.edit->text(), row.label->currentData().toString() });
    }
    for (const Row &row : m_emails) {
        if (!row.edit->text().trimmed().isEmpty())
            draft.emails.append(row.edit->text());
    }
    draft.tags = FormText::splitTags(m_tags->text());
    return draft;
}

Result<QString> ContactForm::store()
{
    const ContactDraft contact = draft();
    if (!isEditing())
        return m_store.contacts().create(contact);
    if (Status updated = m_store.contacts().update(m_recordId, contact); !updated)
        return updated.error();
    return m_recordId;
}

} // namespace OmniCrm
