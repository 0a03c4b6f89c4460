// ProductService: the catalogue. SKUs are unique among live products; price and cost are money
// in minor units and never negative.
#pragma once

#include "changelog.h"
#include "productrepository.h"
#include "searchdocuments.h"
#include "searchindex.h"

#include <QObject>

namespace OmniCrm {

struct ProductDraft
{
    QString sku;
    QString nameAr;
    QString nameEn;
    QString category;
    qint64 priceMinor = 0;
    qint64 costMinor = 0;
    QString currency = QStringLiteral("SAR");
};

class ProductService : public QObject
{
    Q_OBJECT
public:
    ProductService(ChangeLog &log, ProductRepository &products, SearchIndex &search,
                   const SearchDocuments &documents, QObject *parent = nullptr);

    Result<Product> validate(const ProductDraft &draft) const;
    Result<QString> create(const ProductDraft &draft);
    Status update(const QString &id, const ProductDraft &draft);
    /// Soft delete (causal length to even); restore() undoes it unless a live product took the SKU.
    Status remove(const QString &id);
    Status restore(const QString &id);
    Result<Product> find(const QString &id) const { return m_products.find(id); }
    Result<Product> findBySku(const QString &sku) const { return m_products.findBySku(sku); }
    Result<Page<Product>> page(const std::optional<Cursor> &after, int limit) const;

Q_SIGNALS:
    void productSaved(const QString &id);
    void productRemoved(const QString &id);

private:
    Status setAlive(const QString &id, bool alive);

    ChangeLog &m_log;
    ProductRepository &m_products;
    SearchIndex &m_search;
    const SearchDocuments &m_documents;
};

} // namespace OmniCrm
