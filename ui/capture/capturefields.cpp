#include "capturefields.h"

#include "arabictext.h"
#include "capturetext.h"
#include "citylexicon.h"
#include "errortext.h"
#include "formfield.h"
#include "formtext.h"
#include "money.h"
#include "phonenormalizer.h"
#include "validation.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>

namespace OmniCrm {

namespace {
constexpr int kEvidenceChars = 36;
constexpr int kProductIdRole = Qt::UserRole;
constexpr int kProductScoreRole = Qt::UserRole + 1;

QComboBox *keyedCombo(const QString &name, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    return combo;
}

void refill(QComboBox *combo, const QList<std::pair<QString, QString>> &items)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(QStringLiteral("—"), QString());
    for (const auto &[key, name] : items)
        combo->addItem(name, key);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

void select(QComboBox *combo, const QString &key)
{
    combo->setCurrentIndex(std::max(0, combo->findData(key)));
}
} // namespace

QStringList CaptureFields::keys()
{
    return { QStringLiteral("customer_name"), QStringLiteral("company"),  QStringLiteral("phones"),
             QStringLiteral("emails"),        QStringLiteral("products"), QStringLiteral("quantity"),
             QStringLiteral("amount"),        QStringLiteral("city"),     QStringLiteral("lead_type"),
             QStringLiteral("priority"),      QStringLiteral("language") };
}

CaptureFields::CaptureFields(const PhoneNormalizer &phones, QWidget *parent)
    : QWidget(parent)
    , m_phones(phones)
{
    setObjectName(QStringLiteral("captureFields"));
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(10);
    m_grid->setVerticalSpacing(6);
    m_grid->setColumnStretch(1, 3);
    m_grid->setColumnStretch(2, 2);

    const auto line = [this](const QString &name, bool leftToRight = false) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setClearButtonEnabled(true);
        if (leftToRight)
            FormText::makeLeftToRight(edit);
        connect(edit, &QLineEdit::textEdited, this, &CaptureFields::edited);
        return edit;
    };
    m_name = line(QStringLiteral("customerName"));
    m_company = line(QStringLiteral("company"));
    m_phonesEdit = line(QStringLiteral("phones"), true);
    m_emails = line(QStringLiteral("emails"), true);
    m_products = new QListWidget(this);
    m_products->setObjectName(QStringLiteral("products"));
    m_products->setMaximumHeight(72);
    connect(m_products, &QListWidget::itemChanged, this, &CaptureFields::edited);
    m_quantity = line(QStringLiteral("quantity"));
    m_amount = line(QStringLiteral("amount"), true);
    m_currency = keyedCombo(QStringLiteral("currency"), this);
    m_city = line(QStringLiteral("city"));
    m_leadType = keyedCombo(QStringLiteral("leadType"), this);
    m_priority = keyedCombo(QStringLiteral("priority"), this);
    m_language = keyedCombo(QStringLiteral("language"), this);
    for (QComboBox *combo : { m_currency, m_leadType, m_priority, m_language })
        connect(combo, &QComboBox::activated, this, &CaptureFields::edited);
    setDefaultCurrency(QStringLiteral("SAR"));

    auto *amountRow = new QWidget(this);
    auto *amountLayout = new QHBoxLayout(amountRow);
    amountLayout->setContentsMargins(0, 0, 0, 0);
    amountLayout->addWidget(m_amount, 1);
    amountLayout->addWidget(m_currency);

    addRow(QStringLiteral("customer_name"), m_name);
    addRow(QStringLiteral("company"), m_company);
    addRow(QStringLiteral("phones"), m_phonesEdit);
    addRow(QStringLiteral("emails"), m_emails);
    addRow(QStringLiteral("products"), m_products);
    addRow(QStringLiteral("quantity"), m_quantity);
    addRow(QStringLiteral("amount"), amountRow, m_amount);
    addRow(QStringLiteral("city"), m_city);
    addRow(QStringLiteral("lead_type"), m_leadType);
    addRow(QStringLiteral("priority"), m_priority);
    addRow(QStringLiteral("language"), m_language);
    m_grid->setRowStretch(m_grid->rowCount(), 1);
    m_keyOf.insert(m_currency, QStringLiteral("amount"));
    m_currency->installEventFilter(this);

    connect(m_phonesEdit, &QLineEdit::textChanged, this, &CaptureFields::checkPhones);
    connect(m_emails, &QLineEdit::textChanged, this, &CaptureFields::checkEmails);
    connect(m_amount, &QLineEdit::textChanged, this, &CaptureFields::checkAmount);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &CaptureFields::checkAmount);
    connect(m_quantity, &QLineEdit::textChanged, this, &CaptureFields::checkQuantity);
    // An edited field shows its error at once; an untouched one only after validate().
    for (QLineEdit *edit : { m_phonesEdit, m_emails, m_amount, m_quantity }) {
        connect(edit, &QLineEdit::textEdited, this,
                [this, edit]() { m_fields.value(m_keyOf.value(edit))->reveal(); });
    }

    retranslate();
    clear();
}

void CaptureFields::addRow(const QString &key, QWidget *input, QWidget *target)
{
    const int row = m_grid->rowCount();
    auto *field = new FormField(input, target, this);
    field->setObjectName(QStringLiteral("field_") + key);
    auto *label = new QLabel(this);
    label->setBuddy(field->target());
    label->setAlignment(Qt::AlignLeading | Qt::AlignTop);
    label->setContentsMargins(0, 4, 0, 0);
    auto *evidence = new QLabel(this);
    evidence->setObjectName(QStringLiteral("evidence_") + key);
    evidence->setTextFormat(Qt::PlainText);
    evidence->setAlignment(Qt::AlignLeading | Qt::AlignTop);
    evidence->setContentsMargins(0, 4, 0, 0);
    evidence->setForegroundRole(QPalette::PlaceholderText);
    evidence->setAttribute(Qt::WA_Hover);
    m_grid->addWidget(label, row, 0);
    m_grid->addWidget(field, row, 1);
    m_grid->addWidget(evidence, row, 2);
    m_fields.insert(key, field);
    m_labels.insert(key, label);
    m_evidenceLabels.insert(key, evidence);
    QWidget *focusTarget = field->target();
    m_keyOf.insert(focusTarget, key);
    m_keyOf.insert(evidence, key);
    focusTarget->installEventFilter(this);
    evidence->installEventFilter(this);
}

void CaptureFields::setDefaultCurrency(const QString &currency)
{
    const QString current = m_currency->currentData().toString();
    const QSignalBlocker blocker(m_currency);
    m_currency->clear();
    for (const QString &code : FormText::currencies(currency))
        m_currency->addItem(code, code);
    m_currency->setCurrentIndex(std::max(0, m_currency->findData(current.isEmpty() ? currency : current)));
}

void CaptureFields::clear()
{
    fill(ExtractedLead {}, QString());
}

void CaptureFields::fill(const ExtractedLead &lead, const QString &message)
{
    m_message = message;
    m_evidence = lead.evidence;
    m_name->setText(lead.customerName);
    m_company->setText(lead.company);
    m_phonesEdit->setText(lead.phones.join(QStringLiteral(", ")));
    m_emails->setText(lead.emails.join(QStringLiteral(", ")));
    {
        const QSignalBlocker blocker(m_products);
        m_products->clear();
        for (const ProductMatch &product : lead.products) {
            auto *item = new QListWidgetItem(product.name, m_products);
            item->setData(kProductIdRole, product.productId);
            item->setData(kProductScoreRole, product.score);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            // Only catalog products can be a lead's products; free text stays visible but unticked.
            item->setCheckState(product.productId.isEmpty() ? Qt::Unchecked : Qt::Checked);
        }
    }
    m_quantity->setText(lead.quantity ? QString::number(*lead.quantity, 'g', 12) : QString());
    m_quantityUnit = lead.quantityUnit;
    if (!lead.currency.isEmpty() && m_currency->findData(lead.currency) < 0)
        m_currency->addItem(lead.currency, lead.currency);
    if (!lead.currency.isEmpty())
        m_currency->setCurrentIndex(m_currency->findData(lead.currency));
    m_amount->setText(lead.amountMinor
                          ? FormText::plainAmount(*lead.amountMinor, m_currency->currentData().toString())
                          : QString());
    // The extractor names cities canonically in English; an Arabic message's lead and contact
    // keep the city as the rep and the customer write it.
    const bool arabic
        = lead.language == u"ar" || (lead.language == u"mixed" && QLocale().language() == QLocale::Arabic);
    m_city->setText(arabic ? CityLexicon::arabicName(lead.city) : lead.city);
    select(m_leadType, lead.leadType);
    select(m_priority, CaptureText::leadPriority(lead.priority));
    select(m_language, lead.language);
    for (FormField *field : std::as_const(m_fields)) {
        field->setError({});
        field->setHint({});
        field->setWarning({});
    }
    if (!m_quantityUnit.isEmpty())
        //: Under the quantity: the count unit as the message wrote it (كرتون، pcs …).
        m_fields.value(QStringLiteral("quantity"))
            ->setHint(tr("Unit in the message: %1").arg(m_quantityUnit));
    checkPhones();
    checkEmails();
    checkAmount();
    checkQuantity();
    showEvidence();
}

QStringList CaptureFields::split(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,،;؛\\n]+"));
    QStringList parts;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    }
    return parts;
}

QStringList CaptureFields::rawPhones() const
{
    return split(m_phonesEdit->text());
}

QStringList CaptureFields::rawEmails() const
{
    return split(m_emails->text());
}

ExtractedLead CaptureFields::lead() const
{
    ExtractedLead lead;
    lead.customerName = m_name->text().simplified();
    lead.company = m_company->text().simplified();
    for (const QString &raw : rawPhones()) {
        if (auto phone = m_phones.normalize(raw); phone && !lead.phones.contains(phone->e164))
            lead.phones << phone->e164;
    }
    for (const QString &raw : rawEmails()) {
        if (auto email = normalizeEmail(raw); email && !lead.emails.contains(*email))
            lead.emails << *email;
    }
    for (int i = 0; i < m_products->count(); ++i) {
        const QListWidgetItem *item = m_products->item(i);
        if (item->checkState() == Qt::Checked)
            lead.products.append(ProductMatch { item->data(kProductIdRole).toString(), item->text(),
                                                item->data(kProductScoreRole).toDouble() });
    }
    bool ok = false;
    const double quantity = ArabicText::fold(m_quantity->text().trimmed()).toDouble(&ok);
    if (ok && quantity > 0)
        lead.quantity = quantity;
    lead.quantityUnit = m_quantityUnit;
    lead.currency = m_currency->currentData().toString();
    if (!m_amount->text().trimmed().isEmpty()) {
        if (auto money = Money::parse(m_amount->text(), lead.currency); money) {
            lead.amountMinor = money->minor;
            lead.currency = money->currency;
        }
    }
    lead.city = m_city->text().simplified();
    lead.leadType = m_leadType->currentData().toString();
    lead.priority = m_priority->currentData().toString();
    lead.language = m_language->currentData().toString();
    lead.evidence = m_evidence;
    return lead;
}

LeadCaptureDraft CaptureFields::captureDraft() const
{
    const ExtractedLead lead = this->lead();
    const QStringList phones = rawPhones();
    const QStringList emails = rawEmails();
    QStringList products;
    for (const ProductMatch &product : lead.products)
        products << product.name;

    LeadCaptureDraft draft;
    draft.lead.personName = lead.customerName;
    draft.lead.companyName = lead.company;
    const QString who = lead.customerName.isEmpty() ? lead.company : lead.customerName;
    draft.lead.title
        = products.isEmpty() || who.isEmpty() ? who : who + QStringLiteral(" — ") + products.first();
    draft.lead.phone = phones.value(0);
    draft.lead.email = emails.value(0);
    draft.lead.city = lead.city;
    draft.lead.source = tr("Pasted message");
    draft.lead.leadType = lead.leadType;
    draft.lead.priority = lead.priority;
    draft.lead.valueMinor = lead.amountMinor;
    if (lead.amountMinor)
        draft.lead.currency = lead.currency;
    QStringList notes;
    if (!products.isEmpty())
        notes << tr("Products: %1").arg(products.join(QStringLiteral("، ")));
    if (lead.quantity)
        notes << tr("Quantity: %1 %2")
                     .arg(QLocale().toString(*lead.quantity, 'g', 12), lead.quantityUnit)
                     .trimmed();
    for (const auto &[key, name] : CaptureText::languages()) {
        if (key == lead.language)
            notes << tr("Language: %1").arg(name);
    }
    draft.lead.notes = notes.join(u'\n');

    draft.contact.fullName = who;
    draft.contact.companyName = lead.company;
    draft.contact.city = lead.city;
    draft.contact.source = draft.lead.source;
    for (const QString &phone : phones)
        draft.contact.phones.append(PhoneDraft { phone });
    draft.contact.emails = emails;
    draft.messageSubject = tr("Message the lead came from");
    return draft;
}

void CaptureFields::checkPhones()
{
    FormField *field = m_fields.value(QStringLiteral("phones"));
    QStringList stored;
    for (const QString &raw : rawPhones()) {
        auto phone = m_phones.normalize(raw);
        if (!phone) {
            field->setError(tr("“%1” is not a phone number we can dial. Use a Saudi or Gulf number such as "
                               "05x xxx xxxx, or an international one starting with +.")
                                .arg(FormText::isolated(raw)));
            field->setHint({});
            return;
        }
        stored << FormText::isolated(phone->e164);
    }
    field->setError({});
    field->setHint(stored.isEmpty() ? QString() : tr("Stored as %1").arg(stored.join(QStringLiteral("، "))));
}

void CaptureFields::checkEmails()
{
    FormField *field = m_fields.value(QStringLiteral("emails"));
    for (const QString &raw : rawEmails()) {
        if (!normalizeEmail(raw)) {
            field->setError(
                tr("“%1” is not a valid e-mail address (name@example.com).").arg(FormText::isolated(raw)));
            return;
        }
    }
    field->setError({});
}

void CaptureFields::checkAmount()
{
    FormField *field = m_fields.value(QStringLiteral("amount"));
    const QString text = m_amount->text().trimmed();
    if (text.isEmpty()) {
        field->setError({});
        return;
    }
    auto money = Money::parse(text, m_currency->currentData().toString());
    field->setError(money ? QString() : ErrorText::describe(money.error()));
}

void CaptureFields::checkQuantity()
{
    FormField *field = m_fields.value(QStringLiteral("quantity"));
    const QString text = m_quantity->text().trimmed();
    bool ok = text.isEmpty();
    if (!ok) {
        const double quantity = ArabicText::fold(text).toDouble(&ok);
        ok = ok && quantity > 0;
    }
    field->setError(ok ? QString() : tr("Enter how many the customer wants, as a number such as 20."));
}

bool CaptureFields::validate()
{
    checkPhones();
    checkEmails();
    checkAmount();
    checkQuantity();
    FormField *first = nullptr;
    for (const QString &key : keys()) {
        FormField *field = m_fields.value(key);
        field->reveal();
        if (!field->isValid() && !first)
            first = field;
    }
    if (first)
        first->target()->setFocus(Qt::OtherFocusReason);
    return !first;
}

bool CaptureFields::showError(const Error &error)
{
    const QString &name = error.field;
    QString key;
    if (name.startsWith(u"phone") || name == u"mobile" || name == u"work" || name == u"home")
        key = QStringLiteral("phones");
    else if (name.startsWith(u"email"))
        key = QStringLiteral("emails");
    else if (name == u"name" || name == u"full_name" || name == u"title" || name == u"first_name")
        key = QStringLiteral("customer_name");
    else if (name.startsWith(u"company"))
        key = QStringLiteral("company");
    else if (name == u"amount" || name == u"value" || name == u"currency")
        key = QStringLiteral("amount");
    else if (m_fields.contains(name))
        key = name;
    FormField *field = m_fields.value(key);
    if (!field)
        return false;
    QString text = ErrorText::describe(error);
    if (error.code == ErrorCode::MissingField && key == u"customer_name")
        text = tr("Enter the customer's name or company: the lead and the contact need one.");
    field->setError(text);
    field->reveal();
    field->target()->setFocus(Qt::OtherFocusReason);
    return true;
}

QString CaptureFields::errorOf(const QString &key) const
{
    const FormField *field = m_fields.value(key);
    return field ? field->shownError() : QString();
}

QString CaptureFields::label(const QString &key) const
{
    const QLabel *label = m_labels.value(key);
    return label ? QString(label->text()).remove(u'&') : QString();
}

QString CaptureFields::firstInvalid() const
{
    for (const QString &key : keys()) {
        if (!m_fields.value(key)->isValid())
            return key;
    }
    return {};
}

QString CaptureFields::evidenceOf(const QString &key) const
{
    const auto found = m_evidence.constFind(key);
    if (found == m_evidence.constEnd() || found->start < 0 || found->length <= 0)
        return {};
    return m_message.mid(found->start, found->length);
}

void CaptureFields::showEvidence()
{
    for (const QString &key : keys()) {
        QLabel *label = m_evidenceLabels.value(key);
        const auto found = m_evidence.constFind(key);
        if (m_message.isEmpty()) {
            label->clear();
            label->setToolTip({});
            continue;
        }
        if (found == m_evidence.constEnd()) {
            label->setText(tr("Not found in the message"));
            label->setToolTip({});
            continue;
        }
        QString words = evidenceOf(key).simplified();
        const QString producer = CaptureText::producer(found->producer);
        if (found->start == 0 && found->length >= m_message.size())
            words = tr("the whole message");
        else if (words.size() > kEvidenceChars)
            words = words.left(kEvidenceChars - 1) + QChar(0x2026);
        else if (words.isEmpty())
            words = tr("its wording");
        else
            words = QStringLiteral("«") + QChar(0x2068) + words + QChar(0x2069) + QStringLiteral("»");
        //: Beside a field: the words it was read from, then who read them ("«محمد» · Offline engine").
        label->setText(tr("From %1 · %2").arg(words, producer));
        label->setToolTip(evidenceOf(key));
    }
}

void CaptureFields::highlight(const QString &key)
{
    const auto found = m_evidence.constFind(key);
    if (key.isEmpty() || found == m_evidence.constEnd() || found->start < 0 || found->length <= 0
        || (found->start == 0 && found->length >= m_message.size())) {
        Q_EMIT evidenceHighlighted(-1, 0);
        return;
    }
    Q_EMIT evidenceHighlighted(found->start, found->length);
}

bool CaptureFields::eventFilter(QObject *watched, QEvent *event)
{
    const auto key = m_keyOf.constFind(watched);
    if (key != m_keyOf.constEnd()) {
        switch (event->type()) {
        case QEvent::FocusIn:
            m_focusedKey = *key;
            highlight(*key);
            break;
        case QEvent::FocusOut:
            if (m_focusedKey == *key)
                m_focusedKey.clear();
            highlight(m_focusedKey);
            break;
        case QEvent::Enter:
        case QEvent::HoverEnter:
            highlight(*key);
            break;
        case QEvent::Leave:
        case QEvent::HoverLeave:
            highlight(m_focusedKey);
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CaptureFields::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CaptureFields::retranslate()
{
    const QList<std::pair<QString, QString>> names {
        { QStringLiteral("customer_name"), tr("Customer &name") },
        { QStringLiteral("company"), tr("Co&mpany") },
        { QStringLiteral("phones"), tr("&Phones") },
        { QStringLiteral("emails"), tr("&E-mails") },
        { QStringLiteral("products"), tr("Pro&ducts") },
        { QStringLiteral("quantity"), tr("&Quantity") },
        { QStringLiteral("amount"), tr("&Budget or price") },
        { QStringLiteral("city"), tr("Cit&y") },
        { QStringLiteral("lead_type"), tr("Lead &type") },
        { QStringLiteral("priority"), tr("Pri&ority") },
        { QStringLiteral("language"), tr("Lan&guage") },
    };
    for (const auto &[key, name] : names)
        m_labels.value(key)->setText(name);
    m_phonesEdit->setPlaceholderText(QStringLiteral("+966 5x xxx xxxx"));
    m_emails->setPlaceholderText(QStringLiteral("name@example.com"));
    m_products->setToolTip(tr("Products from the catalog that the message names; untick a wrong match."));
    refill(m_leadType, CaptureText::leadTypes());
    refill(m_priority, CaptureText::priorities());
    refill(m_language, CaptureText::languages());
    showEvidence();
    checkPhones();
    checkEmails();
    checkAmount();
    checkQuantity();
}

} // namespace OmniCrm
