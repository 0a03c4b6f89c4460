// RecordListModel: a table of records that pages through the store by keyset, a chunk at a time,
// as the view scrolls (canFetchMore/fetchMore). Chunks are read on the BackgroundStore thread;
// a reply that arrives after the query changed is dropped, so a fast typist never sees stale rows.
#pragma once

#include "backgroundstore.h"
#include "listsource.h"

#include <QAbstractTableModel>

#include <memory>

namespace OmniCrm {

class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1 };
    static constexpr int kChunk = 200;

    RecordListModel(BackgroundStore &store, std::shared_ptr<const ListSource> source,
                    QObject *parent = nullptr);

    const ListSource &source() const { return *m_source; }
    ListQuery query() const { return m_query; }
    /// Starts over with another filter or order; rows arrive asynchronously.
    void setQuery(const ListQuery &query);
    void setFilterText(const QString &text);
    /// Re-reads the rows loaded so far (after a save or a delete), keeping their number so the
    /// view stays where it was.
    void refresh();

    QString idAt(int row) const;
    /// The row showing this record, or -1 when it is not loaded.
    int rowOf(const QString &id) const;
    bool isLoading() const { return m_pending; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;
    QHash<int, QByteArray> roleNames() const override;

    /// Column titles changed (language switch).
    void retranslate();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const OmniCrm::Error &error);
    /// A chunk arrived (rows appended or the list replaced).
    void chunkLoaded();

private:
    void request(const QString &cursor, int limit, bool replace);

    BackgroundStore &m_store;
    std::shared_ptr<const ListSource> m_source;
    ListQuery m_query;
    QList<ListRow> m_rows;
    QStringList m_headers;
    QString m_cursor;
    bool m_atEnd = false;
    bool m_pending = false;
    quint64 m_generation = 0;
};

} // namespace OmniCrm
