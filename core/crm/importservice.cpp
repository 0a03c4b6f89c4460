#include "importservice.h"

#include "csvimportsource.h"
#include "exportservice.h"
#include "importfield.h"
#include "uuid7.h"
#include "validation.h"
#include "vcardreader.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QScopeGuard>
#include <QSet>
#include <QThread>
#include <QWaitCondition>

#include <deque>
#include <memory>
#include <vector>

namespace OmniCrm {

namespace {

constexpr qint64 kProgressEvery = 1000;

// created_at as ExportService writes it (ISO 8601 UTC); 0 when absent or not a time.
qint64 createdAtOf(const ImportRecord &record)
{
    const QString text = record.value(Field::CreatedAt);
    if (text.isEmpty())
        return 0;
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}
constexpr int kMaxReportedErrors = 10000;

QString joined(const ImportRecord &record, QStringView field)
{
    return record.all(field).join(QStringLiteral("\n"));
}

// One record as the reading thread hands it to the storing thread: validated and prepared, or
// the error that keeps it out, or a record the file format itself could not read.
struct PreparedRecord
{
    enum class State { Ready, Invalid, Unreadable };
    State state = State::Ready;
    int line = 0;
    QString field; // Invalid: the field the error names
    QString message; // Invalid and Unreadable
    QString givenId; // a valid OmniCRM id the record carries (an export coming back), else empty
    qint64 createdAt = 0;
    PreparedContact contact; // ImportKind::Contacts
    QString companyKey; // contacts: the folded company name that companies are cached by
    Company company; // ImportKind::Companies
    QStringList companyTags;
};

using RecordChunk = std::vector<PreparedRecord>;
constexpr size_t kChunkRecords = 256;

// Chunks of prepared records from the reading thread to the storing thread, in file order.
// Bounded, so reading never runs more than a few thousand records ahead of storing.
class RecordQueue
{
public:
    /// Reading thread: waits while the queue is full. False once the storing thread stopped.
    bool push(RecordChunk chunk)
    {
        std::vector<RecordChunk> spent;
        QMutexLocker locker(&m_mutex);
        while (m_chunks.size() >= kCapacity && !m_stopped)
            m_notFull.wait(&m_mutex);
        if (m_stopped)
            return false;
        m_chunks.push_back(std::move(chunk));
        m_notEmpty.wakeOne();
        spent.swap(m_spent);
        locker.unlock();
        return true; // `spent` is freed here, on the thread that allocated its records
    }
    /// Reading thread: there will be no more chunks.
    void finish()
    {
        QMutexLocker locker(&m_mutex);
        m_finished = true;
        m_notEmpty.wakeOne();
    }
    /// Storing thread: the next chunk, waiting while reading is behind; none after the last.
    std::optional<RecordChunk> pop()
    {
        QMutexLocker locker(&m_mutex);
        while (m_chunks.empty() && !m_finished)
            m_notEmpty.wait(&m_mutex);
        if (m_chunks.empty())
            return std::nullopt;
        RecordChunk chunk = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_notFull.wakeOne();
        return chunk;
    }
    /// Storing thread: a chunk it is done with, for the reading thread to free. Freeing memory
    /// another thread allocated is slow with glibc, and the storing thread is the busier one.
    void recycle(RecordChunk chunk)
    {
        QMutexLocker locker(&m_mutex);
        m_spent.push_back(std::move(chunk));
    }
    /// Storing thread: wants no more chunks; the reading thread's next push() fails and it ends.
    void stop()
    {
        QMutexLocker locker(&m_mutex);
        m_stopped = true;
        m_chunks.clear();
        m_notFull.wakeOne();
    }

private:
    static constexpr size_t kCapacity = 8;
    QMutex m_mutex;
    QWaitCondition m_notEmpty;
    QWaitCondition m_notFull;
    std::deque<RecordChunk> m_chunks;
    std::vector<RecordChunk> m_spent;
    bool m_finished = false;
    bool m_stopped = false;
};

struct ReadOutcome
{
    Status status; // how reading ended: an unreadable file is an Error
    QStringList unrecognisedColumns;
    QString encoding;
};

// Everything about a record that needs no store: the draft, validation (libphonenumber, e-mail
// rules) and the keys storing derives from the text (sort key, search tokens, company key).
PreparedRecord prepareRecord(const ImportRecord &record, ImportKind kind, const ContactService &contacts,
                             const CompanyService &companies)
{
    PreparedRecord prepared;
    prepared.line = record.line;
    const QString givenId = record.value(Field::Id);
    if (isValidId(givenId))
        prepared.givenId = givenId;
    prepared.createdAt = createdAtOf(record);
    const auto invalid = [&](const Error &error) {
        prepared.state = PreparedRecord::State::Invalid;
        prepared.field = error.field;
        prepared.message = error.detail;
    };
    if (kind == ImportKind::Contacts) {
        auto contact = contacts.prepare(contactDraftFrom(record));
        if (!contact) {
            invalid(contact.error());
            return prepared;
        }
        prepared.contact = std::move(contact).value();
        prepared.companyKey = sortKeyFor(prepared.contact.companyName.simplified());
    } else {
        const CompanyDraft draft = companyDraftFrom(record);
        auto company = companies.validate(draft);
        if (!company) {
            invalid(company.error());
            return prepared;
        }
        prepared.company = std::move(company).value();
        prepared.companyTags = draft.tags;
    }
    return prepared;
}

// The reading thread's whole job: parse the file, prepare each record and pass them on in order.
ReadOutcome readAndPrepare(QIODevice &device, RecordFormat format, const ImportOptions &options,
                           const ContactService &contacts, const CompanyService &companies,
                           RecordQueue &queue)
{
    RecordChunk chunk;
    bool open = true; // false once the storing thread wants no more
    const auto pass = [&](PreparedRecord record) {
        chunk.push_back(std::move(record));
        if (chunk.size() == kChunkRecords) {
            open = open && queue.push(std::move(chunk));
            chunk = RecordChunk();
            chunk.reserve(kChunkRecords);
        }
        return open;
    };
    chunk.reserve(kChunkRecords);

    ImportSink sink;
    sink.record = [&](const ImportRecord &record) {
        return pass(prepareRecord(record, options.kind, contacts, companies));
    };
    sink.issue = [&](const ImportIssue &issue) {
        PreparedRecord unreadable;
        unreadable.state = PreparedRecord::State::Unreadable;
        unreadable.line = issue.line;
        unreadable.message = issue.detail;
        pass(std::move(unreadable));
    };

    ReadOutcome outcome;
    if (format == RecordFormat::Csv) {
        CsvImportSource source(options.mapping, options.kind);
        outcome.status = source.read(device, sink);
        outcome.unrecognisedColumns = source.columns().unrecognised;
        outcome.encoding = textEncodingName(source.encoding());
    } else if (format == RecordFormat::VCard) {
        VCardReader source;
        outcome.status = source.read(device, sink);
        outcome.encoding = QStringLiteral("UTF-8");
    } else {
        auto records = recordsFromJson(device.readAll());
        if (!records) {
            outcome.status = records.error();
        } else {
            for (const ImportRecord &record : *records) {
                if (!sink.record(record))
                    break;
            }
        }
        outcome.encoding = QStringLiteral("UTF-8");
    }
    if (open && !chunk.empty())
        queue.push(std::move(chunk));
    return outcome;
}

// The reading thread, stopped and joined however the storing side leaves importDevice().
class ReadingThread
{
public:
    ReadingThread(std::function<void()> body, RecordQueue &queue)
        : m_thread(QThread::create(std::move(body)))
        , m_queue(queue)
    {
        m_thread->setObjectName(QStringLiteral("omnicrm-import-reader"));
        m_thread->start();
    }
    ~ReadingThread() { join(); }
    ReadingThread(const ReadingThread &) = delete;
    ReadingThread &operator=(const ReadingThread &) = delete;

    void join()
    {
        m_queue.stop(); // a no-op for a reader that has finished
        m_thread->wait();
    }

private:
    std::unique_ptr<QThread> m_thread;
    RecordQueue &m_queue;
};

// Exact duplicates by phone or e-mail among the contacts of one import. When the store held no
// live phone or e-mail as the import began, a record can only repeat an earlier record of the
// same file: sets in memory answer that without a query per record. Otherwise the store is asked,
// and it holds this import's earlier records too.
class ContactDuplicates
{
public:
    explicit ContactDuplicates(const ContactService &contacts)
        : m_contacts(contacts)
    {
    }

    Status begin()
    {
        auto any = m_contacts.hasPhonesOrEmails();
        if (!any)
            return any.error();
        m_inMemory = !*any;
        return {};
    }

    Result<bool> contains(const Contact &contact) const
    {
        if (!m_inMemory) {
            auto id = m_contacts.duplicateOf(contact);
            if (!id)
                return id.error();
            return !id->isEmpty();
        }
        for (const ContactPhone &phone : contact.phones) {
            if (m_phones.contains(phone.e164))
                return true;
        }
        for (const ContactEmail &email : contact.emails) {
            if (m_emails.contains(email.email))
                return true;
        }
        return false;
    }

    void add(const Contact &contact)
    {
        if (!m_inMemory)
            return;
        for (const ContactPhone &phone : contact.phones)
            m_phones.insert(phone.e164);
        for (const ContactEmail &email : contact.emails)
            m_emails.insert(email.email);
    }

private:
    const ContactService &m_contacts;
    bool m_inMemory = false;
    QSet<QString> m_phones;
    QSet<QString> m_emails;
};

} // namespace

std::optional<RecordFormat> recordFormatFromName(QStringView name)
{
    const QString lower = name.toString().toLower();
    if (lower == u"csv")
        return RecordFormat::Csv;
    if (lower == u"vcf" || lower == u"vcard")
        return RecordFormat::VCard;
    if (lower == u"json")
        return RecordFormat::Json;
    return std::nullopt;
}

RecordFormat detectRecordFormat(const QString &fileName, const QByteArray &head)
{
    if (auto byName = recordFormatFromName(QFileInfo(fileName).suffix()))
        return *byName;
    const QByteArray trimmed = head.trimmed();
    if (trimmed.toUpper().contains("BEGIN:VCARD"))
        return RecordFormat::VCard;
    if (trimmed.startsWith('[') || trimmed.startsWith('{'))
        return RecordFormat::Json;
    return RecordFormat::Csv;
}

ContactDraft contactDraftFrom(const ImportRecord &record)
{
    ContactDraft draft;
    draft.fullName = record.value(Field::Name);
    draft.firstName = record.value(Field::FirstName);
    draft.lastName = record.value(Field::LastName);
    draft.companyName = record.value(Field::Company);
    draft.title = record.value(Field::Title);
    for (const QString &mobile : record.all(Field::Mobile))
        draft.phones.append(PhoneDraft { mobile, QStringLiteral("mobile") });
    for (const QString &phone : record.all(Field::Phone))
        draft.phones.append(PhoneDraft { phone, QStringLiteral("work") });
    draft.emails = record.all(Field::Email);
    draft.city = record.value(Field::City);
    draft.country = record.value(Field::Country);
    draft.address = joined(record, Field::Address);
    draft.website = record.value(Field::Website);
    draft.source = record.value(Field::Source);
    draft.notes = joined(record, Field::Notes);
    draft.tags = record.all(Field::Tags);
    return draft;
}

CompanyDraft companyDraftFrom(const ImportRecord &record)
{
    CompanyDraft draft;
    draft.name = record.value(Field::Name);
    if (draft.name.isEmpty())
        draft.name = record.value(Field::Company);
    draft.industry = record.value(Field::Industry);
    draft.website = record.value(Field::Website);
    draft.phone = record.value(Field::Phone);
    if (draft.phone.isEmpty())
        draft.phone = record.value(Field::Mobile);
    draft.email = record.value(Field::Email);
    draft.city = record.value(Field::City);
    draft.country = record.value(Field::Country);
    draft.address = joined(record, Field::Address);
    draft.notes = joined(record, Field::Notes);
    draft.tags = record.all(Field::Tags);
    return draft;
}

ImportService::ImportService(ChangeLog &log, ContactService &contacts, CompanyService &companies,
                             ImportBatchRepository &batches, SearchIndex &search, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_contacts(contacts)
    , m_companies(companies)
    , m_batches(batches)
    , m_search(search)
{
}

Result<ImportSummary> ImportService::importFile(const QString &path, const ImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    const RecordFormat format = detectRecordFormat(path, file.peek(4096));
    ImportOptions named = options;
    if (named.sourceName.isEmpty())
        named.sourceName = QFileInfo(path).fileName();
    return importDevice(file, format, named);
}

Result<ImportSummary> ImportService::importDevice(QIODevice &device, RecordFormat format,
                                                  const ImportOptions &options)
{
    ImportSummary summary;
    const QString batchId = newId();
    std::optional<BulkWriteScope> bulk; // see importFile() on checkpoints
    if (!options.dryRun)
        bulk.emplace(m_log.database());
    UnitOfWork work(m_log);
    OMNICRM_TRY(work.began());
    // Search documents go in once storing is done, in docid order (see SearchIndex::beginBatch).
    m_search.beginBatch();
    const auto discardSearch = qScopeGuard([this] { m_search.discardBatch(); });
    ContactDuplicates duplicates(m_contacts);
    if (options.kind == ImportKind::Contacts)
        OMNICRM_TRY(duplicates.begin());
    // Companies found or created by folded name during this unit of work: one query per company
    // rather than one per contact. Nothing else writes companies while the unit is open.
    QHash<QString, QString> companyIds;

    bool cancelled = false;
    std::optional<Error> failure;
    const auto addError = [&](int line, const QString &field, const QString &message) {
        if (summary.errors.size() < kMaxReportedErrors)
            summary.errors.append(ImportRowError { line, field, message });
    };

    // Stores one prepared contact or company. True: imported; false: a duplicate, skipped.
    const auto storeContact = [&](PreparedRecord &record) -> Result<bool> {
        Contact &contact = record.contact.contact;
        auto duplicate = duplicates.contains(contact);
        if (!duplicate)
            return duplicate.error();
        const bool idTaken = !record.givenId.isEmpty() && m_contacts.find(record.givenId).ok();
        if (*duplicate || idTaken)
            return false;
        if (!record.givenId.isEmpty())
            contact.meta.id = record.givenId; // an OmniCRM export coming back keeps its identities
        contact.importBatch = batchId;
        contact.meta.createdAt = record.createdAt;
        if (contact.companyId.isEmpty() && !record.contact.companyName.trimmed().isEmpty()) {
            auto known = companyIds.constFind(record.companyKey);
            if (known == companyIds.constEnd()) {
                auto companyId = m_companies.idForName(record.contact.companyName, work, batchId);
                if (!companyId)
                    return companyId.error();
                known = companyIds.insert(record.companyKey, *companyId);
            }
            contact.companyId = *known;
        }
        auto rowId = m_contacts.insert(record.contact, work);
        if (!rowId)
            return rowId.error();
        duplicates.add(contact);
        return true;
    };
    const auto storeCompany = [&](PreparedRecord &record) -> Result<bool> {
        Company &company = record.company;
        auto duplicate = m_companies.duplicateOf(company);
        if (!duplicate)
            return duplicate.error();
        const bool idTaken = !record.givenId.isEmpty() && m_companies.find(record.givenId).ok();
        if (!duplicate->isEmpty() || idTaken)
            return false;
        if (!record.givenId.isEmpty())
            company.meta.id = record.givenId;
        company.importBatch = batchId;
        company.meta.createdAt = record.createdAt;
        auto rowId = m_companies.insert(company, record.companyTags, work);
        if (!rowId)
            return rowId.error();
        return true;
    };
    // Takes the records in file order; false stops the import (cancelled, or a store failure).
    const auto take = [&](PreparedRecord &record) -> bool {
        ++summary.read;
        if (record.state == PreparedRecord::State::Unreadable) {
            addError(record.line, QString(), record.message);
            return true;
        }
        if (options.progress && summary.read % kProgressEvery == 0 && !options.progress(summary.read)) {
            cancelled = true;
            return false;
        }
        if (record.state == PreparedRecord::State::Invalid) {
            addError(record.line, record.field, record.message);
            return true;
        }
        auto stored = options.kind == ImportKind::Contacts ? storeContact(record) : storeCompany(record);
        if (!stored) {
            failure = stored.error();
            return false;
        }
        if (*stored)
            ++summary.imported;
        else
            ++summary.skippedDuplicates;
        return true;
    };

    // Reading and preparing (parsing, validation, normalisation, folding) needs no store, so it
    // runs on a thread of its own while this one stores: the two overlap, records stay in order.
    RecordQueue queue;
    ReadOutcome outcome;
    ReadingThread reader(
        [&] {
            outcome = readAndPrepare(device, format, options, m_contacts, m_companies, queue);
            queue.finish();
        },
        queue);
    bool stopped = false;
    while (!stopped) {
        auto chunk = queue.pop();
        if (!chunk)
            break;
        for (PreparedRecord &record : *chunk) {
            if (!take(record)) {
                stopped = true;
                break;
            }
        }
        queue.recycle(std::move(*chunk));
    }
    reader.join();
    // Stopping early is what ended reading then, as it was before reading moved to a thread.
    const Status read = stopped ? Status() : outcome.status;
    summary.unrecognisedColumns = outcome.unrecognisedColumns;
    summary.encoding = outcome.encoding;

    if (!read)
        return read.error(); // the file is unreadable: nothing is stored (work rolls back)
    if (failure)
        return *failure;
    if (cancelled)
        return Error::make(ErrorCode::Cancelled,
                           QStringLiteral("the import was cancelled; nothing was stored"));

    const bool store
        = !options.dryRun && !(options.strict && !summary.errors.isEmpty()) && summary.imported > 0;
    if (!store)
        return summary; // work rolls back on scope exit

    ImportBatchInfo batch;
    batch.id = batchId;
    batch.kind
        = options.kind == ImportKind::Contacts ? QStringLiteral("contacts") : QStringLiteral("companies");
    batch.source = options.sourceName;
    batch.imported = summary.imported;
    batch.skippedDuplicates = summary.skippedDuplicates;
    batch.errors = summary.errors.size();
    batch.createdAt = work.now();
    OMNICRM_TRY(m_batches.insert(batch));
    OMNICRM_TRY(m_search.endBatch());
    OMNICRM_TRY(work.commit());
    summary.batchId = batchId;
    summary.stored = true;
    Q_EMIT batchImported(batchId);
    return summary;
}

Result<qint64> ImportService::undo(const QString &batchId)
{
    auto batch = m_batches.find(batchId);
    if (!batch)
        return batch.error();
    if (batch->undoneAt)
        return Error::make(ErrorCode::Conflict,
                           QStringLiteral("import batch %1 was undone already").arg(batchId),
                           QStringLiteral("batch"));
    UnitOfWork work(m_log);
    OMNICRM_TRY(work.began());
    qint64 removed = 0;
    auto contactIds = m_contacts.idsInBatch(batchId);
    if (!contactIds)
        return contactIds.error();
    for (const QString &id : *contactIds) {
        OMNICRM_TRY(m_contacts.removeIn(id, work));
        ++removed;
    }
    auto companyIds = m_companies.idsInBatch(batchId);
    if (!companyIds)
        return companyIds.error();
    for (const QString &id : *companyIds) {
        OMNICRM_TRY(m_companies.removeIn(id, work));
        ++removed;
    }
    OMNICRM_TRY(m_batches.markUndone(batchId, work.now()));
    OMNICRM_TRY(work.commit());
    Q_EMIT batchUndone(batchId);
    return removed;
}

} // namespace OmniCrm
