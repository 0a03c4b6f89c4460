// ImportPreviewModel: the first rows of a file to import as a table. Column 0 is the row's line in
// the file with an icon for what importing will do; the other columns are the file's columns,
// headed by their text and the field each is imported as. Cells with a problem are tinted (red:
// the row will not be imported; amber: it will be skipped) and explain it in their tooltip.
#pragma once

#include "importpreview.h"

#include <QAbstractTableModel>

namespace OmniCrm {

class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        ProblemsRole
        = Qt::UserRole + 1, // QVariantList of int(PreviewProblem) on this cell (column 0: the row's own)
        OutcomeRole, // int(PreviewOutcome) of the row
        LineRole, // the row's line in the file
    };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    /// Replaces the rows (a full reload).
    void setPreview(const ImportPreview &preview, ImportKind kind);
    void clear();
    const ImportPreview &preview() const { return m_preview; }
    /// The model column of file column `fileColumn` (-1, the row as a whole: column 0).
    static int modelColumn(int fileColumn) { return fileColumn + 1; }

    /// Every problem in the rows, one sentence each, with the cell it is about.
    struct Problem
    {
        int row = 0;
        int column = 0; // model column
        QString text;
    };
    QList<Problem> problems() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Re-reads texts after a language change.
    void retranslate();

private:
    QString tooltip(const PreviewRow &row, int fileColumn) const;

    ImportPreview m_preview;
    ImportKind m_kind = ImportKind::Contacts;
};

} // namespace OmniCrm
