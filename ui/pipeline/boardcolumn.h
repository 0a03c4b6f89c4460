// BoardColumn: one stage of the pipeline board: its name and colour, how many deals it holds and
// what they are worth per currency, the cards (CardListView over a StageCardModel) and "Show
// more" when the stage holds more than the cards loaded. CardListView gives cards their keys:
// Ctrl+→/Ctrl+← move the focused card one stage forward/back the way the layout reads, →/← go
// to the neighbouring column, Enter opens the deal, the menu key opens its context menu.
#pragma once

#include "dashboardservice.h"
#include "dealrepository.h"
#include "stagecardmodel.h"

#include <QFrame>
#include <QListView>

class QLabel;
class QPushButton;

namespace OmniCrm {

class BackgroundStore;

class CardListView : public QListView
{
    Q_OBJECT
public:
    explicit CardListView(QWidget *parent = nullptr);

    QString currentDealId() const;

Q_SIGNALS:
    /// Ctrl+arrow on a card: forward is the next stage.
    void moveByKey(const QString &dealId, bool forward);
    void focusNeighbour(bool forward);
    void openRequested(const QString &dealId);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    void setDropTarget(bool on);
};

class BoardColumn : public QFrame
{
    Q_OBJECT
public:
    explicit BoardColumn(BackgroundStore &reader, QWidget *parent = nullptr);

    /// Shows a stage with its totals (this stage's rows only) and its first cards.
    void setStage(const Stage &stage, const QList<StageTotal> &totals, const QList<DealCard> &cards,
                  const QString &nextCursor, qint64 nowMs);
    const Stage &stage() const { return m_model->stage(); }
    qint64 dealCount() const { return m_dealCount; }
    /// What the stage's deals are worth, per currency (the header's figures).
    const QList<CurrencyAmount> &totals() const { return m_totalAmounts; }
    StageCardModel *model() const { return m_model; }
    CardListView *view() const { return m_view; }
    QPushButton *showMoreButton() const { return m_more; }
    /// Makes the card current and visible; false when it is not loaded here.
    bool selectDeal(const QString &dealId);
    void retranslate();

Q_SIGNALS:
    void moveRequested(const QString &dealId, const QString &toStageId);
    void moveByKey(const QString &dealId, bool forward);
    void focusNeighbour(bool forward);
    void openRequested(const QString &dealId);
    void contextMenuRequested(const QString &dealId, const QPoint &globalPos);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateFooter();

    StageCardModel *m_model = nullptr;
    CardListView *m_view = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_totals = nullptr;
    QPushButton *m_more = nullptr;
    QWidget *m_stripe = nullptr;
    QList<CurrencyAmount> m_totalAmounts;
    qint64 m_dealCount = 0;
};

} // namespace OmniCrm
