// ProductMatcher: catalog products named in a message. Every name, alias and SKU becomes a phrase
// of stem keys (fold(), then Arabic article/prefixes and sound-plural endings, English plural
// endings removed), so "المكيفات" meets "مكيف" and "tyres" meets "tyre"; words of five letters or
// more also match with one typo. At each position the longest phrase wins. The catalog is indexed
// once, in the constructor.
#pragma once

#include "extractedlead.h"
#include "messagetext.h"
#include "productcatalog.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace OmniCrm {

struct FoundProduct
{
    ProductMatch match;
    TokenSpan tokens;
};

class ProductMatcher
{
public:
    explicit ProductMatcher(const ProductCatalog &catalog);

    /// Products in text order, each once; tokens inside `excluded` spans (a company name, an
    /// e-mail address) are never read as a product.
    QList<FoundProduct> find(const MessageText &message, const QList<TokenSpan> &excluded) const;

    /// The matching key of one folded word.
    static QString stemKey(const QString &folded, bool arabic);

private:
    struct Phrase
    {
        int product; // index into m_products
        QStringList keys;
    };

    QList<QStringList> messageKeys(const MessageText &message) const;
    int matchAt(const QList<QStringList> &keys, const QList<int> &positions, int at, const Phrase &phrase,
                bool *fuzzy) const;

    QList<CatalogProduct> m_products;
    QList<Phrase> m_phrases;
    QHash<QString, QList<int>> m_byFirstKey; // first key → phrases
    QList<QString> m_firstKeys; // the distinct first keys, for typo matching
};

} // namespace OmniCrm
