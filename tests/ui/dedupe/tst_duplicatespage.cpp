// Proves DuplicatesPage on a real encrypted store: a scan on the worker connection proposes
// near-duplicate contacts (an Arabic and a Latin spelling of one name, one phone written two
// ways) and not unrelated ones, with the engine's reasons; M merges them into the survivor the
// user chose, with the loser's activity moved over; Ctrl+Z brings both records and the activity
// back; N marks a pair as not a duplicate and a new scan does not propose it again; auto-merge is
// switched on only after confirmation; arrows move through the queue.
#include "dedupeservices.h"
#include "duplicatespage.h"
#include "uishots.h"
#include "uitestsupport.h"

#include <QCheckBox>
#include <QListWidget>
#include <QSet>
#include <QSignalSpy>
#include <QTableWidget>

using namespace OmniCrm;
using namespace Qt::StringLiterals;
using OmniCrm::Test::why;

class tst_DuplicatesPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void scanProposesCrossScriptDuplicatesWithReasons();
    void mergeMovesActivityAndUndoRestoresBoth();
    void notADuplicateIsNotProposedAgain();
    void autoMergeNeedsConfirmation();
    void arrowsMoveThroughTheQueue();
    void mirrorsInRightToLeft_data();
    void mirrorsInRightToLeft();

private:
    QString addContact(const QString &name, const QString &phone, const QString &city = {});
    /// The Arabic/Latin pair plus unrelated people; a second pair when `second`.
    void seed(bool second = false);
    bool scan();
    int rowOf(const QString &a, const QString &b) const;

    Test::UiStoreFixture m_fixture;
    std::unique_ptr<DuplicatesPage> m_page;
    QString m_arabic;
    QString m_latin;
    QString m_otherA;
    QString m_otherB;
};

void tst_DuplicatesPage::init()
{
    const QString failed = m_fixture.create();
    QVERIFY2(failed.isEmpty(), why(failed));
}

void tst_DuplicatesPage::cleanup()
{
    m_page.reset();
    m_fixture.reset();
}

QString tst_DuplicatesPage::addContact(const QString &name, const QString &phone, const QString &city)
{
    ContactDraft draft;
    draft.fullName = name;
    draft.city = city;
    if (!phone.isEmpty())
        draft.phones = { { phone } };
    auto id = m_fixture.store().contacts().create(draft);
    if (!id) {
        qWarning("create %s: %s", qPrintable(name), why(id));
        return {};
    }
    return *id;
}

void tst_DuplicatesPage::seed(bool second)
{
    m_arabic = addContact(u"محمد العتيبي"_s, u"0555123456"_s, u"الرياض"_s);
    m_latin = addContact(u"Mohammed Al-Otaibi"_s, u"+966 55 512 3456"_s, u"Riyadh"_s);
    const QStringList names { u"سارة الحربي"_s,     u"Khalid Al-Dosari"_s, u"فاطمة الزهراني"_s,
                              u"Omar Haddad"_s,     u"نورة القحطاني"_s,    u"Yousef Al-Shehri"_s,
                              u"عبدالله المطيري"_s, u"Lina Saleh"_s };
    for (int i = 0; i < names.size(); ++i)
        QVERIFY(!addContact(names.at(i), u"05%1"_s.arg(31000000 + i * 1234567), {}).isEmpty());
    if (second) {
        m_otherA = addContact(u"فيصل الشمري"_s, u"0566677788"_s);
        m_otherB = addContact(u"Faisal Al-Shammari"_s, u"00966566677788"_s);
    }
    QVERIFY(!m_arabic.isEmpty() && !m_latin.isEmpty());
}

bool tst_DuplicatesPage::scan()
{
    QSignalSpy finished(m_page.get(), &DuplicatesPage::scanFinished);
    if (!m_page->findDuplicates())
        return false;
    if (!finished.wait(20000))
        return false;
    return finished.first().first().toBool();
}

int tst_DuplicatesPage::rowOf(const QString &a, const QString &b) const
{
    const auto &queue = m_page->queue();
    for (int i = 0; i < queue.size(); ++i) {
        const DuplicateCandidate &c = queue.at(i).candidate;
        if ((c.recordA == a && c.recordB == b) || (c.recordA == b && c.recordB == a))
            return i;
    }
    return -1;
}

void tst_DuplicatesPage::scanProposesCrossScriptDuplicatesWithReasons()
{
    seed();
    m_page = std::make_unique<DuplicatesPage>(m_fixture.store());
    m_page->resize(1200, 700);
    QVERIFY(scan());
    QVERIFY2(rowOf(m_arabic, m_latin) >= 0, qPrintable(m_page->summaryText()));
    QCOMPARE(m_page->queue().size(), 1); // the unrelated people are not proposed
    QCOMPARE(m_page->currentRow(), 0);

    QSignalSpy shown(m_page.get(), &DuplicatesPage::previewShown);
    QVERIFY(shown.wait(10000));
    // Side by side: the name row shows both spellings and says they differ as text.
    QTableWidget *table = m_page->review()->table();
    bool sawNames = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString a = table->item(row, PairReviewPanel::AColumn)->text();
        const QString b = table->item(row, PairReviewPanel::BColumn)->text();
        if (QSet<QString> { a, b } == QSet<QString> { u"محمد العتيبي"_s, u"Mohammed Al-Otaibi"_s })
            sawNames = true;
    }
    QVERIFY(sawNames);
    // Why: the engine's comparisons, the shared phone among them.
    QVERIFY2(m_page->review()->evidenceText().contains(u"Phone: Same"_s),
             qPrintable(m_page->review()->evidenceText()));
}

void tst_DuplicatesPage::mergeMovesActivityAndUndoRestoresBoth()
{
    seed();
    ActivityDraft call;
    call.kind = ActivityKind::Call;
    call.subject = u"اتصال متابعة"_s;
    call.targetType = u"contact"_s;
    call.targetId = m_latin;
    auto activity = m_fixture.store().activities().log(call);
    OMNICRM_VERIFY_OK(activity);

    m_page = std::make_unique<DuplicatesPage>(m_fixture.store());
    m_page->resize(1200, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QVERIFY(scan());
    const int row = rowOf(m_arabic, m_latin);
    QVERIFY(row >= 0);
    m_page->setCurrentRow(row);
    QSignalSpy shown(m_page.get(), &DuplicatesPage::previewShown);
    m_page->chooseSurvivor(m_arabic); // the user keeps the Arabic record
    QTRY_COMPARE(m_page->review()->survivorId(), m_arabic);

    QSignalSpy merged(m_page.get(), &DuplicatesPage::mergeFinished);
    m_page->queueView()->setFocus();
    QTest::keyClick(m_page->queueView(), Qt::Key_M);
    QVERIFY(merged.wait(10000));
    QVERIFY2(merged.first().first().toBool(), qPrintable(m_page->errorText()));
    ContactService &contacts = m_fixture.store().contacts();
    QVERIFY(contacts.find(m_arabic)->meta.isAlive());
    QVERIFY(!contacts.find(m_latin)->meta.isAlive()); // one contact left of the two
    QCOMPARE(m_fixture.store().activities().find(*activity)->targetId, m_arabic);
    QCOMPARE(m_page->undoableMerges().size(), 1);
    QTRY_COMPARE(rowOf(m_arabic, m_latin), -1);

    QSignalSpy undone(m_page.get(), &DuplicatesPage::undoFinished);
    QTest::keyClick(m_page->queueView(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(undone.wait(10000));
    QVERIFY2(undone.first().first().toBool(), qPrintable(m_page->errorText()));
    QVERIFY(contacts.find(m_arabic)->meta.isAlive());
    QVERIFY(contacts.find(m_latin)->meta.isAlive());
    QCOMPARE(contacts.find(m_latin)->fullName, u"Mohammed Al-Otaibi"_s);
    QCOMPARE(m_fixture.store().activities().find(*activity)->targetId, m_latin);
    QVERIFY(m_page->undoableMerges().isEmpty());
    QTRY_VERIFY(rowOf(m_arabic, m_latin) >= 0); // back in the queue for review
}

void tst_DuplicatesPage::notADuplicateIsNotProposedAgain()
{
    seed(true);
    m_page = std::make_unique<DuplicatesPage>(m_fixture.store());
    m_page->resize(1200, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QVERIFY(scan());
    const int row = rowOf(m_arabic, m_latin);
    QVERIFY(row >= 0);
    QVERIFY(rowOf(m_otherA, m_otherB) >= 0);
    m_page->setCurrentRow(row);
    QSignalSpy dismissed(m_page.get(), &DuplicatesPage::dismissFinished);
    m_page->queueView()->setFocus();
    QTest::keyClick(m_page->queueView(), Qt::Key_N);
    QVERIFY(dismissed.wait(10000));
    QVERIFY(dismissed.first().first().toBool());
    QTRY_COMPARE(rowOf(m_arabic, m_latin), -1);

    QVERIFY(scan()); // a fresh scan still finds the pair, but the dismissal is remembered
    QCOMPARE(rowOf(m_arabic, m_latin), -1);
    QVERIFY(rowOf(m_otherA, m_otherB) >= 0);
    m_page.reset();
    auto again = std::make_unique<DuplicatesPage>(m_fixture.store()); // and survives a new page
    QSignalSpy loaded(again.get(), &DuplicatesPage::queueLoaded);
    again->activate();
    QVERIFY(loaded.wait(10000));
    QVERIFY(!again->queue().isEmpty());
    for (const DuplicateItem &item : again->queue()) {
        QVERIFY(item.candidate.recordA != m_arabic);
        QVERIFY(item.candidate.recordB != m_arabic);
    }
}

void tst_DuplicatesPage::autoMergeNeedsConfirmation()
{
    seed();
    m_page = std::make_unique<DuplicatesPage>(m_fixture.store());
    auto *box = m_page->findChild<QCheckBox *>(u"autoMerge"_s);
    QVERIFY(box);
    QVERIFY(!box->isChecked()); // off by default
    int asked = 0;
    m_page->setConfirmation([&](const QString &) {
        ++asked;
        return false;
    });
    box->click();
    QCOMPARE(asked, 1);
    QVERIFY(!box->isChecked());
    QVERIFY(scan());
    QVERIFY(m_page->undoableMerges().isEmpty()); // nothing merged behind the user's back
    const int row = rowOf(m_arabic, m_latin);
    QVERIFY(row >= 0);
    const bool aboveAuto = m_page->queue().at(row).candidate.probability >= DuplicatesPage::kAutoThreshold;

    m_page->setConfirmation([&](const QString &) {
        ++asked;
        return true;
    });
    box->click();
    QCOMPARE(asked, 2);
    QVERIFY(box->isChecked());
    QVERIFY(scan());
    // Switched on: a pair above the high threshold is merged (and undoable); one below it waits.
    QCOMPARE(m_page->undoableMerges().size(), aboveAuto ? 1 : 0);
    const bool oneLeft = m_fixture.store().contacts().find(m_arabic)->meta.isAlive()
        != m_fixture.store().contacts().find(m_latin)->meta.isAlive();
    QCOMPARE(oneLeft, aboveAuto);
}

void tst_DuplicatesPage::arrowsMoveThroughTheQueue()
{
    seed(true);
    m_page = std::make_unique<DuplicatesPage>(m_fixture.store());
    m_page->resize(1200, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QVERIFY(scan());
    QVERIFY(m_page->queue().size() >= 2);
    m_page->queueView()->setFocus();
    QCOMPARE(m_page->currentRow(), 0);
    QTest::keyClick(m_page->queueView(), Qt::Key_Down);
    QCOMPARE(m_page->currentRow(), 1);
    QTest::keyClick(m_page->queueView(), Qt::Key_Up);
    QCOMPARE(m_page->currentRow(), 0);
}

void tst_DuplicatesPage::mirrorsInRightToLeft_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::newRow("rtl") << Qt::RightToLeft;
    QTest::newRow("ltr") << Qt::LeftToRight;
}

void tst_DuplicatesPage::mirrorsInRightToLeft()
{
    QFETCH(Qt::LayoutDirection, direction);
    const Test::DirectionPass pass(direction);
    seed(true);
    m_page = std::make_unique<DuplicatesPage>(m_fixture.store());
    m_page->resize(1280, 760);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QVERIFY(scan());
    QSignalSpy shown(m_page.get(), &DuplicatesPage::previewShown);
    QVERIFY(shown.wait(10000));
    // The queue sits on the reading-start side: right in Arabic, left in English.
    const int queueX = m_page->queueView()->mapTo(m_page.get(), QPoint()).x();
    const int reviewX = m_page->review()->mapTo(m_page.get(), QPoint()).x();
    QCOMPARE(queueX > reviewX, direction == Qt::RightToLeft);
    Test::DirectionPass::shoot(m_page.get(), u"duplicates-review"_s);
}

QTEST_MAIN(tst_DuplicatesPage)
#include "tst_duplicatespage.moc"
