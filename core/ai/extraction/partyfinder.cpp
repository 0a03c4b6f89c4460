#include "partyfinder.h"

#include "lexicon.h"
#include "partylexicon.h"

#include <QSet>

namespace OmniCrm {

using namespace Qt::StringLiterals;

namespace {

bool isName(const MessageToken &t)
{
    return t.isWord() && (t.arabic || t.capitalized);
}

bool startsWithArticle(const QString &folded)
{
    return folded.startsWith(u"ال") || folded.startsWith(u"لل") || folded.startsWith(u"بال")
        || folded.startsWith(u"وال");
}

// Skips honorifics ("م." "د." "Eng." "المهندس") starting at i; returns the first token after them.
int skipHonorifics(const MessageText &message, int i)
{
    while (i < message.size()) {
        const MessageToken &t = message.at(i);
        if (!t.isWord() || !PartyLexicon::honorifics().contains(t.folded))
            break;
        ++i;
        if (i < message.size() && message.at(i).isSymbol(u'.'))
            ++i;
    }
    return i;
}

} // namespace

bool PartyFinder::isArabicCompanyMarker(const QString &folded)
{
    return PartyLexicon::arabicCompanyMarkers().contains(folded);
}

TokenSpan PartyFinder::arabicCompany(const MessageText &message, int marker)
{
    // marker + a first word + words that carry the article (النخبة للتجارة، أبعاد التقنية)
    int last = marker;
    int words = 0;
    for (int i = marker + 1; i < message.size() && words < 5; ++i) {
        const MessageToken &t = message.at(i);
        if (!t.isWord() || !t.arabic || PartyLexicon::stopWords().contains(t.folded)
            || (t.folded.size() > 3 && (t.folded.at(0) == u'ب' || t.folded.at(0) == u'ل')
                && PartyLexicon::isCityWord(t.folded.mid(1)))) // "… للتجارة بالرياض"
            break;
        if (words > 0 && (!startsWithArticle(t.folded) || PartyLexicon::commonNouns().contains(t.folded)))
            break;
        last = i;
        ++words;
    }
    return words > 0 ? TokenSpan { marker, last } : TokenSpan {};
}

TokenSpan PartyFinder::latinCompany(const MessageText &message, int index, bool requireMarker)
{
    // the run of capitalised words around `index`
    auto inRun = [&](int i) {
        const MessageToken &t = message.at(i);
        return (t.isWord() && !t.arabic && (t.capitalized || t.folded == u"of" || t.folded == u"and"))
            || t.isSymbol(u'&');
    };
    if (!inRun(index))
        return {};
    int first = index;
    while (first > 0 && inRun(first - 1) && !message.at(first - 1).isLineBreak())
        --first;
    int last = index;
    while (last + 1 < message.size()
           && (inRun(last + 1)
               || (message.at(last + 1).isSymbol(u'.') && message.touches(last) && message.touches(last + 1)
                   && last + 2 < message.size() && inRun(last + 2))))
        ++last;
    while (
        first <= last
        && (PartyLexicon::latinLeadWords().contains(message.folded(first)) || !message.at(first).capitalized))
        ++first;
    while (last >= first && !message.at(last).capitalized)
        --last;
    if (first > last)
        return {};
    int markerAt = -1;
    for (int i = first; i <= last; ++i)
        if (PartyLexicon::latinCompanyMarkers().contains(message.folded(i)))
            markerAt = i;
    if (requireMarker && markerAt < 0)
        return {};
    if (markerAt >= 0 && markerAt == first)
        return {}; // "Trading" alone
    // "Co." / "Est." / "Ltd." keep their dot
    // unless the dot ends a sentence that goes on ("Gulf Star LLC. We need …")
    const bool sentenceGoesOn = last + 2 < message.size() && message.at(last + 2).isWord()
        && message.at(last + 2).capitalized && message.at(last + 1).end() < message.at(last + 2).start;
    static const QSet<QString> dotted = foldedSet({ u"co"_s, u"est"_s, u"ltd"_s, u"inc"_s, u"corp"_s });
    if (last + 1 < message.size() && message.at(last + 1).isSymbol(u'.') && message.touches(last)
        && dotted.contains(message.folded(last)) && !sentenceGoesOn)
        ++last;
    return TokenSpan { first, last };
}

TokenSpan PartyFinder::nameAfter(const MessageText &message, int index, bool strongCue)
{
    int i = skipHonorifics(message, index);
    if (i >= message.size() || !isName(message.at(i)))
        return {};
    const bool arabic = message.at(i).arabic;
    const QString &firstWord = message.folded(i);
    if (PartyLexicon::stopWords().contains(firstWord) || PartyLexicon::latinLeadWords().contains(firstWord)
        || isArabicCompanyMarker(firstWord))
        return {};
    if (!strongCue && !PartyLexicon::isFirstName(firstWord))
        return {};
    if (PartyLexicon::titleWords().contains(firstWord))
        return {};
    int first = i;
    int last = i;
    int maxWords = 3;
    if (PartyLexicon::namePrefixes().contains(firstWord))
        maxWords = 4; // أبو فهد، عبد الله، bin
    for (int k = i + 1, words = 1; k < message.size() && words < maxWords; ++k) {
        const MessageToken &t = message.at(k);
        if (t.isSymbol(u'-') && message.touches(k - 1) && message.touches(k))
            continue; // Al-Harbi
        if (!t.isWord() || t.arabic != arabic || (!arabic && !t.capitalized))
            break;
        if (PartyLexicon::stopWords().contains(t.folded) || isArabicCompanyMarker(t.folded)
            || PartyLexicon::latinCompanyMarkers().contains(t.folded)
            || PartyLexicon::titleWords().contains(t.folded))
            break;
        if (arabic && !PartyLexicon::isArabicNamePart(t.folded, message.folded(k - 1)))
            break;
        last = k;
        ++words;
    }
    // "Omar Haddad from X" may have swallowed a company's first word: a capitalised run goes on
    // into a company marker
    if (!arabic && last + 1 < message.size()
        && PartyLexicon::latinCompanyMarkers().contains(message.folded(last + 1)))
        return {};
    return TokenSpan { first, last };
}

TokenSpan PartyFinder::nameFromCues(const MessageText &message)
{
    for (int i = 0; i < message.size(); ++i) {
        const MessageToken &t = message.at(i);
        if (!t.isWord())
            continue;
        const QString &w = t.folded;
        if (PartyLexicon::strongArabicCues().contains(w) || PartyLexicon::weakArabicCues().contains(w)) {
            const TokenSpan span = nameAfter(message, i + 1, PartyLexicon::strongArabicCues().contains(w));
            if (span.isValid())
                return span;
            continue;
        }
        // English: "this is", "my name is", "i am", "i'm"
        const QString next = message.folded(i + 1);
        int after = -1;
        if ((w == u"this" && next == u"is") || (w == u"i" && next == u"am"))
            after = i + 2;
        else if (w == u"name" && next == u"is")
            after = i + 2;
        else if (w == u"i" && (message.at(i + 1).isSymbol(u'\'') || message.at(i + 1).isSymbol(u'’'))
                 && message.folded(i + 2) == u"m")
            after = i + 3;
        else if (w == u"im" && t.capitalized)
            after = i + 1;
        if (after > 0) {
            const TokenSpan span = nameAfter(message, after, true);
            if (span.isValid())
                return span;
        }
        // "Faisal Al Qahtani here", "Ahmed from Gulf Star LLC here"
        if (w == u"here" && i > 0) {
            int last = i - 1;
            if (message.at(last).isWord() && message.at(last).capitalized
                && PartyLexicon::latinCompanyMarkers().contains(message.folded(last))) {
                // back over the company to its "from"
                int k = last;
                while (k > 0 && message.folded(k) != u"from" && !message.at(k).isLineBreak())
                    --k;
                if (message.folded(k) != u"from")
                    continue;
                last = k - 1;
            }
            int first = last;
            while (first > 0 && message.at(first - 1).isWord() && message.at(first - 1).capitalized
                   && last - first < 3)
                --first;
            while (first <= last && PartyLexicon::latinLeadWords().contains(message.folded(first)))
                ++first;
            if (first <= last && message.at(last).capitalized
                && PartyLexicon::isFirstName(message.folded(first)))
                return TokenSpan { first, last };
        }
    }
    return {};
}

TokenSpan PartyFinder::nameFromHeader(const MessageText &message)
{
    for (int i = 0; i + 2 < message.size(); ++i) {
        if (message.folded(i) != u"from" || !message.at(i + 1).isSymbol(u':'))
            continue;
        if (i > 0 && !message.at(i - 1).isLineBreak())
            continue;
        const int first = skipHonorifics(message, i + 2);
        int last = first - 1;
        for (int k = first; k < message.size() && isName(message.at(k)) && k - first < 4; ++k)
            last = k;
        if (last < first)
            continue;
        if (isArabicCompanyMarker(message.folded(first))
            || PartyLexicon::latinLeadWords().contains(message.folded(first)))
            continue;
        bool company = false;
        for (int k = first; k <= last; ++k)
            company = company || PartyLexicon::latinCompanyMarkers().contains(message.folded(k));
        if (company)
            continue;
        if (last == first && !PartyLexicon::isFirstName(message.folded(first)))
            continue;
        return TokenSpan { first, last };
    }
    return {};
}

TokenSpan PartyFinder::nameFromSignature(const MessageText &message)
{
    // the last closing phrase; the name is the next name-like run (same line or the next lines),
    // a job-title line before it skipped
    static const QSet<QString> closingTails = foldedSet(
        { u"لكم"_s, u"مع"_s, u"خالص"_s, u"and"_s, u"kind"_s, u"warm"_s, u"you"_s, u"in"_s, u"advance"_s });
    int closing = -1;
    for (int i = 0; i < message.size(); ++i)
        if (message.at(i).isWord() && PartyLexicon::closings().contains(message.folded(i)))
            closing = i;
    if (closing < 0)
        return {};
    int i = closing + 1;
    while (i < message.size()
           && ((message.at(i).isWord()
                && (PartyLexicon::closings().contains(message.folded(i))
                    || closingTails.contains(message.folded(i))))
               || (!message.at(i).isWord() && !message.at(i).isNumber())))
        ++i;
    for (int line = 0; line < 3 && i < message.size(); ++line) {
        const int start = skipHonorifics(message, i);
        const bool title
            = start < message.size() && PartyLexicon::titleWords().contains(message.folded(start));
        if (!title) {
            const TokenSpan span = nameAfter(message, i, true);
            if (!span.isValid())
                return {};
            // a name line is short: it ends the line, or a separator follows
            const int after = span.last + 1;
            if (after < message.size() && !message.at(after).isLineBreak()
                && !message.at(after).isSymbol(u',') && !message.at(after).isSymbol(u'|')
                && !message.at(after).isSymbol(u'-') && !message.at(after).isSymbol(u'،')
                && !message.at(after).isNumber() && !PartyLexicon::isFirstName(message.folded(span.first)))
                return {};
            return span;
        }
        while (i < message.size() && !message.at(i).isLineBreak())
            ++i;
        while (i < message.size() && message.at(i).isLineBreak())
            ++i;
    }
    return {};
}

TokenSpan PartyFinder::nameFromLines(const MessageText &message, const TokenSpan &company)
{
    // a line that is an honorific and a name ("د. هند العنزي"), or a known first name right before
    // the company ("Maria Santos, Red Sea Foods Ltd", "محمد - شركة …")
    for (int i = 0; i < message.size(); ++i) {
        if (i > 0 && !message.at(i - 1).isLineBreak())
            continue;
        const int start = skipHonorifics(message, i);
        if (start == i || start >= message.size())
            continue;
        const TokenSpan span = nameAfter(message, start, true);
        if (span.isValid() && (span.last + 1 >= message.size() || message.at(span.last + 1).isLineBreak()))
            return span;
    }
    if (!company.isValid())
        return {};
    int k = company.first - 1;
    while (k >= 0
           && (message.at(k).isSymbol(u',') || message.at(k).isSymbol(u'-') || message.at(k).isSymbol(u'،')
               || message.at(k).isSymbol(u'|')))
        --k;
    if (k < 0 || k == company.first - 1 || !isName(message.at(k)))
        return {};
    int first = k;
    while (first > 0 && isName(message.at(first - 1)) && message.at(first - 1).arabic == message.at(k).arabic
           && k - first < 2)
        --first;
    for (int f = first; f <= k; ++f)
        if (PartyLexicon::isFirstName(message.folded(f)))
            return nameAfter(message, f, false);
    return {};
}

TokenSpan PartyFinder::nameFromExport(const MessageText &message)
{
    for (int i = 0; i + 2 < message.size(); ++i) {
        if (!message.at(i).isSymbol(u']'))
            continue;
        int k = i + 1;
        int last = -1;
        while (k < message.size() && isName(message.at(k)) && k - i <= 4)
            last = k++;
        if (last > i && k < message.size() && message.at(k).isSymbol(u':'))
            return TokenSpan { i + 1, last };
    }
    return {};
}

TokenSpan PartyFinder::nameBeforePhone(const MessageText &message, const QList<TokenSpan> &phones)
{
    auto boundary = [&](int i) {
        if (i < 0)
            return true;
        const MessageToken &t = message.at(i);
        return t.kind == MessageToken::Kind::Symbol && !t.isSymbol(u'(');
    };
    for (const TokenSpan &phone : phones) {
        int k = phone.first - 1;
        while (
            k >= 0
            && (message.at(k).isSymbol(u'-') || message.at(k).isSymbol(u':') || message.at(k).isSymbol(u'+')))
            --k;
        if (k < 0 || !isName(message.at(k)))
            continue;
        int first = k;
        if (first > 0 && isName(message.at(first - 1))
            && (PartyLexicon::isFirstName(message.folded(first - 1))
                || PartyLexicon::namePrefixes().contains(message.folded(first - 1))))
            --first;
        if (!boundary(first - 1))
            continue;
        if (PartyLexicon::isFirstName(message.folded(first))
            || PartyLexicon::namePrefixes().contains(message.folded(first)))
            return TokenSpan { first, k };
    }
    // a first name alone closing the message: "… ومو مستعجلين. تركي"
    int last = message.size() - 1;
    while (last >= 0 && !message.at(last).isWord() && !message.at(last).isNumber())
        --last;
    if (last >= 0 && isName(message.at(last)) && PartyLexicon::isFirstName(message.folded(last))
        && boundary(last - 1))
        return TokenSpan { last, last };
    return {};
}

FoundParty PartyFinder::find(const MessageText &message, const QList<TokenSpan> &phones)
{
    FoundParty party;
    // company: an Arabic marker, else a capitalised run with a marker word, else "from X"
    for (int i = 0; i < message.size() && !party.companyTokens.isValid(); ++i) {
        const MessageToken &t = message.at(i);
        if (!t.isWord())
            continue;
        if (t.arabic) {
            QString w = t.folded;
            if (!isArabicCompanyMarker(w) && w.size() > 3
                && (w.at(0) == u'ل' || w.at(0) == u'ب' || w.at(0) == u'و') && isArabicCompanyMarker(w.mid(1)))
                w = w.mid(1);
            if (isArabicCompanyMarker(w))
                party.companyTokens = arabicCompany(message, i);
        } else if (PartyLexicon::latinCompanyMarkers().contains(t.folded) && t.capitalized) {
            party.companyTokens = latinCompany(message, i, true);
        }
    }
    if (!party.companyTokens.isValid()) {
        for (int i = 0; i + 1 < message.size(); ++i) {
            if ((message.folded(i) == u"from" || message.folded(i) == u"at") && message.at(i + 1).capitalized
                && !PartyLexicon::isCityWord(message.folded(i + 1))
                && !(i + 2 < message.size() && message.at(i + 2).isSymbol(u':'))
                && !(i + 1 < message.size() && message.at(i + 1).isSymbol(u':'))) {
                if (i > 0 && message.at(i - 1).isLineBreak())
                    continue; // a "From:" header line
                const TokenSpan span = latinCompany(message, i + 1, false);
                if (span.isValid() && span.first == i + 1 && span.last - span.first <= 4) {
                    party.companyTokens = span;
                    break;
                }
            }
        }
    }
    if (party.companyTokens.isValid())
        party.company = message.span(party.companyTokens.first, party.companyTokens.last).toString();

    const TokenSpan candidates[] = { nameFromCues(message),
                                     nameFromHeader(message),
                                     nameFromSignature(message),
                                     nameFromExport(message),
                                     nameFromLines(message, party.companyTokens),
                                     nameBeforePhone(message, phones) };
    for (const TokenSpan &span : candidates) {
        if (!span.isValid() || (party.companyTokens.isValid() && span.overlaps(party.companyTokens)))
            continue;
        const QString text = message.span(span.first, span.last).toString();
        if (!party.nameTokens.isValid()) {
            party.nameTokens = span;
            party.name = text;
        } else if (text.size() > party.name.size()
                   && ArabicText::fold(text).startsWith(ArabicText::fold(party.name) + u' ')) {
            party.nameTokens = span; // "محمد" in the greeting, "محمد العتيبي" in the signature
            party.name = text;
        }
    }
    return party;
}

} // namespace OmniCrm
