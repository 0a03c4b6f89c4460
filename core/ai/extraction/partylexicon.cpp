#include "partylexicon.h"

#include "citylexicon.h"
#include "lexicon.h"

namespace OmniCrm::PartyLexicon {

using namespace Qt::StringLiterals;

const QSet<QString> &strongArabicCues()
{
    static const QSet<QString> s = foldedSet({ u"معك"_s, u"معاك"_s, u"معكم"_s, u"اسمي"_s, u"أخوك"_s,
                                               u"أختك"_s, u"اخوكم"_s, u"أخوكم"_s, u"المرسل"_s });
    return s;
}

const QSet<QString> &weakArabicCues()
{
    static const QSet<QString> s = foldedSet({ u"أنا"_s, u"انا"_s, u"هذا"_s, u"هذي"_s, u"وأنا"_s });
    return s;
}

const QSet<QString> &closings()
{
    static const QSet<QString> s = foldedSet({
        u"regards"_s, u"regards,"_s, u"sincerely"_s,    u"thanks"_s,   u"thank"_s,
        u"cheers"_s,  u"best"_s,     u"respectfully"_s, u"تحياتي"_s,   u"التحية"_s,
        u"التحيات"_s, u"وتقبلوا"_s,  u"شاكرين"_s,       u"التقدير"_s,  u"وشكرا"_s,
        u"شكرا"_s,    u"وشكراً"_s,    u"تحياتنا"_s,      u"الاحترام"_s, u"والتقدير"_s,
    });
    return s;
}

const QSet<QString> &honorifics()
{
    static const QSet<QString> s = foldedSet({
        u"م"_s,     u"د"_s,       u"أ"_s,     u"المهندس"_s,  u"مهندس"_s,  u"الدكتور"_s,
        u"دكتور"_s, u"الأستاذ"_s, u"أستاذ"_s, u"الاستاذة"_s, u"الأخ"_s,   u"الاخت"_s,
        u"السيد"_s, u"السيدة"_s,  u"الشيخ"_s, u"eng"_s,      u"engr"_s,   u"mr"_s,
        u"mrs"_s,   u"ms"_s,      u"dr"_s,    u"miss"_s,     u"sheikh"_s,
    });
    return s;
}

const QSet<QString> &namePrefixes()
{
    static const QSet<QString> s = foldedSet({ u"أبو"_s, u"ابو"_s, u"أم"_s, u"ام"_s, u"عبد"_s, u"bin"_s,
                                               u"abu"_s, u"abdul"_s, u"abd"_s, u"umm"_s });
    return s;
}

const QSet<QString> &arabicCompanyMarkers()
{
    static const QSet<QString> s = foldedSet({
        u"شركة"_s,
        u"شركه"_s,
        u"مؤسسة"_s,
        u"مؤسسه"_s,
        u"مجموعة"_s,
        u"مصنع"_s,
        u"مصانع"_s,
        u"جمعية"_s,
        u"مستشفى"_s,
        u"مستوصف"_s,
        u"مجمع"_s,
        u"فندق"_s,
        u"مطاعم"_s,
        u"مكتبة"_s,
        u"مدارس"_s,
        u"شركات"_s,
    });
    return s;
}

const QSet<QString> &latinCompanyMarkers()
{
    static const QSet<QString> s = foldedSet({
        u"co"_s,         u"llc"_s,           u"ltd"_s,         u"est"_s,         u"inc"_s,
        u"wll"_s,        u"plc"_s,           u"corp"_s,        u"company"_s,     u"corporation"_s,
        u"trading"_s,    u"group"_s,         u"contracting"_s, u"solutions"_s,   u"logistics"_s,
        u"management"_s, u"supplies"_s,      u"services"_s,    u"industries"_s,  u"enterprises"_s,
        u"holding"_s,    u"holdings"_s,      u"foods"_s,       u"catering"_s,    u"hospitality"_s,
        u"builders"_s,   u"technologies"_s,  u"systems"_s,     u"electronics"_s, u"pharma"_s,
        u"works"_s,      u"construction"_s,  u"engineering"_s, u"consultants"_s, u"factory"_s,
        u"hospital"_s,   u"clinic"_s,        u"hotel"_s,       u"hotels"_s,      u"establishment"_s,
        u"partners"_s,   u"international"_s, u"motors"_s,      u"labs"_s,        u"restaurants"_s,
        u"academy"_s,
    });
    return s;
}

const QSet<QString> &latinLeadWords()
{
    static const QSet<QString> s = foldedSet({
        u"hi"_s,       u"hello"_s,       u"hey"_s,       u"dear"_s,    u"good"_s,     u"we"_s,
        u"i"_s,        u"this"_s,        u"my"_s,        u"our"_s,     u"from"_s,     u"regards"_s,
        u"best"_s,     u"thanks"_s,      u"the"_s,       u"please"_s,  u"pls"_s,      u"kindly"_s,
        u"need"_s,     u"salam"_s,       u"greetings"_s, u"subject"_s, u"team"_s,     u"sales"_s,
        u"sir"_s,      u"madam"_s,       u"writing"_s,   u"looking"_s, u"mob"_s,      u"tel"_s,
        u"email"_s,    u"phone"_s,       u"mobile"_s,    u"office"_s,  u"whatsapp"_s, u"call"_s,
        u"contact"_s,  u"procurement"_s, u"info"_s,      u"support"_s, u"rfq"_s,      u"requesting"_s,
        u"date"_s,     u"ref"_s,         u"order"_s,     u"po"_s,      u"vat"_s,      u"cr"_s,
        u"t"_s,        u"m"_s,           u"a"_s,         u"an"_s,      u"urgent"_s,   u"asap"_s,
        u"delivery"_s, u"budget"_s,      u"can"_s,       u"could"_s,   u"what"_s,     u"how"_s,
        u"do"_s,       u"is"_s,          u"are"_s,       u"just"_s,    u"further"_s,  u"complaint"_s,
        u"also"_s,     u"and"_s,
    });
    return s;
}

const QSet<QString> &stopWords()
{
    static const QSet<QString> s = foldedSet({
        u"من"_s,     u"في"_s,     u"على"_s,     u"الى"_s,     u"إلى"_s,     u"عن"_s,      u"مع"_s,
        u"و"_s,      u"او"_s,     u"أو"_s,      u"هل"_s,      u"نبي"_s,     u"ابي"_s,     u"أبي"_s,
        u"نبغى"_s,   u"أبغى"_s,   u"ابغى"_s,    u"نحتاج"_s,   u"نرغب"_s,    u"ونرغب"_s,   u"نود"_s,
        u"نريد"_s,   u"كم"_s,     u"ممكن"_s,    u"عندنا"_s,   u"عندي"_s,    u"ودنا"_s,    u"ودي"_s,
        u"بغينا"_s,  u"بغيت"_s,   u"نبا"_s,     u"أبا"_s,     u"وين"_s,     u"شنو"_s,     u"احتاج"_s,
        u"اتصل"_s,   u"جوالي"_s,  u"رقمي"_s,    u"تواصل"_s,   u"الرقم"_s,   u"انا"_s,     u"أنا"_s,
        u"معك"_s,    u"اعمل"_s,   u"أعمل"_s,    u"نحن"_s,     u"مهتم"_s,    u"للأسف"_s,   u"السلام"_s,
        u"عليكم"_s,  u"مرحبا"_s,  u"هلا"_s,     u"والله"_s,   u"الحين"_s,   u"اليوم"_s,   u"عاجل"_s,
        u"ضروري"_s,  u"شكرا"_s,   u"لو"_s,      u"سمحت"_s,    u"بخصوص"_s,   u"محتاجين"_s, u"جوال"_s,
        u"واتساب"_s, u"هاتف"_s,   u"ايميل"_s,   u"الإيميل"_s, u"البريد"_s,  u"نتواصل"_s,  u"معكم"_s,
        u"مدير"_s,   u"لفرعنا"_s, u"التوصيل"_s, u"موقعنا"_s,  u"ابغي"_s,    u"اشتريت"_s,  u"عندكم"_s,
        u"ارجو"_s,   u"أرجو"_s,   u"نرجو"_s,    u"مساء"_s,    u"صباح"_s,    u"الخير"_s,   u"النور"_s,
        u"كيف"_s,    u"يعطيك"_s,  u"العافية"_s, u"ابغا"_s,    u"وش"_s,      u"ليش"_s,     u"متى"_s,
        u"حالة"_s,   u"اعرف"_s,   u"أبغا"_s,    u"طلب"_s,     u"استفسار"_s,
    });
    return s;
}

const QSet<QString> &titleWords()
{
    static const QSet<QString> s = foldedSet({
        u"manager"_s, u"officer"_s,    u"director"_s,    u"supervisor"_s, u"engineer"_s, u"administrator"_s,
        u"head"_s,    u"executive"_s,  u"coordinator"_s, u"ceo"_s,        u"cfo"_s,      u"coo"_s,
        u"gm"_s,      u"purchasing"_s, u"procurement"_s, u"operations"_s, u"general"_s,  u"sales"_s,
        u"hr"_s,      u"projects"_s,   u"مدير"_s,        u"مسؤول"_s,      u"مشرف"_s,     u"المدير"_s,
        u"رئيس"_s,    u"مهندس"_s,      u"مندوب"_s,       u"أخصائي"_s,
    });
    return s;
}

const QSet<QString> &commonNouns()
{
    static const QSet<QString> s = foldedSet({
        u"الجهاز"_s,  u"الأجهزة"_s,  u"الضمان"_s,  u"الطلبية"_s,  u"الطلب"_s,  u"المنتج"_s,    u"المنتجات"_s,
        u"الشحنة"_s,  u"الفاتورة"_s, u"البضاعة"_s, u"الكمية"_s,   u"السعر"_s,  u"الأسعار"_s,   u"التوصيل"_s,
        u"الموقع"_s,  u"المشروع"_s,  u"العرض"_s,   u"الدفع"_s,    u"المبلغ"_s, u"الميزانية"_s, u"الخدمة"_s,
        u"الصيانة"_s, u"الفني"_s,    u"المشكلة"_s, u"الحين"_s,    u"اليوم"_s,  u"الأسبوع"_s,   u"الشهر"_s,
        u"السلام"_s,  u"الله"_s,     u"الرقم"_s,   u"الإيميل"_s,  u"البريد"_s, u"المستودع"_s,  u"الفرع"_s,
        u"العقد"_s,   u"الطابعة"_s,  u"المكيف"_s,  u"الموظفين"_s,
    });
    return s;
}

bool isFirstName(const QString &folded)
{
    static const QSet<QString> names = foldedSet({
        // Gulf and Arab first names (Arabic script)
        u"محمد"_s,
        u"أحمد"_s,
        u"محمود"_s,
        u"عبدالله"_s,
        u"عبدالرحمن"_s,
        u"عبدالعزيز"_s,
        u"عبدالمجيد"_s,
        u"عبدالكريم"_s,
        u"عبدالإله"_s,
        u"عبدالمحسن"_s,
        u"عبدالرحيم"_s,
        u"فهد"_s,
        u"خالد"_s,
        u"سلطان"_s,
        u"تركي"_s,
        u"ماجد"_s,
        u"سعود"_s,
        u"فيصل"_s,
        u"بندر"_s,
        u"نايف"_s,
        u"نواف"_s,
        u"مشعل"_s,
        u"متعب"_s,
        u"سعد"_s,
        u"سعيد"_s,
        u"سالم"_s,
        u"سلمان"_s,
        u"سليمان"_s,
        u"صالح"_s,
        u"ناصر"_s,
        u"حمد"_s,
        u"حمدان"_s,
        u"راشد"_s,
        u"زايد"_s,
        u"منصور"_s,
        u"مبارك"_s,
        u"عمر"_s,
        u"عثمان"_s,
        u"علي"_s,
        u"حسن"_s,
        u"حسين"_s,
        u"يوسف"_s,
        u"إبراهيم"_s,
        u"إسماعيل"_s,
        u"يعقوب"_s,
        u"موسى"_s,
        u"عيسى"_s,
        u"بدر"_s,
        u"طلال"_s,
        u"وليد"_s,
        u"هشام"_s,
        u"هاني"_s,
        u"ياسر"_s,
        u"عادل"_s,
        u"عماد"_s,
        u"مازن"_s,
        u"مشاري"_s,
        u"ثامر"_s,
        u"تامر"_s,
        u"زياد"_s,
        u"رائد"_s,
        u"أنس"_s,
        u"مهند"_s,
        u"حامد"_s,
        u"جاسم"_s,
        u"جابر"_s,
        u"حمود"_s,
        u"عوض"_s,
        u"غازي"_s,
        u"فواز"_s,
        u"مساعد"_s,
        u"ضيف"_s,
        u"عبيد"_s,
        u"شافي"_s,
        u"مطلق"_s,
        u"هادي"_s,
        u"رامي"_s,
        u"سامي"_s,
        u"كريم"_s,
        u"مصطفى"_s,
        u"طارق"_s,
        u"أيمن"_s,
        u"أسامة"_s,
        u"معاذ"_s,
        u"بلال"_s,
        u"نورة"_s,
        u"سارة"_s,
        u"ريم"_s,
        u"هند"_s,
        u"مريم"_s,
        u"عائشة"_s,
        u"فاطمة"_s,
        u"منيرة"_s,
        u"نوف"_s,
        u"لطيفة"_s,
        u"شيخة"_s,
        u"موضي"_s,
        u"الجوهرة"_s,
        u"أمل"_s,
        u"هيا"_s,
        u"ليلى"_s,
        u"لينا"_s,
        u"رنا"_s,
        u"دانة"_s,
        u"غادة"_s,
        u"أسماء"_s,
        u"خلود"_s,
        u"العنود"_s,
        u"مها"_s,
        u"منى"_s,
        u"حصة"_s,
        u"بشاير"_s,
        u"شهد"_s,
        u"رهف"_s,
        u"جواهر"_s,
        u"وعد"_s,
        u"أروى"_s,
        u"نجلاء"_s,
        u"سلمى"_s,
        u"هدى"_s,
        u"زينب"_s,
        u"خديجة"_s,
        u"ابتسام"_s,
        u"عبير"_s,
        u"أبرار"_s,
        u"دلال"_s,
        u"نادية"_s,
        u"سميرة"_s,
        u"وفاء"_s,
        // Latin script: Gulf names as spelled in English, and common expatriate names
        u"mohammed"_s,
        u"mohammad"_s,
        u"muhammad"_s,
        u"mohamed"_s,
        u"ahmed"_s,
        u"ahmad"_s,
        u"abdullah"_s,
        u"abdulrahman"_s,
        u"abdulaziz"_s,
        u"fahad"_s,
        u"fahd"_s,
        u"khalid"_s,
        u"khaled"_s,
        u"sultan"_s,
        u"turki"_s,
        u"majed"_s,
        u"saud"_s,
        u"faisal"_s,
        u"bandar"_s,
        u"nayef"_s,
        u"nawaf"_s,
        u"saad"_s,
        u"saeed"_s,
        u"said"_s,
        u"salem"_s,
        u"salman"_s,
        u"sulaiman"_s,
        u"saleh"_s,
        u"nasser"_s,
        u"hamad"_s,
        u"rashid"_s,
        u"rashed"_s,
        u"zayed"_s,
        u"mansour"_s,
        u"mubarak"_s,
        u"omar"_s,
        u"othman"_s,
        u"ali"_s,
        u"hassan"_s,
        u"hussain"_s,
        u"hussein"_s,
        u"yousef"_s,
        u"yusuf"_s,
        u"ibrahim"_s,
        u"ismail"_s,
        u"bader"_s,
        u"badr"_s,
        u"talal"_s,
        u"waleed"_s,
        u"hisham"_s,
        u"hani"_s,
        u"yasser"_s,
        u"adel"_s,
        u"imad"_s,
        u"mazen"_s,
        u"ziad"_s,
        u"raed"_s,
        u"anas"_s,
        u"hamid"_s,
        u"jassim"_s,
        u"tariq"_s,
        u"tarek"_s,
        u"ayman"_s,
        u"osama"_s,
        u"bilal"_s,
        u"karim"_s,
        u"sami"_s,
        u"rami"_s,
        u"mustafa"_s,
        u"noura"_s,
        u"sara"_s,
        u"sarah"_s,
        u"reem"_s,
        u"hind"_s,
        u"maryam"_s,
        u"mariam"_s,
        u"aisha"_s,
        u"fatima"_s,
        u"munira"_s,
        u"nouf"_s,
        u"latifa"_s,
        u"shaikha"_s,
        u"amal"_s,
        u"haya"_s,
        u"layla"_s,
        u"leila"_s,
        u"lina"_s,
        u"rana"_s,
        u"dana"_s,
        u"ghada"_s,
        u"asma"_s,
        u"mona"_s,
        u"huda"_s,
        u"zainab"_s,
        u"nadia"_s,
        u"john"_s,
        u"james"_s,
        u"david"_s,
        u"michael"_s,
        u"robert"_s,
        u"william"_s,
        u"richard"_s,
        u"thomas"_s,
        u"mark"_s,
        u"paul"_s,
        u"peter"_s,
        u"george"_s,
        u"andrew"_s,
        u"daniel"_s,
        u"chris"_s,
        u"kevin"_s,
        u"steven"_s,
        u"brian"_s,
        u"mary"_s,
        u"maria"_s,
        u"anna"_s,
        u"emma"_s,
        u"linda"_s,
        u"susan"_s,
        u"jennifer"_s,
        u"elizabeth"_s,
        u"laura"_s,
        u"rachel"_s,
        u"rahul"_s,
        u"priya"_s,
        u"amit"_s,
        u"raj"_s,
        u"ravi"_s,
        u"suresh"_s,
        u"ramesh"_s,
        u"anil"_s,
        u"sunil"_s,
        u"vijay"_s,
        u"deepak"_s,
        u"arjun"_s,
        u"pooja"_s,
        u"neha"_s,
        u"anjali"_s,
        u"imran"_s,
        u"asif"_s,
        u"kamran"_s,
        u"usman"_s,
        u"bilal"_s,
        u"jose"_s,
        u"juan"_s,
        u"carlos"_s,
        u"mark"_s,
        u"joseph"_s,
        u"chen"_s,
        u"wei"_s,
        u"li"_s,
    });
    return names.contains(folded);
}

bool isArabicNamePart(const QString &folded, const QString &previous)
{
    static const QSet<QString> joiners
        = foldedSet({ u"بن"_s, u"ابن"_s, u"آل"_s, u"أبو"_s, u"ابو"_s, u"عبد"_s, u"بنت"_s, u"أم"_s });
    static const QSet<QString> families = foldedSet({
        u"الراجحي"_s, u"السيف"_s,   u"العوضي"_s, u"الرشيد"_s,  u"الفهد"_s,   u"الصباح"_s,
        u"الثاني"_s,  u"النعيمي"_s, u"المري"_s,  u"الحمد"_s,   u"الخليفة"_s, u"الشيخ"_s,
        u"السعد"_s,   u"العمر"_s,   u"الجبر"_s,  u"الملا"_s,   u"باوزير"_s,  u"باعشن"_s,
        u"بامحرز"_s,  u"كانو"_s,    u"الزامل"_s, u"العليان"_s, u"الفطيم"_s,
    });
    if (joiners.contains(previous) || joiners.contains(folded))
        return true;
    if (families.contains(folded) || isFirstName(folded))
        return true;
    if (folded.startsWith(u"ال") && folded.size() >= 5 && folded.endsWith(u'ي'))
        return true; // العتيبي، القحطاني
    return folded.startsWith(u"با") && folded.size() >= 5; // باوزير، بانافع
}

bool isCityWord(const QString &folded)
{
    return CityLexicon::isCityWord(folded);
}

} // namespace OmniCrm::PartyLexicon
