// RecordListView: the list of a record page: one selectable row per record, a header that sorts,
// and columns that share the width by the source's weights until the user drags one (then the
// user's widths stay). Rows have one fixed height so the view never measures them, whatever the
// list's length; the page sets that height.
#pragma once

#include <QTableView>

namespace OmniCrm {

class RecordCellDelegate;

class RecordListView : public QTableView
{
    Q_OBJECT
public:
    /// `columnWeights`: each column's share of the width (RecordListSource::columnWidths).
    explicit RecordListView(const QList<int> &columnWeights, QWidget *parent = nullptr);

    RecordCellDelegate *cellDelegate() const { return m_delegate; }
    /// Shares the width among the columns by their weights, unless the user has dragged one.
    void fitColumns();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<int> m_weights;
    RecordCellDelegate *m_delegate = nullptr;
    bool m_headerPressed = false;
    bool m_columnsTouched = false;
};

} // namespace OmniCrm
