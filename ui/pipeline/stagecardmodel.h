// StageCardModel: the cards of one board column (one stage), newest arrivals first. The page
// fills it from a board snapshot; more cards come by keyset on the reader thread (fetchMore, or
// the column's "Show more"). Cards drag out as deal ids and a drop asks for a move through
// moveRequested: the model never moves a deal itself, the page does, through DealService.
#pragma once

#include "backgroundstore.h"
#include "dealrepository.h"

#include <QAbstractListModel>

namespace OmniCrm {

class StageCardModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        PartyRole, // company and contact, "—"-joined
        AmountTextRole,
        DaysInStageRole,
        StaleRole,
        StageIdRole,
        StageColourRole,
    };
    static constexpr int kPage = 50;
    static QString mimeType() { return QStringLiteral("application/x-omnicrm-deal-ids"); }

    explicit StageCardModel(BackgroundStore &reader, QObject *parent = nullptr);

    const Stage &stage() const { return m_stage; }
    /// Replaces the cards (a board snapshot); `nowMs` is the time days in stage count to.
    void reset(const Stage &stage, const QList<DealCard> &cards, const QString &nextCursor, qint64 nowMs);
    const DealCard *card(int row) const;
    int rowOf(const QString &dealId) const;
    bool isLoading() const { return m_pending; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    /// Asks for each dropped deal to move into this stage (moveRequested, delivered later so a
    /// dialog never opens inside the drag). The rows themselves change only when the store does.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    /// The deal ids a mime payload carries (empty when it is not one of ours).
    static QStringList dealIds(const QMimeData *data);

Q_SIGNALS:
    void moveRequested(const QString &dealId, const QString &toStageId);
    void loadFailed(const OmniCrm::Error &error);
    /// A "Show more" page arrived.
    void cardsAppended();

private:
    BackgroundStore &m_reader;
    Stage m_stage;
    QList<DealCard> m_cards;
    QString m_cursor;
    qint64 m_nowMs = 0;
    bool m_pending = false;
    quint64 m_generation = 0;
};

} // namespace OmniCrm
