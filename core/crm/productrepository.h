// ProductRepository: the only code that knows the product table.
#pragma once

#include "changelog.h"
#include "entities.h"
#include "page.h"
#include "recordtable.h"

namespace OmniCrm {

class ProductRepository
{
public:
    explicit ProductRepository(Database &db);

    Result<qint64> insert(Product &product, const QString &sortKey, UnitOfWork &work);
    Status update(const Product &before, const Product &after, const QString &sortKey, UnitOfWork &work);
    Status setCausalLength(const QString &id, qint64 causalLength, UnitOfWork &work);
    Result<Product> find(const QString &id) const;
    /// The live product with this SKU, or NotFound.
    Result<Product> findBySku(const QString &sku) const;
    Result<Page<Product>> page(const std::optional<Cursor> &after, int limit) const;
    /// The catalogue by name or by last change, either way.
    Result<Page<Product>> page(const ListSort &sort, const std::optional<Cursor> &after, int limit) const;
    Result<QList<Product>> rowsByRowIds(const QList<qint64> &rowIds) const;
    Result<qint64> countAlive() const { return m_table.countAlive(); }
    Result<qint64> rowIdOf(const QString &id) const { return m_table.rowIdOf(id); }

private:
    Result<Product> findWhere(const QString &condition, const QString &value) const;

    Database &m_db;
    RecordTable m_table;
};

} // namespace OmniCrm
