// ColumnMappingPage: the import wizard's third page. One row per column of the file: its
// header, the field it is imported as (a combo), whether that was recognised or chosen, and an
// example value; below, the preview rows checked again with the current choice.
//
// The one rule: a changed combo only reports the choice (fieldChosen); the wizard re-reads the
// preview, and the rows stay as long as the columns do, so the combo keeps its focus.
#pragma once

#include "importpreview.h"
#include "importsteppage.h"

#include <optional>

class QComboBox;
class QGridLayout;
class QLabel;
class QScrollArea;
class QTableView;

namespace OmniCrm {

class ImportPreviewModel;

class ColumnMappingPage : public ImportStepPage
{
    Q_OBJECT
public:
    /// `preview` is the wizard's current preview, read on every rebuild; `model` shows its rows.
    ColumnMappingPage(std::function<bool()> complete, const std::optional<ImportPreview> &preview,
                      ImportPreviewModel *model, ImportKind kind, QWidget *parent = nullptr);

    /// The kind the field names are given for ("name" differs for contacts and companies).
    void setKind(ImportKind kind) { m_kind = kind; }
    /// Brings the rows in line with the preview: new rows for new columns, else new values.
    void rebuildMappingRows();
    /// The preview's counts line, shown above its rows (cleared while there is no preview).
    void showCounts(const QString &counts);
    void retranslate();

Q_SIGNALS:
    /// The user chose `field` (empty: do not import) for the column headed `header`.
    void fieldChosen(const QString &header, const QString &field);

private:
    void setColumnField(int column, const QString &field);

    const std::optional<ImportPreview> &m_preview;
    ImportKind m_kind;
    QStringList m_mappingHeaders; // the headers the mapping rows were built for
    QList<QComboBox *> m_mappingCombos;
    QList<QLabel *> m_mappingSamples;
    QList<QLabel *> m_mappingStates;

    QLabel *m_mappingIntro = nullptr;
    QScrollArea *m_mappingScroll = nullptr;
    QGridLayout *m_mappingGrid = nullptr;
    QLabel *m_mappingCounts = nullptr;
    QTableView *m_mappingTable = nullptr;
};

} // namespace OmniCrm
