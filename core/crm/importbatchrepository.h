// ImportBatchRepository: the only code that knows the import_batch table. Batches are local
// bookkeeping for undo, not synced.
#pragma once

#include "database.h"

#include <optional>

namespace OmniCrm {

struct ImportBatchInfo
{
    QString id;
    QString kind; // "contacts" or "companies"
    QString source; // file name
    qint64 imported = 0;
    qint64 skippedDuplicates = 0;
    qint64 errors = 0;
    qint64 createdAt = 0;
    std::optional<qint64> undoneAt;
};

class ImportBatchRepository
{
public:
    explicit ImportBatchRepository(Database &db);

    Status insert(const ImportBatchInfo &batch);
    Result<ImportBatchInfo> find(const QString &id) const;
    Status markUndone(const QString &id, qint64 at);
    Result<QList<ImportBatchInfo>> recent(int limit) const;

private:
    Database &m_db;
};

} // namespace OmniCrm
