// The dashboard page shows DashboardService's figures and follows the store: winning a deal
// updates "won this month" and the open pipeline on its own (debounced). Its charts are laid out
// for the reading direction: in Arabic the stages run from right to left with the value axis on
// the right, and months carry Arabic names.
#include "chartpanel.h"
#include "dashboardpage.h"
#include "kpicard.h"
#include "pipelinetext.h"
#include "uitestsupport.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QDir>
#include <QSignalSpy>
#include <QTranslator>

#include "demoseeder.h"

using namespace OmniCrm;
using OmniCrm::Test::why;

class tst_DashboardPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void refreshesAfterADealIsWon();
    void chartsReadRightToLeftInArabic();
    void screenshots();

private:
    QString addDeal(const QString &title, int stage, qint64 amountMinor);
    std::unique_ptr<DashboardPage> openPage();

    Test::UiStoreFixture m_fixture;
    Pipeline m_pipeline;
    QLocale m_locale;
};

void tst_DashboardPage::init()
{
    const QString failed = m_fixture.create();
    QVERIFY2(failed.isEmpty(), why(failed));
    auto pipeline = m_fixture.store().pipelines().defaultPipeline();
    QVERIFY2(pipeline.ok(), why(pipeline));
    m_pipeline = *pipeline;
    m_locale = QLocale();
}

void tst_DashboardPage::cleanup()
{
    m_fixture.reset();
    QLocale::setDefault(m_locale);
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

QString tst_DashboardPage::addDeal(const QString &title, int stage, qint64 amountMinor)
{
    DealDraft draft;
    draft.title = title;
    draft.stageId = m_pipeline.stages.at(stage).meta.id;
    draft.amountMinor = amountMinor;
    auto id = m_fixture.store().deals().create(draft);
    return id ? *id : QString();
}

std::unique_ptr<DashboardPage> tst_DashboardPage::openPage()
{
    auto page = std::make_unique<DashboardPage>(m_fixture.store(), m_fixture.reader());
    page->setRefreshDelay(20);
    page->resize(1280, 900);
    QSignalSpy refreshed(page.get(), &DashboardPage::refreshed);
    page->show();
    page->activate();
    if (!refreshed.wait())
        return nullptr;
    return page;
}

void tst_DashboardPage::refreshesAfterADealIsWon()
{
    const QString id = addDeal(QStringLiteral("عقد توريد"), 3, 5000000); // 50,000 SAR in Negotiation
    QVERIFY(!id.isEmpty());
    auto page = openPage();
    QVERIFY(page);
    QCOMPARE(page->figures().wonThisMonthMinor, 0);
    QCOMPARE(page->wonCard()->value(), PipelineText::money(0, QStringLiteral("SAR")));
    QCOMPARE(page->openPipelineCard()->value(), PipelineText::money(5000000, QStringLiteral("SAR")));

    QSignalSpy refreshed(page.get(), &DashboardPage::refreshed);
    OMNICRM_VERIFY_OK(m_fixture.store().deals().moveToStage(id, m_pipeline.stages.at(4).meta.id));
    QVERIFY(refreshed.wait());
    QCOMPARE(page->figures().wonThisMonthMinor, 5000000);
    QCOMPARE(page->wonCard()->value(), PipelineText::money(5000000, QStringLiteral("SAR")));
    QCOMPARE(page->figures().wonByMonth.constLast().amountMinor, 5000000);
    QCOMPARE(page->openPipelineCard()->value(), QStringLiteral("—"));
    QCOMPARE(page->figures().openDeals, 0);

    // Several changes in a row make one refresh, not one each.
    page->setRefreshDelay(300);
    refreshed.clear();
    addDeal(QStringLiteral("a"), 0, 100);
    addDeal(QStringLiteral("b"), 0, 100);
    addDeal(QStringLiteral("c"), 0, 100);
    QVERIFY(refreshed.wait());
    m_fixture.reader().drain();
    QCoreApplication::processEvents();
    QCOMPARE(refreshed.count(), 1);
    QCOMPARE(page->figures().openDeals, 3);

    // Hidden, it waits for the next time it is shown.
    page->hide();
    refreshed.clear();
    addDeal(QStringLiteral("d"), 0, 100);
    QVERIFY(!page->refreshPending());
    QCOMPARE(refreshed.count(), 0);
    page->show();
    page->activate();
    QVERIFY(refreshed.wait());
    QCOMPARE(page->figures().openDeals, 4);
}

void tst_DashboardPage::chartsReadRightToLeftInArabic()
{
    addDeal(QStringLiteral("one"), 0, 100000);
    addDeal(QStringLiteral("two"), 2, 300000);
    QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::SaudiArabia));
    QApplication::setLayoutDirection(Qt::RightToLeft);
    auto page = openPage();
    QVERIFY(page);
    QCOMPARE(page->layoutDirection(), Qt::RightToLeft);

    QStringList stages;
    for (int i = 0; i < 4; ++i)
        stages.append(m_pipeline.stages.at(i).nameAr);
    QStringList reversed = stages;
    std::reverse(reversed.begin(), reversed.end());
    ChartPanel *byStage = page->stageChart();
    QCOMPARE(byStage->drawnCategories(), reversed); // the first stage on the right
    QCOMPARE(byStage->valueAxisSide(), Qt::AlignRight);
    const auto categoryAxes = byStage->chart()->axes(Qt::Horizontal);
    QCOMPARE(categoryAxes.size(), 1);
    QCOMPARE(qobject_cast<QBarCategoryAxis *>(categoryAxes.at(0))->categories(), reversed);
    QCOMPARE(byStage->chart()->axes(Qt::Vertical).at(0)->alignment(), Qt::AlignRight);

    // Twelve months, this month on the far left, in Arabic.
    ChartPanel *byMonth = page->monthChart();
    const QStringList months = byMonth->drawnCategories();
    QCOMPARE(months.size(), 12);
    const QString thisMonth
        = QLocale().standaloneMonthName(QDate::currentDate().month(), QLocale::ShortFormat);
    QVERIFY2(months.constFirst().startsWith(thisMonth), qPrintable(months.constFirst()));
    QVERIFY(std::any_of(thisMonth.begin(), thisMonth.end(),
                        [](QChar c) { return c.script() == QChar::Script_Arabic; }));

    // English: the same charts read left to right.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QApplication::setLayoutDirection(Qt::LeftToRight);
    QSignalSpy refreshed(page.get(), &DashboardPage::refreshed);
    page->refresh();
    QVERIFY(refreshed.wait());
    QStringList english;
    for (int i = 0; i < 4; ++i)
        english.append(m_pipeline.stages.at(i).nameEn);
    QCOMPARE(byStage->drawnCategories(), english);
    QCOMPARE(byStage->valueAxisSide(), Qt::AlignLeft);
    QVERIFY(byMonth->drawnCategories().constLast().startsWith(
        QLocale().standaloneMonthName(QDate::currentDate().month(), QLocale::ShortFormat)));
}

void tst_DashboardPage::screenshots()
{
    // On demand only: OMNICRM_SCREENSHOTS=<folder> saves the dashboard in Arabic and English.
    const QString folder = qEnvironmentVariable("OMNICRM_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("set OMNICRM_SCREENSHOTS to a folder to save screenshots");
    SeedOptions options;
    options.contacts = 80;
    options.companies = 20;
    options.deals = 120;
    options.leads = 60;
    options.activities = 80;
    auto seeded = DemoSeeder(m_fixture.store()).seed(options);
    QVERIFY2(seeded.ok(), why(seeded));
    // Won deals spread over the past year, through the service with their closing time.
    const QDateTime now = QDateTime::currentDateTime();
    for (int back = 0; back < 12; ++back) {
        for (int k = 0; k < 1 + (back * 7) % 4; ++k) {
            DealDraft draft;
            draft.title = QStringLiteral("صفقة مكسوبة %1-%2").arg(back).arg(k);
            draft.stageId = m_pipeline.stages.at(4).meta.id;
            draft.amountMinor = qint64(20000 + ((back * 37 + k * 11) % 9) * 15000) * 100;
            auto deal = m_fixture.store().deals().validate(draft);
            QVERIFY2(deal.ok(), why(deal));
            deal->closedAt = DashboardService::monthStart(now, back).addDays(3 + k).toMSecsSinceEpoch();
            deal->stageChangedAt = *deal->closedAt;
            OMNICRM_VERIFY_OK(inUnitOfWork(m_fixture.store().changeLog(), [&](UnitOfWork &work) -> Status {
                auto rowId = m_fixture.store().deals().insert(*deal, work);
                return rowId ? Status() : Status(rowId.error());
            }));
        }
    }
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
        const QString tag = language == QLocale::Arabic ? QStringLiteral("ar") : QStringLiteral("en");
        for (int i = 0; i < 3; ++i) // charts lay their axes out on the scene's next turns
            QCoreApplication::processEvents();
        QVERIFY(page->grab().save(QDir(folder).filePath(QStringLiteral("dashboard-%1.png").arg(tag))));
    }
}

QTEST_MAIN(tst_DashboardPage)
#include "tst_dashboardpage.moc"
