// The Deals page drives real widgets on a real store: a card moves a stage by Ctrl+arrow (the way
// the layout reads, in English and in Arabic) and by a drop, and each move is in the stage-change
// log; lost asks for a reason and will not go without one, won takes an optional one as a note;
// an old deal wears the stale marker; a long column shows more by keyset; the table opens the
// form; showRecord finds a card deep in its column; and the board follows changes made elsewhere.
#include "boardcolumn.h"
#include "deallistsource.h"
#include "pipelinepage.h"
#include "pipelinetestsupport.h"
#include "pipelinetext.h"
#include "recordlistmodel.h"
#include "stagereasondialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QToolButton>
#include <QTranslator>

#include "demoseeder.h"

using namespace OmniCrm;
using OmniCrm::Test::why;

namespace {

/// Records what the page asked of the forms.
class FakeEditor final : public RecordEditor
{
public:
    void create(RecordKind kind, QWidget *, const QVariantMap &prefill) override
    {
        created.append({ kind, prefill });
    }
    void edit(RecordKind kind, const QString &id, QWidget *) override { edited.append({ kind, id }); }
    void convertLead(const QString &, QWidget *) override { }

    QList<std::pair<RecordKind, QVariantMap>> created;
    QList<std::pair<RecordKind, QString>> edited;
};

} // namespace

class tst_PipelinePage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void ctrlArrowMovesByStageAndLogsIt();
    void dropMovesAndLogsIt();
    void lostNeedsAReason();
    void wonTakesAnOptionalReason();
    void oldDealIsMarkedStale();
    void longColumnShowsMoreByKeyset();
    void tableOpensTheFormAndSortsByTitle();
    void showRecordFindsADeepCard();
    void followsChangesMadeElsewhere();
    void screenshots();

private:
    /// A shown page with its first snapshot loaded.
    std::unique_ptr<PipelinePage> openPage();
    Stage stage(int index) const { return m_pipeline.stages.at(index); }
    BoardColumn *column(PipelinePage &page, int index) const { return page.board()->column(index); }
    /// The logged stage changes of a deal, as (from, to) stage ids, oldest first.
    QList<std::pair<QString, QString>> log(const QString &dealId);

    Test::UiStoreFixture m_fixture;
    Pipeline m_pipeline;
    FakeEditor m_editor;
};

void tst_PipelinePage::init()
{
    const QString failed = m_fixture.create();
    QVERIFY2(failed.isEmpty(), why(failed));
    m_pipeline = Test::defaultPipeline(m_fixture.store());
    QCOMPARE(m_pipeline.stages.size(), 6);
    m_editor.created.clear();
    m_editor.edited.clear();
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

void tst_PipelinePage::cleanup()
{
    m_fixture.reset();
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

std::unique_ptr<PipelinePage> tst_PipelinePage::openPage()
{
    auto page = std::make_unique<PipelinePage>(m_fixture.store(), m_fixture.reader(), &m_editor);
    page->resize(1500, 800);
    QSignalSpy loaded(page.get(), &PipelinePage::boardLoaded);
    page->show();
    page->activate();
    if (!loaded.wait())
        return nullptr;
    return page;
}

QList<std::pair<QString, QString>> tst_PipelinePage::log(const QString &dealId)
{
    QList<std::pair<QString, QString>> changes;
    auto logged = m_fixture.store().deals().stageChanges(dealId);
    if (logged) {
        for (const StageChange &change : *logged)
            changes.append({ change.fromStageId, change.toStageId });
    }
    return changes;
}

void tst_PipelinePage::ctrlArrowMovesByStageAndLogsIt()
{
    const QString id = Test::insertDeal(m_fixture.store(), QStringLiteral("توريد طابعات"), stage(0));
    auto page = openPage();
    QVERIFY(page);
    QCOMPARE(page->board()->columnCount(), 6);
    CardListView *cards = column(*page, 0)->view();
    QCOMPARE(cards->model()->rowCount(), 1);
    cards->setCurrentIndex(cards->model()->index(0, 0));

    // English: Ctrl+→ is the next stage.
    QSignalSpy moved(page.get(), &PipelinePage::dealMoved);
    QTest::keyClick(cards, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(m_fixture.store().deals().find(id)->stageId, stage(1).meta.id);
    QCOMPARE(log(id).constLast(), std::pair(stage(0).meta.id, stage(1).meta.id));
    // The card follows to its new column and stays the current one, so the keys go on working.
    QTRY_COMPARE(column(*page, 1)->model()->rowOf(id), 0);
    QTRY_COMPARE(column(*page, 1)->view()->currentDealId(), id);
    QCOMPARE(column(*page, 0)->model()->rowCount(), 0);

    // Arabic: the board reads right to left, so Ctrl+← is the next stage and Ctrl+→ the previous.
    page->setLayoutDirection(Qt::RightToLeft);
    cards = column(*page, 1)->view();
    QTest::keyClick(cards, Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(m_fixture.store().deals().find(id)->stageId, stage(2).meta.id);
    QTRY_COMPARE(column(*page, 2)->view()->currentDealId(), id);
    QTest::keyClick(column(*page, 2)->view(), Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(m_fixture.store().deals().find(id)->stageId, stage(1).meta.id);

    const auto changes = log(id);
    QCOMPARE(changes.size(), 4); // created in 0, then 0→1, 1→2, 2→1
    QCOMPARE(changes.at(1), std::pair(stage(0).meta.id, stage(1).meta.id));
    QCOMPARE(changes.at(2), std::pair(stage(1).meta.id, stage(2).meta.id));
    QCOMPARE(changes.at(3), std::pair(stage(2).meta.id, stage(1).meta.id));
    // Each move also left its row in the sync outbox.
    QVERIFY(m_fixture.store().changeLog().pendingCount().value() > 0);
}

void tst_PipelinePage::dropMovesAndLogsIt()
{
    const QString id = Test::insertDeal(m_fixture.store(), QStringLiteral("Fleet tracking"), stage(0));
    auto page = openPage();
    QVERIFY(page);
    StageCardModel *from = column(*page, 0)->model();
    CardListView *target = column(*page, 3)->view();
    std::unique_ptr<QMimeData> payload(from->mimeData({ from->index(0, 0) }));
    QVERIFY(payload);

    // What a mouse drop delivers to the target column's viewport.
    QSignalSpy moved(page.get(), &PipelinePage::dealMoved);
    const QPoint at = target->viewport()->rect().center();
    QDragEnterEvent enter(at, Qt::MoveAction, payload.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target->viewport(), &enter);
    QVERIFY2(enter.isAccepted(), "the column refuses a card from another stage");
    QVERIFY(column(*page, 3)->property("dropTarget").toBool()); // highlighted while hovering
    QDragMoveEvent move(at, Qt::MoveAction, payload.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target->viewport(), &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(at, Qt::MoveAction, payload.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target->viewport(), &drop);
    QVERIFY(moved.wait());
    QVERIFY(!column(*page, 3)->property("dropTarget").toBool());
    QCOMPARE(m_fixture.store().deals().find(id)->stageId, stage(3).meta.id);
    QCOMPARE(log(id).constLast(), std::pair(stage(0).meta.id, stage(3).meta.id));
    QTRY_COMPARE(column(*page, 3)->model()->rowOf(id), 0);

    // Back to its own column: refused.
    std::unique_ptr<QMimeData> again(
        column(*page, 3)->model()->mimeData({ column(*page, 3)->model()->index(0, 0) }));
    QDragEnterEvent ownEnter(at, Qt::MoveAction, again.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target->viewport(), &ownEnter);
    QVERIFY(!column(*page, 3)->property("dropTarget").toBool());
    QDragMoveEvent ownMove(at, Qt::MoveAction, again.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target->viewport(), &ownMove);
    QVERIFY2(!ownMove.isAccepted(), "a column takes its own card");
}

void tst_PipelinePage::lostNeedsAReason()
{
    const QString id = Test::insertDeal(m_fixture.store(), QStringLiteral("عقد صيانة"), stage(3));
    auto page = openPage();
    QVERIFY(page);
    page->requestMove(id, stage(5).meta.id);
    StageReasonDialog *dialog = page->pendingReasonDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->reasonRequired());
    QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
    QVERIFY2(!ok->isEnabled(), "lost without a reason can be confirmed");
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("reasonHint"))->isVisibleTo(dialog));
    QTest::mouseClick(ok, Qt::LeftButton);
    QTest::keyClick(dialog->reasonBox(), Qt::Key_Return); // Enter with no reason does not close it
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_fixture.store().deals().find(id)->stageId, stage(3).meta.id);
    QCOMPARE(log(id).size(), 1);

    const QString reason = QStringLiteral("السعر أعلى من المنافس");
    Test::typeText(dialog->reasonBox()->lineEdit(), reason);
    QVERIFY(ok->isEnabled());
    QSignalSpy moved(page.get(), &PipelinePage::dealMoved);
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(moved.count(), 1);
    const Deal deal = m_fixture.store().deals().find(id).value();
    QCOMPARE(deal.stageId, stage(5).meta.id);
    QCOMPARE(deal.lostReason, reason);
    QVERIFY(deal.closedAt.has_value());
    QCOMPARE(log(id).constLast(), std::pair(stage(3).meta.id, stage(5).meta.id));
    QTRY_VERIFY(!page->pendingReasonDialog());
}

void tst_PipelinePage::wonTakesAnOptionalReason()
{
    const QString quiet = Test::insertDeal(m_fixture.store(), QStringLiteral("won quietly"), stage(3));
    const QString noted = Test::insertDeal(m_fixture.store(), QStringLiteral("won with a note"), stage(3));
    auto page = openPage();
    QVERIFY(page);

    // Cancel leaves the deal where it was.
    page->requestMove(quiet, stage(4).meta.id);
    QVERIFY(page->pendingReasonDialog());
    page->pendingReasonDialog()->buttons()->button(QDialogButtonBox::Cancel)->click();
    QTRY_VERIFY(!page->pendingReasonDialog());
    QCOMPARE(m_fixture.store().deals().find(quiet)->stageId, stage(3).meta.id);

    // No reason: fine for won.
    page->requestMove(quiet, stage(4).meta.id);
    StageReasonDialog *dialog = page->pendingReasonDialog();
    QVERIFY(dialog && !dialog->reasonRequired());
    QVERIFY(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(m_fixture.store().deals().find(quiet)->stageId, stage(4).meta.id);
    QVERIFY(m_fixture.store().deals().find(quiet)->closedAt.has_value());
    QCOMPARE(log(quiet).constLast(), std::pair(stage(3).meta.id, stage(4).meta.id));
    QVERIFY(m_fixture.store().activities().timeline(QStringLiteral("deal"), quiet)->isEmpty());

    // A reason picked from the list goes on the deal's timeline.
    QTRY_VERIFY(!page->pendingReasonDialog());
    page->requestMove(noted, stage(4).meta.id);
    dialog = page->pendingReasonDialog();
    QVERIFY(dialog);
    dialog->reasonBox()->setCurrentIndex(1);
    const QString reason = dialog->reason();
    QVERIFY(!reason.isEmpty());
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(m_fixture.store().deals().find(noted)->stageId, stage(4).meta.id);
    const auto timeline = m_fixture.store().activities().timeline(QStringLiteral("deal"), noted);
    QVERIFY2(timeline.ok(), why(timeline));
    QCOMPARE(timeline->size(), 1);
    QCOMPARE(timeline->at(0).kind, ActivityKind::Note);
    QVERIFY(timeline->at(0).subject.contains(reason));
}

void tst_PipelinePage::oldDealIsMarkedStale()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Negotiation goes stale after 7 days.
    const Stage negotiation = stage(3);
    QCOMPARE(negotiation.staleAfterDays.value_or(-1), 7);
    const QString old = Test::insertDeal(m_fixture.store(), QStringLiteral("waiting"), negotiation, 100000,
                                         now - 10 * Test::kDayMs);
    const QString fresh
        = Test::insertDeal(m_fixture.store(), QStringLiteral("moving"), negotiation, 100000, now);
    // A deal moved into the stage long ago through the service's own clock parameter.
    const QString moved = Test::insertDeal(m_fixture.store(), QStringLiteral("moved long ago"), stage(0));
    OMNICRM_VERIFY_OK(inUnitOfWork(m_fixture.store().changeLog(), [&](UnitOfWork &work) {
        return m_fixture.store().deals().moveToStageIn(moved, negotiation.meta.id, {}, {},
                                                       now - 30 * Test::kDayMs, work);
    }));
    auto page = openPage();
    QVERIFY(page);
    StageCardModel *cards = column(*page, 3)->model();
    QCOMPARE(cards->rowCount(), 3);
    const auto stale = [&](const QString &id) {
        return cards->index(cards->rowOf(id), 0).data(StageCardModel::StaleRole).toBool();
    };
    QVERIFY(stale(old));
    QVERIFY(stale(moved));
    QVERIFY(!stale(fresh));
    QCOMPARE(cards->index(cards->rowOf(moved), 0).data(StageCardModel::DaysInStageRole).toInt(), 30);
    // The marker is drawn: the stale card carries the warning colour, the fresh one none of it.
    CardListView *view = column(*page, 3)->view();
    view->doItemsLayout(); // the view lays cards out lazily, on its next turn of the event loop
    const QImage shot = view->viewport()->grab().toImage();
    const auto warningPixels = [&](const QString &id) {
        const QRect card = view->visualRect(cards->index(cards->rowOf(id), 0)).intersected(shot.rect());
        int count = 0;
        for (int y = card.top(); y <= card.bottom(); ++y) {
            for (int x = card.left(); x <= card.right(); ++x) {
                const QColor c = shot.pixelColor(x, y);
                if (std::abs(c.red() - 0xc2) < 24 && std::abs(c.green() - 0x41) < 24
                    && std::abs(c.blue() - 0x0c) < 24)
                    ++count;
            }
        }
        return count;
    };
    QVERIFY2(warningPixels(old) > 50, "the stale card shows no marker");
    QCOMPARE(warningPixels(fresh), 0);
}

void tst_PipelinePage::longColumnShowsMoreByKeyset()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < StageCardModel::kPage + 12; ++i)
        QVERIFY(!Test::insertDeal(m_fixture.store(), QStringLiteral("deal %1").arg(i), stage(1), 1000,
                                  now - i * 1000)
                     .isEmpty());
    auto page = openPage();
    QVERIFY(page);
    BoardColumn *qualification = column(*page, 1);
    QCOMPARE(qualification->dealCount(), StageCardModel::kPage + 12);
    // The view may have asked for more on its own while filling; without it, 50 are loaded.
    QTRY_VERIFY(!qualification->model()->isLoading());
    if (qualification->model()->rowCount() == StageCardModel::kPage) {
        QPushButton *more = qualification->showMoreButton();
        QVERIFY(more->isVisibleTo(qualification));
        QVERIFY(more->text().contains(QLocale().toString(12)));
        QTest::mouseClick(more, Qt::LeftButton);
    }
    QTRY_COMPARE(qualification->model()->rowCount(), StageCardModel::kPage + 12);
    QVERIFY(!qualification->showMoreButton()->isVisibleTo(qualification));
    QCOMPARE(qualification->model()->index(0, 0).data(StageCardModel::TitleRole).toString(),
             QStringLiteral("deal 0"));
    QCOMPARE(qualification->model()
                 ->index(StageCardModel::kPage + 11, 0)
                 .data(StageCardModel::TitleRole)
                 .toString(),
             QStringLiteral("deal 61"));

    // A reload keeps what was loaded rather than falling back to the first page.
    QSignalSpy loaded(page.get(), &PipelinePage::boardLoaded);
    page->reload();
    QVERIFY(loaded.wait());
    QCOMPARE(qualification->model()->rowCount(), StageCardModel::kPage + 12);
}

void tst_PipelinePage::tableOpensTheFormAndSortsByTitle()
{
    const QString b = Test::insertDeal(m_fixture.store(), QStringLiteral("B deal"), stage(0));
    const QString a = Test::insertDeal(m_fixture.store(), QStringLiteral("A deal"), stage(2));
    const QString c = Test::insertDeal(m_fixture.store(), QStringLiteral("C deal"), stage(4));
    auto page = openPage();
    QVERIFY(page);
    page->findChild<QToolButton *>(QStringLiteral("tableView"))->click();
    QCOMPARE(page->view(), PipelinePage::View::Table);
    QVERIFY(page->table()->isVisible());
    RecordListModel *model = page->tableModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model->rowCount(), 3);
    QCOMPARE(model->idAt(0), a);
    QCOMPARE(model->idAt(2), c);
    QCOMPARE(model->index(2, DealListSource::Stage).data().toString(), stage(4).nameEn);

    page->table()->sortByColumn(DealListSource::Title, Qt::DescendingOrder);
    QTRY_COMPARE(model->idAt(0), c);
    QTRY_VERIFY(!model->isLoading());
    QCOMPARE(model->idAt(2), a);

    // Enter on a row opens the deal's form.
    page->table()->setFocus();
    page->table()->setCurrentIndex(model->index(1, 0));
    QTest::keyClick(page->table(), Qt::Key_Return);
    QCOMPARE(m_editor.edited.size(), 1);
    QCOMPARE(m_editor.edited.at(0), std::pair(RecordKind::Deal, b));

    // "New deal" asks for a deal form in this pipeline.
    page->findChild<QToolButton *>(QStringLiteral("newDeal"))->click();
    QCOMPARE(m_editor.created.size(), 1);
    QCOMPARE(m_editor.created.at(0).first, RecordKind::Deal);
    QCOMPARE(m_editor.created.at(0).second.value(QStringLiteral("pipeline_id")).toString(),
             m_pipeline.meta.id);

    // Back on the board, Enter on a card opens its form too.
    page->setView(PipelinePage::View::Board);
    CardListView *cards = column(*page, 0)->view();
    cards->setCurrentIndex(cards->model()->index(0, 0));
    QTest::keyClick(cards, Qt::Key_Return);
    QCOMPARE(m_editor.edited.constLast(), std::pair(RecordKind::Deal, b));
}

void tst_PipelinePage::showRecordFindsADeepCard()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QString deepest;
    for (int i = 0; i < 2 * StageCardModel::kPage + 5; ++i)
        deepest = Test::insertDeal(m_fixture.store(), QStringLiteral("deal %1").arg(i), stage(2), 1000,
                                   now - i * 1000);
    auto page = openPage();
    QVERIFY(page);
    BoardColumn *proposal = column(*page, 2);
    QVERIFY(proposal->model()->rowOf(deepest) < 0); // beyond the first page
    QVERIFY(!page->showRecord(RecordKind::Contact, deepest));
    QSignalSpy loaded(page.get(), &PipelinePage::boardLoaded);
    QVERIFY(page->showRecord(RecordKind::Deal, deepest));
    QVERIFY(loaded.wait());
    QVERIFY(proposal->model()->rowOf(deepest) >= 0);
    QCOMPARE(proposal->view()->currentDealId(), deepest);
    QVERIFY(proposal->view()->viewport()->rect().intersects(
        proposal->view()->visualRect(proposal->model()->index(proposal->model()->rowOf(deepest), 0))));
    // The rest of the column still pages on from there.
    QTRY_VERIFY(!proposal->model()->isLoading());
    proposal->model()->fetchMore({});
    QTRY_COMPARE(proposal->model()->rowCount(), 2 * StageCardModel::kPage + 5);
}

void tst_PipelinePage::followsChangesMadeElsewhere()
{
    auto page = openPage();
    QVERIFY(page);
    QCOMPARE(column(*page, 0)->model()->rowCount(), 0);
    // A form saved a new deal through the service: the board shows it without being asked.
    DealDraft draft;
    draft.title = QStringLiteral("من النموذج");
    draft.amountMinor = 2500000;
    auto id = m_fixture.store().deals().create(draft);
    QVERIFY2(id.ok(), why(id));
    QTRY_COMPARE(column(*page, 0)->model()->rowCount(), 1);
    QVERIFY(column(*page, 0)
                ->findChild<QLabel *>(QStringLiteral("stageTotals"))
                ->text()
                .contains(QLocale().toString(25000)));
    // Moved by someone else (another page, the CLI through the service): the board follows.
    OMNICRM_VERIFY_OK(m_fixture.store().deals().moveToStage(*id, stage(2).meta.id));
    QTRY_COMPARE(column(*page, 2)->model()->rowOf(*id), 0);
    QCOMPARE(column(*page, 0)->model()->rowCount(), 0);
    // Removed: gone from the board.
    OMNICRM_VERIFY_OK(m_fixture.store().deals().remove(*id));
    QTRY_COMPARE(column(*page, 2)->model()->rowCount(), 0);
    // A form's save of a contact may rename a card's party: the board reads again.
    QSignalSpy loaded(page.get(), &PipelinePage::boardLoaded);
    Q_EMIT m_editor.saved(RecordKind::Contact, QStringLiteral("someone"));
    QVERIFY(loaded.wait());
}

void tst_PipelinePage::screenshots()
{
    // On demand only: OMNICRM_SCREENSHOTS=<folder> saves the board and the table in Arabic and
    // English over demo data, for people to look at.
    const QString folder = qEnvironmentVariable("OMNICRM_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("set OMNICRM_SCREENSHOTS to a folder to save screenshots");
    SeedOptions options;
    options.contacts = 60;
    options.companies = 20;
    options.deals = 90;
    options.leads = 10;
    options.activities = 20;
    auto seeded = DemoSeeder(m_fixture.store()).seed(options);
    QVERIFY2(seeded.ok(), why(seeded));
    // Some deals waiting long enough to be stale.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Test::insertDeal(m_fixture.store(), QStringLiteral("توريد أثاث مكتبي لفرع الخبر"), stage(3), 4500000,
                     now - 12 * Test::kDayMs);
    Test::insertDeal(m_fixture.store(), QStringLiteral("Annual support renewal"), stage(1), 1800000,
                     now - 21 * Test::kDayMs);
    const QLocale original;
    for (const auto &[language, direction] :
         { std::pair(QLocale::Arabic, Qt::RightToLeft), std::pair(QLocale::English, Qt::LeftToRight) }) {
        QLocale::setDefault(
            QLocale(language, language == QLocale::Arabic ? QLocale::SaudiArabia : QLocale::UnitedStates));
        QApplication::setLayoutDirection(direction);
        // Arabic text from the app's catalogue, or from OMNICRM_QM (a catalogue being written).
        QTranslator arabic;
        if (language == QLocale::Arabic
            && arabic.load(qEnvironmentVariable("OMNICRM_QM", QStringLiteral(":/i18n/omnicrm_ar.qm"))))
            QCoreApplication::installTranslator(&arabic);
        auto page = openPage();
        QVERIFY(page);
        page->resize(1400, 820);
        const QString tag = language == QLocale::Arabic ? QStringLiteral("ar") : QStringLiteral("en");
        column(*page, 3)->view()->setCurrentIndex(column(*page, 3)->model()->index(0, 0));
        QTRY_VERIFY(column(*page, 0)->isVisible()); // columns show on the layout's next turn
        QCoreApplication::processEvents();
        QVERIFY(page->grab().save(QDir(folder).filePath(QStringLiteral("pipeline-board-%1.png").arg(tag))));
        page->setView(PipelinePage::View::Table);
        QTRY_VERIFY(page->tableModel()->rowCount() > 0);
        QCoreApplication::processEvents();
        QVERIFY(page->grab().save(QDir(folder).filePath(QStringLiteral("pipeline-table-%1.png").arg(tag))));
        page->setView(PipelinePage::View::Board);
        page->requestMove(column(*page, 3)->model()->card(0)->id, stage(5).meta.id);
        QVERIFY(page->pendingReasonDialog());
        QVERIFY(page->pendingReasonDialog()->grab().save(
            QDir(folder).filePath(QStringLiteral("pipeline-lost-%1.png").arg(tag))));
        page->pendingReasonDialog()->reject();
    }
    QLocale::setDefault(original);
}

QTEST_MAIN(tst_PipelinePage)
#include "tst_pipelinepage.moc"
