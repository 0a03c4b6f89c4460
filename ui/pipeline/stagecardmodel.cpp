#include "stagecardmodel.h"

#include "dealservice.h"
#include "pipelinetext.h"

#include <QMimeData>

namespace OmniCrm {

namespace {
// The payload names the deals and the stage they leave, so a column can refuse its own cards.
QByteArray encode(const QStringList &ids, const QString &fromStage)
{
    return (fromStage + u'\n' + ids.join(u'\n')).toUtf8();
}
} // namespace

StageCardModel::StageCardModel(BackgroundStore &reader, QObject *parent)
    : QAbstractListModel(parent)
    , m_reader(reader)
{
}

void StageCardModel::reset(const Stage &stage, const QList<DealCard> &cards, const QString &nextCursor,
                           qint64 nowMs)
{
    ++m_generation; // a "Show more" still on its way belongs to the old rows
    beginResetModel();
    m_stage = stage;
    m_cards = cards;
    m_cursor = nextCursor;
    m_nowMs = nowMs;
    m_pending = false;
    endResetModel();
}

const DealCard *StageCardModel::card(int row) const
{
    return row >= 0 && row < m_cards.size() ? &m_cards.at(row) : nullptr;
}

int StageCardModel::rowOf(const QString &dealId) const
{
    for (qsizetype i = 0; i < m_cards.size(); ++i) {
        if (m_cards.at(i).id == dealId)
            return int(i);
    }
    return -1;
}

int StageCardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cards.size());
}

QVariant StageCardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DealCard &card = m_cards.at(index.row());
    const auto party = [&card]() {
        QStringList parts;
        if (!card.companyName.isEmpty())
            parts.append(PipelineText::isolate(card.companyName));
        if (!card.contactName.isEmpty())
            parts.append(PipelineText::isolate(card.contactName));
        return parts.join(QStringLiteral(" — "));
    };
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return card.title;
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole: {
        QString text = card.title;
        if (const QString who = party(); !who.isEmpty())
            text += u'\n' + who;
        text += u'\n' + PipelineText::money(card.amountMinor, card.currency);
        text += u'\n'
            + tr("Days in this stage: %1")
                  .arg(QLocale().toString(DealService::daysInStage(card.stageChangedAt, m_nowMs)));
        if (DealService::isStale(m_stage, card.stageChangedAt, m_nowMs))
            text += u'\n'
                + tr("Stale: in this stage longer than %1 days")
                      .arg(QLocale().toString(*m_stage.staleAfterDays));
        return text;
    }
    case IdRole:
        return card.id;
    case PartyRole:
        return party();
    case AmountTextRole:
        return PipelineText::money(card.amountMinor, card.currency);
    case DaysInStageRole:
        return DealService::daysInStage(card.stageChangedAt, m_nowMs);
    case StaleRole:
        return DealService::isStale(m_stage, card.stageChangedAt, m_nowMs);
    case StageIdRole:
        return card.stageId;
    case StageColourRole:
        return m_stage.colour;
    default:
        return {};
    }
}

Qt::ItemFlags StageCardModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // drops land on the column, never "into" a card
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

bool StageCardModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_cursor.isEmpty() && !m_pending;
}

void StageCardModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_pending = true;
    const quint64 generation = m_generation;
    const QString stageId = m_stage.meta.id;
    const auto after = Cursor::decode(m_cursor);
    m_reader.run<Result<Page<DealCard>>>(
        this, [stageId, after](CrmStore &store) { return store.deals().stageCards(stageId, after, kPage); },
        [this, generation](Result<Page<DealCard>> page) {
            if (generation != m_generation)
                return;
            m_pending = false;
            if (!page) {
                m_cursor.clear();
                Q_EMIT loadFailed(page.error());
                return;
            }
            // State first: views call fetchMore again from inside endInsertRows.
            m_cursor = page->nextCursor;
            if (!page->rows.isEmpty()) {
                beginInsertRows({}, int(m_cards.size()), int(m_cards.size() + page->rows.size() - 1));
                m_cards.append(page->rows);
                endInsertRows();
            }
            Q_EMIT cardsAppended();
        });
}

QHash<int, QByteArray> StageCardModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "dealId");
    names.insert(TitleRole, "title");
    names.insert(PartyRole, "party");
    names.insert(AmountTextRole, "amount");
    names.insert(DaysInStageRole, "daysInStage");
    names.insert(StaleRole, "stale");
    names.insert(StageIdRole, "stageId");
    return names;
}

QStringList StageCardModel::mimeTypes() const
{
    return { mimeType() };
}

QMimeData *StageCardModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == this)
            ids.append(m_cards.at(index.row()).id);
    }
    if (ids.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(mimeType(), encode(ids, m_stage.meta.id));
    return data;
}

QStringList StageCardModel::dealIds(const QMimeData *data)
{
    if (!data || !data->hasFormat(mimeType()))
        return {};
    QStringList lines = QString::fromUtf8(data->data(mimeType())).split(u'\n', Qt::SkipEmptyParts);
    if (!lines.isEmpty())
        lines.removeFirst(); // the stage they come from
    return lines;
}

bool StageCardModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                     const QModelIndex &parent) const
{
    Q_UNUSED(row);
    Q_UNUSED(column);
    Q_UNUSED(parent);
    if (!data || !data->hasFormat(mimeType()) || !(action & Qt::MoveAction))
        return false;
    const QString from = QString::fromUtf8(data->data(mimeType())).section(u'\n', 0, 0);
    return from != m_stage.meta.id && !dealIds(data).isEmpty();
}

bool StageCardModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                  const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QString stageId = m_stage.meta.id;
    for (const QString &id : dealIds(data)) {
        QMetaObject::invokeMethod(
            this, [this, id, stageId]() { Q_EMIT moveRequested(id, stageId); }, Qt::QueuedConnection);
    }
    return true;
}

} // namespace OmniCrm
