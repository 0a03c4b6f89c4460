#include "pipelinepage.h"

#include "deallistsource.h"
#include "errortext.h"
#include "pipelinetext.h"
#include "recordlistmodel.h"
#include "stagereasondialog.h"
#include "uiicons.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace OmniCrm {

namespace {
QToolButton *toolButton(const QString &icon, const QString &name, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setIcon(uiIcon(icon));
    button->setIconSize(QSize(22, 22));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}
} // namespace

PipelinePage::PipelinePage(CrmStore &store, BackgroundStore &reader, RecordEditor *editor, QWidget *parent)
    : ShellPage(parent)
    , m_store(store)
    , m_reader(reader)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("pipelinePage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);

    auto *toolbar = new QHBoxLayout;
    toolbar->setSpacing(6);
    m_pipelineLabel = new QLabel(this);
    m_pipelines = new QComboBox(this);
    m_pipelines->setObjectName(QStringLiteral("pipelineChoice"));
    m_pipelineLabel->setBuddy(m_pipelines);
    m_pipelineLabel->setVisible(false);
    m_pipelines->setVisible(false);
    m_newDeal = toolButton(QStringLiteral("list-add"), QStringLiteral("newDeal"), this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("pipelineSummary"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("dealFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(260);
    m_filter->setVisible(false);
    m_boardButton = toolButton(QStringLiteral("view-grid"), QStringLiteral("boardView"), this);
    m_tableButton = toolButton(QStringLiteral("view-list-details"), QStringLiteral("tableView"), this);
    m_boardButton->setCheckable(true);
    m_tableButton->setCheckable(true);
    m_boardButton->setChecked(true);
    m_viewGroup = new QButtonGroup(this);
    m_viewGroup->setExclusive(true);
    m_viewGroup->addButton(m_boardButton);
    m_viewGroup->addButton(m_tableButton);
    m_refresh = toolButton(QStringLiteral("view-refresh"), QStringLiteral("refreshDeals"), this);
    m_refresh->setToolButtonStyle(Qt::ToolButtonIconOnly);

    toolbar->addWidget(m_pipelineLabel);
    toolbar->addWidget(m_pipelines);
    toolbar->addWidget(m_newDeal);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_summary, 1);
    toolbar->addWidget(m_filter);
    toolbar->addWidget(m_boardButton);
    toolbar->addWidget(m_tableButton);
    toolbar->addWidget(m_refresh);
    layout->addLayout(toolbar);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("pipelineMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_message->setStyleSheet(QStringLiteral(
        "QLabel { background: #fef3c7; color: #7c2d12; border: 1px solid #f59e0b; border-radius: 6px; "
        "padding: 6px 10px; }"));
    layout->addWidget(m_message);

    m_stack = new QStackedWidget(this);
    m_board = new PipelineBoard(reader, m_stack);
    m_table = new QTableView(m_stack);
    m_table->setObjectName(QStringLiteral("dealTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicator(DealListSource::Title, Qt::AscendingOrder);
    m_table->horizontalHeader()->setDefaultSectionSize(150);
    m_stack->addWidget(m_board);
    m_stack->addWidget(m_table);
    layout->addWidget(m_stack, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(60);
    connect(&m_debounce, &QTimer::timeout, this, &PipelinePage::reload);
    m_filterDebounce.setSingleShot(true);
    m_filterDebounce.setInterval(150);
    connect(&m_filterDebounce, &QTimer::timeout, this, [this]() {
        if (m_tableModel)
            m_tableModel->setFilterText(m_filter->text().trimmed());
    });

    connect(m_board, &PipelineBoard::moveRequested, this, &PipelinePage::requestMove);
    connect(m_board, &PipelineBoard::moveByKey, this, &PipelinePage::moveByStep);
    connect(m_board, &PipelineBoard::openRequested, this, &PipelinePage::openDeal);
    connect(m_board, &PipelineBoard::contextMenuRequested, this, &PipelinePage::showCardMenu);
    connect(m_newDeal, &QToolButton::clicked, this, &PipelinePage::createDeal);
    connect(m_refresh, &QToolButton::clicked, this, &PipelinePage::reload);
    connect(m_boardButton, &QToolButton::clicked, this, [this]() { setView(View::Board); });
    connect(m_tableButton, &QToolButton::clicked, this, [this]() { setView(View::Table); });
    connect(m_filter, &QLineEdit::textChanged, this, [this]() { m_filterDebounce.start(); });
    connect(m_pipelines, &QComboBox::activated, this, [this](int index) {
        const QString id = m_pipelines->itemData(index).toString();
        if (id == m_pipelineId)
            return;
        m_pipelineId = id;
        rebuildTableModel();
        reload();
    });
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (m_tableModel)
            openDeal(m_tableModel->idAt(index.row()));
    });
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int section) {
        // Columns the store cannot order by keep the indicator where the rows really are.
        if (!m_tableModel || m_tableModel->source().canSort(section))
            return;
        const ListQuery query = m_tableModel->query();
        QSignalBlocker block(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(query.sortColumn, query.order);
    });

    // Keyboard paths for the toolbar; page-wide so they work from the board and the table.
    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence::New, [this]() { createDeal(); });
    shortcut(QKeySequence::Refresh, [this]() { reload(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_B), [this]() { setView(View::Board); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_L), [this]() { setView(View::Table); });
    shortcut(QKeySequence::Find, [this]() {
        setView(View::Table);
        m_filter->setFocus();
        m_filter->selectAll();
    });

    DealService &deals = m_store.deals();
    connect(&deals, &DealService::dealSaved, this, &PipelinePage::scheduleReload);
    connect(&deals, &DealService::dealMoved, this, &PipelinePage::scheduleReload);
    connect(&deals, &DealService::dealRemoved, this, &PipelinePage::scheduleReload);
    if (m_editor) {
        connect(m_editor, &RecordEditor::saved, this, [this](RecordKind kind, const QString &id) {
            if (kind == RecordKind::Deal)
                m_focusDealId = id;
            if (kind == RecordKind::Deal || kind == RecordKind::Contact || kind == RecordKind::Company)
                scheduleReload();
        });
    }

    rebuildTableModel();
    retranslate();
}

QString PipelinePage::title() const
{
    return tr("Deals");
}

QIcon PipelinePage::icon() const
{
    return uiIcon(QStringLiteral("view-financial-list"));
}

void PipelinePage::activate()
{
    if (!m_loaded || m_dirty)
        reload();
    if (m_view == View::Table && m_tableDirty && m_tableModel) {
        m_tableDirty = false;
        m_tableModel->refresh();
    }
}

bool PipelinePage::showRecord(RecordKind kind, const QString &id)
{
    if (kind != RecordKind::Deal || id.isEmpty())
        return false;
    if (m_view == View::Table && m_tableModel) {
        if (const int row = m_tableModel->rowOf(id); row >= 0) {
            m_table->selectRow(row);
            m_table->scrollTo(m_tableModel->index(row, 0));
            m_table->setFocus();
            return true;
        }
        setView(View::Board);
    }
    if (m_loaded && m_board->selectDeal(id))
        return true;
    m_focusDealId = id;
    reload();
    return true;
}

void PipelinePage::setView(View view)
{
    m_view = view;
    m_boardButton->setChecked(view == View::Board);
    m_tableButton->setChecked(view == View::Table);
    m_filter->setVisible(view == View::Table);
    m_stack->setCurrentWidget(view == View::Board ? static_cast<QWidget *>(m_board) : m_table);
    if (view == View::Table && m_tableModel && m_tableDirty) {
        m_tableDirty = false;
        m_tableModel->refresh();
    }
}

void PipelinePage::scheduleReload()
{
    m_dirty = true;
    m_tableDirty = true;
    if (isVisible())
        m_debounce.start();
}

void PipelinePage::reload()
{
    m_debounce.stop();
    m_dirty = false;
    const BoardRequest request { m_pipelineId, m_board->loadedCounts(), m_focusDealId };
    const quint64 generation = ++m_generation;
    m_reader.run<Result<BoardSnapshot>>(
        this, [request](CrmStore &store) { return PipelineBoard::load(store, request); },
        [this, generation](Result<BoardSnapshot> snapshot) {
            if (generation != m_generation)
                return; // a newer reload is on its way
            if (!snapshot) {
                showMessage(ErrorText::describe(snapshot.error()));
                return;
            }
            const bool pipelineChanged = snapshot->pipeline.meta.id != m_pipelineId;
            m_pipelineId = snapshot->pipeline.meta.id;
            {
                QSignalBlocker block(m_pipelines);
                m_pipelines->clear();
                for (const Pipeline &pipeline : snapshot->pipelines)
                    m_pipelines->addItem(PipelineText::pipelineName(pipeline), pipeline.meta.id);
                m_pipelines->setCurrentIndex(m_pipelines->findData(m_pipelineId));
            }
            const bool several = snapshot->pipelines.size() > 1;
            m_pipelines->setVisible(several);
            m_pipelineLabel->setVisible(several);
            m_board->setSnapshot(*snapshot);
            m_loaded = true;
            if (pipelineChanged && m_tableModel
                && static_cast<const DealListSource &>(m_tableModel->source()).pipelineId() != m_pipelineId)
                rebuildTableModel();
            else if (m_tableDirty && m_view == View::Table && m_tableModel) {
                m_tableDirty = false;
                m_tableModel->refresh();
            }
            if (!m_focusDealId.isEmpty()) {
                if (snapshot->focusDealId == m_focusDealId && m_view == View::Board)
                    m_board->selectDeal(m_focusDealId);
                m_focusDealId.clear();
            }
            updateSummary();
            Q_EMIT boardLoaded();
        });
}

void PipelinePage::rebuildTableModel()
{
    auto *old = m_tableModel;
    m_tableModel = new RecordListModel(m_reader, std::make_shared<DealListSource>(m_pipelineId), this);
    ListQuery query;
    if (old)
        query = old->query();
    query.filterText = m_filter->text().trimmed();
    m_table->setModel(m_tableModel);
    m_tableModel->setQuery(query);
    m_tableDirty = false;
    connect(m_tableModel, &RecordListModel::loadFailed, this,
            [this](const Error &error) { showMessage(ErrorText::describe(error)); });
    delete old;
}

std::optional<Stage> PipelinePage::stageById(const QString &stageId) const
{
    for (const Stage &stage : m_board->pipeline().stages) {
        if (stage.meta.id == stageId)
            return stage;
    }
    return std::nullopt;
}

const DealCard *PipelinePage::loadedCard(const QString &dealId) const
{
    const int index = m_board->columnIndexOfDeal(dealId);
    if (index < 0)
        return nullptr;
    StageCardModel *model = m_board->column(index)->model();
    return model->card(model->rowOf(dealId));
}

void PipelinePage::requestMove(const QString &dealId, const QString &toStageId)
{
    const auto stage = stageById(toStageId);
    if (!stage)
        return;
    const DealCard *card = loadedCard(dealId);
    if (card && card->stageId == toStageId)
        return;
    if (stage->type == StageType::Open) {
        applyMove(dealId, *stage, {});
        return;
    }
    if (m_reasonDialog)
        m_reasonDialog->reject(); // one question at a time: the newest move wins
    auto *dialog = new StageReasonDialog(stage->type, card ? card->title : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_reasonDialog = dialog;
    const Stage target = *stage;
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, dealId, target]() { applyMove(dealId, target, dialog->reason()); });
    dialog->open();
}

void PipelinePage::moveByStep(const QString &dealId, bool forward)
{
    const DealCard *card = loadedCard(dealId);
    if (!card)
        return;
    const QList<Stage> &stages = m_board->pipeline().stages;
    qsizetype at = -1;
    for (qsizetype i = 0; i < stages.size(); ++i) {
        if (stages.at(i).meta.id == card->stageId)
            at = i;
    }
    const qsizetype to = at + (forward ? 1 : -1);
    if (at < 0 || to < 0 || to >= stages.size())
        return;
    requestMove(dealId, stages.at(to).meta.id);
}

void PipelinePage::applyMove(const QString &dealId, const Stage &stage, const QString &reason)
{
    const DealCard *card = loadedCard(dealId);
    const QString title = card ? card->title : QString();
    const Status moved = m_store.deals().moveToStage(dealId, stage.meta.id,
                                                     stage.type == StageType::Lost ? reason : QString());
    if (!moved) {
        showMessage(ErrorText::describe(moved.error()));
        Q_EMIT moveFailed(dealId, moved.error());
        return;
    }
    m_message->setVisible(false);
    if (stage.type == StageType::Won && !reason.isEmpty()) {
        // Deals keep a reason only when lost; why a deal was won goes on its timeline.
        ActivityDraft note;
        note.kind = ActivityKind::Note;
        note.subject = tr("Won: %1").arg(reason);
        note.targetType = QStringLiteral("deal");
        note.targetId = dealId;
        if (auto logged = m_store.activities().log(note); !logged)
            showMessage(tr("The deal was marked as won, but its reason could not be saved: %1")
                            .arg(ErrorText::describe(logged.error())));
    }
    m_focusDealId = dealId;
    Q_EMIT statusMessage(
        tr("“%1” moved to %2").arg(PipelineText::isolate(title), PipelineText::stageName(stage)));
    Q_EMIT dealMoved(dealId, stage.meta.id);
    scheduleReload();
}

void PipelinePage::showCardMenu(const QString &dealId, const QPoint &globalPos)
{
    const DealCard *card = loadedCard(dealId);
    if (!card)
        return;
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("cardMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *open = menu->addAction(uiIcon(QStringLiteral("document-edit")), tr("Open"));
    open->setEnabled(m_editor);
    connect(open, &QAction::triggered, this, [this, dealId]() { openDeal(dealId); });
    QMenu *moveTo = menu->addMenu(tr("Move to"));
    for (const Stage &stage : m_board->pipeline().stages) {
        QAction *action = moveTo->addAction(PipelineText::stageName(stage));
        if (QColor colour(stage.colour); colour.isValid()) {
            QPixmap swatch(12, 12);
            swatch.fill(colour);
            action->setIcon(QIcon(swatch));
        }
        action->setEnabled(stage.meta.id != card->stageId);
        const QString stageId = stage.meta.id;
        connect(action, &QAction::triggered, this,
                [this, dealId, stageId]() { requestMove(dealId, stageId); });
    }
    menu->popup(globalPos);
}

void PipelinePage::openDeal(const QString &dealId)
{
    if (m_editor && !dealId.isEmpty())
        m_editor->edit(RecordKind::Deal, dealId, this);
}

void PipelinePage::createDeal()
{
    if (!m_editor)
        return;
    QVariantMap prefill;
    if (!m_pipelineId.isEmpty())
        prefill.insert(QStringLiteral("pipeline_id"), m_pipelineId);
    m_editor->create(RecordKind::Deal, this, prefill);
}

void PipelinePage::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void PipelinePage::updateSummary()
{
    // The same figures the column headers show, summed over the open stages.
    QList<CurrencyAmount> open;
    qint64 deals = 0;
    for (int i = 0; i < m_board->columnCount(); ++i) {
        const BoardColumn *column = m_board->column(i);
        if (column->stage().type != StageType::Open)
            continue;
        deals += column->dealCount();
        for (const CurrencyAmount &amount : column->totals()) {
            auto found = std::find_if(open.begin(), open.end(),
                                      [&](const CurrencyAmount &a) { return a.currency == amount.currency; });
            if (found == open.end())
                open.append(amount);
            else
                found->amountMinor += amount.amountMinor;
        }
    }
    m_summary->setText(
        tr("Open deals: %1 — %2")
            .arg(QLocale().toString(deals), PipelineText::totals(open, QStringLiteral(" + "))));
}

void PipelinePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_loaded)
            reload(); // stage names and money follow the language
    }
    ShellPage::changeEvent(event);
}

void PipelinePage::retranslate()
{
    m_pipelineLabel->setText(tr("&Pipeline:"));
    m_newDeal->setText(tr("New deal"));
    m_newDeal->setToolTip(
        tr("New deal (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_newDeal->setEnabled(m_editor);
    m_boardButton->setText(tr("Board"));
    m_boardButton->setToolTip(tr("Show the deals as a board of stages (Ctrl+B)"));
    m_tableButton->setText(tr("Table"));
    m_tableButton->setToolTip(tr("Show the deals as a table (Ctrl+L)"));
    m_refresh->setToolTip(tr("Refresh (F5)"));
    m_refresh->setAccessibleName(tr("Refresh"));
    m_filter->setPlaceholderText(tr("Filter deals…"));
    if (m_tableModel)
        m_tableModel->retranslate();
    m_board->retranslate();
    if (m_loaded)
        updateSummary();
}

} // namespace OmniCrm
