#include "chartpanel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace OmniCrm {

namespace {
QPixmap swatch(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(colour);
    return pixmap;
}
} // namespace

ChartPanel::ChartPanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("chartPanel"));
    setStyleSheet(QStringLiteral("OmniCrm--ChartPanel { background: palette(base); border: 1px solid "
                                 "palette(mid); border-radius: 8px; }"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("chartTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);

    auto *body = new QHBoxLayout;
    m_view = new QChartView(new QChart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(240);
    // The view itself never mirrors; the panel lays the chart out for the reading direction.
    m_view->setLayoutDirection(Qt::LeftToRight);
    QChart *chart = m_view->chart();
    chart->setLayoutDirection(Qt::LeftToRight);
    chart->legend()->hide();
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(palette().color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setBackgroundBrush(palette().color(QPalette::Base));
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setLocalizeNumbers(true);
    body->addWidget(m_view, 1);

    m_legend = new QWidget(this);
    m_legend->setObjectName(QStringLiteral("chartLegend"));
    m_legendLayout = new QVBoxLayout(m_legend);
    m_legendLayout->setContentsMargins(0, 0, 0, 0);
    m_legendLayout->setSpacing(4);
    m_legend->setVisible(false);
    body->addWidget(m_legend);
    layout->addLayout(body, 1);

    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    m_empty->setVisible(false);
    layout->addWidget(m_empty);
}

void ChartPanel::setTitle(const QString &title)
{
    m_title->setText(title);
}

QString ChartPanel::title() const
{
    return m_title->text();
}

void ChartPanel::setEmptyText(const QString &text)
{
    m_empty->setText(text);
}

QChart *ChartPanel::chart() const
{
    return m_view->chart();
}

QStringList ChartPanel::drawnCategories() const
{
    return m_drawn;
}

Qt::Alignment ChartPanel::valueAxisSide() const
{
    return m_axisSide;
}

QStringList ChartPanel::legendTexts() const
{
    QStringList texts;
    for (const QLabel *label : m_legend->findChildren<QLabel *>(QStringLiteral("legendText")))
        texts.append(label->text());
    return texts;
}

void ChartPanel::setBars(const QStringList &categories, const QList<double> &values,
                         const QList<QColor> &colours, const QString &valueUnit)
{
    m_kind = Kind::Bars;
    m_labels = categories;
    m_values = values;
    m_colours = colours;
    m_unit = valueUnit;
    redraw();
}

void ChartPanel::setSlices(const QStringList &labels, const QList<double> &values,
                           const QList<QColor> &colours)
{
    m_kind = Kind::Slices;
    m_labels = labels;
    m_values = values;
    m_colours = colours;
    m_unit.clear();
    redraw();
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LayoutDirectionChange || event->type() == QEvent::LocaleChange)
        redraw();
    QFrame::changeEvent(event);
}

void ChartPanel::redraw()
{
    QChart *chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setLocale(QLocale());
    m_drawn.clear();
    clearLegend();
    const bool empty = m_kind == Kind::None
        || std::all_of(m_values.begin(), m_values.end(), [](double v) { return v == 0; });
    m_empty->setVisible(empty && m_kind == Kind::Slices);
    if (m_kind == Kind::Bars)
        drawBars();
    else if (m_kind == Kind::Slices && !empty)
        drawSlices();
    m_view->setVisible(!(empty && m_kind == Kind::Slices));
}

void ChartPanel::drawBars()
{
    QChart *chart = m_view->chart();
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const qsizetype n = m_labels.size();
    // Amounts in the millions make unreadable axis labels: scale to thousands or millions.
    const double top = m_values.isEmpty() ? 0 : *std::max_element(m_values.begin(), m_values.end());
    double scale = 1;
    QString unit = m_unit;
    if (top >= 1e6) {
        scale = 1e6;
        unit = tr("%1 (millions)").arg(m_unit);
    } else if (top >= 1e4) {
        scale = 1e3;
        unit = tr("%1 (thousands)").arg(m_unit);
    }

    // With a colour per bar, one set per bar in a stacked series, each zero everywhere but at its
    // own category; with one colour, one set. Either way values go in drawn order.
    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.6);
    const bool ownColours = m_colours.size() == n && n > 1;
    const qsizetype sets = ownColours ? n : 1;
    for (qsizetype s = 0; s < sets; ++s) {
        QList<double> row(n, 0.0);
        for (qsizetype i = 0; i < n; ++i) {
            if (!ownColours || i == s)
                row[rtl ? n - 1 - i : i] = m_values.value(i) / scale;
        }
        auto *set = new QBarSet(ownColours ? m_labels.at(s) : m_unit);
        set->append(row);
        const QColor colour = m_colours.isEmpty() ? QColor(QStringLiteral("#2563eb")) : m_colours.at(s);
        set->setColor(colour);
        set->setBorderColor(colour);
        series->append(set);
    }
    chart->addSeries(series);

    for (qsizetype i = 0; i < n; ++i)
        m_drawn.append(m_labels.at(rtl ? n - 1 - i : i));
    auto *categories = new QBarCategoryAxis;
    categories->append(m_drawn);
    categories->setGridLineVisible(false);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);

    auto *values = new QValueAxis;
    values->setRange(0, top > 0 ? top / scale : 1);
    values->applyNiceNumbers();
    values->setLabelFormat(top / scale >= 10 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    values->setTitleText(unit);
    QFont titleFont = values->titleFont();
    titleFont.setBold(false);
    values->setTitleFont(titleFont);
    m_axisSide = rtl ? Qt::AlignRight : Qt::AlignLeft;
    chart->addAxis(values, m_axisSide);
    series->attachAxis(values);
}

void ChartPanel::drawSlices()
{
    QChart *chart = m_view->chart();
    auto *series = new QPieSeries;
    series->setPieSize(0.85);
    series->setHoleSize(0.45);
    double total = 0;
    for (double v : m_values)
        total += v;
    const QLocale locale;
    for (qsizetype i = 0; i < m_labels.size(); ++i) {
        const double value = m_values.value(i);
        auto *slice = series->append(m_labels.at(i), value);
        const QColor colour = m_colours.value(i, QColor(QStringLiteral("#94a3b8")));
        slice->setColor(colour);
        slice->setBorderColor(palette().color(QPalette::Base));
        const double share = total > 0 ? value * 100.0 / total : 0;
        const QString percent = locale.toString(share, 'f', 0) + locale.percent();

        auto *row = new QHBoxLayout;
        row->setSpacing(6);
        auto *mark = new QLabel(m_legend);
        mark->setPixmap(swatch(colour));
        auto *text = new QLabel(m_legend);
        text->setObjectName(QStringLiteral("legendText"));
        text->setText(QChar(0x2068) + m_labels.at(i) + QChar(0x2069) + QStringLiteral("  ")
                      + locale.toString(qint64(value)) + QStringLiteral(" (") + percent + u')');
        row->addWidget(mark);
        row->addWidget(text, 1);
        m_legendLayout->addLayout(row);
        m_drawn.append(m_labels.at(i));
    }
    m_legendLayout->addStretch(1);
    m_legend->setVisible(true);
    chart->addSeries(series);
}

void ChartPanel::clearLegend()
{
    while (QLayoutItem *item = m_legendLayout->takeAt(0)) {
        if (QLayout *row = item->layout()) {
            while (QLayoutItem *inner = row->takeAt(0)) {
                delete inner->widget();
                delete inner;
            }
        }
        delete item->widget();
        delete item;
    }
    m_legend->setVisible(false);
}

} // namespace OmniCrm
