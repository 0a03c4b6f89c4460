// ProductCatalog: what the extractor can recognise as a product: id, SKU, Arabic and English
// names and aliases (other spellings, plurals, Gulf words). Read from a JSON file
// ({"products":[{"id","sku","name_ar","name_en","aliases":[…]}]}) or built from the store's
// products.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace OmniCrm {

struct Product;

struct CatalogProduct
{
    QString id;
    QString sku;
    QString nameAr;
    QString nameEn;
    QStringList aliases;
};

class ProductCatalog
{
public:
    ProductCatalog() = default;
    explicit ProductCatalog(QList<CatalogProduct> products)
        : m_products(std::move(products))
    {
    }

    /// Parse error naming what is wrong (not JSON, no "products" array, a product without id).
    static Result<ProductCatalog> fromJson(const QByteArray &json);
    static Result<ProductCatalog> fromFile(const QString &path);
    static ProductCatalog fromProducts(const QList<Product> &products);

    const QList<CatalogProduct> &products() const { return m_products; }
    bool isEmpty() const { return m_products.isEmpty(); }

private:
    QList<CatalogProduct> m_products;
};

} // namespace OmniCrm
