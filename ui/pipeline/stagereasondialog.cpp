#include "stagereasondialog.h"

#include "pipelinetext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace OmniCrm {

StageReasonDialog::StageReasonDialog(StageType type, const QString &dealTitle, QWidget *parent)
    : QDialog(parent)
    , m_type(type)
{
    setObjectName(QStringLiteral("stageReasonDialog"));
    const bool lost = type == StageType::Lost;
    setWindowTitle(lost ? tr("Mark deal as lost") : tr("Mark deal as won"));
    setMinimumWidth(420);

    auto *layout = new QVBoxLayout(this);
    auto *question = new QLabel(this);
    question->setWordWrap(true);
    question->setText(lost ? tr("Why was “%1” lost? The reason is saved with the deal.")
                                 .arg(PipelineText::isolate(dealTitle))
                           : tr("What won “%1”? Optional: it is saved as a note on the deal.")
                                 .arg(PipelineText::isolate(dealTitle)));
    layout->addWidget(question);

    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    m_reason->addItem(QString());
    if (lost) {
        m_reason->addItems({ tr("Price higher than a competitor"), tr("Chose a competitor"),
                             tr("Budget postponed or cancelled"), tr("No response from the customer"),
                             tr("Requirements changed") });
        m_reason->lineEdit()->setPlaceholderText(tr("Reason (required)"));
    } else {
        m_reason->addItems({ tr("Best price"), tr("Product fits the need"), tr("Relationship and trust"),
                             tr("Fast delivery") });
        m_reason->lineEdit()->setPlaceholderText(tr("Reason (optional)"));
    }
    m_reason->setCurrentIndex(0);
    layout->addWidget(m_reason);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("reasonHint"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(lost ? tr("Mark as lost") : tr("Mark as won"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this]() {
        if (!reasonRequired() || !reason().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QComboBox::currentTextChanged, this, &StageReasonDialog::updateButtons);
    updateButtons();
    m_reason->setFocus();
}

QString StageReasonDialog::reason() const
{
    return m_reason->currentText().simplified();
}

void StageReasonDialog::updateButtons()
{
    const bool missing = reasonRequired() && reason().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!missing);
    m_hint->setText(missing ? tr("A lost deal needs a reason: pick one or type your own.") : QString());
    m_hint->setVisible(missing);
}

} // namespace OmniCrm
