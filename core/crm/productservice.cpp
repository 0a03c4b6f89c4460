#include "productservice.h"

#include "validation.h"

namespace OmniCrm {

namespace {
// ISO 4217 codes are three Latin capitals; a length check alone lets "123" or "ريا" through.
bool isCurrencyCode(QStringView code)
{
    return code.size() == 3
        && std::all_of(code.begin(), code.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
}

QString productSortKey(const Product &p)
{
    return sortKeyFor(p.nameAr.isEmpty() ? p.nameEn : p.nameAr);
}
} // namespace

ProductService::ProductService(ChangeLog &log, ProductRepository &products, SearchIndex &search,
                               const SearchDocuments &documents, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_products(products)
    , m_search(search)
    , m_documents(documents)
{
}

Result<Product> ProductService::validate(const ProductDraft &draft) const
{
    Product product;
    product.sku = draft.sku.trimmed().toUpper();
    if (product.sku.isEmpty())
        return Error::make(ErrorCode::MissingField, QStringLiteral("a product needs a SKU"),
                           QStringLiteral("sku"));
    product.nameAr = draft.nameAr.simplified();
    product.nameEn = draft.nameEn.simplified();
    if (product.nameAr.isEmpty() && product.nameEn.isEmpty())
        return Error::make(ErrorCode::MissingField,
                           QStringLiteral("a product needs an Arabic or English name"),
                           QStringLiteral("name"));
    if (product.nameAr.isEmpty())
        product.nameAr = product.nameEn;
    if (product.nameEn.isEmpty())
        product.nameEn = product.nameAr;
    if (draft.priceMinor < 0)
        return Error::make(ErrorCode::InvalidMoney, QStringLiteral("the price cannot be negative"),
                           QStringLiteral("price"));
    if (draft.costMinor < 0)
        return Error::make(ErrorCode::InvalidMoney, QStringLiteral("the cost cannot be negative"),
                           QStringLiteral("cost"));
    if (!isCurrencyCode(draft.currency.toUpper()))
        return Error::make(ErrorCode::InvalidMoney,
                           QStringLiteral("\"%1\" is not a currency code").arg(draft.currency),
                           QStringLiteral("currency"));
    product.category = draft.category.simplified();
    product.priceMinor = draft.priceMinor;
    product.costMinor = draft.costMinor;
    product.currency = draft.currency.toUpper();
    return product;
}

Result<QString> ProductService::create(const ProductDraft &draft)
{
    auto product = validate(draft);
    if (!product)
        return product.error();
    auto existing = m_products.findBySku(product->sku);
    if (existing)
        return Error::make(ErrorCode::Duplicate, QStringLiteral("SKU %1 is taken").arg(product->sku),
                           QStringLiteral("sku"));
    UnitOfWork work(m_log);
    OMNICRM_TRY(work.began());
    auto rowId = m_products.insert(*product, productSortKey(*product), work);
    if (!rowId)
        return rowId.error();
    OMNICRM_TRY(m_search.add(RecordKind::Product, *rowId, m_documents.product(*product)));
    OMNICRM_TRY(work.commit());
    Q_EMIT productSaved(product->meta.id);
    return product->meta.id;
}

Status ProductService::update(const QString &id, const ProductDraft &draft)
{
    auto before = m_products.find(id);
    if (!before)
        return before.error();
    auto after = validate(draft);
    if (!after)
        return after.error();
    auto sameSku = m_products.findBySku(after->sku);
    if (sameSku && sameSku->meta.id != id)
        return Error::make(ErrorCode::Duplicate, QStringLiteral("SKU %1 is taken").arg(after->sku),
                           QStringLiteral("sku"));
    after->meta = before->meta;
    UnitOfWork work(m_log);
    OMNICRM_TRY(work.began());
    OMNICRM_TRY(m_products.update(*before, *after, productSortKey(*after), work));
    auto rowId = m_products.rowIdOf(id);
    if (!rowId)
        return rowId.error();
    OMNICRM_TRY(m_search.put(RecordKind::Product, *rowId, m_documents.product(*after)));
    OMNICRM_TRY(work.commit());
    Q_EMIT productSaved(id);
    return {};
}

Status ProductService::setAlive(const QString &id, bool alive)
{
    auto product = m_products.find(id);
    if (!product)
        return product.error();
    if (product->meta.isAlive() == alive)
        return {};
    if (alive) { // SKUs are unique among live products
        auto sameSku = m_products.findBySku(product->sku);
        if (sameSku)
            return Error::make(ErrorCode::Duplicate, QStringLiteral("SKU %1 is taken").arg(product->sku),
                               QStringLiteral("sku"));
    }
    UnitOfWork work(m_log);
    OMNICRM_TRY(work.began());
    OMNICRM_TRY(m_products.setCausalLength(id, product->meta.causalLength + 1, work));
    auto rowId = m_products.rowIdOf(id);
    if (!rowId)
        return rowId.error();
    OMNICRM_TRY(alive ? m_search.put(RecordKind::Product, *rowId, m_documents.product(*product))
                      : m_search.remove(RecordKind::Product, *rowId));
    return work.commit();
}

Status ProductService::remove(const QString &id)
{
    OMNICRM_TRY(setAlive(id, false));
    Q_EMIT productRemoved(id);
    return {};
}

Status ProductService::restore(const QString &id)
{
    OMNICRM_TRY(setAlive(id, true));
    Q_EMIT productSaved(id);
    return {};
}

Result<Page<Product>> ProductService::page(const std::optional<Cursor> &after, int limit) const
{
    return m_products.page(after, limit);
}

} // namespace OmniCrm
