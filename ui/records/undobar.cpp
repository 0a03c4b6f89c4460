#include "undobar.h"

#include "uiicons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace OmniCrm {

UndoBar::UndoBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("undoBar"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 6, 4);
    m_icon = new QLabel(this);
    m_icon->setPixmap(uiIcon(QStringLiteral("edit-delete")).pixmap(16, 16));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("undoMessage"));
    m_text->setForegroundRole(QPalette::ToolTipText);
    m_undo = new QToolButton(this);
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_undo->setIcon(uiIcon(QStringLiteral("edit-undo")));
    m_undo->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_undo->setAutoRaise(true);
    m_close = new QToolButton(this);
    m_close->setIcon(uiIcon(QStringLiteral("edit-clear")));
    m_close->setAutoRaise(true);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_undo);
    layout->addWidget(m_close);

    m_timer.setSingleShot(true);
    m_timer.setInterval(kTimeoutMs);
    connect(&m_timer, &QTimer::timeout, this, &UndoBar::dismiss);
    connect(m_undo, &QToolButton::clicked, this, &UndoBar::undo);
    connect(m_close, &QToolButton::clicked, this, &UndoBar::dismiss);
    retranslate();
    hide();
}

void UndoBar::offer(const QString &message, const QString &id)
{
    m_ids.append(id);
    m_text->setText(message);
    show();
    m_timer.start();
}

void UndoBar::dismiss()
{
    m_timer.stop();
    m_ids.clear();
    hide();
}

bool UndoBar::undo()
{
    if (m_ids.isEmpty())
        return false;
    const QStringList ids = m_ids;
    dismiss();
    Q_EMIT undoRequested(ids);
    return true;
}

void UndoBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void UndoBar::retranslate()
{
    m_undo->setText(tr("Undo"));
    m_undo->setToolTip(tr("Bring it back (Ctrl+Z)"));
    m_close->setToolTip(tr("Dismiss"));
}

} // namespace OmniCrm
