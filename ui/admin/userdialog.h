// UserDialog: the form for adding a team member (email, role, initial password) or resetting a
// member's password (password only). Checks as the user types and enables OK only when the
// entry can be sent; the server checks again.
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace OmniCrm {

class UserDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { AddUser, ResetPassword };

    /// forEmail: the member whose password is reset (ResetPassword only).
    UserDialog(Mode mode, const QString &forEmail, QWidget *parent = nullptr);

    QString email() const;
    QString role() const; // "admin", "manager" or "rep"
    QString password() const;

    static constexpr int MinPasswordLength = 10; // as the server requires

private:
    void validate();

    Mode m_mode;
    QLineEdit *m_email = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace OmniCrm
