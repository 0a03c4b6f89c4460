#include "duplicatespage.h"

#include "dedupeservices.h"
#include "displayformat.h"
#include "duplicatejobs.h"
#include "errortext.h"
#include "uiicons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QEventLoop>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace OmniCrm {

DuplicatesPage::DuplicatesPage(CrmStore &store, QWidget *parent)
    : ShellPage(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("duplicatesPage"));
    if (auto sibling = m_store.openSibling())
        m_worker = std::make_unique<BackgroundStore>(std::move(sibling).value());
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Merge automatically?"), question) == QMessageBox::Yes;
    };

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);

    auto *bar = new QHBoxLayout;
    m_kindBox = new QComboBox(this);
    m_kindBox->setObjectName(QStringLiteral("duplicateKind"));
    m_kindBox->addItem(QString(), int(MergeKind::Contact));
    m_kindBox->addItem(QString(), int(MergeKind::Company));
    m_find = new QPushButton(uiIcon(QStringLiteral("edit-find")), QString(), this);
    m_find->setObjectName(QStringLiteral("findDuplicates"));
    m_find->setDefault(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("scanProgress"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(220);
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelScan"));
    m_cancelButton->setIcon(uiIcon(QStringLiteral("process-stop")));
    m_cancelButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_autoMerge = new QCheckBox(this);
    m_autoMerge->setObjectName(QStringLiteral("autoMerge"));
    bar->addWidget(m_kindBox);
    bar->addWidget(m_find);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancelButton);
    bar->addStretch(1);
    bar->addWidget(m_autoMerge);
    layout->addLayout(bar);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("duplicateSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("duplicateError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    layout->addWidget(m_error);

    m_undoBar = new QWidget(this);
    m_undoBar->setObjectName(QStringLiteral("mergeUndoBar"));
    m_undoBar->setAutoFillBackground(true);
    m_undoBar->setBackgroundRole(QPalette::ToolTipBase);
    auto *undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(10, 4, 6, 4);
    m_undoText = new QLabel(m_undoBar);
    m_undoText->setForegroundRole(QPalette::ToolTipText);
    m_undo = new QPushButton(uiIcon(QStringLiteral("edit-undo")), QString(), m_undoBar);
    m_undo->setObjectName(QStringLiteral("undoMerge"));
    undoLayout->addWidget(m_undoText, 1);
    undoLayout->addWidget(m_undo);
    m_undoBar->hide();
    layout->addWidget(m_undoBar);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_queue = new QListWidget(splitter);
    m_queue->setObjectName(QStringLiteral("duplicateQueue"));
    m_queue->setMinimumWidth(260);
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(12, 0, 0, 0);
    m_review = new PairReviewPanel(right);
    rightLayout->addWidget(m_review, 1);
    auto *actions = new QHBoxLayout;
    m_merge = new QPushButton(uiIcon(QStringLiteral("merge")), QString(), right);
    m_merge->setObjectName(QStringLiteral("mergePair"));
    m_dismiss = new QPushButton(uiIcon(QStringLiteral("dialog-cancel")), QString(), right);
    m_dismiss->setObjectName(QStringLiteral("notDuplicate"));
    m_skip = new QPushButton(uiIcon(QStringLiteral("go-next")), QString(), right);
    m_skip->setObjectName(QStringLiteral("skipPair"));
    actions->addWidget(m_merge);
    actions->addWidget(m_dismiss);
    actions->addWidget(m_skip);
    actions->addStretch(1);
    rightLayout->addLayout(actions);
    splitter->addWidget(m_queue);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, [this]() {
        if (m_scanProgress)
            m_progress->setValue(m_scanProgress->load());
    });
    connect(m_kindBox, &QComboBox::activated, this,
            [this]() { setKind(MergeKind(m_kindBox->currentData().toInt())); });
    connect(m_find, &QPushButton::clicked, this, &DuplicatesPage::findDuplicates);
    connect(m_cancelButton, &QToolButton::clicked, this, &DuplicatesPage::cancelScan);
    connect(m_autoMerge, &QCheckBox::clicked, this, &DuplicatesPage::setAutoMerge);
    connect(m_merge, &QPushButton::clicked, this, &DuplicatesPage::mergeCurrent);
    connect(m_dismiss, &QPushButton::clicked, this, &DuplicatesPage::dismissCurrent);
    connect(m_skip, &QPushButton::clicked, this, &DuplicatesPage::skipCurrent);
    connect(m_undo, &QPushButton::clicked, this, &DuplicatesPage::undoLast);
    connect(m_queue, &QListWidget::currentRowChanged, this, [this]() { showCurrent(); });
    connect(m_review, &PairReviewPanel::survivorChosen, this, &DuplicatesPage::chooseSurvivor);
    buildShortcuts();
    retranslate();
    setBusy(false);
    if (!m_worker)
        m_find->setEnabled(false);
}

DuplicatesPage::~DuplicatesPage()
{
    if (m_cancel)
        m_cancel->store(true);
    m_queue->disconnect(this); // the base destructor may still move the selection
    m_review->disconnect(this);
}

QString DuplicatesPage::title() const
{
    return tr("Duplicates");
}

QIcon DuplicatesPage::icon() const
{
    return uiIcon(QStringLiteral("merge"));
}

void DuplicatesPage::activate()
{
    if (!m_busy && m_items.isEmpty())
        loadQueue();
}

void DuplicatesPage::buildShortcuts()
{
    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_M), [this]() { mergeCurrent(); });
    shortcut(QKeySequence(Qt::Key_N), [this]() { dismissCurrent(); });
    shortcut(QKeySequence(Qt::Key_S), [this]() { skipCurrent(); });
    shortcut(QKeySequence::Undo, [this]() { undoLast(); });
    shortcut(QKeySequence(Qt::Key_Escape), [this]() { cancelScan(); });
}

void DuplicatesPage::setKind(MergeKind kind)
{
    if (m_busy)
        return;
    m_kind = kind;
    m_kindBox->setCurrentIndex(m_kindBox->findData(int(kind)));
    loadQueue();
}

bool DuplicatesPage::findDuplicates()
{
    if (m_busy || !m_worker)
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    setBusy(true);
    m_progress->setValue(0);
    m_error->hide();
    m_summary->setText(tr("Looking for duplicates…"));
    const MergeKind kind = m_kind;
    auto cancel = m_cancel;
    auto progress = m_scanProgress = std::make_shared<std::atomic_int>(0);
    m_progressTimer->start();
    m_worker->run<Result<DuplicateJobs::ScanReply>>(
        this,
        [kind, cancel, progress](CrmStore &store) -> Result<DuplicateJobs::ScanReply> {
            DedupeServices services(store);
            auto scan = services.merges().findDuplicates(kind, kReviewThreshold, kAutoThreshold,
                                                         [cancel, progress](int percent) {
                                                             progress->store(percent);
                                                             return !cancel->load();
                                                         });
            if (!scan)
                return scan.error();
            auto items = DuplicateJobs::readQueue(store, services.merges(), kind);
            if (!items)
                return items.error();
            return DuplicateJobs::ScanReply { *scan, *items };
        },
        [this](Result<DuplicateJobs::ScanReply> reply) {
            m_progressTimer->stop();
            setBusy(false);
            if (!reply) {
                if (reply.error().code == ErrorCode::Cancelled)
                    m_summary->setText(
                        tr("Search cancelled. Pairs found before stopping stay in the queue."));
                else
                    showError(reply.error());
                loadQueue();
                Q_EMIT scanFinished(false);
                return;
            }
            for (auto it = reply->scan.evidence.cbegin(); it != reply->scan.evidence.cend(); ++it)
                m_evidence.insert(it.key(), it.value());
            QString summary = m_kind == MergeKind::Contact
                ? tr("%n contact(s) checked.", nullptr, reply->scan.records)
                : tr("%n company(ies) checked.", nullptr, reply->scan.records);
            summary += u' ' + tr("%n pair(s) to review.", nullptr, reply->scan.queued);
            if (!reply->scan.autoMerged.isEmpty()) {
                summary += u' '
                    + tr("%n pair(s) merged automatically.", nullptr, int(reply->scan.autoMerged.size()));
                for (const MergeOutcome &outcome : std::as_const(reply->scan.autoMerged)) {
                    rememberMerge(outcome, tr("Merged automatically"));
                    announce(outcome.survivorId, outcome.loserId);
                }
            }
            m_summary->setText(summary);
            m_items = reply->items;
            showQueue(0);
            Q_EMIT scanFinished(true);
        });
    return true;
}

void DuplicatesPage::prepareScreenshot()
{
    QEventLoop loop;
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    connect(this, &DuplicatesPage::scanFinished, &loop, [&](bool ok) {
        if (!ok || m_items.isEmpty())
            loop.quit();
    });
    connect(this, &DuplicatesPage::previewShown, &loop, &QEventLoop::quit);
    if (findDuplicates())
        loop.exec();
}

void DuplicatesPage::cancelScan()
{
    if (m_cancel && m_busy)
        m_cancel->store(true);
}

void DuplicatesPage::loadQueue(int preferRow)
{
    if (!m_worker)
        return;
    const MergeKind kind = m_kind;
    m_worker->run<Result<std::pair<QList<DuplicateItem>, bool>>>(
        this,
        [kind](CrmStore &store) -> Result<std::pair<QList<DuplicateItem>, bool>> {
            DedupeServices services(store);
            auto items = DuplicateJobs::readQueue(store, services.merges(), kind);
            if (!items)
                return items.error();
            auto autoMerge = services.merges().autoMergeAllowed();
            if (!autoMerge)
                return autoMerge.error();
            return std::pair { *items, *autoMerge };
        },
        [this, kind, preferRow](Result<std::pair<QList<DuplicateItem>, bool>> items) {
            if (!items) {
                showError(items.error());
                return;
            }
            if (kind != m_kind)
                return; // the user switched meanwhile; that switch loads its own queue
            m_autoMerge->setChecked(items->second);
            m_items = items->first;
            showQueue(preferRow);
        });
}

void DuplicatesPage::showQueue(int preferRow)
{
    const QSignalBlocker blocker(m_queue);
    m_queue->clear();
    for (const DuplicateItem &item : std::as_const(m_items)) {
        const QString percent = QLocale().toString(item.candidate.probability * 100, 'f', 0);
        //: A pair in the duplicates queue: "Name A ↔ Name B · 97%".
        m_queue->addItem(
            tr("%1 ↔ %2 · %3%")
                .arg(DisplayFormat::isolate(item.nameA), DisplayFormat::isolate(item.nameB), percent));
    }
    if (m_items.isEmpty()) {
        m_review->clear();
        if (m_summary->text().isEmpty())
            m_summary->setText(tr("No pairs waiting for review. Use “Find duplicates” to look for them."));
    } else {
        m_queue->setCurrentRow(std::clamp(preferRow, 0, int(m_items.size()) - 1));
    }
    setBusy(m_busy);
    Q_EMIT queueLoaded();
    if (!m_items.isEmpty())
        showCurrent();
}

int DuplicatesPage::currentRow() const
{
    return m_queue->currentRow();
}

void DuplicatesPage::setCurrentRow(int row)
{
    m_queue->setCurrentRow(row);
}

void DuplicatesPage::chooseSurvivor(const QString &id)
{
    showCurrent(id);
}

void DuplicatesPage::showCurrent(const QString &survivor)
{
    const int row = m_queue->currentRow();
    if (row < 0 || row >= m_items.size() || !m_worker) {
        m_review->clear();
        return;
    }
    const DuplicateItem item = m_items.at(row);
    const MergeKind kind = m_kind;
    const int token = ++m_previewToken;
    m_worker->run<Result<MergePreview>>(
        this,
        [kind, item, survivor](CrmStore &store) {
            DedupeServices services(store);
            return services.merges().preview(kind, item.candidate.recordA, item.candidate.recordB, survivor);
        },
        [this, item, token](Result<MergePreview> preview) {
            if (token != m_previewToken)
                return; // another pair was chosen meanwhile
            if (!preview) {
                showError(preview.error());
                return;
            }
            m_review->showPair(item, m_evidence.value(item.candidate.id), *preview);
            setBusy(m_busy);
            Q_EMIT previewShown();
        });
}

bool DuplicatesPage::mergeCurrent()
{
    const int row = m_queue->currentRow();
    if (m_busy || row < 0 || row >= m_items.size() || m_review->survivorId().isEmpty())
        return false;
    const DuplicateItem item = m_items.at(row);
    const QString survivor = m_review->survivorId();
    const MergeKind kind = m_kind;
    setBusy(true);
    m_worker->run<Result<MergeOutcome>>(
        this,
        [kind, item, survivor](CrmStore &store) {
            DedupeServices services(store);
            return services.merges().merge(kind, item.candidate.recordA, item.candidate.recordB, survivor);
        },
        [this, item, row](Result<MergeOutcome> outcome) {
            setBusy(false);
            if (!outcome) {
                showError(outcome.error());
                Q_EMIT mergeFinished(false);
                return;
            }
            const bool aSurvives = outcome->survivorId == item.candidate.recordA;
            //: %1 is the record merged away, %2 the one that stays.
            rememberMerge(*outcome,
                          tr("Merged “%1” into “%2”.")
                              .arg(DisplayFormat::isolate(aSurvives ? item.nameB : item.nameA),
                                   DisplayFormat::isolate(aSurvives ? item.nameA : item.nameB)));
            announce(outcome->survivorId, outcome->loserId);
            loadQueue(row);
            Q_EMIT mergeFinished(true);
        });
    return true;
}

bool DuplicatesPage::dismissCurrent()
{
    const int row = m_queue->currentRow();
    if (m_busy || row < 0 || row >= m_items.size())
        return false;
    const QString candidateId = m_items.at(row).candidate.id;
    setBusy(true);
    m_worker->run<Status>(
        this,
        [candidateId](CrmStore &store) {
            DedupeServices services(store);
            return services.merges().dismiss(candidateId);
        },
        [this, row](Status dismissed) {
            setBusy(false);
            if (!dismissed)
                showError(dismissed.error());
            else
                Q_EMIT statusMessage(tr("Marked as not a duplicate; it will not be proposed again."));
            loadQueue(row);
            Q_EMIT dismissFinished(dismissed.ok());
        });
    return true;
}

bool DuplicatesPage::skipCurrent()
{
    const int row = m_queue->currentRow();
    if (m_busy || row < 0 || m_items.isEmpty())
        return false;
    m_queue->setCurrentRow((row + 1) % int(m_items.size()));
    return true;
}

bool DuplicatesPage::undoLast()
{
    if (m_busy || m_undoStack.isEmpty() || !m_worker)
        return false;
    const QString mergeId = m_undoStack.last();
    setBusy(true);
    const MergeOutcome outcome = m_undoOutcomes.value(mergeId);
    m_worker->run<Status>(
        this,
        [mergeId](CrmStore &store) {
            DedupeServices services(store);
            return services.merges().undo(mergeId);
        },
        [this, mergeId, outcome](Status undone) {
            setBusy(false);
            m_undoStack.removeAll(mergeId);
            m_undoMessages.remove(mergeId);
            m_undoOutcomes.remove(mergeId);
            refreshUndoBar();
            if (!undone) {
                showError(undone.error());
                Q_EMIT undoFinished(false);
                return;
            }
            announce(outcome.survivorId, outcome.loserId);
            Q_EMIT statusMessage(tr("Merge undone: both records are back."));
            loadQueue(m_queue->currentRow());
            Q_EMIT undoFinished(true);
        });
    return true;
}

void DuplicatesPage::setAutoMerge(bool on)
{
    if (on
        && !m_confirm(tr("Pairs at least %1% likely the same will be merged without asking the next time you "
                         "look for duplicates. Each merge can be undone. Switch it on?")
                          .arg(QLocale().toString(kAutoThreshold * 100, 'f', 0)))) {
        m_autoMerge->setChecked(false);
        return;
    }
    m_autoMerge->setChecked(on);
    if (!m_worker)
        return;
    m_worker->run<Status>(
        this,
        [on](CrmStore &store) {
            DedupeServices services(store);
            return services.merges().setAutoMerge(on);
        },
        [this](Status saved) {
            if (!saved)
                showError(saved.error());
        });
}

void DuplicatesPage::rememberMerge(const MergeOutcome &outcome, const QString &message)
{
    m_undoStack.append(outcome.mergeId);
    m_undoMessages.insert(outcome.mergeId, message);
    m_undoOutcomes.insert(outcome.mergeId, outcome);
    refreshUndoBar();
}

void DuplicatesPage::refreshUndoBar()
{
    m_undoBar->setVisible(!m_undoStack.isEmpty());
    if (!m_undoStack.isEmpty())
        m_undoText->setText(m_undoMessages.value(m_undoStack.last()));
}

void DuplicatesPage::announce(const QString &survivorId, const QString &loserId)
{
    // The merge ran on the worker connection; the GUI store's listeners (lists, counts) learn of
    // it here, as the import wizard's batches do.
    if (m_kind == MergeKind::Contact) {
        Q_EMIT m_store.contacts().contactSaved(survivorId);
        Q_EMIT m_store.contacts().contactSaved(loserId);
    } else {
        Q_EMIT m_store.companies().companySaved(survivorId);
        Q_EMIT m_store.companies().companySaved(loserId);
    }
}

void DuplicatesPage::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_find->setEnabled(!busy && m_worker);
    m_kindBox->setEnabled(!busy);
    const bool hasPair = !busy && m_queue->currentRow() >= 0 && !m_items.isEmpty();
    m_merge->setEnabled(hasPair && !m_review->survivorId().isEmpty());
    m_dismiss->setEnabled(hasPair);
    m_skip->setEnabled(hasPair && m_items.size() > 1);
    m_undo->setEnabled(!busy);
}

void DuplicatesPage::showError(const Error &error)
{
    m_error->setText(ErrorText::describe(error));
    m_error->show();
}

QString DuplicatesPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString DuplicatesPage::summaryText() const
{
    return m_summary->text();
}

void DuplicatesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ShellPage::changeEvent(event);
}

void DuplicatesPage::retranslate()
{
    m_heading->setText(tr("Duplicates"));
    m_kindBox->setItemText(0, tr("Contacts"));
    m_kindBox->setItemText(1, tr("Companies"));
    m_find->setText(tr("Find duplicates"));
    m_cancelButton->setText(tr("Cancel"));
    m_autoMerge->setText(
        tr("Merge pairs above %1% automatically").arg(QLocale().toString(kAutoThreshold * 100, 'f', 0)));
    //: Button; the letter in brackets is its keyboard shortcut.
    m_merge->setText(tr("Merge (M)"));
    m_dismiss->setText(tr("Not a duplicate (N)"));
    m_skip->setText(tr("Skip (S)"));
    m_undo->setText(tr("Undo (Ctrl+Z)"));
    m_queue->setToolTip(tr("Arrow keys move through the queue."));
    showQueue(m_queue->currentRow());
}

} // namespace OmniCrm
