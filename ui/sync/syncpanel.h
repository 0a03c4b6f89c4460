// SyncPanel: Settings → Sync. Signed out, a form (server address, team, e-mail, password, and the
// one-time code once the server asks for it) signs this device in once; the server's device token
// is kept in the store, so the password is never stored. Signed in, it shows the account, this
// device and the sync state, with Sync now and Sign out.
#pragma once

#include "syncstatus.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace OmniCrm {

class SyncController;

class SyncPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SyncPanel(SyncController &controller, QWidget *parent = nullptr);

    /// Fills the form from the stored account and shows the page that fits.
    void reload();
    /// Clicks Sign in (tests, and Enter in any field).
    void submit();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    /// "Review conflicts" was clicked.
    void conflictsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildForm();
    QWidget *buildAccount();
    void retranslate();
    void showStatus(const SyncStatus &status);
    void setBusy(bool busy);
    void signInFinished(bool ok, const QString &reason, bool needsCode);

    SyncController &m_controller;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_intro = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_tenant = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_code = nullptr;
    QLabel *m_codeHint = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_signIn = nullptr;

    QLabel *m_account = nullptr;
    QLabel *m_device = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_stateDetails = nullptr;
    QPushButton *m_syncNow = nullptr;
    QPushButton *m_conflicts = nullptr;
    QPushButton *m_signOut = nullptr;

    bool m_busy = false;
    bool m_codeAsked = false;
};

} // namespace OmniCrm
