// ImportPreviewPage: the import wizard's second page. The file's format, encoding and record
// count, how many of the first rows are ready, skipped or refused, the rows themselves with
// their problems tinted, and a list of those problems that leads to each cell.
#pragma once

#include "importpreview.h"
#include "importsteppage.h"

#include <optional>

class QLabel;
class QListWidget;
class QTableView;

namespace OmniCrm {

class ImportPreviewModel;

class ImportPreviewPage : public ImportStepPage
{
    Q_OBJECT
public:
    /// `preview` is the wizard's current preview, which `model` shows.
    ImportPreviewPage(std::function<bool()> complete, const std::optional<ImportPreview> &preview,
                      ImportPreviewModel *model, QWidget *parent = nullptr);

    /// Shows the preview's facts: `total` records in the file (-1 while counted) and `counts`,
    /// the line of outcomes; clears them while there is no preview.
    void showFacts(qint64 total, const QString &counts);
    void retranslate();

private:
    const std::optional<ImportPreview> &m_preview;
    ImportPreviewModel *m_model;

    QLabel *m_previewFacts = nullptr;
    QLabel *m_previewCounts = nullptr;
    QTableView *m_previewTable = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QListWidget *m_problemList = nullptr;
};

} // namespace OmniCrm
