// The global search answers as the user types, folds Arabic the way the store does, moves with
// the arrow keys and opens the highlighted record with Enter.
#include "commandpalette.h"
#include "uitestsupport.h"

#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>

using namespace OmniCrm;
using OmniCrm::Test::why;

class tst_CommandPalette : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { m_fixture.reset(); }
    void findsAsYouTypeWithArabicFolding();
    void enterOpensHighlightedRecord();

private:
    QString addContact(const QString &name, const QString &phone);
    Test::UiStoreFixture m_fixture;
};

void tst_CommandPalette::init()
{
    const QString failed = m_fixture.create();
    QVERIFY2(failed.isEmpty(), why(failed));
}

QString tst_CommandPalette::addContact(const QString &name, const QString &phone)
{
    ContactDraft draft;
    draft.fullName = name;
    draft.phones = { PhoneDraft { phone } };
    auto id = m_fixture.store().contacts().create(draft);
    return id ? *id : QString();
}

void tst_CommandPalette::findsAsYouTypeWithArabicFolding()
{
    const QString ahmed = addContact(QStringLiteral("أحمد الغامدي"), QStringLiteral("0551234567"));
    addContact(QStringLiteral("سارة القحطاني"), QStringLiteral("0557654321"));
    QVERIFY(!ahmed.isEmpty());

    CommandPalette palette(m_fixture.reader());
    palette.popup();
    QSignalSpy shown(&palette, &CommandPalette::resultsShown);
    Test::typeText(palette.input(), QStringLiteral("احمد")); // typed without hamza
    QVERIFY(shown.wait());
    QCOMPARE(palette.results()->count(), 1);
    QVERIFY(palette.results()->item(0)->text().contains(QStringLiteral("أحمد الغامدي")));

    palette.input()->clear();
    Test::typeText(palette.input(), QStringLiteral("٠٥٥٧٦٥")); // Arabic-Indic digits
    QVERIFY(shown.wait());
    QCOMPARE(palette.results()->count(), 1);
    QVERIFY(palette.results()->item(0)->text().contains(QStringLiteral("سارة")));
}

void tst_CommandPalette::enterOpensHighlightedRecord()
{
    addContact(QStringLiteral("Mohammed Saleh"), QStringLiteral("0551111111"));
    const QString second = addContact(QStringLiteral("Mohammed Salem"), QStringLiteral("0552222222"));

    CommandPalette palette(m_fixture.reader());
    palette.popup();
    QSignalSpy shown(&palette, &CommandPalette::resultsShown);
    QSignalSpy chosen(&palette, &CommandPalette::recordChosen);
    QTest::keyClicks(palette.input(), QStringLiteral("mohammed"));
    QVERIFY(shown.wait());
    QCOMPARE(palette.results()->count(), 2);
    const int salem = palette.results()->item(0)->text().contains(QStringLiteral("Salem")) ? 0 : 1;
    if (salem == 1)
        QTest::keyClick(palette.input(), Qt::Key_Down);
    QTest::keyClick(palette.input(), Qt::Key_Return);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).value<RecordKind>(), RecordKind::Contact);
    QCOMPARE(chosen.at(0).at(1).toString(), second);
    QVERIFY(!palette.isVisible());
}

QTEST_MAIN(tst_CommandPalette)
#include "tst_commandpalette.moc"
