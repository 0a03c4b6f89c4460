#include "quantityfinder.h"

#include "lexicon.h"

#include <QSet>

namespace OmniCrm {

using namespace Qt::StringLiterals;

namespace {

const QSet<QString> &countUnits()
{
    static const QSet<QString> units = foldedSet({
        u"حبة"_s,     u"حبه"_s,      u"حبات"_s,     u"حبايات"_s, u"كرتون"_s,   u"كراتين"_s,  u"كرتونة"_s,
        u"قطعة"_s,    u"قطع"_s,      u"جهاز"_s,     u"أجهزة"_s,  u"اجهزه"_s,   u"علبة"_s,    u"علب"_s,
        u"كيس"_s,     u"أكياس"_s,    u"رول"_s,      u"رولات"_s,  u"لفة"_s,     u"باكت"_s,    u"باكيت"_s,
        u"بكت"_s,     u"طرد"_s,      u"صندوق"_s,    u"صناديق"_s, u"تنكة"_s,    u"جالون"_s,   u"عدد"_s,
        u"وحدة"_s,    u"وحدات"_s,    u"طن"_s,       u"طبلية"_s,  u"درزن"_s,    u"سيارة"_s,   u"نسخة"_s,
        u"رخصة"_s,    u"مستخدم"_s,   u"pcs"_s,      u"pc"_s,     u"piece"_s,   u"pieces"_s,  u"box"_s,
        u"boxes"_s,   u"unit"_s,     u"units"_s,    u"carton"_s, u"cartons"_s, u"ctn"_s,     u"ctns"_s,
        u"bag"_s,     u"bags"_s,     u"roll"_s,     u"rolls"_s,  u"nos"_s,     u"pack"_s,    u"packs"_s,
        u"packets"_s, u"sets"_s,     u"set"_s,      u"pairs"_s,  u"pair"_s,    u"tons"_s,    u"ton"_s,
        u"users"_s,   u"licenses"_s, u"licences"_s, u"seats"_s,  u"drums"_s,   u"pallets"_s, u"dozen"_s,
        u"ea"_s,
    });
    return units;
}

// A word after a number that makes it a measure or a time span, not a count.
const QSet<QString> &measures()
{
    static const QSet<QString> words = foldedSet({
        u"بوصة"_s,  u"انش"_s,     u"إنش"_s,     u"كيلو"_s,   u"كجم"_s,   u"جرام"_s,  u"لتر"_s,
        u"مل"_s,    u"متر"_s,     u"سم"_s,      u"ملم"_s,    u"واط"_s,   u"فولت"_s,  u"امبير"_s,
        u"سنة"_s,   u"سنوات"_s,   u"يوم"_s,     u"أيام"_s,   u"ايام"_s,  u"ساعة"_s,  u"ساعات"_s,
        u"دقيقة"_s, u"دقائق"_s,   u"أسبوع"_s,   u"اسابيع"_s, u"شهر"_s,   u"أشهر"_s,  u"شهور"_s,
        u"inch"_s,  u"inches"_s,  u"kg"_s,      u"g"_s,      u"ml"_s,    u"l"_s,     u"litre"_s,
        u"liter"_s, u"m"_s,       u"cm"_s,      u"mm"_s,     u"w"_s,     u"kw"_s,    u"kva"_s,
        u"v"_s,     u"year"_s,    u"years"_s,   u"day"_s,    u"days"_s,  u"hour"_s,  u"hours"_s,
        u"hrs"_s,   u"minutes"_s, u"mins"_s,    u"week"_s,   u"weeks"_s, u"month"_s, u"months"_s,
        u"pm"_s,    u"am"_s,      u"floors"_s,  u"floor"_s,  u"ص"_s,     u"م"_s,     u"الصبح"_s,
        u"العصر"_s, u"المغرب"_s,  u"percent"_s, u"mp"_s,     u"port"_s,  u"mb"_s,    u"gb"_s,
        u"tb"_s,    u"ghz"_s,     u"كيلوواط"_s, u"st"_s,     u"nd"_s,    u"rd"_s,    u"th"_s,
        u"yr"_s,
    });
    return words;
}

const QSet<QString> &referenceLabels()
{
    static const QSet<QString> words = foldedSet({
        u"رقم"_s,      u"الرقم"_s,     u"invoice"_s,  u"inv"_s,      u"ref"_s,      u"po"_s,     u"no"_s,
        u"number"_s,   u"vat"_s,       u"cr"_s,       u"box"_s,      u"zip"_s,      u"tender"_s, u"code"_s,
        u"مقاس"_s,     u"size"_s,      u"الساعة"_s,   u"ساعة"_s,     u"at"_s,       u"date"_s,   u"بتاريخ"_s,
        u"تاريخ"_s,    u"يوم"_s,       u"ص"_s,        u"الموعد"_s,   u"موعد"_s,     u"sunday"_s, u"monday"_s,
        u"tuesday"_s,  u"wednesday"_s, u"thursday"_s, u"friday"_s,   u"saturday"_s, u"الأحد"_s,  u"الاثنين"_s,
        u"الثلاثاء"_s, u"الأربعاء"_s,  u"الخميس"_s,   u"الجمعة"_s,   u"السبت"_s,    u"سجل"_s,    u"الضريبي"_s,
        u"البريدي"_s,  u"الطلب"_s,     u"فاتورة"_s,   u"الفاتورة"_s, u"المرجع"_s,   u"تحويلة"_s, u"ext"_s,
        u"فرع"_s,      u"branch"_s,    u"مخرج"_s,     u"exit"_s,     u"حي"_s,       u"شارع"_s,   u"street"_s,
        u"building"_s, u"مبنى"_s,      u"room"_s,     u"غرفة"_s,     u"المكتب"_s,   u"office"_s, u"page"_s,
        u"version"_s,  u"q"_s,         u"model"_s,    u"موديل"_s,    u"قبل"_s,      u"before"_s, u"until"_s,
        u"by"_s,       u"within"_s,    u"خلال"_s,
    });
    return words;
}

const QSet<QString> &requestWords()
{
    static const QSet<QString> words = foldedSet({
        u"need"_s,   u"want"_s,     u"order"_s,   u"supply"_s, u"quote"_s,    u"for"_s,  u"of"_s,
        u"qty"_s,    u"quantity"_s, u"arrange"_s, u"buy"_s,    u"purchase"_s, u"send"_s, u"price"_s,
        u"نبي"_s,    u"ابي"_s,      u"أبي"_s,     u"أبغى"_s,   u"ابغى"_s,     u"نبغى"_s, u"نبغي"_s,
        u"نبا"_s,    u"أبا"_s,      u"بغينا"_s,   u"نحتاج"_s,  u"محتاجين"_s,  u"طلب"_s,  u"اطلب"_s,
        u"نطلب"_s,   u"توريد"_s,    u"لتوريد"_s,  u"شراء"_s,   u"بشراء"_s,    u"عدد"_s,  u"لعدد"_s,
        u"الكمية"_s, u"كمية"_s,     u"سعر"_s,     u"تسعيرة"_s, u"بكم"_s,      u"ناخذ"_s, u"عندنا"_s,
        u"لـ"_s,     u"على"_s,      u"we"_s,      u"are"_s,
    });
    return words;
}

bool isCodeLike(const MessageText &message, const NumberSpan &number)
{
    const int first = number.first();
    const int last = number.last();
    // glued to a letter, "-", "/", ":", "#", "x" on either side
    if (first > 0 && message.touches(first - 1)) {
        const MessageToken &prev = message.at(first - 1);
        if (prev.isWord() || prev.isSymbol(u'-') || prev.isSymbol(u'/') || prev.isSymbol(u':')
            || prev.isSymbol(u'#') || prev.isSymbol(u'.') || prev.isSymbol(u'\\'))
            return true;
    }
    if (!number.multiplied && message.touches(last) && last + 1 < message.size()) {
        const MessageToken &next = message.at(last + 1);
        if (next.isWord() && !countUnits().contains(next.folded))
            return true;
        if (next.isSymbol(u'/') || next.isSymbol(u':') || next.isSymbol(u'x') || next.isSymbol(u'%')
            || (next.isSymbol(u'-') && last + 2 < message.size() && message.at(last + 2).isNumber()))
            return true;
    }
    // "12 / 03 / 2025" with spaces
    if (last + 2 < message.size() && message.at(last + 1).isSymbol(u'/') && message.at(last + 2).isNumber())
        return true;
    return false;
}

} // namespace

bool QuantityFinder::isCountUnit(const QString &folded)
{
    return countUnits().contains(folded);
}

std::optional<FoundQuantity> QuantityFinder::find(const MessageText &message,
                                                  const QList<NumberSpan> &numbers,
                                                  const QList<TokenSpan> &taken,
                                                  const QList<TokenSpan> &products)
{
    std::optional<FoundQuantity> best;
    int bestScore = 0;
    for (const NumberSpan &number : numbers) {
        if (std::any_of(taken.cbegin(), taken.cend(),
                        [&](const TokenSpan &s) { return s.overlaps(number.tokens); }))
            continue;
        if (number.value <= 0 || number.value > 1e6 || isCodeLike(message, number))
            continue;
        if (!number.fromWords && message.at(number.first()).folded.size() >= 7)
            continue; // seven digits and more: an id, not a count
        const int first = number.first();
        int last = number.last();
        // the word before, skipping "(" and ":" ("لعدد (٣٥)", "Qty: 40")
        int prev = first - 1;
        while (prev >= 0 && (message.at(prev).isSymbol(u'(') || message.at(prev).isSymbol(u':')))
            --prev;
        if (prev >= 0 && referenceLabels().contains(message.folded(prev)))
            continue;
        if (prev >= 0 && message.at(prev).isSymbol(u'#'))
            continue;
        int next = last + 1;
        while (next < message.size() && message.at(next).isSymbol(u')'))
            ++next;
        if (next < message.size() && measures().contains(message.folded(next)))
            continue;

        int score = 0;
        QString unit;
        int unitToken = -1;
        if (next < message.size() && isCountUnit(message.folded(next))) {
            score += 3;
            unitToken = next;
            unit = message.text().mid(message.at(next).start, message.at(next).length).toString();
        } else if (next < message.size() && message.at(next).isWord() && message.folded(next).size() > 1
                   && message.folded(next).at(0) == u'ب' && isCountUnit(message.folded(next).mid(1))) {
            score += 2; // "٣٠٠ بالحبة" is rare; "بكرتون"
        }
        const int after = unitToken >= 0 ? unitToken : last;
        bool productAfter = false;
        bool productBefore = false;
        for (const TokenSpan &product : products) {
            productAfter = productAfter
                || (product.first > last && product.first <= after + 3); // "كرتون ورق" may start at the unit
            productBefore = productBefore || product.last == first - 1; // "نبي تمر سكري ٣٠٠ علبة"
        }
        if (productAfter)
            score += 3;
        else if (productBefore)
            score += 2;
        for (int k = first - 1, words = 0; k >= 0 && words < 3; --k) {
            if (message.at(k).isLineBreak())
                break;
            if (!message.at(k).isWord())
                continue;
            ++words;
            if (requestWords().contains(message.folded(k))) {
                score += 1;
                break;
            }
        }
        if (number.fromWords && score < 3)
            score -= 1; // a stray number word needs a unit or a product
        if (score >= 3 && score > bestScore) {
            bestScore = score;
            best = FoundQuantity { number.value, unit,
                                   TokenSpan { first, unitToken >= 0 ? unitToken : last } };
        }
    }
    return best;
}

} // namespace OmniCrm
