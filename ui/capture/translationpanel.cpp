#include "translationpanel.h"

#include "aiservices.h"
#include "capturetext.h"
#include "errortext.h"
#include "formtext.h"
#include "uiicons.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace OmniCrm {

TranslationPanel::TranslationPanel(AiServices *ai, const PhoneNormalizer &phones, QWidget *parent)
    : QWidget(parent)
    , m_ai(ai)
    , m_tokens(phones)
{
    setObjectName(QStringLiteral("translationPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_label = new QLabel(this);
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("translateTo"));
    m_label->setBuddy(m_target);
    m_translate = new QPushButton(uiIcon(QStringLiteral("preferences-desktop-locale")), QString(), this);
    m_translate->setObjectName(QStringLiteral("translate"));
    row->addWidget(m_label);
    row->addWidget(m_target);
    row->addWidget(m_translate);
    row->addStretch(1);
    layout->addLayout(row);
    m_box = new QPlainTextEdit(this);
    m_box->setObjectName(QStringLiteral("translation"));
    m_box->setReadOnly(true);
    m_box->setTabChangesFocus(true);
    m_box->hide();
    layout->addWidget(m_box, 1);
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("translationInfo"));
    m_info->setWordWrap(true);
    m_info->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_info->hide();
    layout->addWidget(m_info);
    m_openSettings = new QPushButton(uiIcon(QStringLiteral("configure")), QString(), this);
    m_openSettings->setObjectName(QStringLiteral("openAiSettings"));
    m_openSettings->hide();
    layout->addWidget(m_openSettings, 0, Qt::AlignLeading);
    connect(m_translate, &QPushButton::clicked, this, &TranslationPanel::translateRequested);
    connect(m_openSettings, &QPushButton::clicked, this, &TranslationPanel::settingsRequested);
    retranslate();
}

void TranslationPanel::suggestTargetFor(const QString &messageLanguage)
{
    const QString target = messageLanguage == u"en" ? QStringLiteral("ar") : QStringLiteral("en");
    m_target->setCurrentIndex(std::max(0, m_target->findData(target)));
}

QString TranslationPanel::targetLanguage() const
{
    return m_target->currentData().toString();
}

void TranslationPanel::reset()
{
    ++m_generation; // an answer still on its way is for the old text
    m_translation.reset();
    m_translatedText.clear();
    m_box->hide();
    m_info->hide();
    m_openSettings->hide();
    m_translate->setEnabled(true);
}

void TranslationPanel::translate(const QString &text, const TranslationSource &source)
{
    reset();
    if (text.trimmed().isEmpty()) {
        setStatus(tr("Paste a message to translate first."));
        Q_EMIT finished(false);
        return;
    }
    if (!m_ai || !m_ai->chain().hasOnlineProvider(Capability::Chat)) {
        show(text,
             Error::make(ErrorCode::Unsupported, QStringLiteral("no AI provider"),
                         TranslationMessages::NeedsProviderKey));
        return;
    }
    const quint64 generation = m_generation;
    m_translate->setEnabled(false);
    setStatus(tr("Translating…"));
    QPointer<TranslationPanel> guard(this);
    m_ai->translations().translate(text, targetLanguage(), source,
                                   [guard, generation, text](Result<Translation> result) {
                                       if (!guard || generation != guard->m_generation)
                                           return;
                                       guard->m_translate->setEnabled(true);
                                       guard->show(text, result);
                                   });
}

bool TranslationPanel::saveBeside(const QString &text, const TranslationSource &source)
{
    if (!m_ai || !m_translation || !m_translation->savedId.isEmpty() || text != m_translatedText)
        return true; // nothing to save
    auto saved = m_ai->translations().save(*m_translation, source);
    if (!saved) {
        setStatus(m_checked + u'\n'
                  + tr("The translation could not be saved: %1").arg(ErrorText::describe(saved.error())));
        return false;
    }
    m_translation->savedId = *saved;
    setStatus(m_checked + u'\n' + tr("Saved beside the message."));
    return true;
}

void TranslationPanel::show(const QString &original, const Result<Translation> &result)
{
    m_info->setToolTip({});
    if (!result) {
        const Error &error = result.error();
        m_box->hide();
        if (error.code == ErrorCode::Unsupported && error.field == TranslationMessages::NeedsProviderKey) {
            setStatus(tr("Translation needs an AI provider: the offline engine reads leads and suggests "
                         "replies, but it cannot translate. Add a provider under Settings → AI."));
            m_openSettings->show();
        } else if (error.code == ErrorCode::Conflict) {
            setStatus(tr("The translation was refused: it changed or dropped “%1” of the original (phones, "
                         "numbers, e-mails and product codes must come back unchanged). Nothing was saved.")
                          .arg(FormText::isolated(error.field)));
        } else {
            setStatus(tr("The translation failed: %1").arg(ErrorText::describe(error)));
            m_info->setToolTip(error.detail);
        }
        Q_EMIT finished(false);
        return;
    }
    m_translation = *result;
    m_translatedText = original;
    QTextOption option = m_box->document()->defaultTextOption();
    const bool arabic = m_translation->language == u"ar";
    option.setTextDirection(arabic ? Qt::RightToLeft : Qt::LeftToRight);
    option.setAlignment((arabic ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute);
    m_box->document()->setDefaultTextOption(option);
    m_box->setPlainText(m_translation->text);
    m_box->show();
    QStringList kept;
    for (const ProtectedToken &token : m_tokens.find(original)) {
        const QString shown = FormText::isolated(token.text);
        if (!kept.contains(shown))
            kept << shown;
    }
    const QString by = CaptureText::producer(m_translation->providerId + u'/' + m_translation->model);
    m_checked = kept.isEmpty()
        ? tr("Translated by %1; the message has no phones, numbers, e-mails or product codes to check.")
              .arg(by)
        : tr("Translated by %1. Checked unchanged: %2.").arg(by, kept.join(QStringLiteral("، ")));
    setStatus(m_checked + u'\n'
              + (m_translation->savedId.isEmpty()
                     ? tr("It will be saved beside the message when you create the lead.")
                     : tr("Saved beside the message.")));
    Q_EMIT finished(true);
}

void TranslationPanel::setStatus(const QString &text)
{
    m_info->setText(text);
    m_info->setVisible(!text.isEmpty());
}

QString TranslationPanel::translationText() const
{
    return m_box->isHidden() ? QString() : m_box->toPlainText();
}

QString TranslationPanel::status() const
{
    return m_info->isHidden() ? QString() : m_info->text();
}

void TranslationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TranslationPanel::retranslate()
{
    m_label->setText(tr("Translate &into:"));
    const QString current = m_target->currentData().toString();
    {
        const QSignalBlocker blocker(m_target);
        m_target->clear();
        m_target->addItem(tr("Arabic"), QStringLiteral("ar"));
        m_target->addItem(tr("English"), QStringLiteral("en"));
        m_target->setCurrentIndex(
            std::max(0, m_target->findData(current.isEmpty() ? QStringLiteral("en") : current)));
    }
    m_translate->setText(tr("Tran&slate"));
    m_translate->setToolTip(tr("Translate the message through the AI provider set in Settings"));
    m_openSettings->setText(tr("Open AI settings"));
}

} // namespace OmniCrm
