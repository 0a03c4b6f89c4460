#include "importwizard.h"

#include "backgroundstore.h"
#include "columnmappingpage.h"
#include "importfilepage.h"
#include "importpreview.h"
#include "importpreviewmodel.h"
#include "importpreviewpage.h"
#include "importsteppage.h"
#include "importsummarypage.h"
#include "importtext.h"
#include "uiicons.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

#include <climits>

namespace OmniCrm {

using ImportStep::inReadingDirection;
using ImportStep::kErrorStyle;
using ImportStep::number;

namespace {

constexpr int kPreviewRows = 50;

} // namespace

ImportWizard::ImportWizard(CrmStore &store, StoreFactory openWorkerStore, ImportKind kind, QWidget *parent)
    : QWizard(parent)
    , m_store(store)
    , m_openWorkerStore(std::move(openWorkerStore))
    , m_kind(kind)
{
    setObjectName(QStringLiteral("importWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setWindowIcon(uiIcon(QStringLiteral("document-import")));

    m_model = new ImportPreviewModel(this);

    m_filePage = new ImportFilePage(
        [this]() { return m_preview.has_value() && !m_previewError && !isPreviewing(); }, m_preview, m_kind);
    connect(m_filePage, &ImportFilePage::pathChosen, this, &ImportWizard::setFilePath);
    connect(m_filePage, &ImportFilePage::kindChosen, this, &ImportWizard::setKind);
    m_previewPage = new ImportPreviewPage([this]() { return m_preview.has_value() && !isPreviewing(); },
                                          m_preview, m_model);
    m_mappingPage = new ColumnMappingPage(
        [this]() { return m_preview.has_value() && m_preview->mappedCount() > 0 && !isPreviewing(); },
        m_preview, m_model, m_kind);
    connect(m_mappingPage, &ColumnMappingPage::fieldChosen, this,
            [this](const QString &header, const QString &field) {
                if (!m_mapping.setColumn(header, field))
                    return; // not a canonical field: the combo offers none such
                requestPreview(false);
            });
    buildImportPage();
    m_summaryPage = new ImportSummaryPage(m_store);
    connect(m_summaryPage, &ImportSummaryPage::importUndone, this, &ImportWizard::importUndone);
    setPage(FilePage, m_filePage);
    setPage(PreviewPage, m_previewPage);
    setPage(MappingPage, m_mappingPage);
    setPage(ImportPage, m_importPage);
    setPage(SummaryPage, m_summaryPage);
    setStartId(FilePage);
    retranslate();
    resize(980, 700);
}

ImportWizard::~ImportWizard()
{
    // A running import stops at its next progress report and rolls back; the worker's destructor
    // waits for it, so nothing it posts can outlive this object.
    if (m_cancel)
        m_cancel->store(true);
    if (m_countStop)
        m_countStop->store(true);
    m_worker.reset();
    for (const QPointer<QThread> &thread : std::as_const(m_countThreads)) {
        if (thread)
            thread->wait();
    }
}

const std::optional<ImportSummary> &ImportWizard::summary() const
{
    return m_summaryPage->summary();
}

Status ImportWizard::exportErrors(const QString &path) const
{
    return m_summaryPage->exportErrors(path);
}

// ---- Reading the file ----------------------------------------------------------------------

void ImportWizard::setFilePath(const QString &path)
{
    m_filePage->showPath(path);
    const QString cleaned = QDir::cleanPath(path.trimmed());
    if (cleaned == m_path && (m_preview || isPreviewing()))
        return;
    m_path = path.trimmed().isEmpty() ? QString() : cleaned;
    m_filePage->setCurrentFile(m_path);
    m_summaryPage->setSourcePath(m_path);
    requestPreview(true);
}

void ImportWizard::setKind(ImportKind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    m_mappingPage->setKind(kind);
    m_filePage->setKind(kind);
    if (!m_path.isEmpty())
        requestPreview(false); // recognition differs by kind (a company column names a company)
}

bool ImportWizard::ensureWorker()
{
    if (m_worker)
        return true;
    auto store = m_openWorkerStore ? m_openWorkerStore()
                                   : Result<std::unique_ptr<CrmStore>>(Error::make(
                                       ErrorCode::Database, QStringLiteral("no store connection")));
    if (!store) {
        m_previewError = store.error();
        return false;
    }
    m_worker = std::make_unique<BackgroundStore>(std::move(store).value());
    return true;
}

void ImportWizard::requestPreview(bool newFile)
{
    if (newFile) {
        m_mapping = ColumnMapping();
        m_preview.reset();
        m_model->clear();
        m_total = -1;
        if (m_countStop)
            m_countStop->store(true); // the count of the previous file is of no use now
        m_countThread = nullptr;
        m_countStarted = false;
    }
    m_previewError.reset();
    if (m_path.isEmpty()) {
        m_preview.reset();
        m_model->clear();
    } else if (ensureWorker()) {
        const int serial = ++m_previewSerial;
        ++m_previewPending;
        ImportPreviewOptions options;
        options.kind = m_kind;
        options.mapping = m_mapping;
        options.maxRows = kPreviewRows;
        const QString path = m_path;
        m_worker->run<Result<ImportPreview>>(
            this,
            [path, options](CrmStore &store) {
                const ImportPreviewer previewer(store.contacts(), store.companies());
                return previewer.preview(path, options);
            },
            [this, serial](Result<ImportPreview> result) {
                --m_previewPending;
                if (serial != m_previewSerial)
                    return; // a newer request is on its way
                if (result)
                    showPreview(*result);
                else
                    showPreviewError(result.error());
                Q_EMIT previewUpdated();
            });
    }
    updateFileStatus();
    recheckPages();
}

void ImportWizard::recheckPages()
{
    const std::initializer_list<ImportStepPage *> pages { m_filePage, m_previewPage, m_mappingPage,
                                                          m_importPage };
    for (ImportStepPage *page : pages)
        page->recheck();
}

void ImportWizard::showPreview(const ImportPreview &preview)
{
    m_preview = preview;
    m_previewError.reset();
    m_model->setPreview(preview, m_kind);
    m_mappingPage->rebuildMappingRows();
    if (!m_countStarted)
        startCount();
    updateFileStatus();
    updatePreviewFacts();
    updateImportFacts();
    recheckPages();
}

void ImportWizard::showPreviewError(const Error &error)
{
    m_preview.reset();
    m_previewError = error;
    m_model->clear();
    updateFileStatus();
    updatePreviewFacts();
    recheckPages();
}

void ImportWizard::startCount()
{
    // Counting reads the whole file; it needs no store, so it runs beside the preview and import.
    m_countStarted = true;
    m_countStop = std::make_shared<std::atomic<bool>>(false);
    auto stop = m_countStop;
    auto result = std::make_shared<std::optional<Result<qint64>>>();
    const QString path = m_path;
    QThread *thread = QThread::create([path, stop, result]() {
        result->emplace(
            ImportPreviewer::countRecords(path, [stop]() { return !stop->load(std::memory_order_relaxed); }));
    });
    thread->setObjectName(QStringLiteral("omnicrm-import-count"));
    m_countThread = thread;
    m_countThreads.removeAll(nullptr);
    m_countThreads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread, path, result]() {
        if (m_countThread == thread)
            m_countThread = nullptr;
        if (path != m_path || !*result || !(*result)->ok())
            return;
        m_total = (*result)->value();
        updatePreviewFacts();
        updateImportFacts();
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

void ImportWizard::updateFileStatus()
{
    m_filePage->showStatus(m_previewError);
}

QString ImportWizard::countsText() const
{
    if (!m_preview || m_preview->rows.isEmpty())
        return m_preview ? tr("The file has no rows below its header.") : QString();
    if (m_preview->mappedCount() == 0)
        return tr("No column is imported yet, so the rows cannot be checked.");
    const QString ready = number(m_preview->count(PreviewOutcome::Ready));
    const QString skipped = number(m_preview->count(PreviewOutcome::Skipped));
    const QString rejected = number(m_preview->count(PreviewOutcome::Rejected));
    if (m_preview->moreRows)
        return tr("In the first %1 rows: %2 ready to import, %3 to skip (duplicates), %4 with problems.")
            .arg(number(m_preview->rows.size()), ready, skipped, rejected);
    return tr("In all %1 rows: %2 ready to import, %3 to skip (duplicates), %4 with problems.")
        .arg(number(m_preview->rows.size()), ready, skipped, rejected);
}

void ImportWizard::updatePreviewFacts()
{
    m_previewPage->showFacts(m_total, countsText());
    m_mappingPage->showCounts(countsText());
}

// ---- 4. Import ----------------------------------------------------------------------------

void ImportWizard::buildImportPage()
{
    m_importPage = new ImportStepPage([this]() {
        return !m_importing && m_preview.has_value() && m_preview->mappedCount() > 0 && !isPreviewing();
    });
    m_importPage->setCommitPage(true); // once imported, the way back is Undo, not Back
    auto *layout = new QVBoxLayout(m_importPage);
    m_importFacts = new QLabel(m_importPage);
    m_importFacts->setObjectName(QStringLiteral("importFacts"));
    m_importFacts->setWordWrap(true);
    m_strict = new QCheckBox(m_importPage);
    m_strict->setObjectName(QStringLiteral("strictMode"));
    m_strictNote = new QLabel(m_importPage);
    m_strictNote->setWordWrap(true);
    m_strictNote->setForegroundRole(QPalette::PlaceholderText);
    m_progress = new QProgressBar(m_importPage);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->hide();
    m_progressText = new QLabel(m_importPage);
    m_progressText->setObjectName(QStringLiteral("progressText"));
    m_cancelButton = new QPushButton(m_importPage);
    m_cancelButton->setObjectName(QStringLiteral("cancelImport"));
    m_cancelButton->hide();
    m_importStatusLabel = new QLabel(m_importPage);
    m_importStatusLabel->setObjectName(QStringLiteral("importStatus"));
    m_importStatusLabel->setWordWrap(true);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelButton);
    layout->addWidget(m_importFacts);
    layout->addSpacing(12);
    layout->addWidget(m_strict);
    layout->addWidget(m_strictNote);
    layout->addSpacing(18);
    layout->addLayout(progressRow);
    layout->addWidget(m_progressText);
    layout->addWidget(m_importStatusLabel);
    layout->addStretch();

    connect(m_cancelButton, &QPushButton::clicked, this, &ImportWizard::cancelImport);
}

void ImportWizard::updateImportFacts()
{
    QStringList lines;
    const QString file = ImportText::fileName(m_path);
    lines.append(m_kind == ImportKind::Contacts ? tr("Import contacts from “%1”.").arg(file)
                                                : tr("Import companies from “%1”.").arg(file));
    lines.append(m_total >= 0 ? tr("Records in the file: %1").arg(number(m_total))
                              : tr("Records in the file: counting…"));
    if (m_preview)
        lines.append(countsText());
    lines.append(
        tr("You can cancel while the import runs: nothing is stored until the whole file has been read, "
           "so a cancelled import leaves no trace."));
    m_importFacts->setText(inReadingDirection(lines.join(u'\n')));
}

bool ImportWizard::validateCurrentPage()
{
    if (currentId() == ImportPage && !m_summaryPage->summary()) {
        startImport();
        return false; // the summary follows when the import has finished
    }
    return QWizard::validateCurrentPage();
}

bool ImportWizard::startImport()
{
    if (m_importing || m_path.isEmpty() || !ensureWorker())
        return false;
    m_importing = true;
    m_cancelRequested = false;
    m_importStatus.clear();
    m_cancel = std::make_shared<std::atomic<bool>>(false);

    ImportOptions options;
    options.kind = m_kind;
    options.strict = m_strict->isChecked();
    options.mapping = m_mapping;
    options.sourceName = QFileInfo(m_path).fileName();
    auto cancel = m_cancel;
    // Runs on the worker thread. `this` outlives every call: the destructor waits for the worker.
    options.progress = [this, cancel](qint64 read) {
        if (cancel->load())
            return false;
        QMetaObject::invokeMethod(
            this, [this, read]() { showProgress(read); }, Qt::QueuedConnection);
        return true;
    };
    const QString path = m_path;
    m_worker->run<Result<ImportSummary>>(
        this, [path, options](CrmStore &store) { return store.imports().importFile(path, options); },
        [this](Result<ImportSummary> result) { finishImport(std::move(result)); });

    m_strict->setEnabled(false);
    m_progress->setRange(0, m_total > 0 ? int(qMin<qint64>(m_total, INT_MAX)) : 0);
    m_progress->setValue(0);
    m_progress->show();
    m_cancelButton->setEnabled(true);
    m_cancelButton->show();
    m_progressText->setText(tr("Importing…"));
    m_importStatusLabel->clear();
    m_importStatusLabel->setStyleSheet(QString());
    m_importPage->recheck(); // before disabling Back: the wizard re-enables it on every recheck
    button(QWizard::BackButton)->setEnabled(false);
    return true;
}

void ImportWizard::showProgress(qint64 read)
{
    if (!m_importing)
        return;
    if (m_total > 0) {
        m_progress->setRange(0, int(qMin<qint64>(m_total, INT_MAX)));
        m_progress->setValue(int(qMin(read, m_total)));
        m_progressText->setText(tr("%1 of %2 records read").arg(number(read), number(m_total)));
    } else {
        m_progress->setRange(0, 0); // the total is not known yet: a busy bar and the count
        m_progressText->setText(tr("%1 records read").arg(number(read)));
    }
    if (m_cancelRequested)
        m_progressText->setText(tr("Cancelling… nothing will be stored."));
    Q_EMIT progressReported(read, m_total);
}

void ImportWizard::cancelImport()
{
    if (!m_importing || m_cancelRequested)
        return;
    m_cancelRequested = true;
    m_cancel->store(true);
    m_cancelButton->setEnabled(false);
    m_progressText->setText(tr("Cancelling… nothing will be stored."));
}

void ImportWizard::finishImport(Result<ImportSummary> result)
{
    m_importing = false;
    m_strict->setEnabled(true);
    m_cancelButton->hide();
    button(QWizard::BackButton)->setEnabled(true);
    if (result) {
        m_summaryPage->setSummary(*result, m_kind, m_strict->isChecked(), m_cancelRequested);
        if (result->stored) {
            // The import returned at its commit; its pages move from the log into the database
            // here, while the user reads the summary, instead of stalling the next edit.
            m_worker->run<Status>(
                this, [](CrmStore &store) { return store.database().checkpoint(); }, [](Status) {});
            Q_EMIT imported(result->batchId);
        }
        m_importPage->recheck();
        if (currentId() == ImportPage)
            next();
        return;
    }
    m_progress->hide();
    m_progressText->clear();
    const Error &error = result.error();
    if (error.code == ErrorCode::Cancelled) {
        m_importStatus = tr("Import cancelled. Nothing was stored: the whole file was rolled back.");
        m_importStatusLabel->setStyleSheet(QString());
    } else {
        m_importStatus = tr("The import stopped. %1 Nothing was stored.").arg(ImportText::fileError(error));
        m_importStatusLabel->setStyleSheet(kErrorStyle);
    }
    m_importStatusLabel->setText(inReadingDirection(m_importStatus));
    m_importPage->recheck();
}

// ---- Wizard -------------------------------------------------------------------------------

int ImportWizard::nextId() const
{
    switch (currentId()) {
    case FilePage:
        return PreviewPage;
    case PreviewPage:
        return m_preview && !m_preview->mappable() ? ImportPage : MappingPage;
    case MappingPage:
        return ImportPage;
    case ImportPage:
        return SummaryPage;
    default:
        return -1;
    }
}

void ImportWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id == ImportPage) {
        updateImportFacts();
        m_importStatusLabel->setText(inReadingDirection(m_importStatus));
    }
}

void ImportWizard::reject()
{
    if (m_importing) {
        cancelImport(); // the wizard stays until the worker has rolled back
        return;
    }
    QWizard::reject();
}

void ImportWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LayoutDirectionChange)
        retranslate();
    QWizard::changeEvent(event);
}

void ImportWizard::retranslate()
{
    setWindowTitle(tr("Import contacts or companies"));
    setButtonText(QWizard::NextButton, tr("Next"));
    setButtonText(QWizard::BackButton, tr("Back"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::CommitButton, tr("Start import"));
    setButtonText(QWizard::FinishButton, tr("Close"));

    m_filePage->retranslate();
    m_previewPage->retranslate();
    m_importPage->setTitle(tr("Import"));
    m_importPage->setSubTitle(
        tr("The whole file is imported as one unit: if the import is cancelled or fails, "
           "nothing is stored."));
    m_strict->setText(tr("&Strict: if any row has a problem, import nothing"));
    m_strictNote->setText(
        tr("Without strict mode, rows with problems are left out and listed in the summary, and "
           "the rest is imported."));
    m_cancelButton->setText(tr("Cancel import"));

    m_model->retranslate();
    m_mappingPage->retranslate();
    updateFileStatus();
    updatePreviewFacts();
    updateImportFacts();
    m_summaryPage->retranslate();
}

} // namespace OmniCrm
