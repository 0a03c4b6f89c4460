// Word lists for the finders, written as people spell them and folded once when first used, so a
// table entry and a message token meet in ArabicText::fold() form.
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace OmniCrm {

/// fold() of every entry.
QSet<QString> foldedSet(const QStringList &words);
/// fold() of every key.
template <typename T> QHash<QString, T> foldedMap(const QList<std::pair<QString, T>> &entries);

/// Tokens of a folded phrase, split the way MessageText splits words ("ر.س" → ر . س).
QStringList phraseTokens(const QString &phrase);

} // namespace OmniCrm

#include "arabictext.h"

template <typename T> QHash<QString, T> OmniCrm::foldedMap(const QList<std::pair<QString, T>> &entries)
{
    QHash<QString, T> map;
    for (const auto &[word, value] : entries)
        map.insert(ArabicText::fold(word), value);
    return map;
}
