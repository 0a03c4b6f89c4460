#include "citylexicon.h"

#include "lexicon.h"

#include <QHash>

namespace OmniCrm {

using namespace Qt::StringLiterals;

namespace {

struct CitySpelling
{
    QStringList tokens; // folded
    QString canonical;
    bool ambiguous; // also a common word: needs a place cue
};

struct CityEntry
{
    QString canonical;
    QStringList arabic; // the first is how the city is written in Arabic
    QStringList latin;
};

const QList<CityEntry> &entries()
{
    static const QList<CityEntry> list {
        { u"Riyadh"_s, { u"الرياض"_s, u"رياض"_s }, { u"Riyadh"_s, u"Riyad"_s } },
        { u"Jeddah"_s, { u"جدة"_s, u"جده"_s }, { u"Jeddah"_s, u"Jiddah"_s, u"Jedda"_s } },
        { u"Makkah"_s, { u"مكة"_s, u"مكة المكرمة"_s, u"مكه"_s }, { u"Makkah"_s, u"Mecca"_s, u"Makka"_s } },
        { u"Madinah"_s,
          { u"المدينة المنورة"_s, u"المدينه المنوره"_s },
          { u"Madinah"_s, u"Medina"_s, u"Madina"_s } },
        { u"Dammam"_s, { u"الدمام"_s, u"دمام"_s }, { u"Dammam"_s } },
        { u"Khobar"_s, { u"الخبر"_s }, { u"Khobar"_s, u"Al Khobar"_s, u"Alkhobar"_s } },
        { u"Dhahran"_s, { u"الظهران"_s }, { u"Dhahran"_s } },
        { u"Jubail"_s, { u"الجبيل"_s }, { u"Jubail"_s, u"Al Jubail"_s } },
        { u"Al Ahsa"_s,
          { u"الأحساء"_s, u"الاحساء"_s, u"الهفوف"_s },
          { u"Al Ahsa"_s, u"Ahsa"_s, u"Hofuf"_s, u"Al Hofuf"_s } },
        { u"Qatif"_s, { u"القطيف"_s }, { u"Qatif"_s } },
        { u"Taif"_s, { u"الطائف"_s }, { u"Taif"_s } },
        { u"Tabuk"_s, { u"تبوك"_s }, { u"Tabuk"_s } },
        { u"Abha"_s, { u"أبها"_s }, { u"Abha"_s } },
        { u"Khamis Mushait"_s, { u"خميس مشيط"_s }, { u"Khamis Mushait"_s, u"Khamis Mushayt"_s } },
        { u"Buraidah"_s, { u"بريدة"_s, u"بريده"_s }, { u"Buraidah"_s, u"Buraydah"_s, u"Buraida"_s } },
        { u"Unaizah"_s, { u"عنيزة"_s }, { u"Unaizah"_s } },
        { u"Hail"_s, { u"حائل"_s }, { u"Hail"_s, u"Ha'il"_s } },
        { u"Jazan"_s, { u"جازان"_s, u"جيزان"_s }, { u"Jazan"_s, u"Jizan"_s, u"Gizan"_s } },
        { u"Najran"_s, { u"نجران"_s }, { u"Najran"_s } },
        { u"Yanbu"_s, { u"ينبع"_s }, { u"Yanbu"_s } },
        { u"Al Baha"_s, { u"الباحة"_s }, { u"Al Baha"_s, u"Baha"_s } },
        { u"Arar"_s, { u"عرعر"_s }, { u"Arar"_s } },
        { u"Sakaka"_s, { u"سكاكا"_s }, { u"Sakaka"_s } },
        { u"Hafar Al Batin"_s, { u"حفر الباطن"_s }, { u"Hafar Al Batin"_s, u"Hafr Al Batin"_s } },
        { u"Al Kharj"_s, { u"الخرج"_s }, { u"Al Kharj"_s, u"Kharj"_s } },
        { u"Dubai"_s, { u"دبي"_s }, { u"Dubai"_s } },
        { u"Abu Dhabi"_s, { u"أبوظبي"_s, u"أبو ظبي"_s, u"ابوظبي"_s }, { u"Abu Dhabi"_s, u"Abudhabi"_s } },
        { u"Sharjah"_s, { u"الشارقة"_s, u"الشارقه"_s }, { u"Sharjah"_s } },
        { u"Ajman"_s, { u"عجمان"_s }, { u"Ajman"_s } },
        { u"Ras Al Khaimah"_s, { u"رأس الخيمة"_s }, { u"Ras Al Khaimah"_s, u"RAK"_s } },
        { u"Fujairah"_s, { u"الفجيرة"_s }, { u"Fujairah"_s } },
        { u"Kuwait City"_s, { u"الكويت"_s, u"مدينة الكويت"_s }, { u"Kuwait City"_s, u"Kuwait"_s } },
        { u"Doha"_s, { u"الدوحة"_s, u"الدوحه"_s }, { u"Doha"_s } },
        { u"Manama"_s, { u"المنامة"_s, u"المنامه"_s }, { u"Manama"_s } },
        { u"Muscat"_s, { u"مسقط"_s }, { u"Muscat"_s } },
        { u"Salalah"_s, { u"صلالة"_s, u"صلاله"_s }, { u"Salalah"_s } },
        { u"Sohar"_s, { u"صحار"_s }, { u"Sohar"_s } },
        { u"Al Ain"_s, { u"العين"_s }, { u"Al Ain"_s } },
    };
    return list;
}

const QList<CitySpelling> &spellings()
{
    static const QList<CitySpelling> list = [] {
        const QStringList ambiguous { u"الخبر"_s, u"العين"_s, u"رياض"_s, u"مكه"_s, u"Hail"_s, u"Baha"_s };
        QList<CitySpelling> out;
        auto add = [&](const QString &spelling, const QString &canonical) {
            out.append(CitySpelling { phraseTokens(spelling), canonical, ambiguous.contains(spelling) });
        };
        for (const CityEntry &e : entries()) {
            for (const QString &s : e.arabic)
                add(s, e.canonical);
            for (const QString &s : e.latin)
                add(s, e.canonical);
        }
        std::stable_sort(out.begin(), out.end(), [](const CitySpelling &a, const CitySpelling &b) {
            return a.tokens.size() > b.tokens.size();
        });
        return out;
    }();
    return list;
}

const QSet<QString> &placeCues()
{
    static const QSet<QString> cues = foldedSet({
        u"في"_s,    u"الى"_s,      u"إلى"_s,    u"لـ"_s,       u"موقعنا"_s, u"توصيل"_s,   u"التوصيل"_s,
        u"فرع"_s,   u"فرعنا"_s,    u"لفرعنا"_s, u"مدينة"_s,    u"منطقة"_s,  u"to"_s,      u"in"_s,
        u"at"_s,    u"delivery"_s, u"site"_s,   u"location"_s, u"branch"_s, u"deliver"_s, u"city"_s,
        u"based"_s, u"من"_s,       u"بمدينة"_s, u"والتسليم"_s, u"تسليم"_s,
    });
    return cues;
}

const PhraseTable &spellingTable()
{
    static const PhraseTable table = [] {
        PhraseTable t;
        for (const CitySpelling &s : spellings())
            t.add(s.tokens);
        return t;
    }();
    return table;
}

const QHash<QString, bool> &firstWords()
{
    static const QHash<QString, bool> words = [] {
        QHash<QString, bool> h;
        for (const CitySpelling &s : spellings())
            if (s.tokens.size() == 1)
                h.insert(s.tokens.first(), true);
        return h;
    }();
    return words;
}

} // namespace

QString CityLexicon::arabicName(const QString &canonical)
{
    for (const CityEntry &e : entries()) {
        if (e.canonical == canonical)
            return e.arabic.first();
    }
    return canonical;
}

QString CityLexicon::countryOf(const QString &canonical)
{
    static const QHash<QString, QString> countries {
        { u"Dubai"_s, u"AE"_s },    { u"Abu Dhabi"_s, u"AE"_s },   { u"Sharjah"_s, u"AE"_s },
        { u"Ajman"_s, u"AE"_s },    { u"Al Ain"_s, u"AE"_s },      { u"Ras Al Khaimah"_s, u"AE"_s },
        { u"Fujairah"_s, u"AE"_s }, { u"Kuwait City"_s, u"KW"_s }, { u"Doha"_s, u"QA"_s },
        { u"Manama"_s, u"BH"_s },   { u"Muscat"_s, u"OM"_s },      { u"Salalah"_s, u"OM"_s },
        { u"Sohar"_s, u"OM"_s },
    };
    return canonical.isEmpty() ? QString() : countries.value(canonical, u"SA"_s);
}

bool CityLexicon::isCityWord(const QString &folded)
{
    return firstWords().contains(folded);
}

std::optional<FoundCity> CityLexicon::find(const MessageText &message, const QList<TokenSpan> &excluded)
{
    std::optional<FoundCity> first;
    for (int i = 0; i < message.size(); ++i) {
        if (!message.at(i).isWord())
            continue;
        const PhraseTable::Match match = spellingTable().longestAt(message, i, true);
        if (match.phrase < 0)
            continue;
        const CitySpelling *s = &spellings().at(match.phrase);
        const int length = match.length;
        const bool prefixed = match.glued;
        const TokenSpan span { i, i + length - 1 };
        if (std::any_of(excluded.cbegin(), excluded.cend(),
                        [&](const TokenSpan &e) { return e.overlaps(span); }))
            continue;
        int prev = i - 1;
        while (prev >= 0
               && (message.at(prev).isSymbol(u'(') || message.at(prev).isSymbol(u':')
                   || message.at(prev).isSymbol(u'-')))
            --prev;
        const bool cue = prefixed || (prev >= 0 && placeCues().contains(message.folded(prev)))
            || (prev >= 0 && message.at(prev).isSymbol(u','));
        static const QSet<QString> placeAfter = foldedSet(
            { u"branch"_s, u"office"_s, u"site"_s, u"warehouse"_s, u"city"_s, u"area"_s, u"region"_s });
        if (s->ambiguous && !cue && !placeAfter.contains(message.folded(span.last + 1)))
            continue;
        const FoundCity city { s->canonical, span };
        if (cue && message.folded(prev) != u"من")
            return city;
        if (!first)
            first = city;
        i += length - 1;
    }
    return first;
}

} // namespace OmniCrm
