#include "dashboardpage.h"

#include "chartpanel.h"
#include "errortext.h"
#include "kpicard.h"
#include "pipelinetext.h"
#include "uiicons.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

namespace OmniCrm {

namespace {
constexpr int kMaxSources = 6; // more slices than this read as noise; the rest become "Other"

const QList<QColor> &sourceColours()
{
    static const QList<QColor> colours { QColor(0x25, 0x63, 0xeb), QColor(0x16, 0xa3, 0x4a),
                                         QColor(0xf5, 0x9e, 0x0b), QColor(0x8b, 0x5c, 0xf6),
                                         QColor(0x0e, 0xa5, 0xe9), QColor(0xdb, 0x27, 0x77),
                                         QColor(0x94, 0xa3, 0xb8) };
    return colours;
}

QString percentText(double value, int decimals = 1)
{
    const QLocale locale;
    return locale.toString(value, 'f', decimals) + locale.percent();
}
} // namespace

DashboardPage::DashboardPage(CrmStore &store, BackgroundStore &reader, QWidget *parent)
    : ShellPage(parent)
    , m_store(store)
    , m_reader(reader)
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(12);

    auto *header = new QHBoxLayout;
    m_heading = new QLabel(content);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_updated = new QLabel(content);
    m_updated->setObjectName(QStringLiteral("dashboardUpdated"));
    m_updated->setEnabled(false);
    m_refresh = new QToolButton(content);
    m_refresh->setObjectName(QStringLiteral("refreshDashboard"));
    m_refresh->setIcon(uiIcon(QStringLiteral("view-refresh")));
    m_refresh->setAutoRaise(true);
    header->addWidget(m_heading);
    header->addStretch(1);
    header->addWidget(m_updated);
    header->addWidget(m_refresh);
    layout->addLayout(header);

    m_error = new QLabel(content);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fee2e2; color: #7f1d1d; border: 1px solid "
                                          "#f87171; border-radius: 6px; padding: 6px 10px; }"));
    layout->addWidget(m_error);

    auto *kpis = new QHBoxLayout;
    kpis->setSpacing(12);
    m_open = new KpiCard(QStringLiteral("view-financial-list"), content);
    m_won = new KpiCard(QStringLiteral("dialog-ok-apply"), content);
    m_conversion = new KpiCard(QStringLiteral("flag"), content);
    m_activities = new KpiCard(QStringLiteral("view-calendar-day"), content);
    m_open->setObjectName(QStringLiteral("kpiOpenPipeline"));
    m_won->setObjectName(QStringLiteral("kpiWon"));
    m_conversion->setObjectName(QStringLiteral("kpiConversion"));
    m_activities->setObjectName(QStringLiteral("kpiActivities"));
    for (KpiCard *card : { m_open, m_won, m_conversion, m_activities })
        kpis->addWidget(card, 1);
    layout->addLayout(kpis);

    auto *charts = new QGridLayout;
    charts->setSpacing(12);
    m_stageChart = new ChartPanel(content);
    m_stageChart->setObjectName(QStringLiteral("chartByStage"));
    m_sourceChart = new ChartPanel(content);
    m_sourceChart->setObjectName(QStringLiteral("chartBySource"));
    m_monthChart = new ChartPanel(content);
    m_monthChart->setObjectName(QStringLiteral("chartByMonth"));
    charts->addWidget(m_stageChart, 0, 0);
    charts->addWidget(m_sourceChart, 0, 1);
    charts->addWidget(m_monthChart, 1, 0, 1, 2);
    charts->setColumnStretch(0, 3);
    charts->setColumnStretch(1, 2);
    layout->addLayout(charts, 1);
    scroll->setWidget(content);
    outer->addWidget(scroll);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(400);
    connect(&m_debounce, &QTimer::timeout, this, &DashboardPage::refresh);
    connect(m_refresh, &QToolButton::clicked, this, &DashboardPage::refresh);
    auto *refreshKey = new QShortcut(QKeySequence::Refresh, this);
    refreshKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshKey, &QShortcut::activated, this, &DashboardPage::refresh);

    DealService &deals = m_store.deals();
    connect(&deals, &DealService::dealSaved, this, &DashboardPage::scheduleRefresh);
    connect(&deals, &DealService::dealMoved, this, &DashboardPage::scheduleRefresh);
    connect(&deals, &DealService::dealRemoved, this, &DashboardPage::scheduleRefresh);
    LeadService &leads = m_store.leads();
    connect(&leads, &LeadService::leadSaved, this, &DashboardPage::scheduleRefresh);
    connect(&leads, &LeadService::leadRemoved, this, &DashboardPage::scheduleRefresh);
    connect(&leads, &LeadService::leadConverted, this, &DashboardPage::scheduleRefresh);
    ActivityService &activities = m_store.activities();
    connect(&activities, &ActivityService::activitySaved, this, &DashboardPage::scheduleRefresh);
    connect(&activities, &ActivityService::activityRemoved, this, &DashboardPage::scheduleRefresh);

    retranslate();
}

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

QIcon DashboardPage::icon() const
{
    return uiIcon(QStringLiteral("view-statistics"));
}

void DashboardPage::activate()
{
    // "Today" moves on while the page sits hidden; figures older than a few minutes are redone.
    const bool old = !m_hasFigures || m_figures.computedAt.secsTo(QDateTime::currentDateTime()) > 5 * 60;
    if (m_dirty || old)
        refresh();
}

void DashboardPage::setCurrency(const QString &currency)
{
    if (currency == m_currency || currency.isEmpty())
        return;
    m_currency = currency;
    scheduleRefresh();
}

void DashboardPage::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    scheduleRefresh();
}

void DashboardPage::scheduleRefresh()
{
    m_dirty = true;
    if (isVisible())
        m_debounce.start();
}

void DashboardPage::refresh()
{
    m_debounce.stop();
    m_dirty = false;
    DashboardQuery query;
    query.now = m_zone ? QDateTime::currentDateTime().toTimeZone(*m_zone) : QDateTime::currentDateTime();
    query.currency = m_currency;
    const quint64 generation = ++m_generation;
    m_reader.run<Result<DashboardFigures>>(
        this, [query](CrmStore &store) { return store.dashboard().compute(query); },
        [this, generation](Result<DashboardFigures> figures) {
            if (generation != m_generation)
                return;
            if (!figures) {
                m_error->setText(ErrorText::describe(figures.error()));
                m_error->setVisible(true);
                return;
            }
            m_error->setVisible(false);
            m_figures = *figures;
            m_hasFigures = true;
            showFigures(m_figures);
            Q_EMIT refreshed();
        });
}

void DashboardPage::showFigures(const DashboardFigures &f)
{
    const QLocale locale;
    const QString currency = f.currency;

    m_open->setValue(PipelineText::totals(f.openValue));
    m_open->setDetail(tr("%1 open deals in every pipeline").arg(locale.toString(f.openDeals)));

    QString won = PipelineText::money(f.wonThisMonthMinor, currency);
    for (const CurrencyAmount &other : f.wonThisMonth) {
        if (other.currency != currency)
            won += QStringLiteral("\n+ ") + PipelineText::money(other.amountMinor, other.currency);
    }
    m_won->setValue(won);
    const QString lastMonth = tr("Last month: %1").arg(PipelineText::money(f.wonLastMonthMinor, currency));
    if (f.wonChangePercent) {
        const double change = *f.wonChangePercent;
        const QString sign = change > 0 ? locale.positiveSign()
            : change < 0                ? locale.negativeSign()
                                        : QString();
        m_won->setDetail(tr("%1 (%2 against last month)")
                             .arg(lastMonth, PipelineText::isolate(sign + percentText(std::abs(change)))),
                         change > 0       ? KpiCard::Tone::Good
                             : change < 0 ? KpiCard::Tone::Bad
                                          : KpiCard::Tone::Neutral);
    } else {
        m_won->setDetail(lastMonth);
    }
    m_won->setTrend(f.wonChangePercent);

    m_conversion->setValue(f.conversionPercent ? percentText(*f.conversionPercent) : QStringLiteral("—"));
    m_conversion->setDetail(tr("%1 of %2 leads created in the last %3 days became deals")
                                .arg(locale.toString(f.leadsConverted), locale.toString(f.leadsCreated),
                                     locale.toString(f.conversionDays)));

    m_activities->setValue(locale.toString(f.activitiesDueToday));
    m_activities->setDetail(tr("Overdue: %1").arg(locale.toString(f.activitiesOverdue)),
                            f.activitiesOverdue > 0 ? KpiCard::Tone::Bad : KpiCard::Tone::Neutral);

    QStringList stages;
    QList<double> stageValues;
    QList<QColor> stageColours;
    for (const StageFigure &stage : f.pipelineStages) {
        stages.append(PipelineText::stageName(stage.stage));
        stageValues.append(PipelineText::major(stage.amountMinor, currency));
        stageColours.append(QColor(stage.stage.colour).isValid() ? QColor(stage.stage.colour)
                                                                 : QColor(Qt::gray));
    }
    m_stageChart->setBars(stages, stageValues, stageColours, PipelineText::currencySymbol(currency));

    QStringList months;
    QList<double> monthValues;
    for (const MonthFigure &month : f.wonByMonth) {
        // Month names in the UI's language; the year only where it changes, to keep labels short.
        QString label = locale.standaloneMonthName(month.month.month(), QLocale::ShortFormat);
        if (month.month.month() == 1 || &month == &f.wonByMonth.constFirst())
            label += u' ' + locale.toString(month.month, QStringLiteral("yyyy"));
        months.append(label);
        monthValues.append(PipelineText::major(month.amountMinor, currency));
    }
    m_monthChart->setBars(months, monthValues, { QColor(0x16, 0xa3, 0x4a) },
                          PipelineText::currencySymbol(currency));

    QStringList sources;
    QList<double> sourceCounts;
    qint64 other = 0;
    for (qsizetype i = 0; i < f.leadsBySource.size(); ++i) {
        const LeadSourceCount &source = f.leadsBySource.at(i);
        if (i < kMaxSources && !source.source.isEmpty()) {
            sources.append(source.source);
            sourceCounts.append(double(source.leads));
        } else {
            other += source.leads;
        }
    }
    if (other > 0) {
        sources.append(tr("Other or unknown"));
        sourceCounts.append(double(other));
    }
    QList<QColor> colours = sourceColours().mid(0, sources.size());
    if (other > 0 && !colours.isEmpty())
        colours.last() = sourceColours().constLast();
    m_sourceChart->setSlices(sources, sourceCounts, colours);

    m_updated->setText(tr("Updated %1").arg(locale.toString(f.computedAt.time(), QLocale::ShortFormat)));
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_hasFigures)
            showFigures(m_figures);
    }
    ShellPage::changeEvent(event);
}

void DashboardPage::retranslate()
{
    m_heading->setText(tr("Dashboard"));
    m_refresh->setToolTip(tr("Refresh (F5)"));
    m_refresh->setAccessibleName(tr("Refresh"));
    m_open->setTitle(tr("Open pipeline value"));
    m_won->setTitle(tr("Won this month"));
    m_conversion->setTitle(tr("Lead to deal conversion (90 days)"));
    m_activities->setTitle(tr("Activities due today"));
    m_stageChart->setTitle(tr("Open pipeline value by stage"));
    m_monthChart->setTitle(tr("Won revenue per month, last 12 months"));
    m_sourceChart->setTitle(tr("Leads by source, last 90 days"));
    m_sourceChart->setEmptyText(tr("No leads in the last 90 days."));
}

} // namespace OmniCrm
