#include "exportservice.h"

#include "csvwriter.h"
#include "importfield.h"
#include "vcardwriter.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace OmniCrm {

namespace {

void addIf(ImportRecord &record, QStringView field, const QString &value)
{
    if (!value.isEmpty())
        record.add(field, value);
}

void addLines(ImportRecord &record, QStringView field, const QString &value)
{
    if (!value.isEmpty())
        record.add(field, value);
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString majorUnits(qint64 minor)
{
    // SAR, AED, USD…: two decimals. Deals keep their currency beside the amount.
    const qint64 whole = minor / 100;
    const qint64 cents = std::abs(minor % 100);
    return QString::number(whole) + u'.' + QStringLiteral("%1").arg(cents, 2, 10, QLatin1Char('0'));
}

// Deals are not an import format; their export is a flat table with its own columns.
const QStringList kDealColumns {
    QStringLiteral("id"),          QStringLiteral("title"),     QStringLiteral("stage"),
    QStringLiteral("stage_type"),  QStringLiteral("amount"),    QStringLiteral("currency"),
    QStringLiteral("contact"),     QStringLiteral("company"),   QStringLiteral("expected_close"),
    QStringLiteral("lost_reason"), QStringLiteral("created_at")
};

} // namespace

ExportService::ExportService(CrmStore &store)
    : m_store(store)
{
}

Result<ImportRecord> ExportService::recordOf(const Contact &contact)
{
    ImportRecord record;
    record.add(Field::Id, contact.meta.id);
    record.add(Field::Name, contact.fullName);
    addIf(record, Field::FirstName, contact.firstName);
    addIf(record, Field::LastName, contact.lastName);
    if (!contact.companyId.isEmpty()) {
        auto company = m_store.companies().find(contact.companyId);
        if (!company)
            return company.error();
        record.add(Field::Company, company->name);
    }
    addIf(record, Field::Title, contact.title);
    for (const ContactPhone &phone : contact.phones)
        record.add(phone.label == u"mobile" ? Field::Mobile : Field::Phone, phone.e164);
    for (const ContactEmail &email : contact.emails)
        record.add(Field::Email, email.email);
    addIf(record, Field::City, contact.city);
    addIf(record, Field::Country, contact.country);
    addLines(record, Field::Address, contact.address);
    addIf(record, Field::Website, contact.website);
    addLines(record, Field::Notes, contact.notes);
    auto tags = m_store.contacts().tagsOf(contact.meta.id);
    if (!tags)
        return tags.error();
    for (const QString &tag : *tags)
        record.add(Field::Tags, tag);
    addIf(record, Field::Source, contact.source);
    record.add(Field::CreatedAt, isoTime(contact.meta.createdAt));
    return record;
}

Result<ImportRecord> ExportService::recordOf(const Company &company)
{
    ImportRecord record;
    record.add(Field::Id, company.meta.id);
    record.add(Field::Name, company.name);
    addIf(record, Field::Industry, company.industry);
    addIf(record, Field::Phone, company.phoneE164);
    addIf(record, Field::Email, company.email);
    addIf(record, Field::City, company.city);
    addIf(record, Field::Country, company.country);
    addLines(record, Field::Address, company.address);
    addIf(record, Field::Website, company.website);
    addLines(record, Field::Notes, company.notes);
    auto tags = m_store.companies().tagsOf(company.meta.id);
    if (!tags)
        return tags.error();
    for (const QString &tag : *tags)
        record.add(Field::Tags, tag);
    record.add(Field::CreatedAt, isoTime(company.meta.createdAt));
    return record;
}

Result<qint64> ExportService::exportTo(QIODevice &device, ExportKind kind, RecordFormat format)
{
    if (format == RecordFormat::VCard && kind != ExportKind::Contacts)
        return Error::make(ErrorCode::Unsupported, QStringLiteral("vCard holds contacts only"),
                           QStringLiteral("format"));

    QList<ImportRecord> records;
    std::optional<Error> failure;
    const auto collect = [&](Result<ImportRecord> record) {
        if (!record) {
            failure = record.error();
            return false;
        }
        records.append(std::move(record).value());
        return true;
    };
    if (kind == ExportKind::Contacts) {
        OMNICRM_TRY(
            m_store.contactRepository().forEach([&](const Contact &c) { return collect(recordOf(c)); }));
    } else if (kind == ExportKind::Companies) {
        OMNICRM_TRY(
            m_store.companyRepository().forEach([&](const Company &c) { return collect(recordOf(c)); }));
    } else {
        OMNICRM_TRY(m_store.dealRepository().forEach([&](const Deal &deal) {
            ImportRecord record;
            record.add(u"id", deal.meta.id);
            record.add(u"title", deal.title);
            auto stage = m_store.pipelines().stage(deal.stageId);
            record.add(u"stage", stage ? stage->nameEn : deal.stageId);
            record.add(u"stage_type", stage ? stageTypeName(stage->type) : QString());
            record.add(u"amount", majorUnits(deal.amountMinor));
            record.add(u"currency", deal.currency);
            if (!deal.contactId.isEmpty()) {
                auto contact = m_store.contacts().find(deal.contactId);
                record.add(u"contact", contact ? contact->fullName : QString());
            }
            if (!deal.companyId.isEmpty()) {
                auto company = m_store.companies().find(deal.companyId);
                record.add(u"company", company ? company->name : QString());
            }
            addIf(record, u"expected_close", deal.expectedClose);
            addIf(record, u"lost_reason", deal.lostReason);
            record.add(u"created_at", isoTime(deal.meta.createdAt));
            records.append(record);
            return true;
        }));
    }
    if (failure)
        return *failure;

    if (format == RecordFormat::Json) {
        const QByteArray json = recordsToJson(records);
        if (device.write(json) != json.size())
            return Error::make(ErrorCode::Io, QStringLiteral("write failed: ") + device.errorString());
    } else if (format == RecordFormat::VCard) {
        OMNICRM_TRY(VCardWriter().write(device, records));
    } else if (kind == ExportKind::Deals) {
        CsvWriter writer(device);
        OMNICRM_TRY(writer.writeHeader(kDealColumns));
        for (const ImportRecord &record : records)
            OMNICRM_TRY(writer.writeRecord(record));
    } else {
        OMNICRM_TRY(CsvWriter::write(device, records));
    }
    return qint64(records.size());
}

Result<qint64> ExportService::exportFile(const QString &path, ExportKind kind, RecordFormat format)
{
    QSaveFile file(path); // all or nothing: a failed export never leaves half a file
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(ErrorCode::Io,
                           QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    auto count = exportTo(file, kind, format);
    if (!count)
        return count;
    if (!file.commit())
        return Error::make(ErrorCode::Io,
                           QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return count;
}

QByteArray recordsToJson(const QList<ImportRecord> &records)
{
    QJsonArray array;
    for (const ImportRecord &record : records) {
        QJsonObject object;
        for (const ImportValue &value : record.values) {
            const auto existing = object.constFind(value.field);
            if (existing == object.constEnd()) {
                object.insert(value.field, value.value);
            } else if (existing->isArray()) {
                QJsonArray values = existing->toArray();
                values.append(value.value);
                object.insert(value.field, values);
            } else {
                object.insert(value.field, QJsonArray { existing->toString(), value.value });
            }
        }
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

Result<QList<ImportRecord>> recordsFromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::make(
            ErrorCode::Parse,
            QStringLiteral("not JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!document.isArray())
        return Error::make(ErrorCode::Parse, QStringLiteral("expected a JSON array of records"));
    QList<ImportRecord> records;
    const QJsonArray array = document.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return Error::make(ErrorCode::Parse, QStringLiteral("record %1 is not a JSON object").arg(i + 1));
        ImportRecord record;
        record.line = int(i + 1); // JSON has no useful lines: the record's position stands in
        const QJsonObject object = array.at(i).toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!Field::isKnown(it.key()))
                continue;
            const QJsonValue value = it.value();
            if (value.isArray()) {
                for (const QJsonValue &item : value.toArray())
                    record.add(it.key(), item.toVariant().toString());
            } else if (!value.isNull()) {
                record.add(it.key(), value.toVariant().toString());
            }
        }
        records.append(record);
    }
    return records;
}

} // namespace OmniCrm
