// KpiCard: one figure of the dashboard's top row: what it is, its value (large), and a line
// that puts it in context (last month, how many, overdue), with an optional up/down trend.
#pragma once

#include <QFrame>

#include <optional>

class QLabel;

namespace OmniCrm {

class KpiCard : public QFrame
{
    Q_OBJECT
public:
    enum class Tone { Neutral, Good, Bad };

    explicit KpiCard(const QString &icon, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setValue(const QString &value);
    /// The context line; `tone` colours it (overdue in red, growth in green).
    void setDetail(const QString &detail, Tone tone = Tone::Neutral);
    /// An arrow up (growth) or down before the detail; none when empty.
    void setTrend(std::optional<double> change);

    QString title() const;
    QString value() const;
    QString detail() const;

private:
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_trend = nullptr;
    QLabel *m_detail = nullptr;
};

} // namespace OmniCrm
