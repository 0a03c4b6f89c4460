// ImportService: contacts and companies from CSV, vCard or JSON files. A whole file is one
// transaction: each record goes in whole or not at all, bad records are skipped and reported by
// line and field (strict mode stores nothing when any record is bad), exact duplicates by phone
// or e-mail are skipped and counted, and a batch can be undone as a whole.
#pragma once

#include "columnmapping.h"
#include "companyservice.h"
#include "contactservice.h"
#include "importbatchrepository.h"
#include "importrecord.h"
#include "searchindex.h"

#include <QObject>

#include <functional>

class QIODevice;

namespace OmniCrm {

enum class RecordFormat { Csv, VCard, Json };

/// The format a file name or its first bytes say it is in.
RecordFormat detectRecordFormat(const QString &fileName, const QByteArray &head);
std::optional<RecordFormat> recordFormatFromName(QStringView name);

struct ImportOptions
{
    ImportKind kind = ImportKind::Contacts;
    bool dryRun = false; // validate and count, store nothing
    bool strict = false; // any bad record: store nothing
    ColumnMapping mapping; // CSV columns the recogniser does not know, or overrides
    QString sourceName; // file name recorded with the batch
    /// Called every 1,000 records with the number read so far; return false to cancel.
    std::function<bool(qint64)> progress;
};

struct ImportRowError
{
    int line = 0;
    QString field;
    QString message;
};

struct ImportSummary
{
    QString batchId; // empty when nothing was stored
    qint64 read = 0; // records read, good and bad
    qint64 imported = 0;
    qint64 skippedDuplicates = 0;
    QList<ImportRowError> errors;
    QStringList unrecognisedColumns;
    QString encoding;
    bool stored = false; // false for a dry run, and for strict mode with errors
};

class ImportService : public QObject
{
    Q_OBJECT
public:
    ImportService(ChangeLog &log, ContactService &contacts, CompanyService &companies,
                  ImportBatchRepository &batches, SearchIndex &search, QObject *parent = nullptr);

    /// Imports a file. An unreadable or malformed file is an Error and nothing is stored.
    /// A stored import returns once its commit is in the write-ahead log; folding the log into
    /// the database is left to Database::checkpoint(), for the caller to run off the user's path
    /// (closing the last connection does it too).
    Result<ImportSummary> importFile(const QString &path, const ImportOptions &options);
    /// As importFile(). The device is read on a worker thread for the length of the call (records
    /// are parsed and validated there while this thread stores them), so it must be one that
    /// needs no event loop, such as a file or a buffer, and nothing else may use it meanwhile.
    /// The progress callback, the store and the signals stay on the calling thread.
    Result<ImportSummary> importDevice(QIODevice &device, RecordFormat format, const ImportOptions &options);
    /// Soft-deletes every record a batch created, in one transaction. Returns how many.
    Result<qint64> undo(const QString &batchId);

Q_SIGNALS:
    void batchImported(const QString &batchId);
    void batchUndone(const QString &batchId);

private:
    ChangeLog &m_log;
    ContactService &m_contacts;
    CompanyService &m_companies;
    ImportBatchRepository &m_batches;
    SearchIndex &m_search;
};

/// What an import record says about a contact or a company, before validation.
ContactDraft contactDraftFrom(const ImportRecord &record);
CompanyDraft companyDraftFrom(const ImportRecord &record);

} // namespace OmniCrm
