#include "importservice.h"

#include "csvimportsource.h"
#include "exportservice.h"
#include "importfield.h"
#include "uuid7.h"
#include "vcardreader.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

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
                             ImportBatchRepository &batches, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_contacts(contacts)
    , m_companies(companies)
    , m_batches(batches)
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
    UnitOfWork work(m_log);
    OMNICRM_TRY(work.began());

    bool cancelled = false;
    std::optional<Error> failure;
    const auto addError = [&](int line, const QString &field, const QString &message) {
        if (summary.errors.size() < kMaxReportedErrors)
            summary.errors.append(ImportRowError { line, field, message });
    };

    const auto take = [&](const ImportRecord &record) -> bool {
        ++summary.read;
        if (options.progress && summary.read % kProgressEvery == 0 && !options.progress(summary.read)) {
            cancelled = true;
            return false;
        }
        // The same steps for both kinds; only the draft and the insert differ.
        const auto importOne = [&](auto &service, auto draft, auto &&insert) -> bool {
            auto entity = service.validate(draft);
            if (!entity) {
                addError(record.line, entity.error().field, entity.error().detail);
                return true;
            }
            auto duplicate = service.duplicateOf(*entity);
            if (!duplicate) {
                failure = duplicate.error();
                return false;
            }
            const QString givenId = record.value(Field::Id);
            const bool idTaken = isValidId(givenId) && service.find(givenId).ok();
            if (!duplicate->isEmpty() || idTaken) {
                ++summary.skippedDuplicates;
                return true;
            }
            if (isValidId(givenId))
                entity->meta.id = givenId; // an OmniCRM export coming back keeps its identities
            entity->importBatch = batchId;
            entity->meta.createdAt = createdAtOf(record);
            auto rowId = insert(*entity, draft);
            if (!rowId) {
                failure = rowId.error();
                return false;
            }
            ++summary.imported;
            return true;
        };
        if (options.kind == ImportKind::Contacts)
            return importOne(m_contacts, contactDraftFrom(record),
                             [&](Contact &contact, const ContactDraft &draft) {
                                 return m_contacts.insert(contact, draft.companyName, draft.tags, work);
                             });
        return importOne(m_companies, companyDraftFrom(record),
                         [&](Company &company, const CompanyDraft &draft) {
                             return m_companies.insert(company, draft.tags, work);
                         });
    };

    ImportSink sink;
    sink.record = take;
    sink.issue = [&](const ImportIssue &issue) {
        ++summary.read;
        addError(issue.line, QString(), issue.detail);
    };

    Status read;
    if (format == RecordFormat::Csv) {
        CsvImportSource source(options.mapping, options.kind);
        read = source.read(device, sink);
        summary.unrecognisedColumns = source.columns().unrecognised;
        summary.encoding = textEncodingName(source.encoding());
    } else if (format == RecordFormat::VCard) {
        VCardReader source;
        read = source.read(device, sink);
        summary.encoding = QStringLiteral("UTF-8");
    } else {
        auto records = recordsFromJson(device.readAll());
        if (!records) {
            read = records.error();
        } else {
            for (const ImportRecord &record : *records) {
                if (!take(record))
                    break;
            }
        }
        summary.encoding = QStringLiteral("UTF-8");
    }
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
