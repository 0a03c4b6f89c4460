#include "leadclassifier.h"

#include "lexicon.h"

namespace OmniCrm {

using namespace Qt::StringLiterals;

namespace {

// Cue phrases and their weights, indexed by first word.
struct CueList
{
    PhraseTable table;
    QList<int> weights;
};

CueList cues(const QList<std::pair<QString, int>> &entries)
{
    CueList list;
    for (const auto &[phrase, weight] : entries) {
        list.table.add(phraseTokens(phrase));
        list.weights.append(weight);
    }
    return list;
}

enum Type { BulkOrder, QuoteRequest, Support, Complaint, Partnership, General, TypeCount };

const CueList &typeCues(int type)
{
    static const CueList lists[TypeCount] = {
        cues({ { u"نبي"_s, 1 },
               { u"ابي"_s, 1 },
               { u"أبغى"_s, 1 },
               { u"ابغى"_s, 1 },
               { u"نبغى"_s, 1 },
               { u"نبغي"_s, 1 },
               { u"نحتاج"_s, 1 },
               { u"محتاجين"_s, 1 },
               { u"نرغب في طلب"_s, 3 },
               { u"نود طلب"_s, 3 },
               { u"نرغب بشراء"_s, 3 },
               { u"نريد توريد"_s, 3 },
               { u"طلبية"_s, 2 },
               { u"اطلب"_s, 2 },
               { u"نطلب"_s, 1 },
               { u"بغينا"_s, 1 },
               { u"نبا"_s, 1 },
               { u"أبا"_s, 1 },
               { u"ودنا ناخذ"_s, 2 },
               { u"ناخذ"_s, 1 },
               { u"ابي اطلب"_s, 2 },
               { u"order"_s, 1 },
               { u"need"_s, 1 },
               { u"supply"_s, 2 },
               { u"please supply"_s, 2 },
               { u"arrange"_s, 2 },
               { u"place an order"_s, 3 },
               { u"like to order"_s, 3 },
               { u"want to order"_s, 3 },
               { u"purchase"_s, 1 },
               { u"want"_s, 1 },
               { u"buy"_s, 1 } }),
        cues({ { u"عرض سعر"_s, 3 },    { u"عرض أسعار"_s, 3 },  { u"تسعيرة"_s, 3 },    { u"تسعيره"_s, 3 },
               { u"كم سعر"_s, 3 },     { u"بكم"_s, 2 },        { u"نعرف سعر"_s, 3 },  { u"اعرف سعر"_s, 3 },
               { u"اعرف السعر"_s, 3 }, { u"نعرف السعر"_s, 3 }, { u"كم السعر"_s, 3 },  { u"عرض"_s, 1 },
               { u"send price"_s, 3 }, { u"أفضل سعر"_s, 3 },   { u"كوتيشن"_s, 3 },    { u"السعر"_s, 1 },
               { u"سعر"_s, 1 },        { u"الأسعار"_s, 2 },    { u"quotation"_s, 3 }, { u"quote"_s, 3 },
               { u"best price"_s, 3 }, { u"price"_s, 2 },      { u"how much"_s, 3 },  { u"price offer"_s, 3 },
               { u"rfq"_s, 3 },        { u"proposal"_s, 2 },   { u"offer"_s, 1 },     { u"pricing"_s, 3 },
               { u"cost"_s, 1 } }),
        cues({ { u"عطل"_s, 3 },         { u"مشكلة"_s, 2 },
               { u"ما يشتغل"_s, 3 },    { u"ما تشتغل"_s, 3 },
               { u"ما تطبع"_s, 3 },     { u"فني"_s, 2 },
               { u"دعم فني"_s, 3 },     { u"صيانة"_s, 2 },
               { u"خطأ"_s, 2 },         { u"أشغل"_s, 2 },
               { u"اركبه"_s, 2 },       { u"تركيب"_s, 2 },
               { u"الضمان"_s, 2 },      { u"ضمان"_s, 2 },
               { u"خربان"_s, 3 },       { u"خربانة"_s, 3 },
               { u"توقف"_s, 2 },        { u"متوقف"_s, 3 },
               { u"يصلح"_s, 2 },        { u"تصليح"_s, 3 },
               { u"انكسرت"_s, 1 },      { u"stopped working"_s, 3 },
               { u"not working"_s, 3 }, { u"issue"_s, 2 },
               { u"error"_s, 2 },       { u"technical support"_s, 3 },
               { u"support"_s, 1 },     { u"technician"_s, 3 },
               { u"reset"_s, 2 },       { u"not turning on"_s, 3 },
               { u"warranty"_s, 2 },    { u"faulty"_s, 3 },
               { u"repair"_s, 3 },      { u"installing"_s, 2 },
               { u"install"_s, 2 },     { u"troubleshooting"_s, 3 },
               { u"broke"_s, 2 } }),
        cues({ { u"شكوى"_s, 4 },
               { u"غير مقبول"_s, 4 },
               { u"سيئة"_s, 3 },
               { u"سيئ"_s, 3 },
               { u"متأخرة"_s, 2 },
               { u"تأخرتوا"_s, 3 },
               { u"تتأخرون"_s, 3 },
               { u"مكسورة"_s, 3 },
               { u"تالفة"_s, 3 },
               { u"ناقصة"_s, 2 },
               { u"زعلانين"_s, 4 },
               { u"زعلان"_s, 4 },
               { u"استرجاع المبلغ"_s, 4 },
               { u"عيب"_s, 2 },
               { u"ما وصلت"_s, 3 },
               { u"ما أحد يرد"_s, 3 },
               { u"ما احد يرد"_s, 3 },
               { u"نبي حل"_s, 3 },
               { u"حل المشكلة"_s, 2 },
               { u"مو نفس المواصفات"_s, 3 },
               { u"وصل"_s, 0 },
               { u"صار له"_s, 2 },
               { u"مفتوحة"_s, 2 },
               { u"للأسف"_s, 1 },
               { u"😡"_s, 3 },
               { u"😤"_s, 3 },
               { u"complaint"_s, 4 },
               { u"disappointed"_s, 4 },
               { u"unacceptable"_s, 4 },
               { u"damaged"_s, 3 },
               { u"broken"_s, 2 },
               { u"late"_s, 2 },
               { u"delayed"_s, 3 },
               { u"refund"_s, 4 },
               { u"defective"_s, 3 },
               { u"wrong"_s, 3 },
               { u"missing"_s, 2 },
               { u"poor"_s, 3 },
               { u"terrible"_s, 3 },
               { u"never delivered"_s, 4 },
               { u"unhappy"_s, 4 },
               { u"not acceptable"_s, 4 },
               { u"nobody answers"_s, 3 },
               { u"fix"_s, 1 } }),
        cues({ { u"موزع"_s, 3 },         { u"موزعا"_s, 3 },         { u"موزعاً"_s, 3 },
               { u"وكيل"_s, 3 },         { u"وكلاء"_s, 3 },         { u"وكالة"_s, 3 },
               { u"شراكة"_s, 4 },        { u"شركاء"_s, 3 },         { u"نتعاون"_s, 3 },
               { u"تعاون"_s, 2 },        { u"بالتعاون"_s, 3 },      { u"اتفاقية توزيع"_s, 4 },
               { u"مورد معتمد"_s, 3 },   { u"partnership"_s, 4 },   { u"partner"_s, 3 },
               { u"distributor"_s, 4 },  { u"reseller"_s, 4 },      { u"collaboration"_s, 3 },
               { u"distribution"_s, 3 }, { u"joint venture"_s, 4 }, { u"agent"_s, 3 },
               { u"vendor"_s, 1 },       { u"dealership"_s, 4 } }),
        cues({ { u"أوقات الدوام"_s, 3 },    { u"الدوام"_s, 2 },
               { u"معرضكم"_s, 3 },          { u"فرع"_s, 1 },
               { u"كتالوج"_s, 3 },          { u"معلومات"_s, 2 },
               { u"طرق الدفع"_s, 3 },       { u"خدمة توصيل"_s, 2 },
               { u"استفسر"_s, 1 },          { u"working hours"_s, 3 },
               { u"showroom"_s, 3 },        { u"branch"_s, 1 },
               { u"company profile"_s, 3 }, { u"catalogue"_s, 3 },
               { u"catalog"_s, 3 },         { u"information"_s, 2 },
               { u"payment methods"_s, 3 }, { u"do you deliver"_s, 3 },
               { u"open on"_s, 3 },         { u"profile"_s, 1 } }),
    };
    return lists[type];
}

const CueList &highCues()
{
    static const CueList list = cues({
        { u"عاجل"_s, 1 },
        { u"ضروري"_s, 1 },
        { u"اليوم"_s, 1 },
        { u"بأسرع وقت"_s, 1 },
        { u"مستعجلين"_s, 1 },
        { u"مستعجل"_s, 1 },
        { u"قبل الخميس"_s, 1 },
        { u"قبل"_s, 0 },
        { u"خلال يومين"_s, 1 },
        { u"بكرة"_s, 1 },
        { u"بكره"_s, 1 },
        { u"بسرعة"_s, 1 },
        { u"حالاً"_s, 1 },
        { u"حالا"_s, 1 },
        { u"فوراً"_s, 1 },
        { u"فورا"_s, 1 },
        { u"الحين"_s, 0 },
        { u"قبل نهاية الأسبوع"_s, 1 },
        { u"هالأسبوع"_s, 1 },
        { u"urgent"_s, 1 },
        { u"asap"_s, 1 },
        { u"today"_s, 1 },
        { u"tomorrow"_s, 1 },
        { u"by thursday"_s, 1 },
        { u"by sunday"_s, 1 },
        { u"by monday"_s, 1 },
        { u"by tomorrow"_s, 1 },
        { u"within 2 days"_s, 1 },
        { u"within two days"_s, 1 },
        { u"time sensitive"_s, 1 },
        { u"this week"_s, 1 },
        { u"immediately"_s, 1 },
        { u"within 2 weeks"_s, 1 },
        { u"needed by"_s, 1 },
        { u"by end of week"_s, 1 },
        { u"emergency"_s, 1 },
        { u"يوم الأحد"_s, 0 },
    });
    return list;
}

const CueList &lowCues()
{
    static const CueList list = cues({
        { u"مو مستعجلين"_s, 1 }, { u"مو مستعجل"_s, 1 },    { u"مب مستعجلين"_s, 1 }, { u"ما في عجلة"_s, 1 },
        { u"مافي عجلة"_s, 1 },   { u"على راحتكم"_s, 1 },   { u"الشهر الجاي"_s, 1 }, { u"مو ضروري"_s, 1 },
        { u"غير مستعجل"_s, 1 },  { u"مستقبلاً"_s, 1 },      { u"مستقبلا"_s, 1 },     { u"no rush"_s, 1 },
        { u"not urgent"_s, 1 },  { u"next quarter"_s, 1 }, { u"whenever"_s, 1 },    { u"future"_s, 1 },
        { u"no hurry"_s, 1 },    { u"planning for"_s, 1 }, { u"next year"_s, 1 },   { u"السنة الجاية"_s, 1 },
    });
    return list;
}

} // namespace

QString LeadClassifier::language(const MessageText &message, const QList<TokenSpan> &ignored)
{
    static const QSet<QString> headerWords = foldedSet({ u"from"_s, u"subject"_s, u"date"_s, u"to"_s, u"cc"_s,
                                                         u"forwarded"_s, u"message"_s, u"am"_s, u"pm"_s });
    int arabic = 0;
    int latin = 0;
    for (int i = 0; i < message.size(); ++i) {
        const MessageToken &t = message.at(i);
        if (!t.isWord() || t.folded.size() < 2)
            continue;
        if (std::any_of(ignored.cbegin(), ignored.cend(), [i](const TokenSpan &s) { return s.contains(i); }))
            continue;
        if (t.arabic)
            ++arabic;
        else if (!headerWords.contains(t.folded)
                 && !(t.folded.size() <= 4 && message.text().mid(t.start, t.length).toString().isUpper()))
            ++latin;
    }
    if (arabic == 0 && latin == 0)
        return u"ar"_s;
    const int minority = qMin(arabic, latin);
    if (minority >= 3 && minority * 4 >= (arabic + latin))
        return u"mixed"_s;
    if (minority >= 4 && minority * 6 >= (arabic + latin))
        return u"mixed"_s;
    return arabic >= latin ? u"ar"_s : u"en"_s;
}

Classification LeadClassifier::classify(const MessageText &message, const QList<TokenSpan> &products,
                                        std::optional<double> quantity, const QList<TokenSpan> &ignored)
{
    Classification result;
    auto skipped = [&](int i) {
        return std::any_of(products.cbegin(), products.cend(),
                           [i](const TokenSpan &s) { return s.contains(i); })
            || std::any_of(ignored.cbegin(), ignored.cend(),
                           [i](const TokenSpan &s) { return s.contains(i); });
    };
    int scores[TypeCount] = {};
    TokenSpan best[TypeCount];
    int bestWeight[TypeCount] = {};
    for (int type = 0; type < TypeCount; ++type) {
        for (int i = 0; i < message.size(); ++i) {
            if (skipped(i))
                continue;
            const CueList &list = typeCues(type);
            const PhraseTable::Match match = list.table.longestAt(message, i, true);
            if (match.phrase < 0)
                continue;
            const int weight = list.weights.at(match.phrase);
            scores[type] += weight;
            if (weight > bestWeight[type]) {
                bestWeight[type] = weight;
                best[type] = TokenSpan { i, i + match.length - 1 };
            }
            i += match.length - 1;
        }
    }
    // a product with a count reads as an order unless a stronger cue says otherwise
    if (!products.isEmpty())
        scores[BulkOrder] += quantity ? 2 : 1;
    static const QString names[TypeCount] = { u"bulk_order"_s, u"quote_request"_s, u"support"_s,
                                              u"complaint"_s,  u"partnership"_s,   u"general"_s };
    // ties go to the more specific type
    static const int order[] = { Complaint, Support, Partnership, QuoteRequest, BulkOrder, General };
    int chosen = General;
    int top = 1; // a type needs at least 2 points, else the message is general
    for (int type : order)
        if (scores[type] > top) {
            top = scores[type];
            chosen = type;
        }
    result.leadType = names[chosen];
    result.typeCue = best[chosen];

    // priority
    auto findCue = [&](const CueList &list, TokenSpan *where) {
        for (int i = 0; i < message.size(); ++i) {
            if (skipped(i))
                continue;
            const PhraseTable::Match match = list.table.longestAt(message, i, true);
            if (match.phrase >= 0 && list.weights.at(match.phrase) > 0) {
                *where = TokenSpan { i, i + match.length - 1 };
                return true;
            }
        }
        return false;
    };
    TokenSpan cue;
    if (chosen == Complaint) {
        result.priority = u"high"_s;
        findCue(highCues(), &result.priorityCue);
    } else if (findCue(lowCues(), &cue)) {
        result.priority = u"low"_s;
        result.priorityCue = cue;
    } else if (findCue(highCues(), &cue)) {
        result.priority = u"high"_s;
        result.priorityCue = cue;
    } else if (quantity && *quantity >= 1000) {
        result.priority = u"high"_s;
    } else if (chosen == General) {
        result.priority = u"low"_s;
    } else {
        result.priority = u"medium"_s;
    }
    result.language = language(message, ignored);
    return result;
}

} // namespace OmniCrm
