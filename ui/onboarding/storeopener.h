// StoreOpener: from app start to an open store. A folder without a store gets the welcome wizard
// and a new encrypted store; a store in passphrase mode asks for its passphrase until it is right
// or the user quits; a keychain store opens without asking. The slow key work (Argon2id, the
// keychain) runs off the GUI thread; opening the database with the key runs on it, so the store's
// services live on the GUI thread.
#pragma once

#include "crmstore.h"
#include "unlockdialog.h"
#include "welcomewizard.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace OmniCrm {

class SecretStore;

class StoreOpener : public QObject
{
    Q_OBJECT
public:
    StoreOpener(QString dir, SecretStore &secrets, KdfParams kdf, QObject *parent = nullptr);
    ~StoreOpener() override;

    /// Shows the wizard or the unlock dialog, or opens straight away; ends in opened(),
    /// cancelled() or failed().
    void start();
    /// A passphrase from the environment (OMNICRM_PASSPHRASE or a file), tried before asking.
    void setPresetPassphrase(const QString &passphrase) { m_preset = passphrase; }

    std::unique_ptr<CrmStore> takeStore() { return std::move(m_store); }
    /// What the user chose in the welcome wizard, when this was the first run.
    std::optional<WelcomeChoices> firstRun() const { return m_choices; }
    KeyMode keyMode() const { return m_keyMode; }
    /// How the idle lock proves the user again: the passphrase in passphrase mode, the keychain
    /// otherwise (the passphrase argument is then ignored).
    UnlockDialog::Check unlockCheck() const;

    WelcomeWizard *wizard() const { return m_wizard; }
    UnlockDialog *unlockDialog() const { return m_unlock; }

Q_SIGNALS:
    void opened();
    void cancelled();
    /// The store cannot be opened at all (damaged, newer version, no key): the message says why.
    void failed(const QString &message);
    void languageChosen(const QString &language);
    /// The welcome wizard is on screen (first run only).
    void wizardShown(OmniCrm::WelcomeWizard *wizard);
    /// Progress of first-run work, for a status line.
    void progress(const QString &message);

private:
    void showWizard(bool keychainAvailable);
    void create(const WelcomeChoices &choices);
    void askPassphrase();
    void finishOpen(const QByteArray &key);

    QString m_dir;
    QString m_preset;
    SecretStore &m_secrets;
    KdfParams m_kdf;
    KeyMode m_keyMode = KeyMode::Keychain;
    std::unique_ptr<CrmStore> m_store;
    std::optional<WelcomeChoices> m_choices;
    QPointer<WelcomeWizard> m_wizard;
    QPointer<UnlockDialog> m_unlock;
};

} // namespace OmniCrm
