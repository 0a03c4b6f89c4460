// TwoFactorDialog: two-factor sign-in for the signed-in user. It asks the server for a new
// secret, shows its otpauth:// URI as a QR code (and the secret as text, for typing into an
// authenticator app), and confirms it with a code from the app; from the next sign-in on, that
// code is required. Talks to the server through the AdminClient it is given.
#pragma once

#include "syncmessages.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace OmniCrm {

class AdminClient;

class TwoFactorDialog : public QDialog
{
    Q_OBJECT
public:
    TwoFactorDialog(AdminClient *client, QWidget *parent = nullptr);

    /// Asks the server for a new secret (done when the dialog opens).
    void start();
    QString secret() const { return m_secret; }
    QString uri() const { return m_uri; }
    bool isSwitchedOn() const { return m_enabled; }

Q_SIGNALS:
    void enabled();

protected:
    void changeEvent(QEvent *event) override;

private:
    void confirm();
    void showSecret(const Wire::TotpResult &result);
    void showProblem(const QString &text);
    void retranslate();

    QPointer<AdminClient> m_client;
    QLabel *m_intro = nullptr;
    QLabel *m_qr = nullptr;
    QLabel *m_secretCaption = nullptr;
    QLabel *m_secretLabel = nullptr;
    QLabel *m_codeCaption = nullptr;
    QLineEdit *m_code = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_close = nullptr;
    QLabel *m_status = nullptr;
    QString m_secret;
    QString m_uri;
    bool m_enabled = false;
    bool m_waiting = false;
};

} // namespace OmniCrm
