#include "importsummarypage.h"

#include "crmstore.h"
#include "csvwriter.h"
#include "errortext.h"
#include "importsteppage.h"
#include "importtext.h"
#include "uiicons.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace OmniCrm {

using ImportStep::inReadingDirection;
using ImportStep::kErrorStyle;
using ImportStep::number;

ImportSummaryPage::ImportSummaryPage(CrmStore &store, QWidget *parent)
    : QWizardPage(parent)
    , m_store(store)
{
    setFinalPage(true);
    auto *layout = new QVBoxLayout(this);
    m_summaryFigures = new QLabel(this);
    m_summaryFigures->setObjectName(QStringLiteral("summaryFigures"));
    m_summaryFigures->setWordWrap(true);
    m_batchLabel = new QLabel(this);
    m_batchLabel->setObjectName(QStringLiteral("batchId"));
    m_batchLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorsLabel = new QLabel(this);
    m_errorTable = new QTableWidget(this);
    m_errorTable->setObjectName(QStringLiteral("errorTable"));
    m_errorTable->setColumnCount(3);
    m_errorTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_errorTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_errorTable->verticalHeader()->hide();
    m_errorTable->horizontalHeader()->setStretchLastSection(true);
    m_errorTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_errorsLabel->setBuddy(m_errorTable);
    m_copyErrors = new QPushButton(uiIcon(QStringLiteral("edit-copy")), QString(), this);
    m_copyErrors->setObjectName(QStringLiteral("copyErrors"));
    m_saveErrors = new QPushButton(uiIcon(QStringLiteral("document-export")), QString(), this);
    m_saveErrors->setObjectName(QStringLiteral("saveErrors"));
    m_undoButton = new QPushButton(uiIcon(QStringLiteral("edit-undo")), QString(), this);
    m_undoButton->setObjectName(QStringLiteral("undoImport"));
    m_undoStatus = new QLabel(this);
    m_undoStatus->setObjectName(QStringLiteral("undoStatus"));
    m_undoStatus->setWordWrap(true);

    auto *errorButtons = new QHBoxLayout;
    errorButtons->addWidget(m_copyErrors);
    errorButtons->addWidget(m_saveErrors);
    errorButtons->addStretch();
    errorButtons->addWidget(m_undoButton);
    layout->addWidget(m_summaryFigures);
    layout->addWidget(m_batchLabel);
    layout->addSpacing(8);
    layout->addWidget(m_errorsLabel);
    layout->addWidget(m_errorTable, 1);
    layout->addLayout(errorButtons);
    layout->addWidget(m_undoStatus);

    connect(m_copyErrors, &QPushButton::clicked, this, &ImportSummaryPage::copyErrors);
    connect(m_saveErrors, &QPushButton::clicked, this, &ImportSummaryPage::saveErrors);
    connect(m_undoButton, &QPushButton::clicked, this, &ImportSummaryPage::askUndo);
}

void ImportSummaryPage::setSummary(const ImportSummary &summary, ImportKind kind, bool strict,
                                   bool cancelRequested)
{
    m_summary = summary;
    m_summaryKind = kind;
    m_summaryStrict = strict;
    m_cancelRequested = cancelRequested;
    m_undoneCount = -1;
    m_undoError.clear();
}

void ImportSummaryPage::initializePage()
{
    QWizardPage::initializePage();
    showSummary();
}

void ImportSummaryPage::retranslate()
{
    setTitle(tr("Import summary"));
    setSubTitle(tr("What was stored, what was skipped, and why."));
    m_copyErrors->setText(tr("Copy problems"));
    m_saveErrors->setText(tr("Save as CSV…"));
    m_undoButton->setText(tr("&Undo this import"));
    showSummary();
}

void ImportSummaryPage::showSummary()
{
    if (!m_summary)
        return;
    const ImportSummary &s = *m_summary;
    QStringList lines;
    if (s.stored) {
        lines.append(m_summaryKind == ImportKind::Contacts
                         ? tr("Contacts imported: %1").arg(number(s.imported))
                         : tr("Companies imported: %1").arg(number(s.imported)));
    } else if (m_summaryStrict && !s.errors.isEmpty()) {
        lines.append(
            tr("Nothing was stored: strict mode found problems in the file. Fix the rows below and import "
               "again, or import without strict mode."));
    } else {
        lines.append(tr("Nothing was stored: the file had no new records to import."));
    }
    lines.append(tr("Skipped as duplicates: %1").arg(number(s.skippedDuplicates)));
    lines.append(tr("Not imported because of problems: %1").arg(number(s.errors.size())));
    lines.append(tr("Records read: %1").arg(number(s.read)));
    if (m_cancelRequested && s.stored)
        lines.append(
            tr("The whole file had been read before Cancel arrived, so the import was kept. Use Undo if "
               "you do not want it."));
    m_summaryFigures->setText(inReadingDirection(lines.join(u'\n')));
    m_batchLabel->setVisible(s.stored);
    m_batchLabel->setText(tr("Import batch: %1").arg(s.batchId));

    m_errorsLabel->setText(tr("Problems by line: %1").arg(number(s.errors.size())));
    m_errorTable->setHorizontalHeaderLabels({ tr("Line"), tr("Field"), tr("Problem") });
    m_errorTable->setRowCount(int(s.errors.size()));
    for (int r = 0; r < s.errors.size(); ++r) {
        const ImportRowError &error = s.errors.at(r);
        auto *line = new QTableWidgetItem(number(error.line));
        line->setData(Qt::UserRole, error.line);
        auto *field = new QTableWidgetItem(
            error.field.isEmpty() ? QString() : ImportText::fieldName(error.field, m_summaryKind));
        auto *problem = new QTableWidgetItem(ImportText::rowError(error, m_summaryKind));
        problem->setToolTip(error.message);
        m_errorTable->setItem(r, 0, line);
        m_errorTable->setItem(r, 1, field);
        m_errorTable->setItem(r, 2, problem);
    }
    m_errorTable->resizeColumnToContents(0);
    m_errorTable->resizeColumnToContents(1);
    const bool errors = !s.errors.isEmpty();
    m_errorsLabel->setVisible(errors);
    m_errorTable->setVisible(errors);
    m_copyErrors->setVisible(errors);
    m_saveErrors->setVisible(errors);

    m_undoButton->setVisible(s.stored);
    m_undoButton->setEnabled(s.stored && m_undoneCount < 0);
    m_undoStatus->setStyleSheet(m_undoError.isEmpty() ? QString() : kErrorStyle);
    if (!m_undoError.isEmpty())
        m_undoStatus->setText(inReadingDirection(m_undoError));
    else if (m_undoneCount >= 0)
        m_undoStatus->setText(
            inReadingDirection(tr("Import undone: %1 records removed.").arg(number(m_undoneCount))));
    else
        m_undoStatus->clear();
}

void ImportSummaryPage::askUndo()
{
    if (!m_summary || !m_summary->stored || m_undoneCount >= 0)
        return;
    auto *box
        = new QMessageBox(QMessageBox::Question, tr("Undo this import?"),
                          tr("This deletes the %1 records this import added (and the companies it created "
                             "for them). Records that were already in OmniCRM are not touched.")
                              .arg(number(m_summary->imported)),
                          QMessageBox::Yes | QMessageBox::No, window());
    box->setObjectName(QStringLiteral("confirmUndo"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("Undo import"));
    box->button(QMessageBox::No)->setText(tr("Keep it"));
    box->setDefaultButton(QMessageBox::No);
    QAbstractButton *yes = box->button(QMessageBox::Yes);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes](QAbstractButton *clicked) {
        if (clicked == yes)
            undo();
    });
    box->open(); // window-modal, no nested event loop
}

void ImportSummaryPage::undo()
{
    if (!m_summary || m_undoneCount >= 0)
        return;
    const QString batchId = m_summary->batchId;
    auto removed = m_store.imports().undo(batchId);
    if (removed) {
        m_undoneCount = *removed;
        m_undoError.clear();
        Q_EMIT importUndone(batchId);
    } else {
        m_undoError = tr("The import could not be undone. %1").arg(ErrorText::describe(removed.error()));
    }
    showSummary();
}

QStringList ImportSummaryPage::errorRows(bool withHeader) const
{
    QStringList rows;
    if (withHeader)
        rows.append(QStringList { tr("Line"), tr("Field"), tr("Problem") }.join(u'\t'));
    if (!m_summary)
        return rows;
    for (const ImportRowError &error : m_summary->errors) {
        const QString field
            = error.field.isEmpty() ? QString() : ImportText::fieldName(error.field, m_summaryKind);
        rows.append(
            QStringList { QString::number(error.line), field, ImportText::rowError(error, m_summaryKind) }
                .join(u'\t'));
    }
    return rows;
}

void ImportSummaryPage::copyErrors()
{
    QApplication::clipboard()->setText(errorRows(true).join(u'\n'));
}

Status ImportSummaryPage::exportErrors(const QString &path) const
{
    if (!m_summary)
        return Error::make(ErrorCode::NotFound, QStringLiteral("no import has finished"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(ErrorCode::Io,
                           QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    // Columns keyed by their translated headers; CsvWriter adds the BOM Excel needs for Arabic
    // and guards cells against formula injection.
    const QStringList columns { tr("Line"), tr("Field"), tr("Problem"), tr("Detail") };
    CsvWriter writer(file);
    OMNICRM_TRY(writer.writeHeader(columns));
    for (const ImportRowError &error : m_summary->errors) {
        ImportRecord record;
        record.add(columns.at(0), QString::number(error.line));
        record.add(columns.at(1),
                   error.field.isEmpty() ? QString() : ImportText::fieldName(error.field, m_summaryKind));
        record.add(columns.at(2), ImportText::rowError(error, m_summaryKind));
        record.add(columns.at(3), error.message);
        OMNICRM_TRY(writer.writeRecord(record));
    }
    if (!file.commit())
        return Error::make(ErrorCode::Io,
                           QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

void ImportSummaryPage::saveErrors()
{
    const QString suggested = QFileInfo(m_sourcePath).completeBaseName() + QStringLiteral("-problems.csv");
    auto *dialog
        = new QFileDialog(window(), tr("Save the problems as CSV"),
                          QFileInfo(m_sourcePath).absoluteDir().filePath(suggested), tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("saveProblems"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (const Status saved = exportErrors(path); !saved) {
            m_undoStatus->setStyleSheet(kErrorStyle);
            m_undoStatus->setText(inReadingDirection(ImportText::fileError(saved.error())));
        }
    });
    dialog->open();
}

} // namespace OmniCrm
