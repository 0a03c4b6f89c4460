#include "recordlistpage.h"

#include "errortext.h"
#include "kindtext.h"
#include "recordcelldelegate.h"
#include "recorddetailpane.h"
#include "recordkindops.h"
#include "recordlistview.h"
#include "recordtext.h"
#include "savedviewbar.h"
#include "uiicons.h"
#include "undobar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace OmniCrm {

namespace {
constexpr int kFilterPauseMs = 250; // typing pauses this long before the list follows
constexpr int kRefreshCoalesceMs = 100; // a burst of saves refreshes once
constexpr int kDetailPauseMs = 60; // arrowing through rows reads only where it stops
} // namespace

RecordListPage::RecordListPage(RecordKind kind, CrmStore &store, BackgroundStore &reader,
                               RecordEditor &editor, QWidget *parent)
    : ShellPage(parent)
    , m_kind(kind)
    , m_store(store)
    , m_reader(reader)
    , m_editor(editor)
    , m_source(recordListSource(kind))
    , m_format(ValueFormat::fromLocale())
{
    Q_ASSERT(m_source); // deals are listed by the pipeline page
    setObjectName(RecordKindOps::pageName(kind));
    m_model = new RecordListModel(reader, m_source, this);
    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(kFilterPauseMs);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kRefreshCoalesceMs);
    m_detailTimer.setSingleShot(true);
    m_detailTimer.setInterval(kDetailPauseMs);
    connect(&m_filterTimer, &QTimer::timeout, this,
            [this]() { applyQuery(m_source->queryFor(m_filter->text(), currentSort())); });
    connect(&m_refreshTimer, &QTimer::timeout, this, &RecordListPage::refresh);
    connect(&m_detailTimer, &QTimer::timeout, this, &RecordListPage::loadDetails);

    buildUi();
    connectStore();
    retranslate();
    applyQuery(m_source->queryFor({}, m_source->defaultSort()));
}

void RecordListPage::buildUi()
{
    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(8, 8, 8, 4);
    root->setSpacing(6);

    auto *bar = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(uiIcon(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    m_filter->installEventFilter(this);
    m_viewBar = new SavedViewBar(m_kind, m_store.savedViews(), m_source, this);
    m_new = new QToolButton(this);
    m_new->setObjectName(QStringLiteral("newRecord"));
    m_new->setIcon(uiIcon(QStringLiteral("list-add")));
    m_new->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addWidget(m_filter, 3);
    bar->addWidget(m_viewBar, 1);
    bar->addStretch(1);
    bar->addWidget(m_new);
    root->addLayout(bar);

    m_undoBar = new UndoBar(this);
    root->addWidget(m_undoBar);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("listDetailSplit"));
    split->setChildrenCollapsible(false);
    m_view = new RecordListView(m_source->columnWidths(), split);
    m_view->setModel(m_model);
    m_view->installEventFilter(this);
    // The one fixed row height (RecordListView never measures rows) fits the page's text.
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_view->fitColumns();
    m_detail = new RecordDetailPane(m_kind, split);
    m_detail->setMinimumWidth(300);
    split->addWidget(m_view);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 13);
    split->setStretchFactor(1, 7);
    root->addWidget(split, 1);

    m_footer = new QLabel(this);
    m_footer->setObjectName(QStringLiteral("listFooter"));
    m_footer->setForegroundRole(QPalette::PlaceholderText);
    m_footer->hide();
    root->addWidget(m_footer);

    m_view->cellDelegate()->setAccent(RecordKindOps::cellAccent(m_kind));

    connect(m_filter, &QLineEdit::textChanged, this, [this]() { m_filterTimer.start(); });
    connect(m_filter, &QLineEdit::returnPressed, this, [this]() {
        m_filterTimer.stop();
        applyQuery(m_source->queryFor(m_filter->text(), currentSort()));
        m_view->setFocus();
    });
    connect(m_viewBar, &SavedViewBar::queryRequested, this, &RecordListPage::applyQuery);
    connect(m_viewBar, &SavedViewBar::saveClicked, this,
            [this]() { m_viewBar->promptSave(m_filter->text()); });
    connect(m_viewBar, &SavedViewBar::saveRequested, this, &RecordListPage::saveView);
    connect(m_viewBar, &SavedViewBar::statusMessage, this, &RecordListPage::statusMessage);
    connect(m_new, &QToolButton::clicked, this, &RecordListPage::createRecord);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionClicked, this, &RecordListPage::headerClicked);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RecordListPage::currentRowChanged);
    connect(m_view, &QTableView::doubleClicked, this, &RecordListPage::editCurrent);
    connect(m_view, &QTableView::customContextMenuRequested, this, &RecordListPage::showContextMenu);
    connect(m_model, &RecordListModel::chunkLoaded, this, [this]() {
        selectCurrent();
        updateFooter();
    });
    connect(m_model, &RecordListModel::loadFailed, this,
            [this](const Error &error) { Q_EMIT statusMessage(ErrorText::describe(error)); });

    connect(m_detail, &RecordDetailPane::editRequested, this, &RecordListPage::editCurrent);
    connect(m_detail, &RecordDetailPane::deleteRequested, this, &RecordListPage::deleteCurrent);
    connect(m_detail, &RecordDetailPane::convertRequested, this, &RecordListPage::convertCurrentLead);
    connect(m_detail, &RecordDetailPane::completeRequested, this, &RecordListPage::completeCurrentActivity);
    connect(m_detail, &RecordDetailPane::recordRequested, this, &RecordListPage::recordRequested);
    connect(m_detail, &RecordDetailPane::activityOpened, this,
            [this](const QString &id) { m_editor.edit(RecordKind::Activity, id, this); });
    connect(m_detail, &RecordDetailPane::addActivityRequested, this, [this](ActivityKind activity) {
        if (m_currentId.isEmpty())
            return;
        m_editor.create(RecordKind::Activity, this,
                        { { QStringLiteral("target_kind"), recordKindName(m_kind) },
                          { QStringLiteral("target_id"), m_currentId },
                          { QStringLiteral("activity_kind"), activityKindName(activity) } });
    });
    connect(m_undoBar, &UndoBar::undoRequested, this, &RecordListPage::restore);

    const auto shortcut = [this](const QKeySequence &keys, QWidget *on, Qt::ShortcutContext context,
                                 void (RecordListPage::*slot)()) {
        auto *s = new QShortcut(keys, on);
        s->setContext(context);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence::New, this, Qt::WidgetWithChildrenShortcut, &RecordListPage::createRecord);
    shortcut(QKeySequence::Delete, m_view, Qt::WidgetShortcut, &RecordListPage::deleteCurrent);
    auto *undo = new QShortcut(QKeySequence::Undo, this);
    undo->setContext(Qt::WidgetWithChildrenShortcut);
    connect(undo, &QShortcut::activated, this, [this]() { undoDelete(); });
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this]() {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
}

void RecordListPage::connectStore()
{
    const auto changed = [this](const QString &id) {
        recordChanged(id);
    };
    const auto others = [this](const QString &) {
        scheduleRefresh();
    };
    const auto timeline = [this](const QString &) {
        if (!m_currentId.isEmpty())
            m_detailTimer.start();
    };
    RecordKindOps::followChanges(m_store, m_kind, this, changed, others);
    if (m_kind == RecordKind::Contact || m_kind == RecordKind::Company || m_kind == RecordKind::Lead) {
        connect(&m_store.activities(), &ActivityService::activitySaved, this, timeline);
        connect(&m_store.activities(), &ActivityService::activityRemoved, this, timeline);
    }
    connect(&m_editor, &RecordEditor::saved, this, [this](RecordKind kind, const QString &id) {
        if (kind == m_kind) {
            m_currentId = id; // a new record is selected once the list has it
            recordChanged(id);
        } else if (kind == RecordKind::Activity && !m_currentId.isEmpty()) {
            m_detailTimer.start();
        }
    });
    connect(&m_editor, &RecordEditor::leadConverted, this, [this](const QString &leadId) {
        if (m_kind == RecordKind::Lead)
            recordChanged(leadId);
        else if (m_kind == RecordKind::Contact || m_kind == RecordKind::Company)
            scheduleRefresh();
    });
}

QString RecordListPage::title() const
{
    return KindText::plural(m_kind);
}

QIcon RecordListPage::icon() const
{
    return RecordKindOps::icon(m_kind);
}

void RecordListPage::activate()
{
    if (m_stale)
        refresh();
}

void RecordListPage::showEvent(QShowEvent *event)
{
    ShellPage::showEvent(event);
    if (m_stale)
        refresh();
}

bool RecordListPage::showRecord(RecordKind kind, const QString &id)
{
    if (kind != m_kind || id.isEmpty())
        return false;
    m_currentId = id;
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        selectCurrent();
        m_view->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
    } else {
        // Not among the rows read so far: the detail pane shows it; the list selects it if it
        // comes into view later.
        const QSignalBlocker blocker(m_view->selectionModel());
        m_view->selectionModel()->clear();
    }
    Q_EMIT currentRecordChanged(id);
    m_detailTimer.stop();
    loadDetails();
    return true;
}

void RecordListPage::setFormat(const ValueFormat &format)
{
    m_format = format;
    m_view->cellDelegate()->setFormat(format);
    m_detail->setFormat(format);
    m_view->viewport()->update();
}

ListSort RecordListPage::currentSort() const
{
    return m_source->sortOf(m_model->query());
}

void RecordListPage::setFilterText(const QString &text)
{
    m_filterTimer.stop();
    applyQuery(m_source->queryFor(text, currentSort()));
}

void RecordListPage::sortBy(const ListSort &sort)
{
    applyQuery(m_source->queryFor(m_model->query().filterText, sort));
}

void RecordListPage::applyQuery(const ListQuery &query)
{
    if (m_filter->text() != query.filterText) {
        const QSignalBlocker blocker(m_filter);
        m_filter->setText(query.filterText);
    }
    if (!m_started || !(query == m_model->query()))
        m_model->setQuery(query);
    m_started = true;
    updateSortIndicator();
    updateFooter();
}

void RecordListPage::updateSortIndicator()
{
    const ListQuery query = m_model->query();
    m_view->horizontalHeader()->setSortIndicator(query.sortColumn, query.order);
}

void RecordListPage::headerClicked(int column)
{
    const auto order = m_source->orderOf(column);
    if (!order) {
        updateSortIndicator(); // the header moved its arrow; this column does not sort
        Q_EMIT statusMessage(tr("This column does not sort; sort by name or by date instead."));
        return;
    }
    const ListSort current = currentSort();
    ListSort next { *order, *order != ListOrder::Name }; // dates: newest first
    if (current.order == *order)
        next.descending = !current.descending;
    sortBy(next);
}

void RecordListPage::currentRowChanged()
{
    if (m_selecting)
        return;
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const QString id = m_model->idAt(current.row());
    if (id.isEmpty() || id == m_currentId)
        return;
    m_currentId = id;
    Q_EMIT currentRecordChanged(id);
    m_detailTimer.start();
}

void RecordListPage::selectCurrent()
{
    if (m_currentId.isEmpty())
        return;
    const int row = m_model->rowOf(m_currentId);
    if (row < 0)
        return;
    if (m_view->selectionModel()->currentIndex().row() == row && m_view->selectionModel()->isRowSelected(row))
        return;
    m_selecting = true;
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::EnsureVisible);
    m_selecting = false;
}

void RecordListPage::loadDetails()
{
    const quint64 generation = ++m_detailGeneration;
    if (m_currentId.isEmpty()) {
        m_detail->clear();
        return;
    }
    const RecordKind kind = m_kind;
    const QString id = m_currentId;
    m_reader.run<RecordDetails>(
        this, [kind, id](CrmStore &store) { return loadRecordDetails(store, kind, id); },
        [this, generation](RecordDetails details) {
            if (generation != m_detailGeneration)
                return; // the selection moved on meanwhile
            m_detail->showDetails(details);
            Q_EMIT detailsShown(details.id);
        });
}

void RecordListPage::scheduleRefresh()
{
    if (!isVisible()) {
        m_stale = true; // refreshed when the page shows again
        return;
    }
    m_refreshTimer.start();
}

void RecordListPage::recordChanged(const QString &id)
{
    scheduleRefresh();
    if (id == m_currentId && !m_stale)
        m_detailTimer.start();
}

void RecordListPage::refresh()
{
    m_stale = false;
    m_refreshTimer.stop();
    m_model->refresh();
    m_detailTimer.stop();
    loadDetails();
}

void RecordListPage::createRecord()
{
    m_editor.create(m_kind, this);
}

void RecordListPage::editCurrent()
{
    if (!m_currentId.isEmpty())
        m_editor.edit(m_kind, m_currentId, this);
}

void RecordListPage::convertCurrentLead()
{
    if (m_kind == RecordKind::Lead && !m_currentId.isEmpty())
        m_editor.convertLead(m_currentId, this);
}

void RecordListPage::completeCurrentActivity()
{
    if (m_kind != RecordKind::Activity || m_currentId.isEmpty())
        return;
    const Status done = m_store.activities().complete(m_currentId, QDateTime::currentMSecsSinceEpoch());
    if (!done)
        Q_EMIT statusMessage(ErrorText::describe(done.error()));
}

void RecordListPage::deleteCurrent()
{
    const QString id = m_currentId;
    if (id.isEmpty())
        return;
    const int row = m_model->rowOf(id);
    QString name = row >= 0 ? m_model->index(row, 0).data().toString() : QString();
    if (name.isEmpty() && m_detail->details() && m_detail->details()->id == id)
        name = m_detail->details()->title();
    const Status removed = RecordKindOps::remove(m_store, m_kind, id);
    if (!removed) {
        Q_EMIT statusMessage(ErrorText::describe(removed.error()));
        return;
    }
    // The row after it takes its place (the one before, at the end of the list).
    QString next;
    if (row >= 0) {
        next = m_model->idAt(row + 1);
        if (next.isEmpty())
            next = m_model->idAt(row - 1);
    }
    m_currentId = next;
    Q_EMIT currentRecordChanged(next);
    m_undoBar->offer(RecordKindOps::deletedMessage(m_kind, int(m_undoBar->pending().size()) + 1, name), id);
    refresh();
}

bool RecordListPage::undoDelete()
{
    return m_undoBar->undo();
}

void RecordListPage::restore(const QStringList &ids)
{
    QStringList restored;
    for (const QString &id : ids) {
        const Status back = RecordKindOps::restore(m_store, m_kind, id);
        if (back)
            restored.append(id);
        else
            Q_EMIT statusMessage(ErrorText::describe(back.error()));
    }
    if (restored.isEmpty())
        return;
    m_currentId = restored.last();
    Q_EMIT currentRecordChanged(m_currentId);
    refresh();
    Q_EMIT statusMessage(tr("Restored."));
}

QComboBox *RecordListPage::viewsBox() const
{
    return m_viewBar->viewsBox();
}

bool RecordListPage::saveView(const QString &name)
{
    return m_viewBar->save(name, m_model->query().filterText, currentSort());
}

void RecordListPage::applyView(const QString &id)
{
    m_viewBar->apply(id);
}

void RecordListPage::deleteCurrentView()
{
    m_viewBar->deleteCurrent();
}

void RecordListPage::updateFooter()
{
    const bool filtered = !m_model->query().filterText.trimmed().isEmpty();
    QString text;
    if (filtered && !m_model->isLoading()) {
        if (m_model->rowCount() >= RecordListSource::kFilterCap)
            text = tr("Showing the first %1 matches. Type more to narrow the list.")
                       .arg(QLocale().toString(RecordListSource::kFilterCap));
        else if (m_model->rowCount() == 0)
            text = tr("Nothing matches %1.").arg(RecordText::isolate(m_model->query().filterText.trimmed()));
    }
    m_footer->setText(text);
    m_footer->setVisible(!text.isEmpty());
}

void RecordListPage::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    QMenu menu(this);
    if (index.isValid()) {
        menu.addAction(uiIcon(QStringLiteral("document-edit")), tr("Edit"), this,
                       &RecordListPage::editCurrent);
        if (m_kind == RecordKind::Lead)
            menu.addAction(uiIcon(QStringLiteral("dialog-ok-apply")), tr("Convert…"), this,
                           &RecordListPage::convertCurrentLead);
        if (m_kind == RecordKind::Activity)
            menu.addAction(uiIcon(QStringLiteral("task-complete")), tr("Mark done"), this,
                           &RecordListPage::completeCurrentActivity);
        menu.addAction(uiIcon(QStringLiteral("edit-delete")), tr("Delete"), this,
                       &RecordListPage::deleteCurrent);
        menu.addSeparator();
    }
    menu.addAction(uiIcon(QStringLiteral("list-add")), RecordKindOps::newText(m_kind), this,
                   &RecordListPage::createRecord);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

bool RecordListPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_view && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers() == Qt::NoModifier) {
            editCurrent();
            return true;
        }
        if (watched == m_filter && key->key() == Qt::Key_Down) {
            m_view->setFocus(Qt::OtherFocusReason);
            if (!m_view->selectionModel()->currentIndex().isValid() && m_model->rowCount() > 0)
                m_view->selectionModel()->setCurrentIndex(
                    m_model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
        if (watched == m_filter && key->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
            m_filter->clear();
            setFilterText({});
            return true;
        }
    }
    return ShellPage::eventFilter(watched, event);
}

void RecordListPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate();
        scheduleRefresh(); // cells with translated words (status, type) read again
    }
    ShellPage::changeEvent(event);
}

void RecordListPage::retranslate()
{
    m_filter->setPlaceholderText(RecordKindOps::filterPlaceholder(m_kind));
    const QString newText = RecordKindOps::newText(m_kind);
    m_new->setText(newText);
    m_new->setToolTip(newText + QStringLiteral(" (Ctrl+N)"));
    updateFooter();
}

} // namespace OmniCrm
