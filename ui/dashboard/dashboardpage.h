// DashboardPage: the figures a sales team opens the day with: open pipeline value, won this
// month against last, lead → deal conversion, activities due today and overdue (KpiCard), and
// three charts: pipeline value by stage, won revenue per month for twelve months, leads by
// source (ChartPanel). DashboardService computes them on the reader thread; the page asks again,
// debounced, whenever deals, leads or activities change, or when it is shown after a change.
#pragma once

#include "backgroundstore.h"
#include "dashboardservice.h"
#include "shellpage.h"

#include <QTimeZone>
#include <QTimer>

class QLabel;
class QToolButton;

namespace OmniCrm {

class ChartPanel;
class KpiCard;

class DashboardPage : public ShellPage
{
    Q_OBJECT
public:
    /// `store` is the GUI thread's store (its services' signals say when to refresh); `reader`
    /// computes the figures.
    DashboardPage(CrmStore &store, BackgroundStore &reader, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void activate() override;

    /// The currency the charts and the month comparison use (the brand's); SAR by default.
    void setCurrency(const QString &currency);
    /// Whose days and months count (the brand's time zone); the system's by default.
    void setTimeZone(const QTimeZone &zone);
    /// How long refreshes wait for more changes before computing (tests shorten it).
    void setRefreshDelay(int milliseconds) { m_debounce.setInterval(milliseconds); }

    /// Computes the figures again now.
    void refresh();
    /// The figures on screen (empty before the first refresh).
    const DashboardFigures &figures() const { return m_figures; }
    bool hasFigures() const { return m_hasFigures; }
    /// A refresh is waiting for its debounce; changes seen while hidden wait for activate().
    bool refreshPending() const { return m_debounce.isActive(); }

    KpiCard *openPipelineCard() const { return m_open; }
    KpiCard *wonCard() const { return m_won; }
    KpiCard *conversionCard() const { return m_conversion; }
    KpiCard *activitiesCard() const { return m_activities; }
    ChartPanel *stageChart() const { return m_stageChart; }
    ChartPanel *monthChart() const { return m_monthChart; }
    ChartPanel *sourceChart() const { return m_sourceChart; }

Q_SIGNALS:
    /// New figures are on screen.
    void refreshed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void scheduleRefresh();
    void showFigures(const DashboardFigures &figures);
    void retranslate();

    CrmStore &m_store;
    BackgroundStore &m_reader;
    QString m_currency = QStringLiteral("SAR");
    std::optional<QTimeZone> m_zone;
    DashboardFigures m_figures;
    bool m_hasFigures = false;
    bool m_dirty = true;
    quint64 m_generation = 0;
    QTimer m_debounce;

    QLabel *m_heading = nullptr;
    QLabel *m_updated = nullptr;
    QLabel *m_error = nullptr;
    QToolButton *m_refresh = nullptr;
    KpiCard *m_open = nullptr;
    KpiCard *m_won = nullptr;
    KpiCard *m_conversion = nullptr;
    KpiCard *m_activities = nullptr;
    ChartPanel *m_stageChart = nullptr;
    ChartPanel *m_monthChart = nullptr;
    ChartPanel *m_sourceChart = nullptr;
};

} // namespace OmniCrm
