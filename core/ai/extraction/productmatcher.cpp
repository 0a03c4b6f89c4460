#include "productmatcher.h"

#include "lexicon.h"

#include <QSet>

namespace OmniCrm {

using namespace Qt::StringLiterals;

namespace {

// Damerau-Levenshtein distance of at most one.
bool withinOneEdit(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty() || a.at(0) != b.at(0))
        return false; // a typo keeps the first letter: "issue" is not "tissue"
    const qsizetype la = a.size();
    const qsizetype lb = b.size();
    if (qAbs(la - lb) > 1)
        return false;
    qsizetype i = 0;
    while (i < la && i < lb && a.at(i) == b.at(i))
        ++i;
    if (i == la && i == lb)
        return true;
    if (la == lb) {
        if (QStringView(a).mid(i + 1) == QStringView(b).mid(i + 1))
            return true; // substitution
        return i + 1 < la && a.at(i) == b.at(i + 1) && a.at(i + 1) == b.at(i)
            && QStringView(a).mid(i + 2) == QStringView(b).mid(i + 2); // transposition
    }
    if (la > lb)
        return QStringView(a).mid(i + 1) == QStringView(b).mid(i);
    return QStringView(a).mid(i) == QStringView(b).mid(i + 1);
}

// Single words too common or too short to name a product on their own.
const QSet<QString> &weakSingleWords()
{
    static const QSet<QString> words = foldedSet({ u"pc"_s, u"بن"_s, u"جهاز"_s, u"unit"_s, u"box"_s });
    return words;
}

} // namespace

QString ProductMatcher::stemKey(const QString &folded, bool arabic)
{
    QString key = folded;
    if (arabic) {
        for (const QString &prefix : { u"وال"_s, u"بال"_s, u"فال"_s, u"كال"_s }) {
            if (key.startsWith(prefix) && key.size() - 3 >= 2) {
                key = key.mid(3);
                break;
            }
        }
        if (key.startsWith(u"لل") && key.size() - 2 >= 3)
            key = key.mid(2);
        else if (key.startsWith(u"ال") && key.size() - 2 >= 2)
            key = key.mid(2);
        if (key.endsWith(u"ات") && key.size() - 2 >= 3)
            key.chop(2);
        else if ((key.endsWith(u"ين") || key.endsWith(u"ون")) && key.size() >= 5)
            key.chop(2);
        if (key.endsWith(u'ه') && key.size() - 1 >= 3)
            key.chop(1);
        return key;
    }
    if (key.size() > 4 && key.endsWith(u"ies"))
        return key.left(key.size() - 3) + u'y';
    if (key.size() > 4
        && (key.endsWith(u"ses") || key.endsWith(u"xes") || key.endsWith(u"ches") || key.endsWith(u"shes")))
        return key.left(key.size() - 2);
    if (key.size() > 3 && key.endsWith(u's') && !key.endsWith(u"ss"))
        key.chop(1);
    return key;
}

ProductMatcher::ProductMatcher(const ProductCatalog &catalog)
    : m_products(catalog.products())
{
    for (int p = 0; p < m_products.size(); ++p) {
        const CatalogProduct &product = m_products.at(p);
        QStringList names { product.nameAr, product.nameEn, product.sku };
        names += product.aliases;
        QSet<QString> seen;
        for (const QString &name : std::as_const(names)) {
            if (name.trimmed().isEmpty())
                continue;
            const MessageText text(name);
            QStringList keys;
            for (const MessageToken &t : text.tokens())
                if (t.isWord() || t.isNumber())
                    keys << (t.isWord() ? stemKey(t.folded, t.arabic) : t.folded);
            if (keys.isEmpty())
                continue;
            if (keys.size() == 1 && weakSingleWords().contains(keys.first()))
                continue;
            const QString joined = keys.join(u' ');
            if (seen.contains(joined))
                continue;
            seen.insert(joined);
            m_byFirstKey[keys.first()].append(int(m_phrases.size()));
            m_phrases.append(Phrase { p, keys });
        }
    }
    m_firstKeys = m_byFirstKey.keys();
}

QList<QStringList> ProductMatcher::messageKeys(const MessageText &message) const
{
    // Per token, its keys: the stem, and for Arabic the stem without a leading و ب ل ف.
    QList<QStringList> keys;
    keys.reserve(message.size());
    for (const MessageToken &t : message.tokens()) {
        QStringList k;
        if (t.isWord()) {
            k << stemKey(t.folded, t.arabic);
            if (t.arabic && t.folded.size() >= 4) {
                const QChar c = t.folded.at(0);
                if (c == u'و' || c == u'ب' || c == u'ل' || c == u'ف')
                    k << stemKey(t.folded.mid(1), true);
            }
        } else if (t.isNumber()) {
            k << t.folded;
        }
        keys.append(k);
    }
    return keys;
}

int ProductMatcher::matchAt(const QList<QStringList> &keys, const QList<int> &positions, int at,
                            const Phrase &phrase, bool *fuzzy) const
{
    // positions: indices of word/number tokens; returns the last position index matched, or -1.
    // A name of three words or more also matches by its first two ("Microsoft 365 business
    // licenses"), unless they start with a number; that counts as fuzzy.
    *fuzzy = false;
    const bool prefixAllowed = phrase.keys.size() >= 3 && !phrase.keys.first().at(0).isDigit();
    for (int k = 0; k < phrase.keys.size(); ++k) {
        if (at + k >= positions.size()) {
            if (prefixAllowed && k >= 2) {
                *fuzzy = true;
                return at + k - 1;
            }
            return -1;
        }
        const QStringList &candidates = keys.at(positions.at(at + k));
        const QString &want = phrase.keys.at(k);
        if (candidates.contains(want))
            continue;
        bool close = false;
        if (want.size() >= 5)
            for (const QString &c : candidates)
                close = close || (c.size() >= 5 && withinOneEdit(c, want));
        if (!close) {
            if (prefixAllowed && k >= 2) {
                *fuzzy = true;
                return at + k - 1;
            }
            return -1;
        }
        *fuzzy = true;
    }
    return at + int(phrase.keys.size()) - 1;
}

QList<FoundProduct> ProductMatcher::find(const MessageText &message, const QList<TokenSpan> &excluded) const
{
    QList<FoundProduct> found;
    if (m_phrases.isEmpty())
        return found;
    const QList<QStringList> keys = messageKeys(message);
    QList<int> positions; // word and number tokens, outside excluded spans
    for (int i = 0; i < message.size(); ++i) {
        if (keys.at(i).isEmpty())
            continue;
        const bool inside = std::any_of(excluded.cbegin(), excluded.cend(),
                                        [i](const TokenSpan &s) { return s.contains(i); });
        if (!inside)
            positions.append(i);
    }
    QSet<int> reported;
    int at = 0;
    while (at < positions.size()) {
        // candidate phrases: those whose first key is one of this token's keys, or one typo away
        QList<int> candidates;
        for (const QString &key : keys.at(positions.at(at)))
            candidates += m_byFirstKey.value(key);
        const QStringList &own = keys.at(positions.at(at));
        if (!own.isEmpty() && own.first().size() >= 5)
            for (const QString &first : m_firstKeys)
                if (first.size() >= 5 && first != own.first() && withinOneEdit(first, own.first()))
                    candidates += m_byFirstKey.value(first);
        int bestEnd = -1;
        int bestPhrase = -1;
        bool bestFuzzy = false;
        for (int phraseIndex : std::as_const(candidates)) {
            bool fuzzy = false;
            const int end = matchAt(keys, positions, at, m_phrases.at(phraseIndex), &fuzzy);
            if (end < 0)
                continue;
            // consecutive in the text: no other word between the phrase's tokens
            if (positions.at(end) - positions.at(at) > 2 * (end - at) + 0)
                continue;
            if (end > bestEnd || (end == bestEnd && bestFuzzy && !fuzzy)) {
                bestEnd = end;
                bestPhrase = phraseIndex;
                bestFuzzy = fuzzy;
            }
        }
        if (bestPhrase < 0) {
            ++at;
            continue;
        }
        const int product = m_phrases.at(bestPhrase).product;
        if (!reported.contains(product)) {
            reported.insert(product);
            const CatalogProduct &p = m_products.at(product);
            found.append(FoundProduct {
                ProductMatch { p.id, p.nameAr.isEmpty() ? p.nameEn : p.nameAr, bestFuzzy ? 0.8 : 1.0 },
                TokenSpan { positions.at(at), positions.at(bestEnd) } });
        }
        at = bestEnd + 1;
    }
    return found;
}

} // namespace OmniCrm
