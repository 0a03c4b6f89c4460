// ImportSummaryPage: the import wizard's last page. It shows what the finished import stored,
// skipped and refused (by line), copies or saves the problems as CSV, and undoes the batch.
//
// The one rule: undo runs on the GUI thread's store, whose ImportService then tells the rest of
// the app; the page reports it with importUndone, and an import is undone at most once.
#pragma once

#include "importpreview.h"
#include "importservice.h"

#include <QWizardPage>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace OmniCrm {

class CrmStore;

class ImportSummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    /// `store` is the GUI thread's store, the one undo runs on.
    explicit ImportSummaryPage(CrmStore &store, QWidget *parent = nullptr);

    /// The finished import: its `kind`, whether it ran in `strict` mode, and whether Cancel had
    /// been pressed (too late) while it ran.
    void setSummary(const ImportSummary &summary, ImportKind kind, bool strict, bool cancelRequested);
    const std::optional<ImportSummary> &summary() const { return m_summary; }
    /// The file being imported; Save as CSV suggests a name beside it.
    void setSourcePath(const QString &path) { m_sourcePath = path; }

    /// Writes the summary's problems to a CSV file (Excel-ready: UTF-8 with BOM).
    Status exportErrors(const QString &path) const;

    void initializePage() override;
    void retranslate();
    void showSummary();

Q_SIGNALS:
    /// The batch was undone: its records are deleted again.
    void importUndone(const QString &batchId);

private:
    void askUndo();
    void undo();
    void copyErrors();
    void saveErrors();
    QStringList errorRows(bool withHeader) const;

    CrmStore &m_store;
    QString m_sourcePath;
    std::optional<ImportSummary> m_summary;
    ImportKind m_summaryKind = ImportKind::Contacts;
    bool m_summaryStrict = false;
    bool m_cancelRequested = false;
    qint64 m_undoneCount = -1;
    QString m_undoError;

    QLabel *m_summaryFigures = nullptr;
    QLabel *m_batchLabel = nullptr;
    QLabel *m_errorsLabel = nullptr;
    QTableWidget *m_errorTable = nullptr;
    QPushButton *m_copyErrors = nullptr;
    QPushButton *m_saveErrors = nullptr;
    QPushButton *m_undoButton = nullptr;
    QLabel *m_undoStatus = nullptr;
};

} // namespace OmniCrm
