#include "conflictlistmodel.h"

#include "arabictext.h"
#include "errortext.h"
#include "hlc.h"
#include "kindtext.h"
#include "syncstatus.h"

#include <QDateTime>
#include <QLocale>

namespace OmniCrm {

ConflictListModel::ConflictListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ConflictListModel::setEntries(QList<ConflictEntry> entries, const QString &ownSite)
{
    beginResetModel();
    m_all = std::move(entries);
    m_ownSite = ownSite;
    applyFilter();
    endResetModel();
}

void ConflictListModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    beginResetModel();
    m_filter = text;
    applyFilter();
    endResetModel();
}

void ConflictListModel::applyFilter()
{
    m_shown.clear();
    const QString needle = ArabicText::fold(m_filter.trimmed());
    for (int i = 0; i < m_all.size(); ++i) {
        bool match = needle.isEmpty();
        for (int column = 0; !match && column < ColumnCount; ++column)
            match = ArabicText::fold(cellText(m_all.at(i), column)).contains(needle);
        if (match)
            m_shown.append(i);
    }
}

const ConflictEntry *ConflictListModel::entryAt(int row) const
{
    return row >= 0 && row < m_shown.size() ? &m_all.at(m_shown.at(row)) : nullptr;
}

int ConflictListModel::rowOf(const QString &conflictId) const
{
    for (int row = 0; row < m_shown.size(); ++row) {
        if (m_all.at(m_shown.at(row)).record.id == conflictId)
            return row;
    }
    return -1;
}

int ConflictListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ConflictListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConflictListModel::valueText(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return tr("(empty)");
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return tr("(binary data)");
    case QMetaType::Bool:
        return value.toBool() ? tr("Yes") : tr("No");
    case QMetaType::Double:
        return QLocale().toString(value.toDouble());
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
        return QLocale().toString(value.toLongLong());
    default:
        break;
    }
    const QString text = value.toString();
    return text.isEmpty() ? tr("(empty)") : text;
}

QString ConflictListModel::whoText(const QString &site, quint64 hlc) const
{
    const QString who = site.isEmpty() || site == m_ownSite
        ? tr("This device")
        //: Another device that syncs with this store, named by the start of its id.
        : tr("Another device (%1)").arg(site.left(8));
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(HybridLogicalClock::millis(hlc), Qt::UTC);
    //: Who wrote a value and when: "Another device (1a2b3c4d) · 14:05".
    return tr("%1 · %2").arg(who, SyncStatusText::moment(when));
}

QString ConflictListModel::cellText(const ConflictEntry &entry, int column) const
{
    const ConflictRecord &record = entry.record;
    switch (column) {
    case RecordColumn: {
        const QString kind = entry.kind ? KindText::singular(*entry.kind) : record.table;
        const QString name = entry.recordName.isEmpty() ? record.rowId.left(8) : entry.recordName;
        //: A record in the conflict list: "Contact: Ahmed Al-Harbi".
        return tr("%1: %2").arg(kind, name);
    }
    case FieldColumn: {
        QStringList fields;
        for (const QString &name : entry.columns) {
            const QString field = ErrorText::fieldName(name);
            fields.append(field.isEmpty() ? name : field);
        }
        return QLocale().createSeparatedList(fields);
    }
    case KeptColumn:
        return valueText(record.winningValue);
    case LostColumn:
        return valueText(record.losingValue);
    case WhenColumn:
        return whoText(record.losingSite, record.losingHlc);
    }
    return {};
}

QVariant ConflictListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConflictEntry &entry = *entryAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(entry, index.column());
    case Qt::ToolTipRole:
        if (index.column() == KeptColumn)
            return tr("Kept, written by %1").arg(whoText(entry.record.winningSite, entry.record.winningHlc));
        if (index.column() == LostColumn)
            return tr("Replaced, written by %1")
                .arg(whoText(entry.record.losingSite, entry.record.losingHlc));
        return cellText(entry, index.column());
    case IdRole:
        return entry.record.id;
    case ResolvedRole:
        return entry.dismissed || entry.record.restoredAt.has_value();
    default:
        return {};
    }
}

QVariant ConflictListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RecordColumn:
        return tr("Record");
    case FieldColumn:
        return tr("Field");
    case KeptColumn:
        return tr("Value kept");
    case LostColumn:
        return tr("Value replaced");
    case WhenColumn:
        return tr("Replaced value from");
    }
    return {};
}

void ConflictListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_shown.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_shown.size()) - 1, ColumnCount - 1));
}

} // namespace OmniCrm
