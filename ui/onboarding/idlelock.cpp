#include "idlelock.h"

#include <QCoreApplication>
#include <QEvent>

namespace OmniCrm {

IdleLock::IdleLock(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    QCoreApplication::instance()->removeEventFilter(this);
}

void IdleLock::setTimeoutMinutes(int minutes)
{
    setTimeoutMs(minutes > 0 ? minutes * 60 * 1000 : 0);
}

void IdleLock::setTimeoutMs(int milliseconds)
{
    m_timeoutMs = milliseconds;
    rearm();
}

void IdleLock::rearm()
{
    if (m_timeoutMs > 0)
        m_timer.start(m_timeoutMs);
    else
        m_timer.stop();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_timer.isActive())
            m_timer.start(m_timeoutMs);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace OmniCrm
