#include "unlockdialog.h"

#include "errortext.h"
#include "offthread.h"
#include "uiicons.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace OmniCrm {

UnlockDialog::UnlockDialog(Check check, bool locked, QWidget *parent)
    : QDialog(parent)
    , m_check(std::move(check))
    , m_locked(locked)
{
    setObjectName(QStringLiteral("unlockDialog"));
    auto *layout = new QVBoxLayout(this);
    m_prompt = new QLabel(this);
    m_prompt->setWordWrap(true);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    auto *buttons = new QDialogButtonBox(this);
    m_unlock = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_unlock->setIcon(uiIcon(QStringLiteral("lock")));
    m_unlock->setDefault(true);
    m_quit = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    layout->addWidget(m_prompt);
    layout->addWidget(m_passphrase);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_unlock, &QPushButton::clicked, this, &UnlockDialog::attempt);
    connect(m_quit, &QPushButton::clicked, this, &UnlockDialog::reject);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &UnlockDialog::attempt);
    retranslate();
    setMinimumWidth(420);
}

QString UnlockDialog::errorText() const
{
    return m_error->text();
}

void UnlockDialog::showError(const QString &text)
{
    m_error->setText(text);
}

void UnlockDialog::setPassphraseNeeded(bool needed)
{
    m_passphraseNeeded = needed;
    m_passphrase->setVisible(needed);
    retranslate();
}

void UnlockDialog::attempt()
{
    if (m_checking || (m_passphraseNeeded && m_passphrase->text().isEmpty()))
        return;
    m_checking = true;
    m_unlock->setEnabled(false);
    m_passphrase->setEnabled(false);
    m_error->setText(tr("Checking…"));
    runOffThread<Result<QByteArray>>(
        this, [check = m_check, passphrase = m_passphrase->text()]() { return check(passphrase); },
        [this](Result<QByteArray> key) {
            m_checking = false;
            m_unlock->setEnabled(true);
            m_passphrase->setEnabled(true);
            if (key) {
                m_key = *key;
                m_error->clear();
                accept();
                return;
            }
            m_error->setText(ErrorText::describe(key.error()));
            m_passphrase->clear();
            m_passphrase->setFocus();
            Q_EMIT attemptFailed();
        });
}

void UnlockDialog::reject()
{
    if (!m_checking)
        QDialog::reject();
}

void UnlockDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void UnlockDialog::retranslate()
{
    setWindowTitle(m_locked ? tr("OmniCRM is locked") : tr("Unlock OmniCRM"));
    if (!m_passphraseNeeded)
        m_prompt->setText(tr("OmniCRM locked itself after a while without use. Unlock to continue where "
                             "you were; the system keychain confirms it is you."));
    else if (m_locked)
        m_prompt->setText(tr("OmniCRM locked itself after a while without use. Type your passphrase to "
                             "continue where you were."));
    else
        m_prompt->setText(tr("Your data is encrypted. Type the passphrase you chose for this store."));
    m_passphrase->setPlaceholderText(tr("Passphrase"));
    m_unlock->setText(tr("Unlock"));
    m_quit->setText(m_locked ? tr("Quit OmniCRM") : tr("Quit"));
}

} // namespace OmniCrm
