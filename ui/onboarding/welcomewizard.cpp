#include "welcomewizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

#include <functional>

namespace OmniCrm {

/// A wizard page whose Next/Finish follows a predicate over its fields.
class CheckedPage : public QWizardPage
{
public:
    explicit CheckedPage(std::function<bool()> complete)
        : m_complete(std::move(complete))
    {
    }
    bool isComplete() const override { return m_complete(); }
    void recheck() { Q_EMIT completeChanged(); }

private:
    std::function<bool()> m_complete;
};

namespace {
const QStringList kCurrencies
    = { QStringLiteral("SAR"), QStringLiteral("AED"), QStringLiteral("KWD"), QStringLiteral("QAR"),
        QStringLiteral("BHD"), QStringLiteral("OMR"), QStringLiteral("USD"), QStringLiteral("EUR") };
}

WelcomeWizard::WelcomeWizard(bool keychainAvailable, QWidget *parent)
    : QWizard(parent)
    , m_keychainAvailable(keychainAvailable)
{
    setObjectName(QStringLiteral("welcomeWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);

    // 1. Language.
    m_languagePage = new CheckedPage([]() { return true; });
    auto *languageLayout = new QVBoxLayout(m_languagePage);
    m_welcome = new QLabel(m_languagePage);
    m_welcome->setWordWrap(true);
    m_arabic = new QRadioButton(QStringLiteral("العربية"), m_languagePage);
    m_arabic->setObjectName(QStringLiteral("arabic"));
    m_english = new QRadioButton(QStringLiteral("English"), m_languagePage);
    m_english->setObjectName(QStringLiteral("english"));
    m_arabic->setChecked(true);
    languageLayout->addWidget(m_welcome);
    languageLayout->addSpacing(12);
    languageLayout->addWidget(m_arabic);
    languageLayout->addWidget(m_english);
    languageLayout->addStretch();
    connect(m_arabic, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            Q_EMIT languageChosen(QStringLiteral("ar"));
    });
    connect(m_english, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            Q_EMIT languageChosen(QStringLiteral("en"));
    });

    // 2. Security.
    m_securityPage = new CheckedPage([this]() { return passphraseProblem().isEmpty(); });
    auto *securityLayout = new QVBoxLayout(m_securityPage);
    m_keychain = new QRadioButton(m_securityPage);
    m_keychain->setObjectName(QStringLiteral("keychainMode"));
    m_keychainNote = new QLabel(m_securityPage);
    m_keychainNote->setWordWrap(true);
    m_passphraseMode = new QRadioButton(m_securityPage);
    m_passphraseMode->setObjectName(QStringLiteral("passphraseMode"));
    auto *form = new QFormLayout;
    m_passphrase = new QLineEdit(m_securityPage);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_confirm = new QLineEdit(m_securityPage);
    m_confirm->setObjectName(QStringLiteral("confirmPassphrase"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_passphraseLabel = new QLabel(m_securityPage);
    m_confirmLabel = new QLabel(m_securityPage);
    form->addRow(m_passphraseLabel, m_passphrase);
    form->addRow(m_confirmLabel, m_confirm);
    m_passphraseError = new QLabel(m_securityPage);
    m_passphraseError->setObjectName(QStringLiteral("passphraseError"));
    m_passphraseError->setWordWrap(true);
    m_passphraseError->setStyleSheet(QStringLiteral("color: #b3261e;"));
    securityLayout->addWidget(m_keychain);
    securityLayout->addWidget(m_keychainNote);
    securityLayout->addSpacing(8);
    securityLayout->addWidget(m_passphraseMode);
    securityLayout->addLayout(form);
    securityLayout->addWidget(m_passphraseError);
    securityLayout->addStretch();
    m_keychain->setEnabled(m_keychainAvailable);
    (m_keychainAvailable ? m_keychain : m_passphraseMode)->setChecked(true);
    for (auto *edit : { m_passphrase, m_confirm })
        connect(edit, &QLineEdit::textChanged, this, &WelcomeWizard::updateSecurityState);
    connect(m_passphraseMode, &QRadioButton::toggled, this, &WelcomeWizard::updateSecurityState);

    // 3. Business.
    m_businessPage = new CheckedPage([this]() { return !m_business->text().trimmed().isEmpty(); });
    auto *businessLayout = new QFormLayout(m_businessPage);
    m_business = new QLineEdit(m_businessPage);
    m_business->setObjectName(QStringLiteral("businessName"));
    m_currency = new QComboBox(m_businessPage);
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->addItems(kCurrencies);
    m_demo = new QCheckBox(m_businessPage);
    m_demo->setObjectName(QStringLiteral("demoData"));
    m_demo->setChecked(true);
    m_status = new QLabel(m_businessPage);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_businessLabel = new QLabel(m_businessPage);
    m_currencyLabel = new QLabel(m_businessPage);
    businessLayout->addRow(m_businessLabel, m_business);
    businessLayout->addRow(m_currencyLabel, m_currency);
    businessLayout->addRow(m_demo);
    businessLayout->addRow(m_status);
    connect(m_business, &QLineEdit::textChanged, this, [this]() { m_businessPage->recheck(); });

    addPage(m_languagePage);
    addPage(m_securityPage);
    addPage(m_businessPage);
    retranslate();
    updateSecurityState();
    resize(640, 460);
}

WelcomeChoices WelcomeWizard::choices() const
{
    WelcomeChoices choices;
    choices.language = m_english->isChecked() ? QStringLiteral("en") : QStringLiteral("ar");
    choices.useKeychain = m_keychain->isChecked();
    if (!choices.useKeychain)
        choices.passphrase = m_passphrase->text();
    choices.businessName = m_business->text().trimmed();
    choices.currency = m_currency->currentText();
    choices.demoData = m_demo->isChecked();
    return choices;
}

QString WelcomeWizard::passphraseProblem() const
{
    if (!m_passphraseMode->isChecked())
        return {};
    if (m_passphrase->text().size() < kMinPassphrase)
        return tr("Use at least %n characters; a short sentence is easy to remember and hard to guess.",
                  nullptr, kMinPassphrase);
    if (m_confirm->text() != m_passphrase->text())
        return tr("The two passphrases differ.");
    return {};
}

void WelcomeWizard::updateSecurityState()
{
    const bool passphrase = m_passphraseMode->isChecked();
    m_passphrase->setEnabled(passphrase);
    m_confirm->setEnabled(passphrase);
    // Say what is wrong only once the user has started typing.
    const bool typed = !m_passphrase->text().isEmpty() || !m_confirm->text().isEmpty();
    m_passphraseError->setText(typed ? passphraseProblem() : QString());
    m_securityPage->recheck();
}

void WelcomeWizard::setBusy(const QString &message)
{
    m_creating = true;
    m_status->setText(message);
    for (auto which : { QWizard::BackButton, QWizard::FinishButton, QWizard::CancelButton })
        button(which)->setEnabled(false);
}

void WelcomeWizard::showFailure(const QString &message)
{
    m_creating = false;
    m_status->setText(message);
    for (auto which : { QWizard::BackButton, QWizard::FinishButton, QWizard::CancelButton })
        button(which)->setEnabled(true);
}

void WelcomeWizard::complete()
{
    m_creating = false;
    QWizard::done(QDialog::Accepted);
}

void WelcomeWizard::done(int result)
{
    if (m_creating)
        return; // the store is being created; it closes us when done
    if (result == QDialog::Accepted) {
        // Finish: stay open until the store exists, so a failure can be corrected here.
        Q_EMIT finished(choices());
        return;
    }
    QWizard::done(result);
}

void WelcomeWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void WelcomeWizard::retranslate()
{
    setWindowTitle(tr("Welcome to OmniCRM"));
    m_languagePage->setTitle(tr("Welcome"));
    m_welcome->setText(tr("OmniCRM keeps your customers, leads and deals on this computer, encrypted, "
                          "and works without a connection. Choose the language to work in; you can "
                          "change it later in Settings."));
    m_securityPage->setTitle(tr("Protect your data"));
    m_securityPage->setSubTitle(
        tr("Everything is encrypted with a random key. Choose where that key is kept."));
    m_keychain->setText(tr("Keep the key in this computer's keychain (recommended)"));
    m_keychainNote->setText(
        m_keychainAvailable ? tr("OmniCRM opens without asking while you are signed in to this computer.")
                            : tr("No system keychain answered on this computer, so a passphrase is needed."));
    m_passphraseMode->setText(tr("Protect the key with a passphrase I type at every start"));
    m_passphraseLabel->setText(tr("Passphrase"));
    m_confirmLabel->setText(tr("Repeat it"));
    m_businessPage->setTitle(tr("Your business"));
    m_businessPage->setSubTitle(tr("Shown in the title bar and on reports; an admin can add brands later."));
    m_businessLabel->setText(tr("Business name"));
    m_currencyLabel->setText(tr("Currency"));
    m_demo->setText(tr("Start with demo customers, deals and activities to explore"));
    setButtonText(QWizard::NextButton, tr("Next"));
    setButtonText(QWizard::BackButton, tr("Back"));
    setButtonText(QWizard::FinishButton, tr("Create my store"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    updateSecurityState();
}

} // namespace OmniCrm
