// BrandRepository: the only code that knows the brand table. A brand is how one business shows
// itself: name, logo, colour, currency, language and time zone; a store may hold several.
#pragma once

#include "changelog.h"
#include "entities.h"
#include "recordtable.h"

#include <QByteArray>

namespace OmniCrm {

struct Brand
{
    RecordMeta meta;
    QString name;
    QByteArray logo; // PNG or SVG bytes; empty: no logo
    QString logoType; // "image/png", "image/svg+xml", or empty with no logo
    QString primaryColor = QStringLiteral("#1b6ec2"); // "#rrggbb"
    QString currency = QStringLiteral("SAR"); // ISO 4217
    QString language = QStringLiteral("ar"); // "ar" or "en"
    QString timeZone = QStringLiteral("Asia/Riyadh"); // IANA id
};

class BrandRepository
{
public:
    explicit BrandRepository(Database &db);

    Result<qint64> insert(Brand &brand, const QString &sortKey, UnitOfWork &work);
    Status update(const Brand &before, const Brand &after, const QString &sortKey, UnitOfWork &work);
    Status setCausalLength(const QString &id, qint64 causalLength, UnitOfWork &work);
    Result<Brand> find(const QString &id) const;
    /// Every live brand by name.
    Result<QList<Brand>> all() const;
    /// The live brand whose sort key is `sortKey`, or NotFound.
    Result<Brand> findBySortKey(const QString &sortKey) const;
    Result<qint64> countAlive() const { return m_table.countAlive(); }

private:
    Database &m_db;
    RecordTable m_table;
};

} // namespace OmniCrm
