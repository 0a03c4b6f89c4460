// TeamAdminPage ("Team admin"): the users and devices of this device's team on the sync server,
// for the team's admin: add a member, reset a password, disable or enable a member, revoke a
// device (destructive actions ask first), and everyone's own two-factor sign-in. A manager sees
// the lists read-only; anyone else, and a computer not signed in, gets an explanation. All
// requests go through an AdminClient (network, never blocking the GUI thread).
#pragma once

#include "adminconnector.h"
#include "shellpage.h"
#include "syncmessages.h"

#include <QPointer>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace OmniCrm {

class TwoFactorDialog;
class UserDialog;

class TeamAdminPage : public ShellPage
{
    Q_OBJECT
public:
    explicit TeamAdminPage(AdminConnector connector, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void activate() override;

    /// Asks before a destructive action: (title, question) → go ahead. Defaults to a message box;
    /// tests replace it.
    using Confirmer = std::function<bool(const QString &title, const QString &question)>;
    void setConfirmer(Confirmer confirmer) { m_confirm = std::move(confirmer); }

    /// Reloads who the user is and the lists.
    void refresh();
    /// Opens the two-factor dialog (non-modal; also from the page's button).
    TwoFactorDialog *openTwoFactor();

    // What the page shows (tests).
    QList<Wire::AdminUser> users() const { return m_users; }
    QList<Wire::AdminDevice> devices() const { return m_devices; }
    bool canManage() const { return m_canManage; }
    bool isBusy() const;
    QString notice() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void ensureClient();
    void onReplied(const Wire::AdminResult &result);
    void onFailed(const QString &operation, const QString &code, const QString &message);
    void showUsers();
    void showDevices();
    void updateActions();
    void setNotice(const QString &text, bool problem = false);
    void retranslate();
    int selectedUser() const;
    int selectedDevice() const;
    void addUser();
    void resetPassword();
    void toggleDisabled();
    void revokeDevice();

    AdminConnector m_connector;
    QPointer<AdminClient> m_client;
    Confirmer m_confirm;
    QStringList m_roles;
    QString m_myEmail;
    bool m_signedIn = false;
    bool m_canManage = false;
    bool m_canLook = false;
    QList<Wire::AdminUser> m_users;
    QList<Wire::AdminDevice> m_devices;

    QLabel *m_heading = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_usersCaption = nullptr;
    QLabel *m_devicesCaption = nullptr;
    QTableWidget *m_usersTable = nullptr;
    QTableWidget *m_devicesTable = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_twoFactor = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_disable = nullptr;
    QPushButton *m_revoke = nullptr;
    QWidget *m_lists = nullptr;
};

} // namespace OmniCrm
