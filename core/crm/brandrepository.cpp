#include "brandrepository.h"

#include "fieldvalues.h"
#include "keyset.h"
#include "uuid7.h"

namespace OmniCrm {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT b.id, b.name, b.logo, b.logo_type, b.primary_color, b.currency, b.language, b.time_zone, "
    "b.created_at, b.updated_at, b.cl FROM brand b ");

Fields brandFields(const Brand &b, const QString &sortKey)
{
    return {
        { QStringLiteral("id"), b.meta.id },
        { QStringLiteral("name"), b.name },
        { QStringLiteral("sort_key"), sortKey },
        { QStringLiteral("logo"), b.logo.isEmpty() ? QVariant() : QVariant(b.logo) },
        { QStringLiteral("logo_type"), textValue(b.logoType) },
        { QStringLiteral("primary_color"), b.primaryColor },
        { QStringLiteral("currency"), b.currency },
        { QStringLiteral("language"), b.language },
        { QStringLiteral("time_zone"), b.timeZone },
    };
}

Brand brandFromRow(const Statement &s)
{
    Brand b;
    b.meta.id = s.text(0);
    b.name = s.text(1);
    b.logo = s.blob(2);
    b.logoType = s.text(3);
    b.primaryColor = s.text(4);
    b.currency = s.text(5);
    b.language = s.text(6);
    b.timeZone = s.text(7);
    b.meta.createdAt = s.int64(8);
    b.meta.updatedAt = s.int64(9);
    b.meta.causalLength = s.int64(10);
    return b;
}

} // namespace

BrandRepository::BrandRepository(Database &db)
    : m_db(db)
    , m_table(db, QStringLiteral("brand"))
{
}

Result<qint64> BrandRepository::insert(Brand &brand, const QString &sortKey, UnitOfWork &work)
{
    if (brand.meta.id.isEmpty())
        brand.meta.id = newId();
    brand.meta.createdAt = brand.meta.updatedAt = work.now();
    brand.meta.causalLength = 1;
    return m_table.insert(brandFields(brand, sortKey), work);
}

Status BrandRepository::update(const Brand &before, const Brand &after, const QString &sortKey,
                               UnitOfWork &work)
{
    // The sort key follows the name; an unchanged name keeps it out of the changed fields.
    const QString beforeKey = before.name == after.name ? sortKey : QString();
    return m_table.update(
        after.meta.id,
        RecordTable::changedFields(brandFields(before, beforeKey), brandFields(after, sortKey)), work);
}

Status BrandRepository::setCausalLength(const QString &id, qint64 causalLength, UnitOfWork &work)
{
    return m_table.setCausalLength(id, causalLength, work);
}

Result<Brand> BrandRepository::find(const QString &id) const
{
    return oneRow<Brand>(m_db, kSelect + QStringLiteral("WHERE b.id = ?1 LIMIT 1"), id, brandFromRow,
                         QStringLiteral("brand"));
}

Result<QList<Brand>> BrandRepository::all() const
{
    return allRows<Brand>(m_db, kSelect + QStringLiteral("WHERE b.cl % 2 = 1 ORDER BY b.sort_key, b.rowid"),
                          QVariant(), brandFromRow);
}

Result<Brand> BrandRepository::findBySortKey(const QString &sortKey) const
{
    return oneRow<Brand>(m_db, kSelect + QStringLiteral("WHERE b.sort_key = ?1 AND b.cl % 2 = 1 LIMIT 1"),
                         sortKey, brandFromRow, QStringLiteral("brand"));
}

} // namespace OmniCrm
