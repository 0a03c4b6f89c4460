#include "productcatalog.h"

#include "entities.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace OmniCrm {

Result<ProductCatalog> ProductCatalog::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::make(ErrorCode::Parse,
                           QStringLiteral("catalog is not JSON: %1 at offset %2")
                               .arg(parseError.errorString())
                               .arg(parseError.offset));
    const QJsonArray array = document.isArray()
        ? document.array()
        : document.object().value(QStringLiteral("products")).toArray();
    if (array.isEmpty() && !document.isArray() && !document.object().contains(QStringLiteral("products")))
        return Error::make(ErrorCode::Parse, QStringLiteral("catalog has no \"products\" array"));
    QList<CatalogProduct> products;
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        CatalogProduct product;
        product.id = object.value(QStringLiteral("id")).toString();
        if (product.id.isEmpty())
            return Error::make(ErrorCode::Parse,
                               QStringLiteral("catalog product %1 has no \"id\"").arg(i + 1),
                               QStringLiteral("id"));
        product.sku = object.value(QStringLiteral("sku")).toString();
        product.nameAr = object.value(QStringLiteral("name_ar")).toString();
        product.nameEn = object.value(QStringLiteral("name_en")).toString();
        for (const QJsonValue &alias : object.value(QStringLiteral("aliases")).toArray())
            product.aliases << alias.toString();
        products.append(product);
    }
    return ProductCatalog(std::move(products));
}

Result<ProductCatalog> ProductCatalog::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io,
                           QStringLiteral("cannot read catalog %1: %2").arg(path, file.errorString()));
    return fromJson(file.readAll());
}

ProductCatalog ProductCatalog::fromProducts(const QList<Product> &products)
{
    QList<CatalogProduct> list;
    for (const Product &product : products)
        list.append(CatalogProduct { product.meta.id, product.sku, product.nameAr, product.nameEn, {} });
    return ProductCatalog(std::move(list));
}

} // namespace OmniCrm
