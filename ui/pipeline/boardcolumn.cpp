#include "boardcolumn.h"

#include "carddelegate.h"
#include "pipelinetext.h"

#include <QDragEnterEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace OmniCrm {

CardListView::CardListView(QWidget *parent)
    : QListView(parent)
{
    setDragEnabled(true);
    setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setDropIndicatorShown(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setUniformItemSizes(true);
    setFrameShape(QFrame::NoFrame);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setItemDelegate(new CardDelegate(this));
    viewport()->setAutoFillBackground(false);
}

QString CardListView::currentDealId() const
{
    return currentIndex().data(StageCardModel::IdRole).toString();
}

void CardListView::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key == Qt::Key_Left || key == Qt::Key_Right) {
        // "Forward" is the way the board reads: rightwards in English, leftwards in Arabic.
        const bool forward = (key == Qt::Key_Right) == (layoutDirection() == Qt::LeftToRight);
        if (event->modifiers() == Qt::ControlModifier) {
            if (const QString id = currentDealId(); !id.isEmpty())
                Q_EMIT moveByKey(id, forward);
            event->accept();
            return;
        }
        if (event->modifiers() == Qt::NoModifier) {
            Q_EMIT focusNeighbour(forward);
            event->accept();
            return;
        }
    }
    if ((key == Qt::Key_Return || key == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier) {
        if (const QString id = currentDealId(); !id.isEmpty())
            Q_EMIT openRequested(id);
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

void CardListView::focusInEvent(QFocusEvent *event)
{
    // Tabbing into a column lands on its first card, so the arrows and Ctrl+arrows act at once.
    if (!currentIndex().isValid() && model() && model()->rowCount() > 0)
        setCurrentIndex(model()->index(0, 0));
    QListView::focusInEvent(event);
}

void CardListView::setDropTarget(bool on)
{
    if (property("dropTarget").toBool() == on)
        return;
    setProperty("dropTarget", on);
    if (auto *column = parentWidget()) {
        column->setProperty("dropTarget", on);
        column->style()->unpolish(column);
        column->style()->polish(column);
        column->update();
    }
}

void CardListView::dragEnterEvent(QDragEnterEvent *event)
{
    QListView::dragEnterEvent(event);
    auto *cards = qobject_cast<StageCardModel *>(model());
    setDropTarget(cards && cards->canDropMimeData(event->mimeData(), Qt::MoveAction, -1, -1, {}));
}

void CardListView::dragLeaveEvent(QDragLeaveEvent *event)
{
    setDropTarget(false);
    QListView::dragLeaveEvent(event);
}

void CardListView::dropEvent(QDropEvent *event)
{
    setDropTarget(false);
    QListView::dropEvent(event);
}

BoardColumn::BoardColumn(BackgroundStore &reader, QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("boardColumn"));
    setFrameShape(QFrame::StyledPanel);
    setFixedWidth(280);
    setStyleSheet(QStringLiteral(
        "OmniCrm--BoardColumn { background: palette(window); border: 1px solid palette(mid); border-radius: "
        "8px; }"
        "OmniCrm--BoardColumn[dropTarget=\"true\"] { border: 2px solid palette(highlight); }"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);

    m_stripe = new QWidget(this);
    m_stripe->setFixedHeight(4);
    m_stripe->setAutoFillBackground(true);
    layout->addWidget(m_stripe);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(6, 2, 6, 0);
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("stageName"));
    QFont bold = m_name->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_name->setFont(bold);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("stageCount"));
    m_count->setAlignment(Qt::AlignCenter);
    m_count->setMinimumWidth(28);
    m_count->setStyleSheet(
        QStringLiteral("QLabel { background: palette(midlight); border-radius: 9px; padding: 1px 7px; }"));
    header->addWidget(m_name, 1);
    header->addWidget(m_count);
    layout->addLayout(header);

    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("stageTotals"));
    m_totals->setContentsMargins(6, 0, 6, 4);
    layout->addWidget(m_totals);

    m_model = new StageCardModel(reader, this);
    m_view = new CardListView(this);
    m_view->setObjectName(QStringLiteral("stageCards"));
    m_view->setModel(m_model);
    layout->addWidget(m_view, 1);

    m_more = new QPushButton(this);
    m_more->setObjectName(QStringLiteral("showMore"));
    m_more->setFlat(true);
    layout->addWidget(m_more);

    connect(m_more, &QPushButton::clicked, this, [this]() { m_model->fetchMore({}); });
    connect(m_model, &StageCardModel::cardsAppended, this, &BoardColumn::updateFooter);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BoardColumn::updateFooter);
    connect(m_model, &StageCardModel::moveRequested, this, &BoardColumn::moveRequested);
    connect(m_view, &CardListView::moveByKey, this, &BoardColumn::moveByKey);
    connect(m_view, &CardListView::focusNeighbour, this, &BoardColumn::focusNeighbour);
    connect(m_view, &CardListView::openRequested, this, &BoardColumn::openRequested);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT openRequested(index.data(StageCardModel::IdRole).toString());
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QModelIndex index = m_view->indexAt(pos);
        QPoint at = pos;
        if (!index.isValid()) { // the menu key: the focused card
            index = m_view->currentIndex();
            at = m_view->visualRect(index).center();
        }
        if (!index.isValid())
            return;
        m_view->setCurrentIndex(index);
        Q_EMIT contextMenuRequested(index.data(StageCardModel::IdRole).toString(),
                                    m_view->viewport()->mapToGlobal(at));
    });
    updateFooter();
}

void BoardColumn::setStage(const Stage &stage, const QList<StageTotal> &totals, const QList<DealCard> &cards,
                           const QString &nextCursor, qint64 nowMs)
{
    const QString current = m_view->currentDealId();
    m_dealCount = 0;
    m_totalAmounts.clear();
    for (const StageTotal &total : totals) {
        m_dealCount += total.deals;
        m_totalAmounts.append(CurrencyAmount { total.currency, total.amountMinor, total.deals });
    }
    m_model->reset(stage, cards, nextCursor, nowMs);
    if (!current.isEmpty())
        selectDeal(current);
    QPalette stripe = m_stripe->palette();
    stripe.setColor(QPalette::Window,
                    QColor(stage.colour).isValid() ? QColor(stage.colour) : palette().color(QPalette::Mid));
    m_stripe->setPalette(stripe);
    retranslate();
}

bool BoardColumn::selectDeal(const QString &dealId)
{
    const int row = m_model->rowOf(dealId);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void BoardColumn::retranslate()
{
    const Stage &stage = m_model->stage();
    m_name->setText(PipelineText::stageName(stage));
    m_count->setText(QLocale().toString(m_dealCount));
    m_count->setToolTip(tr("Deals in this stage"));
    m_totals->setText(m_totalAmounts.isEmpty() ? tr("No deals") : PipelineText::totals(m_totalAmounts));
    // Amounts are isolated, so the label cannot tell their direction from the text: align to the
    // column's reading start explicitly.
    m_totals->setAlignment(Qt::AlignVCenter | Qt::AlignAbsolute
                           | (layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft));
    QString tip = tr("Total value of the deals in this stage");
    if (stage.staleAfterDays && stage.type == StageType::Open)
        tip += u'\n'
            + tr("Deals here are marked stale after %1 days").arg(QLocale().toString(*stage.staleAfterDays));
    m_totals->setToolTip(tip);
    m_view->setAccessibleName(PipelineText::stageName(stage));
    updateFooter();
}

void BoardColumn::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LayoutDirectionChange)
        retranslate();
    QFrame::changeEvent(event);
}

void BoardColumn::updateFooter()
{
    const qint64 left = std::max<qint64>(0, m_dealCount - m_model->rowCount());
    const bool more = m_model->canFetchMore({}) || m_model->isLoading();
    m_more->setVisible(more);
    m_more->setEnabled(!m_model->isLoading());
    m_more->setText(left > 0 ? tr("Show more (%1 left)").arg(QLocale().toString(left)) : tr("Show more"));
}

} // namespace OmniCrm
