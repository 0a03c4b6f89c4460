#include "conflictspanel.h"

#include "backgroundstore.h"
#include "conflictlistmodel.h"
#include "conflictreview.h"
#include "errortext.h"
#include "settingsform.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace OmniCrm {

namespace {
constexpr int kReadLimit = 1000; // logged conflicts read at once (newest first)

struct ReadResult
{
    Result<QList<ConflictEntry>> entries;
    QString site;
};
} // namespace

ConflictsPanel::ConflictsPanel(CrmStore &store, BackgroundStore &reader, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_reader(reader)
{
    setObjectName(QStringLiteral("conflictsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 16, 0, 0);
    layout->setSpacing(10);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *bar = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("conflictFilter"));
    m_filter->setClearButtonEnabled(true);
    m_showResolved = new QCheckBox(this);
    m_showResolved->setObjectName(QStringLiteral("conflictShowResolved"));
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_showResolved);
    layout->addLayout(bar);

    m_model = new ConflictListModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("conflictList"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setDefaultSectionSize(180);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("conflictEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    m_error = SettingsForm::errorLabel(this, QStringLiteral("conflictError"));
    layout->addWidget(m_error);
    auto *buttons = new QHBoxLayout;
    m_restore = new QPushButton(this);
    m_restore->setObjectName(QStringLiteral("conflictRestore"));
    m_dismiss = new QPushButton(this);
    m_dismiss->setObjectName(QStringLiteral("conflictDismiss"));
    buttons->addWidget(m_restore);
    buttons->addWidget(m_dismiss);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setFilterText(text);
        updateState();
    });
    connect(m_showResolved, &QCheckBox::toggled, this, &ConflictsPanel::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConflictsPanel::updateState);
    connect(m_restore, &QPushButton::clicked, this, &ConflictsPanel::restoreCurrent);
    connect(m_dismiss, &QPushButton::clicked, this, &ConflictsPanel::dismissCurrent);
    connect(m_view, &QTableView::activated, this, &ConflictsPanel::restoreCurrent);
    retranslate();
    updateState();
}

void ConflictsPanel::reload()
{
    const quint64 generation = ++m_generation;
    const bool includeResolved = m_showResolved->isChecked();
    m_loading = true;
    m_reader.run<std::shared_ptr<ReadResult>>(
        this,
        [includeResolved](CrmStore &store) {
            ConflictReview review(store);
            return std::make_shared<ReadResult>(
                ReadResult { review.entries(kReadLimit, includeResolved), review.siteId() });
        },
        [this, generation](std::shared_ptr<ReadResult> read) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!read->entries) {
                SettingsForm::setFieldError(m_error, ErrorText::describe(read->entries.error()));
                return;
            }
            const QString keep = m_keepSelected.isEmpty() ? currentId() : m_keepSelected;
            m_keepSelected.clear();
            m_model->setEntries(std::move(read->entries).value(), read->site);
            int row = m_model->rowOf(keep);
            if (row < 0 && m_model->rowCount() > 0)
                row = 0;
            if (row >= 0)
                m_view->selectionModel()->setCurrentIndex(
                    m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            updateState();
            Q_EMIT loaded();
        });
}

QString ConflictsPanel::currentId() const
{
    const ConflictEntry *entry = m_model->entryAt(m_view->selectionModel()->currentIndex().row());
    return entry ? entry->record.id : QString();
}

bool ConflictsPanel::restoreCurrent()
{
    const ConflictEntry *entry = m_model->entryAt(m_view->selectionModel()->currentIndex().row());
    if (!entry || entry->record.restoredAt || entry->dismissed)
        return false;
    const ConflictRecord record = entry->record;
    const Status written = ConflictReview(m_store).restore(record.id);
    SettingsForm::setFieldError(m_error, written ? QString() : ErrorText::describe(written.error()));
    if (!written)
        return false;
    Q_EMIT statusMessage(tr("Restored \"%1\"; it syncs to your team like an edit.")
                             .arg(ConflictListModel::valueText(record.losingValue)));
    Q_EMIT restored(record.table, record.rowId);
    Q_EMIT reviewed();
    reload();
    return true;
}

bool ConflictsPanel::dismissCurrent()
{
    const ConflictEntry *entry = m_model->entryAt(m_view->selectionModel()->currentIndex().row());
    if (!entry || entry->record.restoredAt || entry->dismissed)
        return false;
    const int row = m_view->selectionModel()->currentIndex().row();
    const Status dismissed = ConflictReview(m_store).dismiss(entry->ids);
    SettingsForm::setFieldError(m_error, dismissed ? QString() : ErrorText::describe(dismissed.error()));
    if (!dismissed)
        return false;
    // The next entry takes the place of the dismissed one.
    if (const ConflictEntry *next = m_model->entryAt(row + 1))
        m_keepSelected = next->record.id;
    Q_EMIT reviewed();
    reload();
    return true;
}

void ConflictsPanel::updateState()
{
    const bool empty = m_model->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_view);
    if (m_model->totalCount() == 0)
        m_empty->setText(m_showResolved->isChecked()
                             ? tr("No conflicts were logged.")
                             : tr("No conflicts to review. When a teammate and you change the same field "
                                  "at the same time, the value that was replaced appears here and can be "
                                  "restored."));
    else
        m_empty->setText(tr("No conflict matches \"%1\".").arg(m_model->filterText()));
    const ConflictEntry *entry = m_model->entryAt(m_view->selectionModel()->currentIndex().row());
    const bool open = entry && !entry->record.restoredAt && !entry->dismissed;
    m_restore->setEnabled(open);
    m_dismiss->setEnabled(open);
}

void ConflictsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void ConflictsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ConflictsPanel::retranslate()
{
    setWindowTitle(tr("Conflicts"));
    m_intro->setText(tr("When two people change the same field before syncing, the newer change is kept "
                        "everywhere. The values it replaced are listed here: restore one to make it the "
                        "current value again, or dismiss it."));
    m_filter->setPlaceholderText(tr("Filter by record, field or value"));
    m_showResolved->setText(tr("Show resolved"));
    m_restore->setText(tr("Restore this value"));
    m_restore->setToolTip(tr("Makes the replaced value current again and syncs it to your team (Enter)"));
    m_dismiss->setText(tr("Dismiss"));
    m_dismiss->setToolTip(tr("Keeps the current value and removes this entry from the list"));
    m_model->retranslate();
    updateState();
}

} // namespace OmniCrm
