#include "twofactordialog.h"

#include "adminclient.h"
#include "qrcodeimage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace OmniCrm {

namespace {

// "JBSW Y3DP …": groups of four are easier to copy by hand.
QString grouped(const QString &secret)
{
    QString out;
    for (qsizetype i = 0; i < secret.size(); i += 4) {
        if (!out.isEmpty())
            out.append(u' ');
        out.append(secret.mid(i, 4));
    }
    return out;
}

} // namespace

TwoFactorDialog::TwoFactorDialog(AdminClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("twoFactorDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_qr = new QLabel(this);
    m_qr->setObjectName(QStringLiteral("qrLabel"));
    m_qr->setAlignment(Qt::AlignCenter);
    m_qr->setMinimumSize(220, 220);
    m_qr->setLayoutDirection(Qt::LeftToRight);
    layout->addWidget(m_qr);
    m_secretCaption = new QLabel(this);
    m_secretCaption->setWordWrap(true);
    layout->addWidget(m_secretCaption);
    m_secretLabel = new QLabel(this);
    m_secretLabel->setObjectName(QStringLiteral("secretLabel"));
    m_secretLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_secretLabel->setLayoutDirection(Qt::LeftToRight);
    m_secretLabel->setAlignment(Qt::AlignCenter);
    QFont mono = m_secretLabel->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(mono.pointSizeF() * 1.2);
    m_secretLabel->setFont(mono);
    layout->addWidget(m_secretLabel);

    auto *codeRow = new QHBoxLayout;
    m_codeCaption = new QLabel(this);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setMaxLength(6);
    m_code->setLayoutDirection(Qt::LeftToRight);
    m_code->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), m_code));
    m_codeCaption->setBuddy(m_code);
    m_confirm = new QPushButton(this);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_confirm->setDefault(true);
    codeRow->addWidget(m_codeCaption);
    codeRow->addWidget(m_code, 1);
    codeRow->addWidget(m_confirm);
    layout->addLayout(codeRow);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_close = new QPushButton(this);
    auto *closeRow = new QHBoxLayout;
    closeRow->addStretch(1);
    closeRow->addWidget(m_close);
    layout->addLayout(closeRow);

    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_confirm, &QPushButton::clicked, this, &TwoFactorDialog::confirm);
    connect(m_code, &QLineEdit::returnPressed, this, &TwoFactorDialog::confirm);
    connect(m_code, &QLineEdit::textChanged, this, [this] {
        m_confirm->setEnabled(!m_waiting && !m_secret.isEmpty() && m_code->text().size() == 6);
    });
    if (m_client) {
        connect(m_client, &AdminClient::totpReplied, this, [this](const Wire::TotpResult &result) {
            m_waiting = false;
            if (result.enabled) {
                m_enabled = true;
                m_code->setEnabled(false);
                m_confirm->setEnabled(false);
                m_status->setText(tr("Two-factor sign-in is on. From your next sign-in, enter the code your "
                                     "app shows after your password."));
                Q_EMIT enabled();
                return;
            }
            showSecret(result);
        });
        connect(m_client, &AdminClient::failed, this,
                [this](const QString &operation, const QString &code, const QString &message) {
                    if (operation != u"totp")
                        return;
                    m_waiting = false;
                    if (code == u"bad_request")
                        showProblem(
                            tr("That code is not right. Check that the phone's time is correct and type the "
                               "newest code."));
                    else if (code == u"rate_limited")
                        showProblem(tr("Too many wrong codes. Wait a few minutes and try again."));
                    else if (code == u"not_found")
                        showProblem(tr("The enrolment expired. Close this window and start again."));
                    else if (code == u"offline" || code == u"timeout")
                        showProblem(tr("Cannot reach the sync server: %1").arg(message));
                    else
                        showProblem(tr("The server refused: %1").arg(message));
                    m_confirm->setEnabled(!m_secret.isEmpty() && m_code->text().size() == 6);
                });
    }
    retranslate();
    m_confirm->setEnabled(false);
}

void TwoFactorDialog::start()
{
    if (!m_client) {
        showProblem(tr("This computer is not signed in to a sync server."));
        return;
    }
    m_waiting = true;
    m_status->setText(tr("Asking the server for a new secret…"));
    m_client->requestTotp();
}

void TwoFactorDialog::showSecret(const Wire::TotpResult &result)
{
    m_secret = result.secret;
    m_uri = result.uri;
    const QImage image = qrCodeImage(m_uri, 5, 4);
    m_qr->setPixmap(QPixmap::fromImage(image));
    m_qr->setAccessibleName(tr("QR code for your authenticator app"));
    m_secretLabel->setText(grouped(m_secret));
    m_status->clear();
    m_code->setFocus();
}

void TwoFactorDialog::showProblem(const QString &text)
{
    m_status->setText(text);
}

void TwoFactorDialog::confirm()
{
    if (!m_client || m_waiting || m_code->text().size() != 6 || m_secret.isEmpty())
        return;
    m_waiting = true;
    m_confirm->setEnabled(false);
    m_status->setText(tr("Checking the code…"));
    m_client->requestTotp(m_code->text());
}

void TwoFactorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void TwoFactorDialog::retranslate()
{
    setWindowTitle(tr("Two-factor sign-in"));
    m_intro->setText(tr("Scan this code with an authenticator app on your phone (for example Google "
                        "Authenticator, Microsoft Authenticator or FreeOTP). Then type the six-digit code it "
                        "shows to switch two-factor sign-in on."));
    m_secretCaption->setText(tr("Cannot scan? Type this key into the app instead:"));
    m_codeCaption->setText(tr("&Code from the app:"));
    m_confirm->setText(tr("&Confirm"));
    m_close->setText(tr("Close"));
}

} // namespace OmniCrm
