#include "numberreader.h"

#include "lexicon.h"

#include <QHash>

namespace OmniCrm {

using namespace Qt::StringLiterals;

namespace {

enum class WordKind {
    Plain, // adds its value: خمسة, عشرين, ميتين, ألفين, درزن
    Hundred, // مية / hundred: multiplies a unit before it, else 100
    Thousand, // ألف / آلاف / thousand: closes a group ×1000
    Million,
};

struct NumberWord
{
    double value;
    WordKind kind;
};

const QHash<QString, NumberWord> &numberWords()
{
    static const QHash<QString, NumberWord> words = [] {
        QList<std::pair<QString, NumberWord>> entries;
        auto plain = [&](double value, const QStringList &spellings) {
            for (const QString &s : spellings)
                entries.append({ s, NumberWord { value, WordKind::Plain } });
        };
        plain(1, { u"واحد"_s, u"وحدة"_s, u"one"_s });
        plain(2, { u"اثنين"_s, u"اثنان"_s, u"إثنين"_s, u"ثنتين"_s, u"اثنتين"_s, u"two"_s });
        plain(3, { u"ثلاث"_s, u"ثلاثة"_s, u"three"_s });
        plain(4, { u"أربع"_s, u"أربعة"_s, u"four"_s });
        plain(5, { u"خمس"_s, u"خمسة"_s, u"five"_s });
        plain(6, { u"ست"_s, u"ستة"_s, u"six"_s });
        plain(7, { u"سبع"_s, u"سبعة"_s, u"seven"_s });
        plain(8, { u"ثمان"_s, u"ثماني"_s, u"ثمانية"_s, u"eight"_s });
        plain(9, { u"تسع"_s, u"تسعة"_s, u"nine"_s });
        plain(10, { u"عشر"_s, u"عشرة"_s, u"ten"_s });
        plain(11, { u"احدعش"_s, u"إحدى عشر"_s, u"حدعش"_s, u"eleven"_s });
        plain(12, { u"اثنعش"_s, u"اثنا عشر"_s, u"درزن"_s, u"دزينة"_s, u"درزينة"_s, u"twelve"_s, u"dozen"_s });
        plain(13, { u"ثلطعش"_s, u"ثلاثطعش"_s, u"thirteen"_s });
        plain(14, { u"اربعطعش"_s, u"fourteen"_s });
        plain(15, { u"خمسطعش"_s, u"fifteen"_s });
        plain(16, { u"سطعش"_s, u"ستطعش"_s, u"sixteen"_s });
        plain(17, { u"سبعطعش"_s, u"seventeen"_s });
        plain(18, { u"ثمنطعش"_s, u"eighteen"_s });
        plain(19, { u"تسعطعش"_s, u"nineteen"_s });
        plain(20, { u"عشرين"_s, u"عشرون"_s, u"twenty"_s });
        plain(30, { u"ثلاثين"_s, u"ثلاثون"_s, u"thirty"_s });
        plain(40, { u"أربعين"_s, u"أربعون"_s, u"forty"_s });
        plain(50, { u"خمسين"_s, u"خمسون"_s, u"fifty"_s });
        plain(60, { u"ستين"_s, u"ستون"_s, u"sixty"_s });
        plain(70, { u"سبعين"_s, u"سبعون"_s, u"seventy"_s });
        plain(80, { u"ثمانين"_s, u"ثمانون"_s, u"eighty"_s });
        plain(90, { u"تسعين"_s, u"تسعون"_s, u"ninety"_s });
        plain(200, { u"ميتين"_s, u"مائتين"_s, u"مئتين"_s, u"مائتان"_s, u"متين"_s, u"مئتان"_s });
        const QList<std::pair<int, QStringList>> hundreds {
            { 3, { u"ثلاث"_s, u"ثلث"_s } },
            { 4, { u"أربع"_s } },
            { 5, { u"خمس"_s } },
            { 6, { u"ست"_s } },
            { 7, { u"سبع"_s } },
            { 8, { u"ثمان"_s, u"ثمن"_s } },
            { 9, { u"تسع"_s } },
        };
        for (const auto &[unit, stems] : hundreds)
            for (const QString &stem : stems)
                for (const QString &h : { u"مية"_s, u"مائة"_s, u"مئة"_s, u"ماية"_s })
                    plain(unit * 100, { stem + h });
        plain(2000, { u"ألفين"_s, u"ألفان"_s });
        for (const QString &s : { u"مية"_s, u"مائة"_s, u"مئة"_s, u"ماية"_s, u"hundred"_s })
            entries.append({ s, NumberWord { 100, WordKind::Hundred } });
        for (const QString &s : { u"ألف"_s, u"آلاف"_s, u"ألاف"_s, u"تلاف"_s, u"تالاف"_s, u"thousand"_s })
            entries.append({ s, NumberWord { 1000, WordKind::Thousand } });
        for (const QString &s : { u"مليون"_s, u"ملايين"_s, u"million"_s })
            entries.append({ s, NumberWord { 1e6, WordKind::Million } });
        return foldedMap(entries);
    }();
    return words;
}

// A number word, with a leading و ("and") or ب/ل stripped when the rest is one.
const NumberWord *lookupWord(const QString &folded, bool allowPrefix)
{
    const auto &words = numberWords();
    auto it = words.constFind(folded);
    if (it != words.cend())
        return &it.value();
    if (allowPrefix && folded.size() > 2
        && (folded.at(0) == u'و' || folded.at(0) == u'ب' || folded.at(0) == u'ل')) {
        it = words.constFind(folded.mid(1));
        if (it != words.cend())
            return &it.value();
    }
    return nullptr;
}

} // namespace

bool NumberReader::readDigits(const MessageText &message, int index, NumberSpan *span)
{
    const MessageToken &t = message.at(index);
    if (!t.isNumber())
        return false;
    QString digits = t.folded;
    int last = index;
    // thousands groups "1,250,000" (also ٬) and a decimal part "12.5" (also ٫)
    while (last + 2 < message.size() && message.touches(last) && message.touches(last + 1)
           && (message.at(last + 1).isSymbol(u',') || message.at(last + 1).isSymbol(u'٬'))
           && message.at(last + 2).isNumber() && message.at(last + 2).length == 3) {
        digits += message.at(last + 2).folded;
        last += 2;
    }
    if (last + 2 < message.size() && message.touches(last) && message.touches(last + 1)
        && (message.at(last + 1).isSymbol(u'.') || message.at(last + 1).isSymbol(u'٫'))
        && message.at(last + 2).isNumber()) {
        digits += u'.' + message.at(last + 2).folded;
        last += 2;
    }
    span->tokens = TokenSpan { index, last };
    span->value = digits.toDouble();
    span->fromWords = false;
    span->multiplied = false;
    // "40k", "40 ألف", "1.5 million"
    if (last + 1 < message.size() && message.at(last + 1).isWord()) {
        const QString &next = message.at(last + 1).folded;
        if ((next == u"k" && message.touches(last)) || next == u"الف" || next == u"الاف"
            || next == u"thousand") {
            span->value *= 1000;
            span->multiplied = true;
            span->tokens.last = last + 1;
        } else if (next == u"مليون" || next == u"million" || (next == u"m" && message.touches(last))) {
            span->value *= 1e6;
            span->multiplied = true;
            span->tokens.last = last + 1;
        }
    }
    return true;
}

bool NumberReader::readWords(const MessageText &message, int index, NumberSpan *span)
{
    double total = 0;
    double current = 0;
    int last = -1;
    bool any = false;
    int i = index;
    // "a dozen", "a hundred", "a thousand"
    if (message.at(i).folded == u"a" && i + 1 < message.size()) {
        const QString &next = message.at(i + 1).folded;
        if (next == u"dozen" || next == u"hundred" || next == u"thousand") {
            current = 1;
            ++i;
            if (next == u"dozen") {
                span->tokens = TokenSpan { index, i };
                span->value = 12;
                span->fromWords = true;
                return true;
            }
        }
    }
    while (i < message.size()) {
        const MessageToken &t = message.at(i);
        if (any && (t.isSymbol(u'-') || t.folded == u"and") && i + 1 < message.size()
            && lookupWord(message.at(i + 1).folded, false)) {
            ++i;
            continue;
        }
        if (!t.isWord())
            break;
        const NumberWord *word = lookupWord(t.folded, true);
        if (!word)
            break;
        switch (word->kind) {
        case WordKind::Plain:
            current += word->value;
            break;
        case WordKind::Hundred:
            current = current > 0 && current < 10 ? current * 100 : current + 100;
            break;
        case WordKind::Thousand:
            total += (current > 0 ? current : 1) * 1000;
            current = 0;
            break;
        case WordKind::Million:
            total += (current > 0 ? current : 1) * 1e6;
            current = 0;
            break;
        }
        any = true;
        last = i;
        ++i;
    }
    if (!any)
        return false;
    span->tokens = TokenSpan { index, last };
    span->value = total + current;
    span->fromWords = true;
    span->multiplied = false;
    return true;
}

QList<NumberSpan> NumberReader::read(const MessageText &message)
{
    QList<NumberSpan> spans;
    int i = 0;
    while (i < message.size()) {
        NumberSpan span;
        if (readDigits(message, i, &span) || readWords(message, i, &span)) {
            spans.append(span);
            i = span.last() + 1;
        } else {
            ++i;
        }
    }
    return spans;
}

} // namespace OmniCrm
