#include "recordlistmodel.h"

namespace OmniCrm {

namespace {
// A refresh re-reads at most this many rows in one go; beyond it the list starts over.
constexpr int kMaxRefresh = 5000;
} // namespace

RecordListModel::RecordListModel(BackgroundStore &store, std::shared_ptr<const ListSource> source,
                                 QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_source(std::move(source))
    , m_headers(m_source->headers())
{
}

void RecordListModel::setQuery(const ListQuery &query)
{
    m_query = query;
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_cursor.clear();
    m_atEnd = false;
    m_pending = false;
    endResetModel();
    if (!m_pending) // a view may have asked for the first chunk from inside endResetModel
        request({}, kChunk, true);
}

void RecordListModel::setFilterText(const QString &text)
{
    if (text == m_query.filterText)
        return;
    auto query = m_query;
    query.filterText = text;
    setQuery(query);
}

void RecordListModel::refresh()
{
    const int wanted = int(std::clamp<qsizetype>(m_rows.size(), kChunk, kMaxRefresh));
    ++m_generation;
    request({}, wanted, true);
}

void RecordListModel::request(const QString &cursor, int limit, bool replace)
{
    m_pending = true;
    Q_EMIT loadingChanged(true);
    const quint64 generation = m_generation;
    const auto source = m_source;
    const ListQuery query = m_query;
    m_store.run<Result<ListChunk>>(
        this,
        [source, query, cursor, limit](CrmStore &store) {
            return source->fetch(store, query, cursor, limit);
        },
        [this, generation, replace](Result<ListChunk> chunk) {
            if (generation != m_generation)
                return; // the query changed while this chunk was read
            m_pending = false;
            if (!chunk) {
                m_atEnd = true;
                Q_EMIT loadingChanged(false);
                Q_EMIT loadFailed(chunk.error());
                return;
            }
            // State first: views and testers call fetchMore from inside the signals below.
            m_cursor = chunk->nextCursor;
            m_atEnd = m_cursor.isEmpty();
            if (replace) {
                beginResetModel();
                m_rows = std::move(chunk->rows);
                endResetModel();
            } else if (!chunk->rows.isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + chunk->rows.size() - 1));
                m_rows.append(std::move(chunk->rows));
                endInsertRows();
            }
            Q_EMIT loadingChanged(m_pending);
            Q_EMIT chunkLoaded();
        });
}

QString RecordListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int RecordListModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ListRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return index.column() < row.cells.size() ? row.cells.at(index.column()) : QVariant();
    case IdRole:
        return row.id;
    default:
        return {};
    }
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0
        && section < m_headers.size())
        return m_headers.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool RecordListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_pending;
}

void RecordListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    request(m_cursor, kChunk, m_rows.isEmpty() && m_cursor.isEmpty());
}

void RecordListModel::sort(int column, Qt::SortOrder order)
{
    if (!m_source->canSort(column) || (column == m_query.sortColumn && order == m_query.order))
        return;
    auto query = m_query;
    query.sortColumn = column;
    query.order = order;
    setQuery(query);
}

QHash<int, QByteArray> RecordListModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "recordId");
    return names;
}

void RecordListModel::retranslate()
{
    m_headers = m_source->headers();
    if (!m_headers.isEmpty())
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, int(m_headers.size()) - 1);
}

} // namespace OmniCrm
