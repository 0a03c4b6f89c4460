// RecordCellDelegate: draws a record list's cells through ValueFormat (dates and money in the
// user's calendar and digits; text in bidi isolates so a Latin name or a phone number keeps its
// order in an Arabic row), and tints what needs attention (an overdue activity's due date).
#pragma once

#include "valueformat.h"

#include <QStyledItemDelegate>

#include <functional>
#include <optional>

namespace OmniCrm {

class RecordCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using Accent = std::function<std::optional<QColor>(const QModelIndex &)>;

    explicit RecordCellDelegate(QObject *parent = nullptr);

    void setFormat(const ValueFormat &format) { m_format = format; }
    /// A text colour for cells that need attention, or nothing.
    void setAccent(Accent accent) { m_accent = std::move(accent); }

    QString displayText(const QVariant &value, const QLocale &locale) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    ValueFormat m_format;
    Accent m_accent;
};

} // namespace OmniCrm
