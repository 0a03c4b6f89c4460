#include "recordlistpage.h"

#include "errortext.h"
#include "kindtext.h"
#include "recordcelldelegate.h"
#include "recorddetailpane.h"
#include "recordtext.h"
#include "uiicons.h"
#include "undobar.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <numeric>

namespace OmniCrm {

namespace {
constexpr int kFilterPauseMs = 250; // typing pauses this long before the list follows
constexpr int kRefreshCoalesceMs = 100; // a burst of saves refreshes once
constexpr int kDetailPauseMs = 60; // arrowing through rows reads only where it stops
constexpr int kMinColumnWidth = 70;
QString pageName(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Contact:
        return QStringLiteral("contactsPage");
    case RecordKind::Company:
        return QStringLiteral("companiesPage");
    case RecordKind::Lead:
        return QStringLiteral("leadsPage");
    case RecordKind::Product:
        return QStringLiteral("productsPage");
    case RecordKind::Activity:
        return QStringLiteral("activitiesPage");
    case RecordKind::Deal:
        break;
    }
    return QStringLiteral("recordsPage");
}

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
    setObjectName(pageName(kind));
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
    reloadViews();
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
    m_views = new QComboBox(this);
    m_views->setObjectName(QStringLiteral("savedViews"));
    m_views->setMinimumContentsLength(14);
    m_views->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_saveView = new QToolButton(this);
    m_saveView->setObjectName(QStringLiteral("saveView"));
    m_saveView->setIcon(uiIcon(QStringLiteral("bookmark-new")));
    m_saveView->setAutoRaise(true);
    m_deleteView = new QToolButton(this);
    m_deleteView->setObjectName(QStringLiteral("deleteView"));
    m_deleteView->setIcon(uiIcon(QStringLiteral("edit-delete")));
    m_deleteView->setAutoRaise(true);
    m_new = new QToolButton(this);
    m_new->setObjectName(QStringLiteral("newRecord"));
    m_new->setIcon(uiIcon(QStringLiteral("list-add")));
    m_new->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addWidget(m_filter, 3);
    bar->addWidget(m_views, 1);
    bar->addWidget(m_saveView);
    bar->addWidget(m_deleteView);
    bar->addStretch(1);
    bar->addWidget(m_new);
    root->addLayout(bar);

    m_undoBar = new UndoBar(this);
    root->addWidget(m_undoBar);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("listDetailSplit"));
    split->setChildrenCollapsible(false);
    m_view = new QTableView(split);
    m_view->setObjectName(QStringLiteral("recordList"));
    m_delegate = new RecordCellDelegate(m_view);
    m_view->setItemDelegate(m_delegate);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    // One fixed row height: the view never measures rows, whatever the list's length.
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    header->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this]() {
        if (m_headerPressed)
            m_columnsTouched = true; // the user's widths stay
    });
    fitColumns();
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

    if (m_kind == RecordKind::Activity) {
        m_delegate->setAccent([](const QModelIndex &index) -> std::optional<QColor> {
            if (index.column() != ActivityListSource::Due)
                return std::nullopt;
            const QDateTime due = index.data().toDateTime();
            const bool done = index.siblingAtColumn(ActivityListSource::Done).data().isValid();
            if (due.isValid() && !done && due < QDateTime::currentDateTimeUtc())
                return QColor(0xc6, 0x28, 0x28); // overdue
            return std::nullopt;
        });
    }

    connect(m_filter, &QLineEdit::textChanged, this, [this]() { m_filterTimer.start(); });
    connect(m_filter, &QLineEdit::returnPressed, this, [this]() {
        m_filterTimer.stop();
        applyQuery(m_source->queryFor(m_filter->text(), currentSort()));
        m_view->setFocus();
    });
    connect(m_views, &QComboBox::activated, this,
            [this](int index) { applyView(m_views->itemData(index).toString()); });
    connect(m_saveView, &QToolButton::clicked, this, &RecordListPage::promptSaveView);
    connect(m_deleteView, &QToolButton::clicked, this, &RecordListPage::deleteCurrentView);
    connect(m_new, &QToolButton::clicked, this, &RecordListPage::createRecord);
    connect(header, &QHeaderView::sectionClicked, this, &RecordListPage::headerClicked);
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
    switch (m_kind) {
    case RecordKind::Contact:
        connect(&m_store.contacts(), &ContactService::contactSaved, this, changed);
        connect(&m_store.contacts(), &ContactService::contactRemoved, this, changed);
        connect(&m_store.companies(), &CompanyService::companySaved, this, others); // company names
        connect(&m_store.companies(), &CompanyService::companyRemoved, this, others);
        break;
    case RecordKind::Company:
        connect(&m_store.companies(), &CompanyService::companySaved, this, changed);
        connect(&m_store.companies(), &CompanyService::companyRemoved, this, changed);
        connect(&m_store.contacts(), &ContactService::contactSaved, this, others); // contact counts
        connect(&m_store.contacts(), &ContactService::contactRemoved, this, others);
        break;
    case RecordKind::Lead:
        connect(&m_store.leads(), &LeadService::leadSaved, this, changed);
        connect(&m_store.leads(), &LeadService::leadRemoved, this, changed);
        connect(&m_store.leads(), &LeadService::leadConverted, this, changed);
        break;
    case RecordKind::Product:
        connect(&m_store.products(), &ProductService::productSaved, this, changed);
        connect(&m_store.products(), &ProductService::productRemoved, this, changed);
        break;
    case RecordKind::Activity:
        connect(&m_store.activities(), &ActivityService::activitySaved, this, changed);
        connect(&m_store.activities(), &ActivityService::activityRemoved, this, changed);
        connect(&m_store.contacts(), &ContactService::contactSaved, this, others); // "related to" names
        connect(&m_store.companies(), &CompanyService::companySaved, this, others);
        connect(&m_store.leads(), &LeadService::leadSaved, this, others);
        break;
    case RecordKind::Deal:
        break;
    }
    if (m_kind == RecordKind::Contact || m_kind == RecordKind::Company || m_kind == RecordKind::Lead) {
        connect(&m_store.activities(), &ActivityService::activitySaved, this, timeline);
        connect(&m_store.activities(), &ActivityService::activityRemoved, this, timeline);
    }
    connect(&m_store.savedViews(), &SavedViewService::viewsChanged, this, [this](RecordKind kind) {
        if (kind == m_kind)
            reloadViews();
    });
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
    switch (m_kind) {
    case RecordKind::Contact:
        return uiIcon(QStringLiteral("view-pim-contacts"));
    case RecordKind::Company:
        return uiIcon(QStringLiteral("view-bank"));
    case RecordKind::Lead:
        return uiIcon(QStringLiteral("flag"));
    case RecordKind::Product:
        return uiIcon(QStringLiteral("package-x-generic"));
    case RecordKind::Activity:
        return uiIcon(QStringLiteral("view-pim-tasks"));
    case RecordKind::Deal:
        break;
    }
    return {};
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
    m_delegate->setFormat(format);
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

Status RecordListPage::removeRecord(const QString &id)
{
    switch (m_kind) {
    case RecordKind::Contact:
        return m_store.contacts().remove(id);
    case RecordKind::Company:
        return m_store.companies().remove(id);
    case RecordKind::Lead:
        return m_store.leads().remove(id);
    case RecordKind::Product:
        return m_store.products().remove(id);
    case RecordKind::Activity:
        return m_store.activities().remove(id);
    case RecordKind::Deal:
        break;
    }
    return Error::make(ErrorCode::Unsupported, QStringLiteral("deals are deleted on the pipeline page"));
}

Status RecordListPage::restoreRecord(const QString &id)
{
    switch (m_kind) {
    case RecordKind::Contact:
        return m_store.contacts().restore(id);
    case RecordKind::Company:
        return m_store.companies().restore(id);
    case RecordKind::Lead:
        return m_store.leads().restore(id);
    case RecordKind::Product:
        return m_store.products().restore(id);
    case RecordKind::Activity:
        return m_store.activities().restore(id);
    case RecordKind::Deal:
        break;
    }
    return Error::make(ErrorCode::Unsupported, QStringLiteral("deals are restored on the pipeline page"));
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
    const Status removed = removeRecord(id);
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
    m_undoBar->offer(deletedMessage(int(m_undoBar->pending().size()) + 1, name), id);
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
        const Status back = restoreRecord(id);
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

QString RecordListPage::deletedMessage(int count, const QString &name) const
{
    const QString who = RecordText::isolate(name);
    if (count > 1) {
        switch (m_kind) {
        case RecordKind::Contact:
            return tr("Contacts deleted: %1").arg(QLocale().toString(count));
        case RecordKind::Company:
            return tr("Companies deleted: %1").arg(QLocale().toString(count));
        case RecordKind::Lead:
            return tr("Leads deleted: %1").arg(QLocale().toString(count));
        case RecordKind::Product:
            return tr("Products deleted: %1").arg(QLocale().toString(count));
        case RecordKind::Activity:
            return tr("Activities deleted: %1").arg(QLocale().toString(count));
        case RecordKind::Deal:
            break;
        }
        return {};
    }
    switch (m_kind) {
    case RecordKind::Contact:
        return tr("Contact %1 deleted.").arg(who);
    case RecordKind::Company:
        return tr("Company %1 deleted.").arg(who);
    case RecordKind::Lead:
        return tr("Lead %1 deleted.").arg(who);
    case RecordKind::Product:
        return tr("Product %1 deleted.").arg(who);
    case RecordKind::Activity:
        return tr("Activity %1 deleted.").arg(who);
    case RecordKind::Deal:
        break;
    }
    return {};
}

void RecordListPage::reloadViews()
{
    auto views = m_store.savedViews().views(m_kind);
    if (!views) {
        Q_EMIT statusMessage(ErrorText::describe(views.error()));
        return;
    }
    m_savedViews = *views;
    const QSignalBlocker blocker(m_views);
    m_views->clear();
    m_views->addItem(uiIcon(QStringLiteral("view-list-details")), allViewText(), QString());
    for (const SavedView &view : std::as_const(m_savedViews))
        m_views->addItem(view.name, view.id);
    const int index = m_viewId.isEmpty() ? 0 : m_views->findData(m_viewId);
    if (index < 0)
        m_viewId.clear();
    m_views->setCurrentIndex(std::max(index, 0));
    m_deleteView->setEnabled(!m_viewId.isEmpty());
}

void RecordListPage::applyView(const QString &id)
{
    const auto view = std::find_if(m_savedViews.cbegin(), m_savedViews.cend(),
                                   [&](const SavedView &v) { return v.id == id; });
    if (id.isEmpty() || view == m_savedViews.cend()) {
        m_viewId.clear();
        applyQuery(m_source->queryFor({}, m_source->defaultSort()));
    } else {
        m_viewId = id;
        applyQuery(m_source->queryFor(view->filterText, view->sort));
    }
    const QSignalBlocker blocker(m_views);
    m_views->setCurrentIndex(std::max(m_views->findData(m_viewId), 0));
    m_deleteView->setEnabled(!m_viewId.isEmpty());
}

void RecordListPage::promptSaveView()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("saveViewDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save view"));
    dialog->setLabelText(tr("Name this view; it keeps the filter and the order:"));
    dialog->setOkButtonText(tr("Save"));
    dialog->setCancelButtonText(tr("Cancel"));
    dialog->setTextValue(m_viewId.isEmpty() ? m_filter->text() : m_views->currentText());
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &name) { saveView(name); });
    dialog->open();
}

bool RecordListPage::saveView(const QString &name)
{
    const auto saved = m_store.savedViews().save(m_kind, name, m_model->query().filterText, currentSort());
    if (!saved) {
        Q_EMIT statusMessage(ErrorText::describe(saved.error()));
        return false;
    }
    m_viewId = *saved;
    reloadViews();
    Q_EMIT statusMessage(tr("View %1 saved.").arg(RecordText::isolate(name.simplified())));
    return true;
}

void RecordListPage::deleteCurrentView()
{
    if (m_viewId.isEmpty())
        return;
    const Status removed = m_store.savedViews().remove(m_kind, m_viewId);
    if (!removed) {
        Q_EMIT statusMessage(ErrorText::describe(removed.error()));
        return;
    }
    applyView({});
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
    menu.addAction(uiIcon(QStringLiteral("list-add")), newText(), this, &RecordListPage::createRecord);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void RecordListPage::fitColumns()
{
    // The columns share the list's width by their weights until the user drags one.
    const QList<int> weights = m_source->columnWidths();
    const int available = m_view->viewport()->width();
    if (m_columnsTouched || available <= 0 || weights.isEmpty())
        return;
    const int total = std::accumulate(weights.begin(), weights.end(), 0);
    for (int i = 0; i < weights.size(); ++i)
        m_view->horizontalHeader()->resizeSection(
            i, std::max(kMinColumnWidth, weights.at(i) * available / total));
}

bool RecordListPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    if (watched == m_view->horizontalHeader()->viewport()) {
        if (event->type() == QEvent::MouseButtonPress)
            m_headerPressed = true;
        else if (event->type() == QEvent::MouseButtonRelease)
            m_headerPressed = false;
    }
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
        reloadViews();
        scheduleRefresh(); // cells with translated words (status, type) read again
    }
    ShellPage::changeEvent(event);
}

QString RecordListPage::newText() const
{
    switch (m_kind) {
    case RecordKind::Contact:
        return tr("New contact");
    case RecordKind::Company:
        return tr("New company");
    case RecordKind::Lead:
        return tr("New lead");
    case RecordKind::Product:
        return tr("New product");
    case RecordKind::Activity:
        return tr("New activity");
    case RecordKind::Deal:
        break;
    }
    return {};
}

QString RecordListPage::filterPlaceholder() const
{
    switch (m_kind) {
    case RecordKind::Contact:
        return tr("Filter contacts by name, phone, e-mail, company… (Ctrl+F)");
    case RecordKind::Company:
        return tr("Filter companies by name, phone, city… (Ctrl+F)");
    case RecordKind::Lead:
        return tr("Filter leads by title, person, company, phone… (Ctrl+F)");
    case RecordKind::Product:
        return tr("Filter products by name, SKU, category… (Ctrl+F)");
    case RecordKind::Activity:
        return tr("Filter activities by subject or notes… (Ctrl+F)");
    case RecordKind::Deal:
        break;
    }
    return {};
}

QString RecordListPage::allViewText() const
{
    switch (m_kind) {
    case RecordKind::Contact:
        return tr("All contacts");
    case RecordKind::Company:
        return tr("All companies");
    case RecordKind::Lead:
        return tr("All leads");
    case RecordKind::Product:
        return tr("All products");
    case RecordKind::Activity:
        return tr("All activities");
    case RecordKind::Deal:
        break;
    }
    return {};
}

void RecordListPage::retranslate()
{
    m_filter->setPlaceholderText(filterPlaceholder());
    m_views->setToolTip(tr("Saved views"));
    m_saveView->setToolTip(tr("Save the filter and order as a view"));
    m_deleteView->setToolTip(tr("Delete this saved view"));
    m_new->setText(newText());
    m_new->setToolTip(newText() + QStringLiteral(" (Ctrl+N)"));
    if (m_views->count() > 0)
        m_views->setItemText(0, allViewText());
    updateFooter();
}

} // namespace OmniCrm
