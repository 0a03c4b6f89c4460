#include "formfield.h"

#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace OmniCrm {

namespace {
QLabel *messageLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    // Leading follows the reading direction, so the message starts under the input's start.
    label->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    label->hide();
    return label;
}
} // namespace

FormField::FormField(QWidget *input, QWidget *target, QWidget *parent)
    : QWidget(parent)
    , m_input(input)
    , m_target(target ? target : input)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_input);
    m_errorLabel = messageLabel(QStringLiteral("fieldError"), this);
    m_warningLabel = messageLabel(QStringLiteral("fieldWarning"), this);
    m_warningLabel->setTextFormat(Qt::RichText);
    m_warningLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_hintLabel = messageLabel(QStringLiteral("fieldHint"), this);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_warningLabel);
    layout->addWidget(m_hintLabel);
    setFocusProxy(m_target);
    connect(m_warningLabel, &QLabel::linkActivated, this, &FormField::linkActivated);
}

void FormField::setError(const QString &text)
{
    if (text == m_error)
        return;
    m_error = text;
    refresh();
}

void FormField::reveal()
{
    if (m_revealed)
        return;
    m_revealed = true;
    refresh();
}

QString FormField::shownError() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

void FormField::setHint(const QString &text)
{
    if (text == m_hintLabel->text())
        return;
    m_hintLabel->setText(text);
    refresh();
}

QString FormField::hint() const
{
    return m_hintLabel->isHidden() ? QString() : m_hintLabel->text();
}

void FormField::setWarning(const QString &richText)
{
    if (richText == m_warningLabel->text())
        return;
    m_warningLabel->setText(richText);
    refresh();
}

QString FormField::warning() const
{
    return m_warningLabel->isHidden() ? QString() : m_warningLabel->text();
}

void FormField::refresh()
{
    const bool showError = m_revealed && !m_error.isEmpty();
    m_errorLabel->setText(m_error);
    m_errorLabel->setVisible(showError);
    // An error says what is wrong; a hint about the same text would contradict it.
    m_hintLabel->setVisible(!showError && !m_hintLabel->text().isEmpty());
    m_warningLabel->setVisible(!showError && !m_warningLabel->text().isEmpty());
    m_target->setAccessibleDescription(showError ? m_error : QString());
    if (m_target->property("invalid").toBool() != showError) {
        m_target->setProperty("invalid", showError);
        m_target->style()->unpolish(m_target);
        m_target->style()->polish(m_target);
        m_target->update();
    }
}

} // namespace OmniCrm
