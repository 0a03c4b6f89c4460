// PipelinePage: "Deals" in the navigation. The pipeline as a kanban board (PipelineBoard) or the
// same deals as a table (RecordListModel over DealListSource), switchable from the toolbar.
// Moves from a drop, Ctrl+arrow or the card menu go through DealService on the GUI thread's store,
// which logs each stage change; won and lost stages ask for a reason first (StageReasonDialog:
// lost stores it on the deal, won as a note on the deal). Reads run on the reader thread; the
// board reloads (debounced) when deals change or a form saves.
#pragma once

#include "backgroundstore.h"
#include "pipelineboard.h"
#include "recordeditor.h"
#include "shellpage.h"
#include "stagereasondialog.h"

#include <QPointer>
#include <QTimer>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace OmniCrm {

class RecordListModel;

class PipelinePage : public ShellPage
{
    Q_OBJECT
public:
    enum class View { Board, Table };

    /// `store` is the GUI thread's store (moves, signals); `reader` runs every query; `editor`
    /// opens the deal forms and may be null (no forms yet).
    PipelinePage(CrmStore &store, BackgroundStore &reader, RecordEditor *editor, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void activate() override;
    /// Shows the deal's card (its pipeline, its column, scrolled to and focused); in table view,
    /// its row when loaded. False for other kinds.
    bool showRecord(RecordKind kind, const QString &id) override;

    View view() const { return m_view; }
    void setView(View view);
    PipelineBoard *board() const { return m_board; }
    QTableView *table() const { return m_table; }
    RecordListModel *tableModel() const { return m_tableModel; }
    /// The reason dialog of the move waiting for an answer, if any.
    StageReasonDialog *pendingReasonDialog() const { return m_reasonDialog; }

    /// Moves a deal into a stage of the shown pipeline as a drop does: open stages at once, won
    /// and lost after the reason dialog.
    void requestMove(const QString &dealId, const QString &toStageId);
    /// Moves the deal one stage forward or back in the pipeline's order (Ctrl+arrow).
    void moveByStep(const QString &dealId, bool forward);
    /// Reads the board again now (and the table when it shows).
    void reload();

Q_SIGNALS:
    /// A board snapshot is on screen.
    void boardLoaded();
    /// A move went through (the store logged it) or failed (the error is on the page).
    void dealMoved(const QString &dealId, const QString &toStageId);
    void moveFailed(const QString &dealId, const OmniCrm::Error &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void scheduleReload();
    void applyMove(const QString &dealId, const Stage &stage, const QString &reason);
    void showCardMenu(const QString &dealId, const QPoint &globalPos);
    void openDeal(const QString &dealId);
    void createDeal();
    void rebuildTableModel();
    void showMessage(const QString &text);
    void updateSummary();
    void retranslate();
    const DealCard *loadedCard(const QString &dealId) const;
    std::optional<Stage> stageById(const QString &stageId) const;

    CrmStore &m_store;
    BackgroundStore &m_reader;
    QPointer<RecordEditor> m_editor;
    View m_view = View::Board;

    QComboBox *m_pipelines = nullptr;
    QLabel *m_pipelineLabel = nullptr;
    QToolButton *m_newDeal = nullptr;
    QToolButton *m_boardButton = nullptr;
    QToolButton *m_tableButton = nullptr;
    QToolButton *m_refresh = nullptr;
    QButtonGroup *m_viewGroup = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QStackedWidget *m_stack = nullptr;
    PipelineBoard *m_board = nullptr;
    QTableView *m_table = nullptr;
    RecordListModel *m_tableModel = nullptr;
    QPointer<StageReasonDialog> m_reasonDialog;

    QTimer m_debounce;
    QTimer m_filterDebounce;
    QString m_pipelineId; // empty until the first snapshot names the default
    QString m_focusDealId; // select this card when the next snapshot arrives
    quint64 m_generation = 0;
    bool m_loaded = false;
    bool m_dirty = false;
    bool m_tableDirty = false;
};

} // namespace OmniCrm
