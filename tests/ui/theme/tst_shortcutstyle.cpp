// Proves ShortcutStyle: an Arabic button's shortcut letter is not underlined, so the word draws
// exactly as it does without a shortcut (joined), while Alt+letter still presses it; English
// buttons keep their underline.
#include "shortcutstyle.h"

#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace OmniCrm;

namespace {

QImage drawn(const QString &text, Qt::LayoutDirection direction)
{
    QPushButton button(text);
    button.setLayoutDirection(direction);
    QFont font = button.font();
    font.setPointSize(20);
    button.setFont(font);
    button.resize(220, 60);
    return button.grab().toImage();
}

} // namespace

class tst_ShortcutStyle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void arabicWordDrawsJoinedWithItsShortcut();
    void arabicShortcutStillPressesTheButton();
    void englishShortcutIsUnderlined();
};

void tst_ShortcutStyle::initTestCase()
{
    QApplication::setStyle(new ShortcutStyle);
}

void tst_ShortcutStyle::arabicWordDrawsJoinedWithItsShortcut()
{
    // "Clear", with its shortcut on the middle letter: underlining it would split the word.
    const QImage withShortcut = drawn(QStringLiteral("م&سح"), Qt::RightToLeft);
    QCOMPARE(withShortcut, drawn(QStringLiteral("مسح"), Qt::RightToLeft));
    QVERIFY(withShortcut != drawn(QStringLiteral("مسخ"), Qt::RightToLeft)); // the comparison sees text
}

void tst_ShortcutStyle::arabicShortcutStillPressesTheButton()
{
    QWidget window;
    window.setLayoutDirection(Qt::RightToLeft);
    auto *button = new QPushButton(QStringLiteral("م&سح"), &window);
    QSignalSpy clicked(button, &QPushButton::clicked);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(button->shortcut(), QKeySequence(Qt::ALT | Qt::Key(0x0633)));
    QTest::sendKeyEvent(QTest::Click, &window, Qt::Key(0x0633), QStringLiteral("س"), Qt::AltModifier);
    QTRY_COMPARE(clicked.size(), 1); // a shortcut animates the click
}

void tst_ShortcutStyle::englishShortcutIsUnderlined()
{
    QVERIFY(drawn(QStringLiteral("&Clear"), Qt::LeftToRight)
            != drawn(QStringLiteral("Clear"), Qt::LeftToRight));
}

QTEST_MAIN(tst_ShortcutStyle)
#include "tst_shortcutstyle.moc"
