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

namespace OmniCrm {

int PhraseTable::add(const QStringList &tokens)
{
    const int index = int(m_phrases.size());
    m_phrases.append(tokens);
    if (!tokens.isEmpty())
        m_byFirst[tokens.first()].append(index);
    return index;
}

PhraseTable::Match PhraseTable::longestAt(const MessageText &message, int i, bool allowGlued) const
{
    Match best;
    if (i < 0 || i >= message.size())
        return best;
    const QString &word = message.at(i).folded;
    auto consider = [&](const QString &first, bool glued) {
        const auto it = m_byFirst.constFind(first);
        if (it == m_byFirst.cend())
            return;
        for (int index : it.value()) {
            const QStringList &tokens = m_phrases.at(index);
            if (i + tokens.size() > message.size() || tokens.size() <= best.length)
                continue;
            bool match = true;
            for (int k = 1; k < tokens.size() && match; ++k)
                match = message.at(i + k).folded == tokens.at(k);
            if (match)
                best = Match { index, int(tokens.size()), glued };
        }
    };
    consider(word, false);
    if (allowGlued && message.at(i).arabic && word.size() >= 3) {
        const QChar c = word.at(0);
        if (c == u'و' || c == u'ب' || c == u'ل' || c == u'ف') {
            const QString rest = word.mid(1);
            consider(rest, true);
            consider(u"ال" + rest, true);
            if (word.startsWith(u"لل"))
                consider(u"ال" + word.mid(2), true);
        }
    }
    return best;
}

} // namespace OmniCrm
