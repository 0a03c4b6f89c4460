// ImportFilePage: the import wizard's first page. The file (typed, browsed for, or dropped
// anywhere on the page), whether its rows are contacts or companies, and what reading it found.
//
// The one rule: a typed path is taken once typing pauses (or on Return), not on every key, so a
// half-typed path never starts a read; every way of choosing a file ends in pathChosen.
#pragma once

#include "importpreview.h"
#include "importsteppage.h"

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTimer;

namespace OmniCrm {

class ImportFilePage : public ImportStepPage
{
    Q_OBJECT
public:
    /// `preview` is the wizard's current preview; `kind` is preselected.
    ImportFilePage(std::function<bool()> complete, const std::optional<ImportPreview> &preview,
                   ImportKind kind, QWidget *parent = nullptr);

    /// Shows `path` in the path field, as chosen, and drops a typed path still waiting.
    void showPath(const QString &path);
    /// The file being read (cleaned, or empty): Browse opens in its folder.
    void setCurrentFile(const QString &path) { m_currentFile = path; }
    void setKind(ImportKind kind);
    /// What reading the current file found: `error`, or the preview, or that it is being read.
    void showStatus(const std::optional<Error> &error);
    void retranslate();

Q_SIGNALS:
    void pathChosen(const QString &path);
    void kindChosen(OmniCrm::ImportKind kind);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void browse();

    const std::optional<ImportPreview> &m_preview;
    QString m_currentFile;
    QTimer *m_pathDebounce = nullptr;

    QLabel *m_fileIntro = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLineEdit *m_pathEdit = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_dropHint = nullptr;
    QLabel *m_kindLabel = nullptr;
    QRadioButton *m_contactsKind = nullptr;
    QRadioButton *m_companiesKind = nullptr;
    QLabel *m_fileStatus = nullptr;
};

} // namespace OmniCrm
