// ConflictListModel: the conflict log as a table (record, field, the value kept, the value that
// lost, who and when), over the entries ConflictReview read on the reader thread. A filter narrows
// it by any of the shown texts (folded, so Arabic spellings and letter case do not matter).
#pragma once

#include "conflictreview.h"

#include <QAbstractTableModel>

namespace OmniCrm {

class ConflictListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RecordColumn, FieldColumn, KeptColumn, LostColumn, WhenColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, ResolvedRole };

    explicit ConflictListModel(QObject *parent = nullptr);

    /// Replaces the entries; `ownSite` names this store ("this device" rather than an id).
    void setEntries(QList<ConflictEntry> entries, const QString &ownSite);
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }
    int totalCount() const { return int(m_all.size()); }
    const ConflictEntry *entryAt(int row) const;
    int rowOf(const QString &conflictId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// A stored value as the user reads it (empty, text, number, yes/no).
    static QString valueText(const QVariant &value);
    /// "This device" or "Another device (1a2b3c4d)" and the moment of the write.
    QString whoText(const QString &site, quint64 hlc) const;
    QString cellText(const ConflictEntry &entry, int column) const;

    /// Column titles changed (language switch).
    void retranslate();

private:
    void applyFilter();

    QList<ConflictEntry> m_all;
    QList<int> m_shown; // indexes into m_all
    QString m_filter;
    QString m_ownSite;
};

} // namespace OmniCrm
