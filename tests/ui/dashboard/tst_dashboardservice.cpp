// DashboardService computes exact figures on a small known store: open pipeline per currency and
// per stage, won this month against last (and the change), twelve monthly buckets in the chosen
// currency, lead → deal conversion over the 90-day window, leads by source, and activities due
// today and overdue, with deleted and done rows left out. Times are set through the services
// (DealService::insert with a closing time, ActivityDraft::dueAt), never by SQL.
#include "crmtestsupport.h"

#include <QTimeZone>

using namespace OmniCrm;
using OmniCrm::Test::why;

namespace {
constexpr qint64 kHour = 3600LL * 1000;
constexpr qint64 kDay = 24 * kHour;
} // namespace

class tst_DashboardService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { m_fixture.close(); }
    void figuresOnKnownStore();
    void monthStartsFollowTheTimeZone();
    void emptyStoreHasNoRates();

private:
    Stage stage(int index) const { return m_pipeline.stages.at(index); }
    /// A deal inserted in stage `index`, closed at `closedAt` when the stage is won or lost.
    QString addDeal(const QString &title, int index, qint64 amountMinor, const QString &currency,
                    std::optional<qint64> closedAt = std::nullopt);
    QString addLead(const QString &name, const QString &source);
    QString addTask(const QString &subject, std::optional<qint64> dueAt);

    Test::StoreFixture m_fixture;
    Pipeline m_pipeline;
};

void tst_DashboardService::init()
{
    const QString failed = m_fixture.create();
    QVERIFY2(failed.isEmpty(), why(failed));
    auto pipeline = m_fixture->pipelines().defaultPipeline();
    QVERIFY2(pipeline.ok(), why(pipeline));
    m_pipeline = *pipeline;
    QCOMPARE(m_pipeline.stages.size(), 6); // Prospecting, Qualification, Proposal, Negotiation, Won, Lost
}

QString tst_DashboardService::addDeal(const QString &title, int index, qint64 amountMinor,
                                      const QString &currency, std::optional<qint64> closedAt)
{
    DealDraft draft;
    draft.title = title;
    draft.stageId = stage(index).meta.id;
    draft.amountMinor = amountMinor;
    draft.currency = currency;
    auto deal = m_fixture->deals().validate(draft);
    if (!deal)
        return {};
    deal->closedAt = closedAt;
    if (closedAt)
        deal->stageChangedAt = *closedAt;
    if (stage(index).type == StageType::Lost)
        deal->lostReason = QStringLiteral("السعر");
    const Status inserted = inUnitOfWork(m_fixture->changeLog(), [&](UnitOfWork &work) -> Status {
        auto rowId = m_fixture->deals().insert(*deal, work);
        return rowId ? Status() : Status(rowId.error());
    });
    return inserted ? deal->meta.id : QString();
}

QString tst_DashboardService::addLead(const QString &name, const QString &source)
{
    LeadDraft draft;
    draft.personName = name;
    draft.source = source;
    auto id = m_fixture->leads().create(draft);
    return id ? *id : QString();
}

QString tst_DashboardService::addTask(const QString &subject, std::optional<qint64> dueAt)
{
    ActivityDraft draft;
    draft.kind = ActivityKind::Task;
    draft.subject = subject;
    draft.targetType = QStringLiteral("deal");
    draft.targetId = QStringLiteral("any");
    draft.dueAt = dueAt;
    auto id = m_fixture->activities().log(draft);
    return id ? *id : QString();
}

void tst_DashboardService::figuresOnKnownStore()
{
    const QTimeZone riyadh(3 * 3600);
    const QDateTime start = QDateTime::currentDateTime().toTimeZone(riyadh);
    const qint64 thisMonth = DashboardService::monthStart(start, 0).toMSecsSinceEpoch();
    const qint64 lastMonth = DashboardService::monthStart(start, 1).toMSecsSinceEpoch();
    const qint64 fiveBack = DashboardService::monthStart(start, 5).toMSecsSinceEpoch();
    const qint64 twelveBack = DashboardService::monthStart(start, 12).toMSecsSinceEpoch();
    const QString sar = QStringLiteral("SAR");
    const QString usd = QStringLiteral("USD");

    // Open: 1,000.00 + 2,500.50 SAR in Prospecting, 10,000 SAR in Proposal, 500 USD in Negotiation.
    QVERIFY(!addDeal(QStringLiteral("توريد طابعات"), 0, 100000, sar).isEmpty());
    QVERIFY(!addDeal(QStringLiteral("Bulk order"), 0, 250050, sar).isEmpty());
    QVERIFY(!addDeal(QStringLiteral("عقد صيانة"), 2, 1000000, sar).isEmpty());
    QVERIFY(!addDeal(QStringLiteral("Fleet tracking"), 3, 50000, usd).isEmpty());
    // Won: 7,000 + 3,000 SAR and 200 USD this month, 4,000 last month, 1,500 five months ago, and
    // 9,999 twelve months ago (outside the twelve buckets). Lost this month: never counted as won.
    QVERIFY(!addDeal(QStringLiteral("won a"), 4, 700000, sar, thisMonth + kHour).isEmpty());
    QVERIFY(!addDeal(QStringLiteral("won b"), 4, 300000, sar, thisMonth + 2 * kHour).isEmpty());
    QVERIFY(!addDeal(QStringLiteral("won usd"), 4, 20000, usd, thisMonth + 3 * kHour).isEmpty());
    QVERIFY(!addDeal(QStringLiteral("won last month"), 4, 400000, sar, lastMonth + kDay).isEmpty());
    QVERIFY(!addDeal(QStringLiteral("won five back"), 4, 150000, sar, fiveBack + 3 * kDay).isEmpty());
    QVERIFY(!addDeal(QStringLiteral("won long ago"), 4, 999900, sar, twelveBack + kDay).isEmpty());
    QVERIFY(!addDeal(QStringLiteral("lost"), 5, 800000, sar, thisMonth + kHour).isEmpty());
    // A deleted open deal counts nowhere.
    const QString gone = addDeal(QStringLiteral("deleted"), 1, 500000, sar);
    QVERIFY(!gone.isEmpty());
    OMNICRM_VERIFY_OK(m_fixture->deals().remove(gone));

    // Leads: five in the window; one converted with a deal (a 0 SAR deal in Prospecting), one
    // converted without a deal: conversion to a deal is 1 of 5.
    const QString converted = addLead(QStringLiteral("سعد الحربي"), QStringLiteral("واتساب"));
    addLead(QStringLiteral("نورة"), QStringLiteral("واتساب"));
    const QString contactOnly = addLead(QStringLiteral("Omar"), QStringLiteral("Instagram"));
    addLead(QStringLiteral("Lina"), QStringLiteral("Instagram"));
    addLead(QStringLiteral("بدون مصدر"), QString());
    auto withDeal = m_fixture->leads().convert(converted);
    QVERIFY2(withDeal.ok(), why(withDeal));
    LeadConversion noDeal;
    noDeal.createDeal = false;
    auto withoutDeal = m_fixture->leads().convert(contactOnly, noDeal);
    QVERIFY2(withoutDeal.ok(), why(withoutDeal));

    // Activities, around the day of `now` in its own time zone.
    const QDateTime now = QDateTime::currentDateTime().toTimeZone(riyadh);
    const qint64 todayStart = now.date().startOfDay(riyadh).toMSecsSinceEpoch();
    const qint64 tomorrowStart = now.date().addDays(1).startOfDay(riyadh).toMSecsSinceEpoch();
    QVERIFY(!addTask(QStringLiteral("overdue 1"), todayStart - 1).isEmpty());
    QVERIFY(!addTask(QStringLiteral("overdue 3d"), todayStart - 3 * kDay).isEmpty());
    const QString doneOverdue = addTask(QStringLiteral("done"), todayStart - kDay);
    OMNICRM_VERIFY_OK(m_fixture->activities().complete(doneOverdue, now.toMSecsSinceEpoch()));
    QVERIFY(!addTask(QStringLiteral("today early"), todayStart).isEmpty());
    QVERIFY(!addTask(QStringLiteral("today late"), tomorrowStart - 1).isEmpty());
    QVERIFY(!addTask(QStringLiteral("tomorrow"), tomorrowStart).isEmpty());
    QVERIFY(!addTask(QStringLiteral("undated"), std::nullopt).isEmpty());

    DashboardQuery query;
    query.now = QDateTime::currentDateTime().toTimeZone(riyadh);
    query.currency = sar;
    auto figures = m_fixture->dashboard().compute(query);
    QVERIFY2(figures.ok(), why(figures));
    const DashboardFigures &f = *figures;

    QCOMPARE(f.openValue, (QList<CurrencyAmount> { { sar, 1350050, 4 }, { usd, 50000, 1 } }));
    QCOMPARE(f.openDeals, 5);

    QCOMPARE(f.pipelineStages.size(), 4); // the open stages only
    QCOMPARE(f.pipelineStages.at(0).stage.meta.id, stage(0).meta.id);
    QCOMPARE(f.pipelineStages.at(0).deals, 3); // with the converted lead's deal
    QCOMPARE(f.pipelineStages.at(0).amountMinor, 350050);
    QCOMPARE(f.pipelineStages.at(1).deals, 0);
    QCOMPARE(f.pipelineStages.at(1).amountMinor, 0);
    QCOMPARE(f.pipelineStages.at(2).amountMinor, 1000000);
    QCOMPARE(f.pipelineStages.at(3).deals, 1); // the USD deal: counted, not valued in SAR
    QCOMPARE(f.pipelineStages.at(3).amountMinor, 0);

    QCOMPARE(f.wonThisMonth, (QList<CurrencyAmount> { { sar, 1000000, 2 }, { usd, 20000, 1 } }));
    QCOMPARE(f.wonLastMonth, (QList<CurrencyAmount> { { sar, 400000, 1 } }));
    QCOMPARE(f.wonThisMonthMinor, 1000000);
    QCOMPARE(f.wonLastMonthMinor, 400000);
    QVERIFY(f.wonChangePercent.has_value());
    QCOMPARE(*f.wonChangePercent, 150.0);

    QCOMPARE(f.wonByMonth.size(), 12);
    QCOMPARE(f.wonByMonth.constLast().month, DashboardService::monthStart(query.now, 0).date());
    QCOMPARE(f.wonByMonth.constFirst().month, DashboardService::monthStart(query.now, 11).date());
    for (int i = 0; i < 12; ++i) {
        const qint64 expected = i == 11 ? 1000000 : i == 10 ? 400000 : i == 6 ? 150000 : 0;
        QVERIFY2(f.wonByMonth.at(i).amountMinor == expected,
                 qPrintable(QStringLiteral("month %1: %2").arg(i).arg(f.wonByMonth.at(i).amountMinor)));
        QCOMPARE(f.wonByMonth.at(i).month.day(), 1);
    }

    QCOMPARE(f.leadsCreated, 5);
    QCOMPARE(f.leadsConverted, 1);
    QVERIFY(f.conversionPercent.has_value());
    QCOMPARE(*f.conversionPercent, 20.0);
    QCOMPARE(f.leadsBySource.size(), 3);
    QCOMPARE(f.leadsBySource.at(0).source, QStringLiteral("Instagram"));
    QCOMPARE(f.leadsBySource.at(0).leads, 2);
    QCOMPARE(f.leadsBySource.at(1).source, QStringLiteral("واتساب"));
    QCOMPARE(f.leadsBySource.at(1).leads, 2);
    QCOMPARE(f.leadsBySource.at(2).source, QString());
    QCOMPARE(f.leadsBySource.at(2).leads, 1);

    QCOMPARE(f.activitiesOverdue, 2);
    QCOMPARE(f.activitiesDueToday, 2);

    // 91 days on, the same leads have left the window: no rate rather than 0 %.
    query.now = query.now.addDays(91);
    auto later = m_fixture->dashboard().compute(query);
    QVERIFY2(later.ok(), why(later));
    QCOMPARE(later->leadsCreated, 0);
    QVERIFY(!later->conversionPercent.has_value());
    QVERIFY(later->leadsBySource.isEmpty());
}

void tst_DashboardService::monthStartsFollowTheTimeZone()
{
    // 2026-03-31 22:30 UTC is already April 1st in Riyadh (UTC+3).
    const QDateTime utc(QDate(2026, 3, 31), QTime(22, 30), QTimeZone::utc());
    const QDateTime riyadh = utc.toTimeZone(QTimeZone(3 * 3600));
    QCOMPARE(DashboardService::monthStart(utc, 0).date(), QDate(2026, 3, 1));
    QCOMPARE(DashboardService::monthStart(riyadh, 0).date(), QDate(2026, 4, 1));
    QCOMPARE(DashboardService::monthStart(riyadh, 0).toMSecsSinceEpoch(),
             QDateTime(QDate(2026, 3, 31), QTime(21, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    QCOMPARE(DashboardService::monthStart(riyadh, 4).date(), QDate(2025, 12, 1));
    QCOMPARE(DashboardService::monthStart(riyadh, -1).date(), QDate(2026, 5, 1));
}

void tst_DashboardService::emptyStoreHasNoRates()
{
    DashboardQuery query;
    query.now = QDateTime::currentDateTime();
    auto figures = m_fixture->dashboard().compute(query);
    QVERIFY2(figures.ok(), why(figures));
    QVERIFY(figures->openValue.isEmpty());
    QCOMPARE(figures->openDeals, 0);
    QVERIFY(!figures->wonChangePercent.has_value());
    QVERIFY(!figures->conversionPercent.has_value());
    QCOMPARE(figures->wonByMonth.size(), 12);
    QCOMPARE(figures->pipelineStages.size(), 4);
}

QTEST_GUILESS_MAIN(tst_DashboardService)
#include "tst_dashboardservice.moc"
