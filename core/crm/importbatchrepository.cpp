#include "importbatchrepository.h"

#include "keyset.h"

namespace OmniCrm {

namespace {

const QString kSelect = QStringLiteral("SELECT id, kind, source, imported, skipped_duplicates, errors, "
                                       "created_at, undone_at FROM import_batch ");

ImportBatchInfo batchFromRow(const Statement &s)
{
    return ImportBatchInfo { s.text(0),  s.text(1),  s.text(2),  s.int64(3),
                             s.int64(4), s.int64(5), s.int64(6), s.optionalInt64(7) };
}

} // namespace

ImportBatchRepository::ImportBatchRepository(Database &db)
    : m_db(db)
{
}

Status ImportBatchRepository::insert(const ImportBatchInfo &batch)
{
    auto stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO import_batch (id, kind, source, imported, skipped_duplicates, errors, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, batch.id).bind(2, batch.kind).bind(3, batch.source).bind(4, batch.imported);
    stmt->bind(5, batch.skippedDuplicates).bind(6, batch.errors).bind(7, batch.createdAt);
    return stmt->run();
}

Result<ImportBatchInfo> ImportBatchRepository::find(const QString &id) const
{
    auto batch = oneRow<ImportBatchInfo>(m_db, kSelect + QStringLiteral("WHERE id = ?"), id, batchFromRow,
                                         QStringLiteral("import batch"));
    if (!batch)
        return Error::make(batch.error().code, batch.error().detail, QStringLiteral("batch"));
    return batch;
}

Status ImportBatchRepository::markUndone(const QString &id, qint64 at)
{
    auto stmt = m_db.prepare(QStringLiteral("UPDATE import_batch SET undone_at = ? WHERE id = ?"));
    if (!stmt)
        return stmt.error();
    return stmt->bind(1, at).bind(2, id).run();
}

Result<QList<ImportBatchInfo>> ImportBatchRepository::recent(int limit) const
{
    return allRows<ImportBatchInfo>(m_db,
                                    kSelect + QStringLiteral("ORDER BY created_at DESC, rowid DESC LIMIT ?"),
                                    qint64(limit), batchFromRow);
}

} // namespace OmniCrm
