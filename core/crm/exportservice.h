// ExportService: contacts, companies and deals to CSV, vCard (contacts) or JSON. What it writes,
// ImportService reads back without loss (ids included, so a round trip keeps identities).
#pragma once

#include "crmstore.h"
#include "importrecord.h"
#include "importservice.h"

class QIODevice;

namespace OmniCrm {

enum class ExportKind { Contacts, Companies, Deals };

class ExportService
{
public:
    explicit ExportService(CrmStore &store);

    /// Writes every live record of `kind`; returns how many. vCard is for contacts only.
    Result<qint64> exportTo(QIODevice &device, ExportKind kind, RecordFormat format);
    Result<qint64> exportFile(const QString &path, ExportKind kind, RecordFormat format);

    /// The record an export writes for one contact or company (also used by the JSON output).
    Result<ImportRecord> recordOf(const Contact &contact);
    Result<ImportRecord> recordOf(const Company &company);

private:
    CrmStore &m_store;
};

/// JSON export/import: an array of objects, one per record; a field with several values is an
/// array ({"name": "…", "mobile": ["+9665…", "+9665…"]}).
QByteArray recordsToJson(const QList<ImportRecord> &records);
Result<QList<ImportRecord>> recordsFromJson(const QByteArray &json);

} // namespace OmniCrm
