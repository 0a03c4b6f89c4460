#include "recordform.h"

#include "crmstore.h"
#include "errortext.h"
#include "formfield.h"
#include "formtext.h"
#include "validation.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace OmniCrm {

namespace {
// Colours chosen to read on the light and the dark brand palettes alike.
const char *const kStyle = R"(
QLabel#fieldError { color: #c5221f; }
QLabel#fieldWarning { color: #a15c00; }
QLabel#fieldHint { color: #5f6f7f; }
QLabel#formBanner { color: #c5221f; background: rgba(197, 34, 31, 0.08);
                    border: 1px solid rgba(197, 34, 31, 0.35); border-radius: 4px; padding: 6px; }
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QAbstractSpinBox[invalid="true"] {
    border: 1px solid #c5221f; border-radius: 3px; padding: 2px; }
)";

FormField *fieldOf(QObject *object)
{
    for (QObject *o = object; o; o = o->parent()) {
        if (auto *field = qobject_cast<FormField *>(o))
            return field;
    }
    return nullptr;
}
} // namespace

RecordForm::RecordForm(CrmStore &store, QString recordId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_recordId(std::move(recordId))
{
    setModal(true);
    setStyleSheet(QString::fromLatin1(kStyle));
    auto *layout = new QVBoxLayout(this);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("formBanner"));
    m_banner->setWordWrap(true);
    m_banner->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_banner->hide();
    layout->addWidget(m_banner);
    m_body = new QVBoxLayout;
    layout->addLayout(m_body, 1);

    m_buttons = new QDialogButtonBox(this);
    m_save = m_buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    auto *cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setText(tr("Cancel"));
    layout->addWidget(m_buttons);
    connect(m_save, &QPushButton::clicked, this, &RecordForm::attemptSave);
    connect(cancel, &QPushButton::clicked, this, &RecordForm::reject);

    // Ctrl+Enter saves from anywhere, even from a notes box where Enter starts a new line.
    for (const QKeySequence &keys :
         { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) }) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &RecordForm::attemptSave);
    }
}

FormField *RecordForm::registerField(const QString &key, QWidget *input, QWidget *target)
{
    Q_ASSERT(!m_fields.contains(key));
    auto *field = new FormField(input, target, this);
    field->setObjectName(key);
    m_fields.insert(key, field);
    watch(input);
    connect(field, &FormField::linkActivated, this, &RecordForm::followLink);
    return field;
}

FormField *RecordForm::addField(QFormLayout *form, const QString &key, const QString &label, QWidget *input,
                                QWidget *target)
{
    FormField *field = registerField(key, input, target);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(field);
    form->addRow(caption, field);
    return field;
}

void RecordForm::unregisterField(const QString &key)
{
    if (FormField *field = m_fields.take(key)) {
        // Its own remove button may be the sender: hide now, delete when the click is done.
        field->hide();
        field->deleteLater();
    }
}

void RecordForm::watch(QWidget *root)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : widgets) {
        // Each signal re-checks the form and reveals the field the widget sits in.
        auto changed = [this, widget]() {
            edited(fieldOf(widget));
        };
        if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
            if (!qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
                connect(edit, &QLineEdit::textChanged, this, changed);
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(widget)) {
            connect(text, &QPlainTextEdit::textChanged, this, changed);
        } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            connect(combo, &QComboBox::currentIndexChanged, this, changed);
        } else if (auto *dateTime = qobject_cast<QDateTimeEdit *>(widget)) {
            connect(dateTime, &QDateTimeEdit::dateTimeChanged, this, changed);
        } else if (auto *spin = qobject_cast<QSpinBox *>(widget)) {
            connect(spin, &QSpinBox::valueChanged, this, changed);
        } else if (auto *check = qobject_cast<QCheckBox *>(widget)) {
            connect(check, &QCheckBox::toggled, this, changed);
        }
    }
}

QWidget *RecordForm::previousTabStop(QWidget *widget)
{
    QWidget *previous = widget->previousInFocusChain();
    while (previous != widget && !(previous->focusPolicy() & Qt::TabFocus))
        previous = previous->previousInFocusChain();
    return previous;
}

void RecordForm::edited(FormField *field)
{
    if (!m_ready)
        return;
    m_dirty = true;
    if (field)
        field->reveal();
    revalidate();
}

void RecordForm::finishSetup()
{
    revalidate();
    m_ready = true;
    m_dirty = false;
    // The cursor starts in the first field, ready to type.
    for (QWidget *w = nextInFocusChain(); w && w != this; w = w->nextInFocusChain()) {
        if (fieldOf(w) && w->isEnabled() && w->focusPolicy() & Qt::TabFocus) {
            w->setFocus(Qt::OtherFocusReason);
            break;
        }
    }
}

void RecordForm::revalidate()
{
    if (m_checking)
        return;
    m_checking = true;
    setBanner({});
    check();
    m_checking = false;
    updateSaveButton();
}

bool RecordForm::isValid() const
{
    if (!m_banner->isHidden())
        return false;
    return std::all_of(m_fields.cbegin(), m_fields.cend(), [](const FormField *f) { return f->isValid(); });
}

QString RecordForm::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void RecordForm::updateSaveButton()
{
    m_save->setEnabled(isValid());
}

void RecordForm::setBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

void RecordForm::followLink(const QString &link)
{
    const QString prefix = QStringLiteral("record:");
    if (!link.startsWith(prefix))
        return;
    const QString rest = link.mid(prefix.size());
    const qsizetype slash = rest.indexOf(u'/');
    const auto kind = recordKindFromName(QStringView(rest).left(slash));
    if (slash > 0 && kind)
        Q_EMIT recordRequested(*kind, rest.mid(slash + 1));
}

void RecordForm::attachError(const Error &error)
{
    FormField *field = m_fields.value(fieldKeyFor(error.field));
    if (field && field->isVisibleTo(this))
        field->setError(ErrorText::describe(error));
    else
        setBanner(ErrorText::describe(error));
}

void RecordForm::showServiceError(const Error &error)
{
    attachError(error);
    if (FormField *field = m_fields.value(fieldKeyFor(error.field)))
        field->reveal();
    updateSaveButton();
}

bool RecordForm::checkPhone(FormField *field, const QString &raw, QString *e164)
{
    e164->clear();
    field->setHint({});
    if (raw.trimmed().isEmpty()) {
        field->setError({});
        return true;
    }
    auto number = m_store.phones().normalize(raw);
    if (!number) {
        field->setError(
            ErrorText::describe(Error::make(ErrorCode::InvalidPhone, {}, QStringLiteral("phone"))));
        return false;
    }
    field->setError({});
    *e164 = number->e164;
    field->setHint(tr("Will be saved as %1").arg(FormText::isolated(number->e164)));
    return true;
}

bool RecordForm::checkEmail(FormField *field, const QString &raw, QString *email)
{
    email->clear();
    if (raw.trimmed().isEmpty()) {
        field->setError({});
        return true;
    }
    auto normalized = normalizeEmail(raw);
    if (!normalized) {
        field->setError(ErrorText::describe(normalized.error()));
        return false;
    }
    field->setError({});
    *email = *normalized;
    return true;
}

bool RecordForm::checkAmount(FormField *field, const QString &text, const QString &currency,
                             std::optional<qint64> *minor)
{
    minor->reset();
    field->setHint({});
    if (text.trimmed().isEmpty()) {
        field->setError({});
        return true;
    }
    auto money = Money::parse(text, currency);
    if (!money) {
        field->setError(ErrorText::describe(money.error()));
        return false;
    }
    if (money->currency != currency) {
        field->setError(
            tr("This amount is in %1, but the currency chosen is %2.").arg(money->currency, currency));
        return false;
    }
    field->setError({});
    *minor = money->minor;
    // Say how the text was read, so "1.500" typed for fifteen hundred is caught before saving.
    field->setHint(tr("Read as %1").arg(FormText::money(money->minor, money->currency)));
    return true;
}

FormField *RecordForm::firstInvalidInTabOrder() const
{
    for (QWidget *w = nextInFocusChain(); w && w != this; w = w->nextInFocusChain()) {
        FormField *field = fieldOf(w);
        if (field && m_fields.value(field->objectName()) == field && !field->isValid()
            && (field->target() == w || field->target()->isAncestorOf(w)))
            return field;
    }
    for (FormField *field : m_fields) {
        if (!field->isValid())
            return field;
    }
    return nullptr;
}

void RecordForm::attemptSave()
{
    revalidate();
    if (!isValid()) {
        for (FormField *field : std::as_const(m_fields))
            field->reveal();
        if (FormField *first = firstInvalidInTabOrder())
            first->target()->setFocus(Qt::OtherFocusReason);
        return;
    }
    auto id = store();
    if (!id) {
        showServiceError(id.error());
        if (FormField *first = firstInvalidInTabOrder())
            first->target()->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_dirty = false;
    m_recordId = *id;
    Q_EMIT saved(kind(), *id);
    accept();
}

void RecordForm::keyPressEvent(QKeyEvent *event)
{
    // Line edits and combo boxes pass Enter on; a notes box keeps it for new lines.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        attemptSave();
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

bool RecordForm::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    // A window's layout sizes it by width alone; messages that wrap under the fields need the
    // height for the width the window has, or rows would overlap. Grow (never shrink) to fit.
    if (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Show)
        growToFit();
    return handled;
}

void RecordForm::growToFit()
{
    QLayout *top = layout();
    if (!top || !top->hasHeightForWidth() || !isVisible())
        return;
    const int needed = top->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void RecordForm::reject()
{
    if (!m_dirty) {
        QDialog::reject();
        return;
    }
    if (m_asking)
        return;
    m_asking = true;
    auto *box = new QMessageBox(QMessageBox::Question, windowTitle(), tr("Discard the changes you typed?"),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("discardChanges"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *discard = box->addButton(tr("Discard changes"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    QPushButton *keep = box->addButton(tr("Keep editing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepButton"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    connect(box, &QMessageBox::finished, this, [this, box, discard]() {
        m_asking = false;
        if (box->clickedButton() == discard) {
            m_dirty = false;
            QDialog::reject();
        }
    });
    box->open();
}

} // namespace OmniCrm
