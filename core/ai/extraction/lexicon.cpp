#include "lexicon.h"

#include "messagetext.h"

namespace OmniCrm {

QSet<QString> foldedSet(const QStringList &words)
{
    QSet<QString> set;
    for (const QString &word : words)
        set.insert(ArabicText::fold(word));
    return set;
}

QStringList phraseTokens(const QString &phrase)
{
    const MessageText text(phrase);
    QStringList tokens;
    for (const MessageToken &t : text.tokens())
        tokens << t.folded;
    return tokens;
}

} // namespace OmniCrm
