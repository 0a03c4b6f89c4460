// WelcomeWizard: the first run. Chooses the language, how the store's key is kept (the system
// keychain, or a passphrase where there is none or the user prefers one), the business name and
// currency, and whether to start with demo data. It creates nothing itself: StoreOpener does,
// from the choices, once the user finishes.
#pragma once

#include <QWizard>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace OmniCrm {

struct WelcomeChoices
{
    QString language = QStringLiteral("ar"); // "ar" or "en"
    bool useKeychain = true;
    QString passphrase; // when !useKeychain
    QString businessName;
    QString currency = QStringLiteral("SAR");
    bool demoData = true;
};

class WelcomeWizard : public QWizard
{
    Q_OBJECT
public:
    /// `keychainAvailable`: whether a system keychain answered; without one a passphrase is required.
    explicit WelcomeWizard(bool keychainAvailable, QWidget *parent = nullptr);

    WelcomeChoices choices() const;
    static constexpr int kMinPassphrase = 8;

    /// Shown while the store is being created: the wizard stays open, its buttons disabled.
    void setBusy(const QString &message);
    /// Creating failed: the wizard says why and lets the user change their choices.
    void showFailure(const QString &message);
    /// The store exists: the wizard closes as accepted.
    void complete();

Q_SIGNALS:
    /// The user picked a language on the first page; the app switches to it at once.
    void languageChosen(const QString &language);
    /// Finish was pressed with valid choices.
    void finished(const OmniCrm::WelcomeChoices &choices);

protected:
    void changeEvent(QEvent *event) override;
    void done(int result) override;

private:
    void retranslate();
    QString passphraseProblem() const;
    void updateSecurityState();

    bool m_keychainAvailable = false;
    bool m_creating = false;
    QRadioButton *m_arabic = nullptr;
    QRadioButton *m_english = nullptr;
    QLabel *m_welcome = nullptr;
    QRadioButton *m_keychain = nullptr;
    QRadioButton *m_passphraseMode = nullptr;
    QLabel *m_keychainNote = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_passphraseError = nullptr;
    QLineEdit *m_business = nullptr;
    QComboBox *m_currency = nullptr;
    QCheckBox *m_demo = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_passphraseLabel = nullptr;
    QLabel *m_confirmLabel = nullptr;
    QLabel *m_businessLabel = nullptr;
    QLabel *m_currencyLabel = nullptr;
    class CheckedPage *m_languagePage = nullptr;
    class CheckedPage *m_securityPage = nullptr;
    class CheckedPage *m_businessPage = nullptr;
};

} // namespace OmniCrm
