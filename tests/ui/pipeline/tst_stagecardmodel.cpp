// StageCardModel holds one board column: the newest arrivals first, more cards by keyset on the
// reader thread without duplicates or gaps, days in stage and the stale marker from the stage's
// "stale after N days", and drag payloads that a column accepts only from another stage, turned
// into move requests (never into a move by the model itself). All under QAbstractItemModelTester.
#include "dealservice.h"
#include "pipelinetestsupport.h"
#include "stagecardmodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>

using namespace OmniCrm;
using OmniCrm::Test::why;

class tst_StageCardModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { m_fixture.reset(); }
    void pagesByKeysetNewestFirst();
    void staleAfterTheStagesDays();
    void dropFromAnotherStageRequestsAMove();
    void staleRule();
    void tiesAcrossPagesAreNotLost();

private:
    void loadFirstPage(StageCardModel &model, const Stage &stage, qint64 nowMs);
    Test::UiStoreFixture m_fixture;
    Pipeline m_pipeline;
};

void tst_StageCardModel::init()
{
    const QString failed = m_fixture.create();
    QVERIFY2(failed.isEmpty(), why(failed));
    m_pipeline = Test::defaultPipeline(m_fixture.store());
    QCOMPARE(m_pipeline.stages.size(), 6);
}

void tst_StageCardModel::loadFirstPage(StageCardModel &model, const Stage &stage, qint64 nowMs)
{
    auto page = m_fixture.store().deals().stageCards(stage.meta.id, std::nullopt, StageCardModel::kPage);
    QVERIFY2(page.ok(), why(page));
    model.reset(stage, page->rows, page->nextCursor, nowMs);
}

void tst_StageCardModel::pagesByKeysetNewestFirst()
{
    const Stage prospecting = m_pipeline.stages.at(0);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // 120 deals, deal i arrived i minutes ago; two share a time, so rowid breaks the tie.
    for (int i = 0; i < 120; ++i) {
        const qint64 at = now - qint64(i == 61 ? 60 : i) * 60000;
        QVERIFY(!Test::insertDeal(m_fixture.store(), QStringLiteral("صفقة %1").arg(i), prospecting, 1000, at)
                     .isEmpty());
    }
    Test::insertDeal(m_fixture.store(), QStringLiteral("elsewhere"), m_pipeline.stages.at(1));

    StageCardModel model(m_fixture.reader());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    loadFirstPage(model, prospecting, now);
    // The tester fetches more at every reset and insert: the whole stage arrives, page by page.
    QTRY_COMPARE(model.rowCount(), 120);
    QVERIFY(!model.canFetchMore({}));
    QSet<QString> seen;
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < model.rowCount(); ++row) {
        const DealCard *card = model.card(row);
        QVERIFY(card);
        QVERIFY2(!seen.contains(card->id), "a card appears twice");
        seen.insert(card->id);
        QVERIFY2(card->stageChangedAt <= previous, "cards are not newest first");
        previous = card->stageChangedAt;
        QCOMPARE(card->stageId, prospecting.meta.id);
    }
    QCOMPARE(model.index(0, 0).data(StageCardModel::TitleRole).toString(), QStringLiteral("صفقة 0"));
    QCOMPARE(model.rowOf(model.card(119)->id), 119);
}

void tst_StageCardModel::staleAfterTheStagesDays()
{
    const Stage prospecting = m_pipeline.stages.at(0); // stale after 14 days
    QCOMPARE(prospecting.staleAfterDays.value_or(-1), 14);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString old = Test::insertDeal(m_fixture.store(), QStringLiteral("قديمة"), prospecting, 1000,
                                         now - 20 * Test::kDayMs);
    const QString edge = Test::insertDeal(m_fixture.store(), QStringLiteral("edge"), prospecting, 1000,
                                          now - 14 * Test::kDayMs - 60000);
    const QString fresh
        = Test::insertDeal(m_fixture.store(), QStringLiteral("fresh"), prospecting, 1000, now);

    StageCardModel model(m_fixture.reader());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    loadFirstPage(model, prospecting, now);
    QCOMPARE(model.rowCount(), 3);
    const auto at = [&](const QString &id, int role) {
        return model.index(model.rowOf(id), 0).data(role);
    };
    QCOMPARE(at(old, StageCardModel::DaysInStageRole).toInt(), 20);
    QVERIFY(at(old, StageCardModel::StaleRole).toBool());
    QVERIFY(at(old, Qt::ToolTipRole).toString().contains(QStringLiteral("Stale")));
    QCOMPARE(at(edge, StageCardModel::DaysInStageRole).toInt(), 14);
    QVERIFY2(!at(edge, StageCardModel::StaleRole).toBool(), "14 days is not longer than 14 days");
    QCOMPARE(at(fresh, StageCardModel::DaysInStageRole).toInt(), 0);
    QVERIFY(!at(fresh, StageCardModel::StaleRole).toBool());

    // A deal that sat long in a won stage is closed, not stale.
    const Stage won = m_pipeline.stages.at(4);
    const QString closed
        = Test::insertDeal(m_fixture.store(), QStringLiteral("won"), won, 1000, now - 90 * Test::kDayMs);
    StageCardModel wonModel(m_fixture.reader());
    loadFirstPage(wonModel, won, now);
    QVERIFY(!wonModel.index(wonModel.rowOf(closed), 0).data(StageCardModel::StaleRole).toBool());
}

void tst_StageCardModel::dropFromAnotherStageRequestsAMove()
{
    const Stage from = m_pipeline.stages.at(0);
    const Stage to = m_pipeline.stages.at(2);
    const QString id = Test::insertDeal(m_fixture.store(), QStringLiteral("drag me"), from);
    StageCardModel source(m_fixture.reader());
    StageCardModel target(m_fixture.reader());
    loadFirstPage(source, from, QDateTime::currentMSecsSinceEpoch());
    loadFirstPage(target, to, QDateTime::currentMSecsSinceEpoch());
    QVERIFY(source.flags(source.index(0, 0)) & Qt::ItemIsDragEnabled);

    std::unique_ptr<QMimeData> payload(source.mimeData({ source.index(0, 0) }));
    QVERIFY(payload);
    QCOMPARE(StageCardModel::dealIds(payload.get()), QStringList { id });
    QVERIFY2(!source.canDropMimeData(payload.get(), Qt::MoveAction, -1, -1, {}),
             "a column takes its own card");
    QVERIFY(target.canDropMimeData(payload.get(), Qt::MoveAction, -1, -1, {}));

    QSignalSpy requested(&target, &StageCardModel::moveRequested);
    QVERIFY(target.dropMimeData(payload.get(), Qt::MoveAction, 0, 0, {}));
    QCOMPARE(requested.count(), 0); // later, outside the drag's own event loop
    QVERIFY(requested.wait());
    QCOMPARE(requested.at(0).at(0).toString(), id);
    QCOMPARE(requested.at(0).at(1).toString(), to.meta.id);
    // The model asked; nothing moved.
    QCOMPARE(m_fixture.store().deals().find(id)->stageId, from.meta.id);
}

void tst_StageCardModel::staleRule()
{
    Stage open;
    open.type = StageType::Open;
    open.staleAfterDays = 7;
    const qint64 now = 100 * Test::kDayMs;
    QCOMPARE(DealService::daysInStage(now - 7 * Test::kDayMs, now), 7);
    QVERIFY(!DealService::isStale(open, now - 7 * Test::kDayMs, now));
    QVERIFY(!DealService::isStale(open, now - 8 * Test::kDayMs + 1, now));
    QVERIFY(DealService::isStale(open, now - 8 * Test::kDayMs, now));
    open.staleAfterDays.reset();
    QVERIFY(!DealService::isStale(open, 0, now));
    QCOMPARE(DealService::daysInStage(now + 5, now), 0); // a clock behind the store is not negative
}

void tst_StageCardModel::tiesAcrossPagesAreNotLost()
{
    // Five deals arrived in the same millisecond with the same title: one-row pages must still
    // walk all of them, in the column's order and in the table's.
    const qint64 at = QDateTime::currentMSecsSinceEpoch() - 1000;
    QSet<QString> ids;
    for (int i = 0; i < 5; ++i)
        ids.insert(
            Test::insertDeal(m_fixture.store(), QStringLiteral("same"), m_pipeline.stages.at(0), 1000, at));
    const DealService &deals = m_fixture.store().deals();
    for (const bool byStage : { true, false }) {
        QSet<QString> seen;
        std::optional<Cursor> after;
        for (int page = 0; page < 10; ++page) {
            auto rows = byStage ? deals.stageCards(m_pipeline.stages.at(0).meta.id, after, 1)
                                : deals.cards(m_pipeline.meta.id, {}, after, 1);
            QVERIFY2(rows.ok(), why(rows));
            for (const DealCard &card : rows->rows)
                seen.insert(card.id);
            after = Cursor::decode(rows->nextCursor);
            if (!after)
                break;
        }
        QCOMPARE(seen, ids);
    }
}

QTEST_MAIN(tst_StageCardModel)
#include "tst_stagecardmodel.moc"
