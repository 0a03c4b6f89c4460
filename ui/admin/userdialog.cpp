#include "userdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace OmniCrm {

UserDialog::UserDialog(Mode mode, const QString &forEmail, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
{
    setObjectName(QStringLiteral("userDialog"));
    setWindowTitle(mode == Mode::AddUser ? tr("Add a team member") : tr("Reset password"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    if (mode == Mode::AddUser) {
        m_email = new QLineEdit(this);
        m_email->setObjectName(QStringLiteral("emailEdit"));
        m_email->setLayoutDirection(Qt::LeftToRight); // addresses read left to right
        m_email->setPlaceholderText(QStringLiteral("name@company.sa"));
        form->addRow(tr("&Email:"), m_email);
        m_role = new QComboBox(this);
        m_role->setObjectName(QStringLiteral("roleCombo"));
        m_role->addItem(tr("Sales rep"), QStringLiteral("rep"));
        m_role->addItem(tr("Manager (can look at the team)"), QStringLiteral("manager"));
        m_role->addItem(tr("Admin (can change the team)"), QStringLiteral("admin"));
        form->addRow(tr("&Role:"), m_role);
    } else {
        auto *who = new QLabel(tr("New password for %1. Tell it to them in person; they can sign in with it "
                                  "at once.")
                                   .arg(forEmail),
                               this);
        who->setWordWrap(true);
        form->addRow(who);
    }
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(mode == Mode::AddUser ? tr("Initial &password:") : tr("New &password:"), m_password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeatEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Re&peat password:"), m_repeat);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(link-visited);"));
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::AddUser ? tr("Add") : tr("Reset"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : { m_email, m_password, m_repeat })
        if (edit)
            connect(edit, &QLineEdit::textChanged, this, &UserDialog::validate);
    validate();
}

QString UserDialog::email() const
{
    return m_email ? m_email->text().trimmed() : QString();
}

QString UserDialog::role() const
{
    return m_role ? m_role->currentData().toString() : QString();
}

QString UserDialog::password() const
{
    return m_password->text();
}

void UserDialog::validate()
{
    QString problem;
    const QString address = email();
    if (m_mode == Mode::AddUser && !address.isEmpty()
        && (!address.contains(u'@') || address.startsWith(u'@') || address.endsWith(u'@')))
        problem = tr("This is not an email address.");
    else if (!m_password->text().isEmpty() && m_password->text().size() < MinPasswordLength)
        problem = tr("A password needs at least %1 characters.").arg(MinPasswordLength);
    else if (!m_repeat->text().isEmpty() && m_repeat->text() != m_password->text())
        problem = tr("The two passwords differ.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    const bool complete = (m_mode == Mode::ResetPassword || !address.isEmpty())
        && !m_password->text().isEmpty() && m_repeat->text() == m_password->text();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && complete);
}

} // namespace OmniCrm
