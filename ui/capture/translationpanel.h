// TranslationPanel: translates the pasted message into Arabic or English through the configured
// AI provider (TranslationService), shows the translation with the phones, numbers, e-mails and
// product codes checked to have survived, and keeps it beside the stored message: at once when
// the message is already stored, else when the page stores it. Offline it says that a provider is
// needed and offers to open the AI settings.
#pragma once

#include "protectedtokens.h"
#include "translationservice.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace OmniCrm {

class AiServices;

class TranslationPanel : public QWidget
{
    Q_OBJECT
public:
    /// `ai` may be null: every translation then says a provider is needed.
    TranslationPanel(AiServices *ai, const PhoneNormalizer &phones, QWidget *parent = nullptr);

    /// The language offered first: the other one than the message's ("en" for "ar" and "mixed").
    void suggestTargetFor(const QString &messageLanguage);
    QString targetLanguage() const;
    /// Translates `text`; a non-empty `source` saves the accepted translation beside it.
    void translate(const QString &text, const TranslationSource &source);
    /// Saves the last translation beside `source` when it is a translation of `text` and was not
    /// saved yet. False when it could not be saved (the panel says why).
    bool saveBeside(const QString &text, const TranslationSource &source);
    /// Forgets the translation (the message changed).
    void reset();

    QString translationText() const;
    QString status() const;

Q_SIGNALS:
    /// The rep pressed Translate; the page answers with translate().
    void translateRequested();
    void finished(bool ok);
    void settingsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void show(const QString &original, const Result<Translation> &result);
    void setStatus(const QString &text);
    void retranslate();

    AiServices *m_ai;
    ProtectedTokens m_tokens;
    std::optional<Translation> m_translation;
    QString m_translatedText; // the original of m_translation
    QString m_checked; // the line that says what was checked
    quint64 m_generation = 0;

    QLabel *m_label = nullptr;
    QComboBox *m_target = nullptr;
    QPushButton *m_translate = nullptr;
    QPlainTextEdit *m_box = nullptr;
    QLabel *m_info = nullptr;
    QPushButton *m_openSettings = nullptr;
};

} // namespace OmniCrm
