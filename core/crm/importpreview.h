// ImportPreviewer: what importing a file would do, shown before anything is stored. It reads the
// first rows of a CSV, vCard or JSON file with the io sources, applies the column mapping, and
// checks each record the way ImportService will: the services' validation (names, phones, e-mails)
// and their exact-duplicate checks against the store and against earlier rows of the same file.
// It only reads: no store write, no change-log row.
//
// The rule that is not obvious: a record fails on its first bad value when imported, but the
// preview checks every phone and e-mail on its own, so that each bad cell is named, not only the
// first one of the row.
#pragma once

#include "columnmapping.h"
#include "companyservice.h"
#include "contactservice.h"
#include "importservice.h"
#include "textdecoder.h"

#include <functional>

class QIODevice;

namespace OmniCrm {

/// Why a row or a cell would not be imported as it is.
enum class PreviewProblem {
    MissingName, // the record has no name: it is rejected
    BadPhone, // a phone or mobile number that cannot be normalised: the record is rejected
    BadEmail, // an e-mail address of the wrong shape: the record is rejected
    Invalid, // another validation error (a name too long, too many phones): rejected
    Malformed, // the row itself could not be read (wrong number of cells): rejected
    Duplicate, // a live record in the store has the same phone, e-mail or id: skipped
    DuplicateInFile, // an earlier row of this file has the same phone or e-mail: skipped
    Empty, // none of the imported columns has a value: the row is left out
};

/// What importing a row would do.
enum class PreviewOutcome {
    Ready, // it will be stored
    Rejected, // it is bad and will be reported by line and field
    Skipped, // a duplicate, or nothing to import
};

struct PreviewIssue
{
    int column = -1; // index into ImportPreview::columns, or -1 for the row as a whole
    PreviewProblem problem = PreviewProblem::Invalid;
    QString field; // the canonical field (importfield.h) the issue is about, if any
    QString value; // the offending value as the file gives it, if one
    Error error; // the service's error (code, English detail)
    QString duplicateId; // Duplicate: the existing record
    QString duplicateName; // Duplicate: its name
    int duplicateLine = 0; // DuplicateInFile: the earlier row's line
};

struct PreviewRow
{
    int line = 0; // 1-based physical line where the row starts
    QStringList cells; // one per column, as the file gives it (trimmed)
    PreviewOutcome outcome = PreviewOutcome::Ready;
    QList<PreviewIssue> issues;

    /// The issues about `column` (not those of the whole row).
    QList<PreviewIssue> issuesAt(int column) const;
    /// The issues about the whole row.
    QList<PreviewIssue> rowIssues() const { return issuesAt(-1); }
};

struct PreviewColumn
{
    QString header; // the header text (CSV), or the canonical field (vCard, JSON)
    QString field; // the field it is imported as with the current mapping; empty: ignored
    QString recognised; // the field header recognition alone gives; empty: not recognised
};

struct ImportPreview
{
    RecordFormat format = RecordFormat::Csv;
    TextEncoding encoding = TextEncoding::Utf8;
    QChar delimiter; // CSV only
    /// CSV: the file's columns, mappable. vCard and JSON: the fields the first records use, fixed.
    QList<PreviewColumn> columns;
    QList<PreviewRow> rows;
    bool moreRows = false; // the file goes on after the previewed rows

    bool mappable() const { return format == RecordFormat::Csv; }
    /// How many columns will be imported; 0 means nothing can be imported until one is mapped.
    int mappedCount() const;
    int count(PreviewOutcome outcome) const;
};

struct ImportPreviewOptions
{
    ImportKind kind = ImportKind::Contacts;
    ColumnMapping mapping; // as ImportOptions::mapping
    int maxRows = 50;
};

class ImportPreviewer
{
public:
    ImportPreviewer(const ContactService &contacts, const CompanyService &companies);

    /// Errors: Io when the file cannot be opened; those of the readers when its beginning is not
    /// text or not the format it claims (Encoding for a binary file, Parse for an empty one).
    Result<ImportPreview> preview(const QString &path, const ImportPreviewOptions &options) const;
    Result<ImportPreview> preview(QIODevice &device, RecordFormat format,
                                  const ImportPreviewOptions &options) const;

    /// How many records ImportService will read from the file (its progress counts these): the
    /// CSV rows after the header that are not blank, the cards of a vCard file, the records of a
    /// JSON file. Reads the whole file without the store; `keepGoing` is asked every row and
    /// stopping gives a Cancelled error.
    static Result<qint64> countRecords(const QString &path, const std::function<bool()> &keepGoing = {});

private:
    // Keys (phone, e-mail, company name) of earlier rows that would be stored → their line.
    using SeenKeys = QHash<QString, int>;

    /// Checks `record` and appends its issues to `row`, their columns still unset.
    Status checkContact(const ImportRecord &record, PreviewRow &row, SeenKeys &seen) const;
    Status checkCompany(const ImportRecord &record, PreviewRow &row, SeenKeys &seen) const;
    Result<ImportPreview> previewCsv(QIODevice &device, const ImportPreviewOptions &options) const;
    Result<ImportPreview> previewRecords(QIODevice &device, RecordFormat format,
                                         const ImportPreviewOptions &options) const;
    /// Validates the rows' records and places their issues on columns.
    Status checkRows(ImportPreview &preview, const QList<ImportRecord> &records, ImportKind kind) const;

    const ContactService &m_contacts;
    const CompanyService &m_companies;
};

} // namespace OmniCrm
