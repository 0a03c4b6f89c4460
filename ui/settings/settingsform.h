// SettingsForm: the form pieces both Settings tabs are built from. A row's label starts empty
// (QFormLayout makes no label for empty text) and each tab's retranslate() fills it in; an error
// label sits under its field and shows only while it says something.
#pragma once

class QComboBox;
class QFormLayout;
class QLabel;
class QString;
class QWidget;

namespace OmniCrm::SettingsForm {

/// Indexes of the languages addLanguages() lists.
inline constexpr int kLanguageArabic = 0;
inline constexpr int kLanguageEnglish = 1;

/// A hidden, word-wrapped label in the error colour.
QLabel *errorLabel(QWidget *parent, const QString &name);
/// A form row whose label setRowLabel() fills in.
void addLabelledRow(QFormLayout *form, QWidget *field);
void setRowLabel(QFormLayout *form, QWidget *field, const QString &text);
/// Arabic and English, each named in itself, with the language code as item data.
void addLanguages(QComboBox *combo);
/// Shows `text` under a field; an empty text hides the label.
void setFieldError(QLabel *label, const QString &text);

} // namespace OmniCrm::SettingsForm
