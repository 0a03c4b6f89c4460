#include "productrepository.h"

#include "fieldvalues.h"
#include "keyset.h"
#include "uuid7.h"

namespace OmniCrm {

namespace {

const QString kColumns = QStringLiteral(
    "SELECT p.rowid, p.id, p.sku, p.name_ar, p.name_en, p.category, p.price_minor, p.cost_minor, p.currency, "
    "p.created_at, p.updated_at, p.cl");
const QString kFrom = QStringLiteral("FROM product p ");
const QString kSelect = kColumns + QStringLiteral(", p.sort_key ") + kFrom;

Fields productFields(const Product &p, const QString &sortKey)
{
    return {
        { QStringLiteral("id"), p.meta.id },
        { QStringLiteral("sku"), p.sku },
        { QStringLiteral("name_ar"), p.nameAr },
        { QStringLiteral("name_en"), p.nameEn },
        { QStringLiteral("sort_key"), sortKey },
        { QStringLiteral("category"), textValue(p.category) },
        { QStringLiteral("price_minor"), p.priceMinor },
        { QStringLiteral("cost_minor"), p.costMinor },
        { QStringLiteral("currency"), p.currency },
    };
}

Product productFromRow(const Statement &s)
{
    Product p;
    p.meta.id = s.text(1);
    p.sku = s.text(2);
    p.nameAr = s.text(3);
    p.nameEn = s.text(4);
    p.category = s.text(5);
    p.priceMinor = s.int64(6);
    p.costMinor = s.int64(7);
    p.currency = s.text(8);
    p.meta.createdAt = s.int64(9);
    p.meta.updatedAt = s.int64(10);
    p.meta.causalLength = s.int64(11);
    return p;
}

} // namespace

ProductRepository::ProductRepository(Database &db)
    : m_db(db)
    , m_table(db, QStringLiteral("product"))
{
}

Result<qint64> ProductRepository::insert(Product &product, const QString &sortKey, UnitOfWork &work)
{
    if (product.meta.id.isEmpty())
        product.meta.id = newId();
    product.meta.createdAt = product.meta.updatedAt = work.now();
    product.meta.causalLength = 1;
    return m_table.insert(productFields(product, sortKey), work);
}

Status ProductRepository::update(const Product &before, const Product &after, const QString &sortKey,
                                 UnitOfWork &work)
{
    const bool sameName = before.nameAr == after.nameAr && before.nameEn == after.nameEn;
    return m_table.update(after.meta.id,
                          RecordTable::changedFields(productFields(before, sameName ? sortKey : QString()),
                                                     productFields(after, sortKey)),
                          work);
}

Status ProductRepository::setCausalLength(const QString &id, qint64 causalLength, UnitOfWork &work)
{
    return m_table.setCausalLength(id, causalLength, work);
}

Result<Product> ProductRepository::findWhere(const QString &condition, const QString &value) const
{
    return oneRow<Product>(m_db, kSelect + QStringLiteral("WHERE ") + condition + QStringLiteral(" LIMIT 1"),
                           value, productFromRow, QStringLiteral("product"));
}

Result<Product> ProductRepository::find(const QString &id) const
{
    return findWhere(QStringLiteral("p.id = ?"), id);
}

Result<Product> ProductRepository::findBySku(const QString &sku) const
{
    return findWhere(QStringLiteral("p.sku = ? AND p.cl % 2 = 1"), sku);
}

Result<Page<Product>> ProductRepository::page(const std::optional<Cursor> &after, int limit) const
{
    return keysetPage<Product>(m_db, kSelect, QStringLiteral("p"), after, limit, productFromRow);
}

Result<Page<Product>> ProductRepository::page(const ListSort &sort, const std::optional<Cursor> &after,
                                              int limit) const
{
    return orderedKeysetPage<Product>(m_db, kColumns, kFrom, QStringLiteral("p"),
                                      nameOrUpdated(QStringLiteral("p"), sort), after, limit, productFromRow);
}

Result<QList<Product>> ProductRepository::rowsByRowIds(const QList<qint64> &rowIds) const
{
    return OmniCrm::rowsByRowIds<Product>(
        m_db, kSelect + QStringLiteral("WHERE p.rowid = ?1 AND p.cl % 2 = 1"), rowIds, productFromRow);
}

} // namespace OmniCrm
