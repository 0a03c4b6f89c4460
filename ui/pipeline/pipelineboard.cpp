#include "pipelineboard.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace OmniCrm {

PipelineBoard::PipelineBoard(BackgroundStore &reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
{
    setObjectName(QStringLiteral("pipelineBoard"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *strip = new QWidget(m_scroll);
    m_columnsLayout = new QHBoxLayout(strip);
    m_columnsLayout->setContentsMargins(8, 8, 8, 8);
    m_columnsLayout->setSpacing(10);
    m_columnsLayout->addStretch(1);
    m_scroll->setWidget(strip);
    layout->addWidget(m_scroll);
}

Result<BoardSnapshot> PipelineBoard::load(CrmStore &store, const BoardRequest &request)
{
    BoardSnapshot snapshot;
    snapshot.nowMs = QDateTime::currentMSecsSinceEpoch();
    auto pipelines = store.pipelines().all();
    if (!pipelines)
        return pipelines.error();
    snapshot.pipelines = *pipelines;
    if (snapshot.pipelines.isEmpty())
        return Error::make(ErrorCode::NotFound, QStringLiteral("the store has no pipeline"));

    std::optional<DealCard> focus;
    QString pipelineId = request.pipelineId;
    if (!request.focusDealId.isEmpty()) {
        auto card = store.deals().card(request.focusDealId);
        if (card) {
            focus = *card;
            pipelineId = card->pipelineId; // the deal's own pipeline, whichever was showing
        }
    }
    const auto chosen
        = std::find_if(snapshot.pipelines.begin(), snapshot.pipelines.end(), [&](const Pipeline &p) {
              return pipelineId.isEmpty() ? p.isDefault : p.meta.id == pipelineId;
          });
    snapshot.pipeline = chosen != snapshot.pipelines.end() ? *chosen : snapshot.pipelines.first();

    auto totals = store.deals().stageTotals(snapshot.pipeline.meta.id);
    if (!totals)
        return totals.error();
    for (const Stage &stage : snapshot.pipeline.stages) {
        BoardColumnData column;
        column.stage = stage;
        for (const StageTotal &total : *totals) {
            if (total.stageId == stage.meta.id)
                column.totals.append(total);
        }
        const int limit
            = std::clamp(request.loaded.value(stage.meta.id), int(StageCardModel::kPage), kMaxRefresh);
        auto cards = focus && focus->stageId == stage.meta.id
            ? store.deals().stageCardsThrough(*focus, std::max(limit, kMaxRefresh))
            : store.deals().stageCards(stage.meta.id, std::nullopt, limit);
        if (!cards)
            return cards.error();
        column.cards = *cards;
        if (focus && focus->stageId == stage.meta.id
            && std::any_of(column.cards.rows.begin(), column.cards.rows.end(),
                           [&](const DealCard &c) { return c.id == focus->id; }))
            snapshot.focusDealId = focus->id;
        snapshot.columns.append(column);
    }
    return snapshot;
}

void PipelineBoard::setSnapshot(const BoardSnapshot &snapshot)
{
    m_pipeline = snapshot.pipeline;
    while (m_columns.size() > snapshot.columns.size())
        delete m_columns.takeLast();
    while (m_columns.size() < snapshot.columns.size()) {
        auto *column = new BoardColumn(m_reader, this);
        const int index = int(m_columns.size());
        m_columnsLayout->insertWidget(index, column);
        m_columns.append(column);
        connect(column, &BoardColumn::moveRequested, this, &PipelineBoard::moveRequested);
        connect(column, &BoardColumn::moveByKey, this, &PipelineBoard::moveByKey);
        connect(column, &BoardColumn::openRequested, this, &PipelineBoard::openRequested);
        connect(column, &BoardColumn::contextMenuRequested, this, &PipelineBoard::contextMenuRequested);
        connect(column, &BoardColumn::focusNeighbour, this, [this, column](bool forward) {
            const int from = int(m_columns.indexOf(column));
            focusColumn(from + (forward ? 1 : -1), column->view()->currentIndex().row());
        });
    }
    for (qsizetype i = 0; i < snapshot.columns.size(); ++i) {
        const BoardColumnData &column = snapshot.columns.at(i);
        m_columns.at(i)->setStage(column.stage, column.totals, column.cards.rows, column.cards.nextCursor,
                                  snapshot.nowMs);
    }
}

QHash<QString, int> PipelineBoard::loadedCounts() const
{
    QHash<QString, int> counts;
    for (const BoardColumn *column : m_columns)
        counts.insert(column->stage().meta.id, column->model()->rowCount());
    return counts;
}

BoardColumn *PipelineBoard::columnOf(const QString &stageId) const
{
    for (BoardColumn *column : m_columns) {
        if (column->stage().meta.id == stageId)
            return column;
    }
    return nullptr;
}

int PipelineBoard::columnIndexOfDeal(const QString &dealId) const
{
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i)->model()->rowOf(dealId) >= 0)
            return int(i);
    }
    return -1;
}

bool PipelineBoard::selectDeal(const QString &dealId)
{
    const int index = columnIndexOfDeal(dealId);
    if (index < 0)
        return false;
    BoardColumn *column = m_columns.at(index);
    column->selectDeal(dealId);
    m_scroll->ensureWidgetVisible(column, 0, 0);
    column->view()->setFocus(Qt::OtherFocusReason);
    return true;
}

QString PipelineBoard::currentDealId() const
{
    for (const BoardColumn *column : m_columns) {
        if (column->view()->hasFocus())
            return column->view()->currentDealId();
    }
    return {};
}

void PipelineBoard::focusColumn(int index, int row)
{
    if (index < 0 || index >= m_columns.size())
        return;
    BoardColumn *column = m_columns.at(index);
    const int rows = column->model()->rowCount();
    if (rows > 0)
        column->view()->setCurrentIndex(column->model()->index(std::clamp(row, 0, rows - 1), 0));
    m_scroll->ensureWidgetVisible(column, 0, 0);
    column->view()->setFocus(Qt::TabFocusReason);
}

void PipelineBoard::retranslate()
{
    for (BoardColumn *column : m_columns)
        column->retranslate();
}

} // namespace OmniCrm
