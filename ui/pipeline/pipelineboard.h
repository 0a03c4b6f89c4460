// PipelineBoard: the kanban board of one pipeline: a column per stage in order (mirrored in
// right-to-left), scrolling sideways when the stages do not fit. It shows snapshots the page
// reads on the reader thread (load() runs there) and passes on what the user asks of a card;
// moving deals is the page's business.
#pragma once

#include "boardcolumn.h"
#include "crmstore.h"

#include <QHash>
#include <QWidget>

class QScrollArea;
class QHBoxLayout;

namespace OmniCrm {

class BackgroundStore;

/// What the board reads: which pipeline, how many cards each column has loaded so a refresh
/// keeps them, and a deal that must be among the loaded cards (showRecord).
struct BoardRequest
{
    QString pipelineId; // the default pipeline when empty
    QHash<QString, int> loaded; // stage id → cards loaded so far
    QString focusDealId;
};

struct BoardColumnData
{
    Stage stage;
    QList<StageTotal> totals;
    Page<DealCard> cards;
};

struct BoardSnapshot
{
    QList<Pipeline> pipelines;
    Pipeline pipeline;
    QList<BoardColumnData> columns;
    qint64 nowMs = 0;
    QString focusDealId; // loaded when it was asked for and exists
};

class PipelineBoard : public QWidget
{
    Q_OBJECT
public:
    /// Cards re-read by a refresh at most, per column; beyond it a column starts over.
    static constexpr int kMaxRefresh = 500;

    explicit PipelineBoard(BackgroundStore &reader, QWidget *parent = nullptr);

    /// Reads a snapshot. Worker thread: uses only `store`.
    static Result<BoardSnapshot> load(CrmStore &store, const BoardRequest &request);

    void setSnapshot(const BoardSnapshot &snapshot);
    const Pipeline &pipeline() const { return m_pipeline; }
    /// Cards loaded per stage, for the next request.
    QHash<QString, int> loadedCounts() const;
    int columnCount() const { return int(m_columns.size()); }
    BoardColumn *column(int index) const { return m_columns.value(index); }
    BoardColumn *columnOf(const QString &stageId) const;
    /// The column and card of a loaded deal; -1 when none holds it.
    int columnIndexOfDeal(const QString &dealId) const;
    /// Makes the card current, scrolls to it and focuses it; false when it is not loaded.
    bool selectDeal(const QString &dealId);
    QString currentDealId() const;
    void retranslate();

Q_SIGNALS:
    void moveRequested(const QString &dealId, const QString &toStageId);
    void moveByKey(const QString &dealId, bool forward);
    void openRequested(const QString &dealId);
    void contextMenuRequested(const QString &dealId, const QPoint &globalPos);

private:
    void focusColumn(int index, int row);

    BackgroundStore &m_reader;
    QScrollArea *m_scroll = nullptr;
    QHBoxLayout *m_columnsLayout = nullptr;
    QList<BoardColumn *> m_columns;
    Pipeline m_pipeline;
};

} // namespace OmniCrm
