// The idle lock fires after the set time without input, input pushes it back, and 0 turns it off.
#include "idlelock.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace OmniCrm;

class tst_IdleLock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firesAfterTimeoutWithoutInput();
    void inputPostponesIt();
    void zeroTurnsItOff();
};

void tst_IdleLock::firesAfterTimeoutWithoutInput()
{
    IdleLock lock;
    QSignalSpy idle(&lock, &IdleLock::idle);
    lock.setTimeoutMs(50);
    QVERIFY(idle.wait(2000));
    QCOMPARE(idle.count(), 1);
}

void tst_IdleLock::inputPostponesIt()
{
    QLineEdit edit;
    edit.show();
    IdleLock lock;
    QSignalSpy idle(&lock, &IdleLock::idle);
    lock.setTimeoutMs(1500);
    QElapsedTimer clock;
    clock.start();
    // Keep typing for longer than the timeout: it must not fire meanwhile.
    while (clock.elapsed() < 2500) {
        QTest::keyClick(&edit, Qt::Key_A);
        QTest::qWait(50);
    }
    QCOMPARE(idle.count(), 0);
    QVERIFY(idle.wait(2000));
}

void tst_IdleLock::zeroTurnsItOff()
{
    IdleLock lock;
    QSignalSpy idle(&lock, &IdleLock::idle);
    lock.setTimeoutMinutes(0);
    QVERIFY(!lock.isEnabled());
    QVERIFY(!idle.wait(200));
}

QTEST_MAIN(tst_IdleLock)
#include "tst_idlelock.moc"
