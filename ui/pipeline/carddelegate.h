// CardDelegate: paints a deal as a card on the board: the stage's colour on the reading-start
// edge, the title, who it is with, the amount, days in the stage and, when the deal has sat too
// long, a stale marker. Everything mirrors with the layout direction.
#pragma once

#include <QStyledItemDelegate>

namespace OmniCrm {

class CardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace OmniCrm
