// LeadRepository: the only code that knows the lead table.
#pragma once

#include "changelog.h"
#include "entities.h"
#include "page.h"
#include "recordtable.h"

namespace OmniCrm {

struct LeadRow
{
    qint64 rowId = 0;
    QString id;
    QString title;
    QString personName;
    QString companyName;
    QString phone;
    QString status;
    QString source;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

class LeadRepository
{
public:
    explicit LeadRepository(Database &db);

    Result<qint64> insert(Lead &lead, const QString &sortKey, UnitOfWork &work);
    Status update(const Lead &before, const Lead &after, const QString &sortKey, UnitOfWork &work);
    Status setCausalLength(const QString &id, qint64 causalLength, UnitOfWork &work);
    Result<Lead> find(const QString &id) const;
    Result<qint64> rowIdOf(const QString &id) const { return m_table.rowIdOf(id); }
    Result<Page<LeadRow>> page(const std::optional<Cursor> &after, int limit) const;
    /// The list by title or by last change, either way.
    Result<Page<LeadRow>> page(const ListSort &sort, const std::optional<Cursor> &after, int limit) const;
    Result<QList<LeadRow>> rowsByRowIds(const QList<qint64> &rowIds) const;
    Result<qint64> countAlive() const { return m_table.countAlive(); }

private:
    Database &m_db;
    RecordTable m_table;
};

} // namespace OmniCrm
