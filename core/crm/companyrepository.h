// CompanyRepository: the only code that knows the company table.
#pragma once

#include "changelog.h"
#include "entities.h"
#include "page.h"
#include "recordtable.h"

#include <functional>

namespace OmniCrm {

struct CompanyRow
{
    qint64 rowId = 0;
    QString id;
    QString name;
    QString industry;
    QString phone;
    QString email;
    QString city;
    qint64 contactCount = 0;
    qint64 updatedAt = 0;
};

class CompanyRepository
{
public:
    explicit CompanyRepository(Database &db);

    Result<qint64> insert(Company &company, const QString &sortKey, UnitOfWork &work);
    Status update(const Company &before, const Company &after, const QString &sortKey, UnitOfWork &work);
    Status setCausalLength(const QString &id, qint64 causalLength, UnitOfWork &work);

    Result<Company> find(const QString &id) const;
    Result<Company> findByRowId(qint64 rowId) const;
    /// The live company whose folded name equals `sortKey`, or an empty id.
    Result<QString> idBySortKey(const QString &sortKey) const;
    Result<QString> idByPhone(const QString &e164) const;
    Result<QString> idByEmail(const QString &email) const;
    Result<QStringList> idsInBatch(const QString &batch) const;
    Result<Page<CompanyRow>> page(const std::optional<Cursor> &after, int limit) const;
    /// The list by name or by last change, either way.
    Result<Page<CompanyRow>> page(const ListSort &sort, const std::optional<Cursor> &after, int limit) const;
    Result<QList<CompanyRow>> rowsByRowIds(const QList<qint64> &rowIds) const;
    Result<qint64> countAlive() const { return m_table.countAlive(); }
    Result<qint64> rowIdOf(const QString &id) const { return m_table.rowIdOf(id); }
    Status forEach(const std::function<bool(const Company &)> &visit) const;

private:
    Result<QString> idWhere(const QString &condition, const QString &value) const;

    Database &m_db;
    RecordTable m_table;
};

} // namespace OmniCrm
