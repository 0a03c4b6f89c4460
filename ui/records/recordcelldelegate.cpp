#include "recordcelldelegate.h"

namespace OmniCrm {

RecordCellDelegate::RecordCellDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_format(ValueFormat::fromLocale())
{
}

QString RecordCellDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    return m_format.text(value, locale);
}

void RecordCellDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->state &= ~QStyle::State_HasFocus; // the whole row is selected; no box around one cell
    // Numbers and amounts line up at the end of the column, in either direction.
    const QVariant value = index.data(Qt::DisplayRole);
    if (value.metaType() == QMetaType::fromType<MoneyCell>() || value.metaType().id() == QMetaType::LongLong
        || value.metaType().id() == QMetaType::Int)
        option->displayAlignment = Qt::AlignTrailing | Qt::AlignVCenter;
    if (m_accent) {
        if (const auto colour = m_accent(index)) {
            option->palette.setColor(QPalette::Text, *colour);
        }
    }
}

} // namespace OmniCrm
