// IdleLock: notices when nobody has used the app for a while. It watches input events for the
// whole application and fires idle() once per idle period; 0 minutes turns it off.
#pragma once

#include <QObject>
#include <QTimer>

namespace OmniCrm {

class IdleLock : public QObject
{
    Q_OBJECT
public:
    explicit IdleLock(QObject *parent = nullptr);
    ~IdleLock() override;

    void setTimeoutMinutes(int minutes);
    /// For tests: the same in milliseconds.
    void setTimeoutMs(int milliseconds);
    bool isEnabled() const { return m_timeoutMs > 0; }
    /// Starts counting again (after an unlock).
    void rearm();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    int m_timeoutMs = 0;
};

} // namespace OmniCrm
