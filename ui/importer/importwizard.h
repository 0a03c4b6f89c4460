// ImportWizard: contacts or companies from a CSV, vCard or OmniCRM JSON file, in five steps: pick
// the file (or drop it) and the kind; check the preview with its problems; match the columns;
// import with progress and cancel; read the summary and undo the batch if it was a mistake.
//
// The one rule: the file is read and the store written on a thread of the wizard's own, over a
// connection made by `openWorkerStore` (on the GUI thread, then used only on that thread), so the
// GUI never waits on a large file. Undo runs on the GUI-thread store, whose ImportService then
// tells the rest of the app. A cancelled import stores nothing: the whole file is one transaction.
//
// This class holds that state and runs the work; the file, preview, mapping and summary pages are
// classes of their own that show it and report the user's choices by signal.
#pragma once

#include "crmstore.h"
#include "importpreview.h"

#include <QPointer>
#include <QWizard>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QThread;

namespace OmniCrm {

class BackgroundStore;
class ColumnMappingPage;
class ImportFilePage;
class ImportPreviewModel;
class ImportPreviewPage;
class ImportStepPage;
class ImportSummaryPage;

class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    /// Opens the connection the import runs on; called on the GUI thread (CrmStore::openSibling).
    using StoreFactory = std::function<Result<std::unique_ptr<CrmStore>>()>;

    enum PageId { FilePage, PreviewPage, MappingPage, ImportPage, SummaryPage };

    /// `store` is the GUI thread's store (undo, and the app's signals); `kind` is preselected.
    ImportWizard(CrmStore &store, StoreFactory openWorkerStore, ImportKind kind = ImportKind::Contacts,
                 QWidget *parent = nullptr);
    ~ImportWizard() override;

    /// Chooses the file, as Browse or a drop does, and starts reading it.
    void setFilePath(const QString &path);
    QString filePath() const { return m_path; }
    ImportKind kind() const { return m_kind; }
    /// The model behind both preview tables (tests, and a detail view later).
    ImportPreviewModel *previewModel() const { return m_model; }
    /// True while a file is being read for the preview.
    bool isPreviewing() const { return m_previewPending > 0; }
    bool isImporting() const { return m_importing; }
    /// The last import's summary, once it has finished.
    const std::optional<ImportSummary> &summary() const;

    /// Writes the summary's problems to a CSV file (Excel-ready: UTF-8 with BOM).
    Status exportErrors(const QString &path) const;

    int nextId() const override;
    bool validateCurrentPage() override;

Q_SIGNALS:
    /// A batch was stored; lists showing contacts or companies should refresh.
    void imported(const QString &batchId);
    /// The batch was undone from the summary: its records are deleted again.
    void importUndone(const QString &batchId);
    /// Records read so far by the running import; `total` is -1 while unknown.
    void progressReported(qint64 read, qint64 total);
    /// A preview (first read, or after a mapping change) is shown, or failed.
    void previewUpdated();

public Q_SLOTS:
    /// Stops a running import; nothing is stored.
    void cancelImport();

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;
    void initializePage(int id) override;

private:
    void buildImportPage();
    void retranslate();

    bool ensureWorker();
    void setKind(ImportKind kind);
    void requestPreview(bool newFile);
    void showPreview(const ImportPreview &preview);
    void showPreviewError(const Error &error);
    void recheckPages();
    void startCount();

    bool startImport();
    void showProgress(qint64 read);
    void finishImport(Result<ImportSummary> result);

    void updateFileStatus();
    void updatePreviewFacts();
    void updateImportFacts();
    QString countsText() const;

    CrmStore &m_store;
    StoreFactory m_openWorkerStore;
    std::unique_ptr<BackgroundStore> m_worker;
    ImportKind m_kind;
    QString m_path;
    ColumnMapping m_mapping;

    // Preview state; the pages read it.
    std::optional<ImportPreview> m_preview;
    std::optional<Error> m_previewError;
    int m_previewSerial = 0;
    int m_previewPending = 0;

    // Record count, on a thread of its own (it needs no store).
    qint64 m_total = -1;
    bool m_countStarted = false;
    QPointer<QThread> m_countThread; // the current file's
    QList<QPointer<QThread>> m_countThreads; // every one started, to wait for on destruction
    std::shared_ptr<std::atomic<bool>> m_countStop;

    // Import state.
    bool m_importing = false;
    bool m_cancelRequested = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QString m_importStatus; // the last import's outcome when it did not reach the summary

    ImportPreviewModel *m_model = nullptr;

    ImportFilePage *m_filePage = nullptr;
    ImportPreviewPage *m_previewPage = nullptr;
    ColumnMappingPage *m_mappingPage = nullptr;
    // 4. Import: built here, as it shows the import this wizard runs.
    ImportStepPage *m_importPage = nullptr;
    QLabel *m_importFacts = nullptr;
    QCheckBox *m_strict = nullptr;
    QLabel *m_strictNote = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_importStatusLabel = nullptr;
    ImportSummaryPage *m_summaryPage = nullptr;
};

} // namespace OmniCrm
