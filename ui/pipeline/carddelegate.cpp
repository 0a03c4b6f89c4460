#include "carddelegate.h"

#include "pipelinetext.h"
#include "stagecardmodel.h"
#include "uiicons.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace OmniCrm {

namespace {
constexpr int kMargin = 4; // around a card, inside its row
constexpr int kPadding = 10; // inside a card
constexpr int kStripe = 4;
constexpr int kIcon = 16;

QColor staleColour()
{
    return QColor(0xc2, 0x41, 0x0c); // a dark orange that reads on light and dark cards
}
} // namespace

QSize CardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index);
    QFont bold = option.font;
    bold.setBold(true);
    const int lines = QFontMetrics(bold).height() + 2 * option.fontMetrics.height() + 8;
    return QSize(200, lines + 2 * kPadding + 2 * kMargin);
}

void CardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    const Qt::LayoutDirection direction = option.direction;
    const QPalette &palette = option.palette;
    const QRect card = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    const bool stale = index.data(StageCardModel::StaleRole).toBool();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath shape;
    shape.addRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    painter->fillPath(shape, palette.color(QPalette::Base));
    QColor border = palette.color(QPalette::Mid);
    if (stale)
        border = staleColour();
    if (selected || focused)
        border = palette.color(QPalette::Highlight);
    painter->setPen(QPen(border, selected || focused ? 2 : 1));
    painter->drawPath(shape);

    // The stage's colour on the edge where reading starts.
    const QString colour = index.data(StageCardModel::StageColourRole).toString();
    if (QColor stripeColour(colour); stripeColour.isValid()) {
        const QRect logical(card.left() + 1, card.top() + 6, kStripe, card.height() - 12);
        painter->fillRect(QStyle::visualRect(direction, card, logical), stripeColour);
    }

    const QRect inner = card.adjusted(kPadding + kStripe, kPadding, -kPadding, -kPadding);
    const Qt::Alignment leading = QStyle::visualAlignment(direction, Qt::AlignLeft | Qt::AlignVCenter);
    const Qt::Alignment trailing = QStyle::visualAlignment(direction, Qt::AlignRight | Qt::AlignVCenter);
    const QColor text = palette.color(QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.65f);

    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics metrics(option.font);
    int y = inner.top();

    painter->setFont(bold);
    painter->setPen(text);
    QRect line(inner.left(), y, inner.width(), boldMetrics.height());
    const QString title = index.data(StageCardModel::TitleRole).toString();
    painter->drawText(line, leading,
                      PipelineText::isolate(boldMetrics.elidedText(title, Qt::ElideRight, line.width())));
    y += boldMetrics.height() + 2;

    painter->setFont(option.font);
    painter->setPen(muted);
    line = QRect(inner.left(), y, inner.width(), metrics.height());
    const QString party = index.data(StageCardModel::PartyRole).toString();
    painter->drawText(line, leading, metrics.elidedText(party, Qt::ElideRight, line.width()));
    y += metrics.height() + 6;

    // Bottom line: the amount at the reading start, days in stage (and the stale marker) at the end.
    line = QRect(inner.left(), y, inner.width(), metrics.height());
    const int days = index.data(StageCardModel::DaysInStageRole).toInt();
    //: Days a deal has been in its stage, on a card; keep it short ("12 d")
    const QString age
        = stale ? tr("Stale: %1 d").arg(QLocale().toString(days)) : tr("%1 d").arg(QLocale().toString(days));
    QFont ageFont = option.font;
    ageFont.setBold(stale);
    const int ageWidth = QFontMetrics(ageFont).horizontalAdvance(age) + (stale ? kIcon + 4 : 0);
    const QRect ageLogical(inner.right() - ageWidth + 1, y, ageWidth, metrics.height());
    const QRect ageRect = QStyle::visualRect(direction, inner, ageLogical);
    if (stale) {
        const QRect iconLogical(ageLogical.left(), y + (metrics.height() - kIcon) / 2, kIcon, kIcon);
        uiIcon(QStringLiteral("data-warning"))
            .paint(painter, QStyle::visualRect(direction, inner, iconLogical));
        painter->setPen(staleColour());
    }
    painter->setFont(ageFont);
    painter->drawText(ageRect, trailing, age);

    painter->setFont(option.font);
    painter->setPen(text);
    const QRect amountLogical(inner.left(), y, inner.width() - ageWidth - 8, metrics.height());
    const QString amount = index.data(StageCardModel::AmountTextRole).toString();
    painter->drawText(QStyle::visualRect(direction, inner, amountLogical), leading,
                      metrics.elidedText(amount, Qt::ElideRight, amountLogical.width()));
    painter->restore();
}

} // namespace OmniCrm
