#include "amountfinder.h"

#include "lexicon.h"
#include "money.h"

#include <cmath>

namespace OmniCrm {

using namespace Qt::StringLiterals;

namespace {

struct CurrencyWord
{
    QStringList tokens; // folded
    QString code;
};

// Longest first, so "ريال قطري" wins over "ريال".
const QList<CurrencyWord> &currencyWords()
{
    static const QList<CurrencyWord> words = [] {
        const QList<std::pair<QString, QString>> spelled {
            { u"ريال قطري"_s, u"QAR"_s },
            { u"ريال عماني"_s, u"OMR"_s },
            { u"ريال سعودي"_s, u"SAR"_s },
            { u"ريالات قطرية"_s, u"QAR"_s },
            { u"دينار بحريني"_s, u"BHD"_s },
            { u"دينار كويتي"_s, u"KWD"_s },
            { u"درهم إماراتي"_s, u"AED"_s },
            { u"ر.س"_s, u"SAR"_s },
            { u"ر.ق"_s, u"QAR"_s },
            { u"ر.ع"_s, u"OMR"_s },
            { u"د.إ"_s, u"AED"_s },
            { u"د.ك"_s, u"KWD"_s },
            { u"د.ب"_s, u"BHD"_s },
            { u"ريال"_s, u"SAR"_s },
            { u"ريالات"_s, u"SAR"_s },
            { u"ريالا"_s, u"SAR"_s },
            { u"درهم"_s, u"AED"_s },
            { u"دراهم"_s, u"AED"_s },
            { u"دينار"_s, u"KWD"_s },
            { u"دنانير"_s, u"KWD"_s },
            { u"دولار"_s, u"USD"_s },
            { u"sar"_s, u"SAR"_s },
            { u"sr"_s, u"SAR"_s },
            { u"riyal"_s, u"SAR"_s },
            { u"riyals"_s, u"SAR"_s },
            { u"aed"_s, u"AED"_s },
            { u"dhs"_s, u"AED"_s },
            { u"dirham"_s, u"AED"_s },
            { u"dirhams"_s, u"AED"_s },
            { u"kwd"_s, u"KWD"_s },
            { u"kd"_s, u"KWD"_s },
            { u"bhd"_s, u"BHD"_s },
            { u"bd"_s, u"BHD"_s },
            { u"qar"_s, u"QAR"_s },
            { u"qr"_s, u"QAR"_s },
            { u"omr"_s, u"OMR"_s },
            { u"ro"_s, u"OMR"_s },
            { u"usd"_s, u"USD"_s },
            { u"$"_s, u"USD"_s },
            { u"dollars"_s, u"USD"_s },
            { u"﷼"_s, u"SAR"_s },
        };
        QList<CurrencyWord> list;
        for (const auto &[text, code] : spelled)
            list.append(CurrencyWord { phraseTokens(text), code });
        std::stable_sort(list.begin(), list.end(), [](const CurrencyWord &a, const CurrencyWord &b) {
            return a.tokens.size() > b.tokens.size();
        });
        return list;
    }();
    return words;
}

const QSet<QString> &budgetWords()
{
    static const QSet<QString> words = foldedSet({
        u"budget"_s,  u"price"_s,     u"pay"_s,       u"cost"_s,     u"max"_s,     u"target"_s,
        u"ميزانية"_s, u"الميزانية"_s, u"ميزانيتنا"_s, u"ميزانيتي"_s, u"السعر"_s,   u"سعر"_s,
        u"بسعر"_s,    u"المبلغ"_s,    u"مبلغ"_s,      u"ندفع"_s,     u"حدنا"_s,    u"حدود"_s,
        u"بحدود"_s,   u"التقديرية"_s, u"يتجاوز"_s,    u"المستهدف"_s, u"المرصود"_s,
    });
    return words;
}

const PhraseTable &currencyTable()
{
    static const PhraseTable table = [] {
        PhraseTable t;
        for (const CurrencyWord &word : currencyWords())
            t.add(word.tokens);
        return t;
    }();
    return table;
}

// The currency whose tokens start at `index`; the number of tokens it takes, or 0.
int currencyAt(const MessageText &message, int index, QString *code)
{
    const PhraseTable::Match match = currencyTable().longestAt(message, index, false);
    if (match.phrase < 0)
        return 0;
    *code = currencyWords().at(match.phrase).code;
    return match.length;
}

// The currency whose tokens end at `index`.
int currencyEndingAt(const MessageText &message, int index, QString *code)
{
    for (int length = 3; length >= 1; --length) {
        const int start = index - length + 1;
        if (start < 0)
            continue;
        QString found;
        if (currencyAt(message, start, &found) == length) {
            *code = found;
            return length;
        }
    }
    return 0;
}

} // namespace

AmountFinder::AmountFinder(QString defaultCurrency)
    : m_defaultCurrency(std::move(defaultCurrency))
{
}

QList<FoundAmount> AmountFinder::find(const MessageText &message, const QList<NumberSpan> &numbers) const
{
    QList<FoundAmount> amounts;
    for (int n = 0; n < numbers.size(); ++n) {
        const NumberSpan &number = numbers.at(n);
        QString code;
        TokenSpan tokens = number.tokens;
        const int after = currencyAt(message, number.last() + 1, &code);
        if (after > 0) {
            tokens.last = number.last() + after;
        } else {
            // "SAR 40k", "$6,000"; skip a ":" between ("Budget: SAR 5000" has it before)
            const int before = currencyEndingAt(message, number.first() - 1, &code);
            if (before > 0)
                tokens.first = number.first() - before;
        }
        bool cue = false;
        for (int k = tokens.first - 1, words = 0; k >= 0 && words < 4; --k) {
            if (message.at(k).isLineBreak())
                break;
            if (!message.at(k).isWord())
                continue;
            ++words;
            if (budgetWords().contains(message.at(k).folded))
                cue = true;
        }
        if (code.isEmpty()) {
            // a bare number right after a budget word: "الميزانية 8000"
            static const QSet<QString> budgetOnly = foldedSet(
                { u"budget"_s, u"ميزانية"_s, u"الميزانية"_s, u"ميزانيتنا"_s, u"ميزانيتي"_s, u"المبلغ"_s });
            const int prev = number.first() - 1;
            const bool justAfterCue = prev >= 0
                && (budgetOnly.contains(message.folded(prev))
                    || (message.at(prev).isSymbol(u':') && budgetOnly.contains(message.folded(prev - 1))));
            if (!justAfterCue || number.value < 100)
                continue;
            code = m_defaultCurrency;
        }
        const int digits = Money::minorDigits(code);
        if (digits < 0 || number.value <= 0)
            continue;
        const qint64 minor = qint64(std::llround(number.value * std::pow(10.0, digits)));
        amounts.append(FoundAmount { minor, code, tokens, n, cue });
    }
    return amounts;
}

const FoundAmount *AmountFinder::best(const QList<FoundAmount> &amounts)
{
    for (const FoundAmount &amount : amounts)
        if (amount.budgetCue)
            return &amount;
    return amounts.isEmpty() ? nullptr : &amounts.first();
}

} // namespace OmniCrm
