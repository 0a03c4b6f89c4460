#include "contactfinder.h"

#include "lexicon.h"
#include "phonenormalizer.h"

#include <QRegularExpression>
#include <QSet>

namespace OmniCrm {

using namespace Qt::StringLiterals;

namespace {

// Labels after which digits are a reference, not a phone (folded forms).
const QSet<QString> &referenceLabels()
{
    static const QSet<QString> labels = foldedSet({
        u"order"_s,    u"invoice"_s, u"inv"_s,     u"ref"_s,   u"po"_s,      u"vat"_s,   u"cr"_s,
        u"tender"_s,   u"box"_s,     u"zip"_s,     u"iban"_s,  u"account"_s, u"الطلب"_s, u"طلب"_s,
        u"الفاتوره"_s, u"فاتوره"_s,  u"الضريبي"_s, u"ضريبي"_s, u"سجل"_s,     u"تجاري"_s, u"الشحنه"_s,
        u"شحنه"_s,     u"البريدي"_s, u"مرجع"_s,    u"حساب"_s,  u"الحساب"_s,  u"ايبان"_s, u"المناقصة"_s,
    });
    return labels;
}

const QSet<QString> &phoneLabels()
{
    static const QSet<QString> labels = foldedSet({
        u"جوال"_s,   u"جوالي"_s,  u"وجوالي"_s,   u"رقمي"_s,  u"ورقمي"_s,   u"هاتف"_s,    u"تلفون"_s,
        u"واتساب"_s, u"موبايل"_s, u"اتصل"_s,     u"تواصل"_s, u"للتواصل"_s, u"mob"_s,     u"mobile"_s,
        u"tel"_s,    u"phone"_s,  u"whatsapp"_s, u"call"_s,  u"cell"_s,    u"contact"_s, u"fax"_s,
    });
    return labels;
}

bool isPhoneSeparator(const MessageToken &t)
{
    if (t.kind != MessageToken::Kind::Symbol)
        return false;
    const QChar c = t.folded.at(0);
    return c == u'-' || c == u'(' || c == u')' || c == u'.';
}

const QStringList &countryCodes()
{
    static const QStringList codes { u"966"_s, u"971"_s, u"965"_s, u"974"_s, u"973"_s, u"968"_s };
    return codes;
}

struct Group
{
    int first; // token index
    int last;
    QString digits;
    bool plusBefore = false; // "+966"
    bool plusAfter = false; // "966+" as typed right to left
};

} // namespace

ContactFinder::ContactFinder(const PhoneNormalizer &phones)
    : m_phones(phones)
{
}

bool ContactFinder::labelledAsReference(const MessageText &message, int firstToken) const
{
    int words = 0;
    for (int i = firstToken - 1; i >= 0 && words < 3; --i) {
        const MessageToken &t = message.at(i);
        if (t.isLineBreak() || t.isSymbol(u'!') || t.isSymbol(u'?') || t.isSymbol(u'؟') || t.isSymbol(u',')
            || t.isSymbol(u'،') || (t.isSymbol(u'.') && !message.touches(i)))
            break;
        if (t.isSymbol(u'#') && i == firstToken - 1)
            return true;
        if (!t.isWord())
            continue;
        ++words;
        if (phoneLabels().contains(t.folded))
            return false; // "… Order #123 وجوالي 050…"
        if (referenceLabels().contains(t.folded))
            return true;
    }
    return false;
}

QList<FoundContact> ContactFinder::phones(const MessageText &message) const
{
    // Digit groups joined by at most one separator, then the longest run of groups that reads as
    // a valid number wins, left to right.
    QList<QList<Group>> runs;
    QList<Group> run;
    const int n = message.size();
    for (int i = 0; i < n; ++i) {
        const MessageToken &t = message.at(i);
        if (t.isNumber()) {
            Group g { i, i, t.folded };
            if (i > 0 && message.at(i - 1).isSymbol(u'+') && message.touches(i - 1))
                g.plusBefore = true;
            if (message.touches(i) && message.at(i + 1).isSymbol(u'+'))
                g.plusAfter = true;
            // digits run on through "(", ")" without spaces: (055)1234567
            if (!run.isEmpty()) {
                const Group &prev = run.last();
                bool joined = prev.last == i - 1;
                if (!joined) {
                    joined = true;
                    for (int k = prev.last + 1; k < i; ++k)
                        if (!isPhoneSeparator(message.at(k)))
                            joined = false;
                    joined = joined && i - prev.last <= 3;
                }
                if (!joined) {
                    runs.append(run);
                    run.clear();
                }
            }
            run.append(g);
            continue;
        }
        if (isPhoneSeparator(t) || (t.isSymbol(u'+')))
            continue;
        if (!run.isEmpty()) {
            runs.append(run);
            run.clear();
        }
    }
    if (!run.isEmpty())
        runs.append(run);

    QList<FoundContact> found;
    auto accept = [&](const QString &candidate, int firstToken, int lastToken) {
        if (candidate.size() < 8 || candidate.size() > 16)
            return false;
        const auto number = m_phones.normalize(candidate);
        if (!number)
            return false;
        const int start = message.at(firstToken).start;
        found.append(FoundContact { number->e164, TokenSpan { firstToken, lastToken }, start,
                                    message.at(lastToken).end() - start });
        return true;
    };

    for (const QList<Group> &groups : std::as_const(runs)) {
        int i = 0;
        while (i < groups.size()) {
            if (labelledAsReference(message, groups.at(i).first)) {
                ++i;
                continue;
            }
            bool matched = false;
            // a country code typed after the number, right to left: "99887766 +965", "33445566 973+"
            if (i + 1 < groups.size() && countryCodes().contains(groups.at(i + 1).digits)
                && (groups.at(i + 1).plusBefore || groups.at(i + 1).plusAfter) && !groups.at(i).plusBefore
                && accept(u'+' + groups.at(i + 1).digits + groups.at(i).digits, groups.at(i).first,
                          groups.at(i + 1).last)) {
                i += 2;
                continue;
            }
            for (int j = int(groups.size()) - 1; j >= i && !matched; --j) {
                QString digits;
                for (int k = i; k <= j; ++k)
                    digits += groups.at(k).digits;
                if (digits.size() < 7 || digits.size() > 15)
                    continue;
                const bool plus = groups.at(i).plusBefore;
                QStringList candidates;
                if (plus)
                    candidates << u'+' + digits;
                else if (digits.startsWith(u"00"))
                    candidates << u'+' + digits.mid(2);
                else {
                    for (const QString &code : countryCodes())
                        if (digits.startsWith(code) && digits.size() >= 11)
                            candidates << u'+' + digits;
                    candidates << digits;
                }
                for (const QString &candidate : std::as_const(candidates))
                    if (accept(candidate, groups.at(i).first, groups.at(j).last)) {
                        matched = true;
                        i = j + 1;
                        break;
                    }
            }
            if (!matched) {
                // "+965 5262 6170" that is not valid is not a shorter local number either
                const bool international = groups.at(i).plusBefore || groups.at(i).digits.startsWith(u"00");
                if (international) {
                    int k = i + 1;
                    while (k < groups.size() && groups.at(k).first - groups.at(k - 1).last <= 2
                           && !groups.at(k).plusBefore)
                        ++k;
                    i = k;
                } else {
                    ++i;
                }
            }
        }
    }
    std::sort(found.begin(), found.end(),
              [](const FoundContact &a, const FoundContact &b) { return a.start < b.start; });
    return found;
}

QList<FoundContact> ContactFinder::emails(const MessageText &message) const
{
    static const QRegularExpression pattern(
        QStringLiteral("[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}"));
    QList<FoundContact> found;
    QSet<QString> seen;
    auto it = pattern.globalMatch(message.text());
    while (it.hasNext()) {
        const auto match = it.next();
        const QString address = match.captured().toLower();
        if (seen.contains(address))
            continue;
        seen.insert(address);
        const int start = int(match.capturedStart());
        const int first = message.tokenAt(start);
        int last = first;
        while (last + 1 < message.size() && message.at(last + 1).start < start + match.capturedLength())
            ++last;
        found.append(FoundContact { address, TokenSpan { first, last }, start, int(match.capturedLength()) });
    }
    return found;
}

} // namespace OmniCrm
