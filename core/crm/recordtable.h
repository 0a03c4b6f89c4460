// RecordTable: the shared write path of repositories for one synced table. Inserts, updates and
// causal-length changes go to the table and, field by field, to the outbox of the unit of work.
// Only repositories use it: it is the one generic place that builds INSERT/UPDATE text.
#pragma once

#include "changelog.h"

namespace OmniCrm {

class RecordTable
{
public:
    RecordTable(Database &db, QString table);

    /// Inserts a row (fields must include "id"); returns its rowid. Records every field.
    /// created_at is `createdAt` when given (an import keeping history), else the unit's time.
    Result<qint64> insert(const Fields &fields, UnitOfWork &work, qint64 createdAt = 0);
    /// Updates the given columns of row `id` plus updated_at; records those fields.
    Status update(const QString &id, const Fields &changed, UnitOfWork &work);
    /// Sets the causal length (delete: even, re-create: odd) and records it.
    Status setCausalLength(const QString &id, qint64 causalLength, UnitOfWork &work);
    /// Deletes a live row: its causal length goes to the next even number. A no-op when deleted.
    Status markDeleted(const QString &id, UnitOfWork &work);
    Result<qint64> causalLength(const QString &id) const;
    Result<qint64> rowIdOf(const QString &id) const;
    Result<qint64> countAlive() const;

    const QString &name() const { return m_table; }

    /// The fields of `after` whose values differ from `before` (same column order).
    static Fields changedFields(const Fields &before, const Fields &after);

private:
    Result<Statement *> insertStatement(const Fields &fields);
    Result<qint64> integerOf(const QString &column, const QString &id) const;

    Database &m_db;
    QString m_table;
    QStringList m_insertColumns;
    Statement *m_insert = nullptr; // for m_insertColumns; owned by m_db's statement cache
};

} // namespace OmniCrm
