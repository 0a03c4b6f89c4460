#include "kpicard.h"

#include "uiicons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace OmniCrm {

namespace {
QString toneColour(KpiCard::Tone tone)
{
    switch (tone) {
    case KpiCard::Tone::Good:
        return QStringLiteral("#15803d");
    case KpiCard::Tone::Bad:
        return QStringLiteral("#b91c1c");
    case KpiCard::Tone::Neutral:
        break;
    }
    return QStringLiteral("palette(text)");
}
} // namespace

KpiCard::KpiCard(const QString &icon, QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("kpiCard"));
    setStyleSheet(QStringLiteral("OmniCrm--KpiCard { background: palette(base); border: 1px solid "
                                 "palette(mid); border-radius: 8px; }"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(4);

    auto *top = new QHBoxLayout;
    m_icon = new QLabel(this);
    m_icon->setPixmap(uiIcon(icon).pixmap(22, 22));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("kpiTitle"));
    m_title->setWordWrap(true);
    top->addWidget(m_icon);
    top->addWidget(m_title, 1);
    layout->addLayout(top);

    auto *valueRow = new QHBoxLayout;
    valueRow->setSpacing(6);
    m_value = new QLabel(this);
    m_value->setObjectName(QStringLiteral("kpiValue"));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.7);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trend = new QLabel(this);
    m_trend->setVisible(false);
    valueRow->addWidget(m_value);
    valueRow->addWidget(m_trend);
    valueRow->addStretch(1);
    layout->addLayout(valueRow);

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("kpiDetail"));
    m_detail->setWordWrap(true);
    layout->addWidget(m_detail);
    layout->addStretch(1);
}

void KpiCard::setTitle(const QString &title)
{
    m_title->setText(title);
}

void KpiCard::setValue(const QString &value)
{
    m_value->setText(value);
}

void KpiCard::setDetail(const QString &detail, Tone tone)
{
    m_detail->setText(detail);
    m_detail->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(toneColour(tone)));
}

void KpiCard::setTrend(std::optional<double> change)
{
    m_trend->setVisible(change.has_value() && *change != 0);
    if (change && *change != 0)
        m_trend->setPixmap(
            uiIcon(*change > 0 ? QStringLiteral("arrow-up") : QStringLiteral("arrow-down")).pixmap(22, 22));
}

QString KpiCard::title() const
{
    return m_title->text();
}

QString KpiCard::value() const
{
    return m_value->text();
}

QString KpiCard::detail() const
{
    return m_detail->text();
}

} // namespace OmniCrm
