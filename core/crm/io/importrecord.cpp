#include "importrecord.h"
#include "importfield.h"
#include "importsource.h"

namespace OmniCrm {

namespace Field {

const QList<QStringView> &all()
{
    static const QList<QStringView> fields { Name,    FirstName, LastName,  Company,   Title,
                                             Mobile,  Phone,     Email,     City,      Country,
                                             Address, Website,   Notes,     Tags,      Industry,
                                             Source,  Id,        CreatedAt, VatNumber, CrNumber };
    return fields;
}

bool isKnown(QStringView field)
{
    return all().contains(field);
}

} // namespace Field

QString ImportRecord::value(QStringView field) const
{
    for (const ImportValue &v : values) {
        if (v.field == field)
            return v.value;
    }
    return {};
}

QStringList ImportRecord::all(QStringView field) const
{
    QStringList result;
    for (const ImportValue &v : values) {
        if (v.field == field)
            result.append(v.value);
    }
    return result;
}

bool ImportRecord::has(QStringView field) const
{
    for (const ImportValue &v : values) {
        if (v.field == field)
            return true;
    }
    return false;
}

Result<ImportBatch> readAll(ImportSource &source, QIODevice &device)
{
    ImportBatch batch;
    ImportSink sink;
    sink.record = [&batch](const ImportRecord &record) {
        batch.records.append(record);
        return true;
    };
    sink.issue = [&batch](const ImportIssue &issue) {
        batch.issues.append(issue);
    };
    OMNICRM_TRY(source.read(device, sink));
    return batch;
}

} // namespace OmniCrm
