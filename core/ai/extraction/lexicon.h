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

namespace OmniCrm {

class MessageText;

/// Phrases of folded tokens, indexed by their first token, so a finder looks at the few phrases
/// that can start at a token instead of all of them. The first word may carry a glued و ب ل ف
/// ("بعرض سعر", "بالطائف", "للشهر الجاي") when `allowGlued` is set.
class PhraseTable
{
public:
    /// Returns the phrase's index.
    int add(const QStringList &tokens);
    int size() const { return int(m_phrases.size()); }
    const QStringList &phrase(int index) const { return m_phrases.at(index); }

    struct Match
    {
        int phrase = -1;
        int length = 0; // tokens
        bool glued = false;
    };
    /// The longest phrase starting at token i, if any.
    Match longestAt(const MessageText &message, int i, bool allowGlued) const;

private:
    QList<QStringList> m_phrases;
    QHash<QString, QList<int>> m_byFirst;
};

} // namespace OmniCrm
