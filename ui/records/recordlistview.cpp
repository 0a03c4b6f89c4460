#include "recordlistview.h"

#include "recordcelldelegate.h"

#include <QEvent>
#include <QHeaderView>

#include <numeric>

namespace OmniCrm {

namespace {
constexpr int kMinColumnWidth = 70;
} // namespace

RecordListView::RecordListView(const QList<int> &columnWeights, QWidget *parent)
    : QTableView(parent)
    , m_weights(columnWeights)
{
    setObjectName(QStringLiteral("recordList"));
    m_delegate = new RecordCellDelegate(this);
    setItemDelegate(m_delegate);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setShowGrid(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    viewport()->installEventFilter(this);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    header->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this]() {
        if (m_headerPressed)
            m_columnsTouched = true; // the user's widths stay
    });
}

void RecordListView::fitColumns()
{
    const int available = viewport()->width();
    if (m_columnsTouched || available <= 0 || m_weights.isEmpty())
        return;
    const int total = std::accumulate(m_weights.begin(), m_weights.end(), 0);
    for (int i = 0; i < m_weights.size(); ++i)
        horizontalHeader()->resizeSection(i, std::max(kMinColumnWidth, m_weights.at(i) * available / total));
}

bool RecordListView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == viewport() && event->type() == QEvent::Resize)
        fitColumns();
    if (watched == horizontalHeader()->viewport()) {
        if (event->type() == QEvent::MouseButtonPress)
            m_headerPressed = true;
        else if (event->type() == QEvent::MouseButtonRelease)
            m_headerPressed = false;
    }
    return QTableView::eventFilter(watched, event);
}

} // namespace OmniCrm
