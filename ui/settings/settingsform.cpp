#include "settingsform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace OmniCrm::SettingsForm {

QLabel *errorLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setVisible(false);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1e, 0x1e));
    label->setPalette(palette);
    return label;
}

void addLabelledRow(QFormLayout *form, QWidget *field)
{
    auto *label = new QLabel(field->parentWidget());
    label->setBuddy(field);
    form->addRow(label, field);
}

void setRowLabel(QFormLayout *form, QWidget *field, const QString &text)
{
    if (auto *item = form->labelForField(field))
        static_cast<QLabel *>(item)->setText(text);
}

void addLanguages(QComboBox *combo)
{
    // Each language is named in itself, so it can be found whatever the current one is.
    combo->addItem(QStringLiteral("العربية"), QStringLiteral("ar"));
    combo->addItem(QStringLiteral("English"), QStringLiteral("en"));
}

void setFieldError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace OmniCrm::SettingsForm
