#include "cuelexicon.h"

#include "arabictext.h"

#include <QHash>

#include <algorithm>

namespace OmniCrm {

namespace {

const QStringList StructuralFeatures {
    QStringLiteral("len_short"), // five words or fewer
    QStringLiteral("len_long"), // more than twenty words
    QStringLiteral("questions"), // ? and ؟, capped
    QStringLiteral("exclamations"), // !, capped
    QStringLiteral("repeated_marks"), // !! ?? ؟؟
    QStringLiteral("emoji"), // capped count
    QStringLiteral("stretched"), // a letter three or more times in a row: واااو, sooo
    QStringLiteral("digits"),
    QStringLiteral("caps_word"), // OMG, ASAP
};
constexpr double Cap = 3.0;

const QStringList &clitics()
{
    static const QStringList list { QStringLiteral("و"),   QStringLiteral("ف"),   QStringLiteral("ب"),
                                    QStringLiteral("ل"),   QStringLiteral("ك"),   QStringLiteral("ال"),
                                    QStringLiteral("وال"), QStringLiteral("بال"), QStringLiteral("فال"),
                                    QStringLiteral("كال"), QStringLiteral("لل"),  QStringLiteral("وب"),
                                    QStringLiteral("ول"),  QStringLiteral("وبال") };
    return list;
}

bool isArabicLetter(QChar c)
{
    return c.unicode() >= 0x0620 && c.unicode() <= 0x064A;
}

bool isEmoji(char32_t c)
{
    return (c >= 0x1F300 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF);
}

struct Token
{
    int foldedStart;
    int foldedEnd;
    int originalStart;
    int originalEnd;
};

} // namespace

CueLexicon CueLexicon::builtIn()
{
    return CueLexicon(builtInGroups());
}

CueLexicon::CueLexicon(const QList<Group> &groups)
    : m_groups(groups)
{
    for (int g = 0; g < m_groups.size(); ++g) {
        m_featureNames.append(m_groups.at(g).key);
        for (const QString &written : m_groups.at(g).patterns) {
            Pattern pattern;
            pattern.wholeWord = written.endsWith(u'=');
            pattern.folded = ArabicText::fold(pattern.wholeWord ? QStringView(written).chopped(1) : written);
            if (pattern.folded.isEmpty())
                continue;
            pattern.group = g;
            pattern.arabicStart = isArabicLetter(pattern.folded.front());
            m_patterns.append(pattern);
        }
    }
    m_featureNames.append(StructuralFeatures);
}

CueAnalysis CueLexicon::analyse(QStringView message) const
{
    // Fold word by word so every match maps back to whole words of the original text.
    QString folded;
    folded.reserve(message.size());
    QList<Token> tokens;
    int wordCount = 0;
    for (int i = 0; i < message.size();) {
        while (i < message.size() && message[i].isSpace())
            ++i;
        const int begin = i;
        while (i < message.size() && !message[i].isSpace())
            ++i;
        if (i == begin)
            break;
        const QString word = ArabicText::fold(message.mid(begin, i - begin));
        if (word.isEmpty())
            continue;
        if (!folded.isEmpty())
            folded.append(u' ');
        tokens.append({ int(folded.size()), int(folded.size() + word.size()), begin, i });
        folded.append(word);
        ++wordCount;
    }

    CueAnalysis analysis;
    analysis.features.fill(0.0, featureCount());
    QList<std::pair<int, int>> taken; // per match: (group, folded start) spans already counted
    QList<std::pair<int, int>> spans;

    // Where each pair of characters occurs: a pattern is only tried where its first two
    // characters are, which is far cheaper than one substring search per pattern over the message.
    const auto pairKey = [](QChar a, QChar b) {
        return (quint32(a.unicode()) << 16) | b.unicode();
    };
    QHash<quint32, QList<int>> positions;
    for (int i = 0; i + 1 < folded.size(); ++i)
        positions[pairKey(folded[i], folded[i + 1])].append(i);
    QList<int> everywhere;

    for (const Pattern &pattern : m_patterns) {
        const QList<int> *candidates = &everywhere;
        if (pattern.folded.size() >= 2) {
            const auto found = positions.constFind(pairKey(pattern.folded[0], pattern.folded[1]));
            if (found == positions.constEnd())
                continue;
            candidates = &found.value();
        } else if (everywhere.isEmpty()) {
            for (int i = 0; i < folded.size(); ++i)
                everywhere.append(i);
        }
        for (const int at : *candidates) {
            if (!QStringView(folded).sliced(at).startsWith(pattern.folded))
                continue;
            const qsizetype end = at + pattern.folded.size();
            if (pattern.folded.front().isLetterOrNumber()) {
                qsizetype wordStart = at;
                while (wordStart > 0 && folded[wordStart - 1].isLetterOrNumber())
                    --wordStart;
                if (wordStart != at
                    && !(pattern.arabicStart
                         && clitics().contains(QStringView(folded).mid(wordStart, at - wordStart))))
                    continue;
            }
            if (pattern.wholeWord && end < folded.size() && folded[end].isLetterOrNumber())
                continue;
            // One group counts a stretch of text once, whichever of its patterns matched it.
            bool overlaps = false;
            for (int m = 0; m < taken.size() && !overlaps; ++m)
                overlaps = taken[m].first == pattern.group && spans[m].first < end && at < spans[m].second;
            if (overlaps)
                continue;
            taken.append({ pattern.group, int(at) });
            spans.append({ int(at), int(end) });
            double &value = analysis.features[pattern.group];
            value = std::min(Cap, value + 1.0);

            int first = -1;
            int last = -1;
            for (int t = 0; t < tokens.size(); ++t) {
                if (tokens[t].foldedEnd > at && tokens[t].foldedStart < end) {
                    if (first < 0)
                        first = t;
                    last = t;
                }
            }
            if (first < 0)
                continue;
            CueMatch match;
            match.cue = m_groups.at(pattern.group).key;
            match.leaning = m_groups.at(pattern.group).leaning;
            match.start = tokens[first].originalStart;
            match.length = tokens[last].originalEnd - tokens[first].originalStart;
            match.text = message.mid(match.start, match.length).toString();
            analysis.matches.append(match);
        }
    }
    std::sort(analysis.matches.begin(), analysis.matches.end(),
              [](const CueMatch &a, const CueMatch &b) { return a.start < b.start; });

    // Structural features, read from the original text.
    int questions = 0;
    int exclamations = 0;
    int emoji = 0;
    bool repeatedMarks = false;
    bool digits = false;
    for (int i = 0; i < message.size(); ++i) {
        const QChar c = message[i];
        if (c == u'?' || c == u'؟')
            ++questions;
        else if (c == u'!')
            ++exclamations;
        if (i > 0 && (c == u'!' || c == u'?' || c == u'؟')
            && (message[i - 1] == u'!' || message[i - 1] == u'?' || message[i - 1] == u'؟'))
            repeatedMarks = true;
        if (c.isDigit())
            digits = true;
        if (c.isHighSurrogate() && i + 1 < message.size()) {
            if (isEmoji(QChar::surrogateToUcs4(c, message[i + 1])))
                ++emoji;
            ++i;
        } else if (isEmoji(c.unicode())) {
            ++emoji;
        }
    }
    bool stretched = false;
    for (int i = 2; i < folded.size() && !stretched; ++i)
        stretched = folded[i].isLetter() && folded[i] == folded[i - 1] && folded[i] == folded[i - 2];
    bool capsWord = false;
    int run = 0;
    for (int i = 0; i <= message.size() && !capsWord; ++i) {
        const QChar c = i < message.size() ? message[i] : QChar(u' ');
        if (c.unicode() >= u'A' && c.unicode() <= u'Z') {
            ++run;
        } else if (c.unicode() >= u'a' && c.unicode() <= u'z') {
            run = -1000; // a word with a lower-case letter is not shouting
        } else {
            capsWord = run >= 3;
            run = 0;
        }
    }

    const int base = int(m_groups.size());
    analysis.features[base + 0] = wordCount <= 5 ? 1.0 : 0.0;
    analysis.features[base + 1] = wordCount > 20 ? 1.0 : 0.0;
    analysis.features[base + 2] = std::min(Cap, double(questions));
    analysis.features[base + 3] = std::min(Cap, double(exclamations));
    analysis.features[base + 4] = repeatedMarks ? 1.0 : 0.0;
    analysis.features[base + 5] = std::min(Cap, double(emoji));
    analysis.features[base + 6] = stretched ? 1.0 : 0.0;
    analysis.features[base + 7] = digits ? 1.0 : 0.0;
    analysis.features[base + 8] = capsWord ? 1.0 : 0.0;
    return analysis;
}

} // namespace OmniCrm
