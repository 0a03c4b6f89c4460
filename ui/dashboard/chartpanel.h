// ChartPanel: one dashboard chart (Qt Charts) with its title and, for a pie, a legend. Qt Charts
// does not mirror itself, so the panel does it: in right-to-left the categories run from right
// to left (the first one on the right), the value axis stands on the right, and the title and
// legend are ordinary widgets that mirror with the layout. The chart keeps the data it was given
// and redraws when the layout direction changes.
#pragma once

#include <QColor>
#include <QFrame>

class QChart;
class QChartView;
class QLabel;
class QVBoxLayout;

namespace OmniCrm {

class ChartPanel : public QFrame
{
    Q_OBJECT
public:
    explicit ChartPanel(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const;
    /// What the panel says when there is nothing to draw.
    void setEmptyText(const QString &text);

    /// Bars in category order (stages, months). `colours` colours each bar (one colour for all
    /// when it holds one); `valueUnit` names the unit (a currency) for the value axis title.
    void setBars(const QStringList &categories, const QList<double> &values, const QList<QColor> &colours,
                 const QString &valueUnit);
    /// A pie of labelled parts; the legend beside it lists each with its share.
    void setSlices(const QStringList &labels, const QList<double> &values, const QList<QColor> &colours);

    QChart *chart() const;
    QChartView *chartView() const { return m_view; }
    /// The categories as drawn, left to right (tests and screenshots check the mirroring).
    QStringList drawnCategories() const;
    /// Where the value axis stands: Qt::AlignLeft or Qt::AlignRight.
    Qt::Alignment valueAxisSide() const;
    QStringList legendTexts() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Kind { None, Bars, Slices };
    void redraw();
    void drawBars();
    void drawSlices();
    void clearLegend();

    QLabel *m_title = nullptr;
    QLabel *m_empty = nullptr;
    QChartView *m_view = nullptr;
    QWidget *m_legend = nullptr;
    QVBoxLayout *m_legendLayout = nullptr;
    Kind m_kind = Kind::None;
    QStringList m_labels;
    QList<double> m_values;
    QList<QColor> m_colours;
    QString m_unit;
    QStringList m_drawn;
    Qt::Alignment m_axisSide = Qt::AlignLeft;
};

} // namespace OmniCrm
