// UnlockDialog: asks for the store's passphrase at start (passphrase mode) or after an idle lock.
// The passphrase is checked off the GUI thread (Argon2id takes a moment); a wrong one says so,
// clears the field and lets the user try again. The store is never touched by a wrong attempt.
#pragma once

#include "result.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace OmniCrm {

class UnlockDialog : public QDialog
{
    Q_OBJECT
public:
    /// `check` turns a passphrase into the store key (StoreKeys::unlock); it runs off the GUI
    /// thread. `locked`: shown after an idle lock rather than at start.
    using Check = std::function<Result<QByteArray>(const QString &passphrase)>;
    UnlockDialog(Check check, bool locked, QWidget *parent = nullptr);

    QByteArray key() const { return m_key; }
    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QPushButton *unlockButton() const { return m_unlock; }
    QString errorText() const;
    void showError(const QString &text);
    /// Keychain stores unlock with the keychain alone: no passphrase field, just the button.
    void setPassphraseNeeded(bool needed);

Q_SIGNALS:
    /// A check finished and failed (the dialog stays open).
    void attemptFailed();

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void attempt();
    void retranslate();

    Check m_check;
    bool m_locked = false;
    bool m_checking = false;
    bool m_passphraseNeeded = true;
    QByteArray m_key;
    QLabel *m_prompt = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_unlock = nullptr;
    QPushButton *m_quit = nullptr;
};

} // namespace OmniCrm
