#include "cuelexicon.h"

#include "arabictext.h"

#include <QHash>

#include <algorithm>

namespace OmniCrm {

using namespace Qt::StringLiterals;

namespace {

using B = BuyerType;

// The built-in cue groups. Each pattern is written as a person would type it; the constructor
// folds it. Groups are deliberately broad (a salesperson's reading of a message, not this data
// set's words): the linear model decides how much each group counts towards each type.
QList<CueLexicon::Group> builtInGroups()
{
    return {
        // Analytical
        { QStringLiteral("specs"), B::Analytical, { u"مواصفات"_s,       u"المواصفات الفنية"_s,
                                                    u"فني"_s,           u"تقني"_s,
                                                    u"كتالوج"_s,        u"كاتلوج"_s,
                                                    u"spec"_s,          u"specs"_s,
                                                    u"specification"_s, u"datasheet"_s,
                                                    u"data sheet"_s,    u"technical"_s,
                                                    u"catalog"_s,       u"catalogue"_s,
                                                    u"manual"_s,        u"موديل"_s,
                                                    u"طراز"_s,          u"model"_s,
                                                    u"معالج"_s,         u"processor"_s } },
        { QStringLiteral("data_figures"),
          B::Analytical,
          { u"بيانات"_s, u"أرقام"_s, u"بالأرقام"_s, u"إحصائيات"_s, u"احصائية"_s, u"نسبة"_s, u"معدل"_s,
            u"data="_s, u"figures"_s, u"statistics"_s, u"stats="_s, u"benchmark"_s, u"rate="_s, u"roi="_s,
            u"metrics"_s, u"numbers"_s, u"percentage"_s } },
        { QStringLiteral("comparison"),
          B::Analytical,
          { u"مقارنة"_s, u"أقارن"_s, u"نقارن"_s, u"الفرق بين"_s, u"وش الفرق"_s, u"ما الفرق"_s,
            u"الفرق التقني"_s, u"compare"_s, u"comparison"_s, u"difference"_s, u"versus"_s, u"vs="_s,
            u"compared to"_s, u"side by side"_s } },
        { QStringLiteral("measurements"), B::Analytical, { u"سعة"_s,         u"سعته"_s,
                                                           u"واط"_s,         u"أبعاد"_s,
                                                           u"مقاسات"_s,      u"وزن"_s,
                                                           u"الوزن"_s,       u"كفاءة"_s,
                                                           u"استهلاك"_s,     u"القدرة"_s,
                                                           u"دقة"_s,         u"الضغط"_s,
                                                           u"عمر افتراضي"_s, u"العمر الافتراضي"_s,
                                                           u"capacity"_s,    u"dimensions"_s,
                                                           u"weight"_s,      u"watt"_s,
                                                           u"kw="_s,         u"db="_s,
                                                           u"accuracy"_s,    u"efficiency"_s,
                                                           u"consumption"_s, u"throughput"_s,
                                                           u"tolerance"_s,   u"sampling"_s,
                                                           u"temperature"_s, u"litres"_s,
                                                           u"liters"_s,      u"noise level"_s,
                                                           u"lifespan"_s,    u"كم ساعة"_s } },
        { QStringLiteral("detail_request"),
          B::Analytical,
          { u"تفاصيل"_s,
            u"بالتفصيل"_s,
            u"بالضبط"_s,
            u"توضيح"_s,
            u"توضح"_s,
            u"وضح"_s,
            u"كيف تحسب"_s,
            u"كيف وصلتم"_s,
            u"طريقة الحساب"_s,
            u"خطوة خطوة"_s,
            u"الافتراضات"_s,
            u"detailed"_s,
            u"detail"_s,
            u"breakdown"_s,
            u"clarify"_s,
            u"exact="_s,
            u"exactly"_s,
            u"methodology"_s,
            u"assumptions"_s,
            u"how did you calculate"_s,
            u"explain"_s,
            u"total cost of ownership"_s,
            u"التكلفة الإجمالية"_s } },
        { QStringLiteral("evidence"),
          B::Analytical,
          { u"تقرير"_s, u"تقارير"_s, u"اختبار"_s, u"شهادات"_s, u"موثقة"_s, u"مستقل"_s, u"مستقلة"_s, u"iso="_s,
            u"report"_s, u"reports"_s, u"test report"_s, u"independent"_s, u"certification"_s,
            u"methodology"_s, u"evaluate"_s, u"review the"_s, u"دعاية"_s, u"marketing"_s } },
        // Decisive
        { QStringLiteral("urgency"), B::Decisive, { u"الآن"_s,        u"الحين"_s,       u"فوراً"_s,
                                                    u"فورا"_s,        u"اليوم"_s,       u"بسرعة"_s,
                                                    u"مستعجل"_s,      u"على طول"_s,     u"بكرة"_s,
                                                    u"غداً"_s,         u"الغد"_s,        u"خلال ساعة"_s,
                                                    u"مباشرة"_s,      u"asap="_s,       u"today"_s,
                                                    u"now="_s,        u"immediately"_s, u"urgent"_s,
                                                    u"right away"_s,  u"tomorrow"_s,    u"within the hour"_s,
                                                    u"هذا الأسبوع"_s, u"this week"_s } },
        { QStringLiteral("closing"),
          B::Decisive,
          { u"موافق"_s,
            u"اعتمد"_s,
            u"اعتمدنا"_s,
            u"تم="_s,
            u"اتفقنا"_s,
            u"خلصنا"_s,
            u"نمشي فيه"_s,
            u"يلا"_s,
            u"أكد"_s,
            u"أكدوا"_s,
            u"ابدأوا"_s,
            u"جهزوا"_s,
            u"وين أوقع"_s,
            u"للتوقيع"_s,
            u"deal="_s,
            u"approved"_s,
            u"go ahead"_s,
            u"let's do it"_s,
            u"where do i sign"_s,
            u"confirm"_s,
            u"ship="_s,
            u"ok="_s,
            u"okay"_s,
            u"أوكي"_s,
            u"تمام"_s } },
        { QStringLiteral("paperwork"),
          B::Decisive,
          {
              u"الفاتورة"_s,
              u"فاتورة"_s,
              u"العقد"_s,
              u"أمر الشراء"_s,
              u"أمر شراء"_s,
              u"رقم الحساب"_s,
              u"invoice"_s,
              u"contract"_s,
              u"purchase order"_s,
              u"sign="_s,
              u"أحول"_s,
              u"نحول"_s,
              u"سنحول"_s,
          } },
        { QStringLiteral("bottom_line"),
          B::Decisive,
          { u"باختصار"_s, u"بدون لف"_s, u"النهائي"_s, u"لا وقت"_s, u"نعم أم لا"_s, u"ولا لا"_s, u"كم ومتى"_s,
            u"bottom line"_s, u"final answer"_s, u"final price"_s, u"no need"_s, u"just tell me"_s,
            u"yes or no"_s, u"القرار"_s, u"أقرر"_s, u"i decide"_s } },
        // Relational
        { QStringLiteral("greeting"),
          B::Relational,
          { u"السلام عليكم"_s, u"هلا"_s, u"مرحبا"_s, u"مرحباً"_s, u"حياك"_s, u"حياكم"_s, u"صباح الخير"_s,
            u"مساء الخير"_s, u"مساك الله"_s, u"أسعد الله"_s, u"يا هلا"_s, u"hi="_s, u"hello"_s,
            u"good morning"_s, u"good evening"_s, u"dear="_s, u"عزيزي"_s, u"hey="_s } },
        { QStringLiteral("wellbeing"),
          B::Relational,
          { u"كيف حالك"_s,
            u"شلونك"_s,
            u"شخبارك"_s,
            u"عساك"_s,
            u"أن تكون بخير"_s,
            u"بخير"_s,
            u"الأهل"_s,
            u"العيال"_s,
            u"عائلتك"_s,
            u"الصحة"_s,
            u"hope you"_s,
            u"hope your"_s,
            u"hope all is well"_s,
            u"how have you been"_s,
            u"doing well"_s,
            u"family"_s,
            u"been a while"_s,
            u"اشتقنا"_s,
            u"يسلمون عليك"_s,
            u"كل عام وأنتم بخير"_s,
            u"blessed"_s,
            u"ramadan"_s,
            u"رمضان"_s,
            u"العيد"_s } },
        { QStringLiteral("warmth"),
          B::Relational,
          { u"الغالي"_s,        u"أخوي"_s,         u"أخي"_s,       u"يا طيب"_s,     u"my friend"_s,
            u"صديقي"_s,         u"صديق"_s,         u"friend"_s,    u"lovely"_s,     u"pleasure"_s,
            u"يعطيك العافية"_s, u"جزاك الله"_s,    u"بارك الله"_s, u"الله يسعدك"_s, u"لطفكم"_s,
            u"حسن التعامل"_s,   u"تعاملك الطيب"_s, u"kind="_s,     u"warm"_s,       u"أبو"_s,
            u"يا أخوي"_s,       u"ارتحنا"_s,       u"دايم"_s,      u"يسعدنا"_s } },
        { QStringLiteral("trust_longterm"),
          B::Relational,
          {
              u"ثقة"_s,
              u"نثق"_s,
              u"أثق"_s,
              u"طويل الأمد"_s,
              u"شراكة"_s,
              u"شريك"_s,
              u"علاقة"_s,
              u"العلاقة"_s,
              u"التعاون"_s,
              u"long-term"_s,
              u"long term"_s,
              u"partner"_s,
              u"partnership"_s,
              u"trust"_s,
              u"relationship"_s,
              u"usual"_s,
              u"المعتاد"_s,
              u"كالمعتاد"_s,
              u"نفس الطلب"_s,
              u"referred"_s,
              u"نصحني"_s,
              u"عملائكم"_s,
              u"تعاملنا السابق"_s,
              u"keep working together"_s,
              u"cooperation"_s,
              u"نكمل"_s,
          } },
        { QStringLiteral("meet_call"),
          B::Relational,
          { u"قهوة"_s, u"نتقهوى"_s, u"نلتقي"_s, u"نشوفك"_s, u"نتكلم"_s, u"coffee"_s, u"catch up"_s,
            u"caught up"_s, u"meet"_s, u"meeting you"_s, u"in person"_s, u"على راحتنا"_s } },
        { QStringLiteral("thanks"),
          B::Relational,
          { u"شكراً"_s, u"شكرا"_s, u"أشكركم"_s, u"أشكرك"_s, u"thank"_s, u"thanks"_s, u"appreciate"_s,
            u"نقدر"_s } },
        // Expressive
        { QStringLiteral("enthusiasm"),
          B::Expressive,
          { u"رائع"_s,       u"مذهل"_s,       u"مذهلة"_s,
            u"خيال"_s,       u"خيالي"_s,      u"يجنن"_s,
            u"يهبل"_s,       u"واو"_s,        u"يا سلام"_s,
            u"حلو"_s,        u"حلاته"_s,      u"خطير"_s,
            u"فنان"_s,       u"عبقرية"_s,     u"متحمس"_s,
            u"متحمسة"_s,     u"أحببت"_s,      u"حبيته"_s,
            u"وناسة"_s,      u"طايرة"_s,      u"انبهرت"_s,
            u"مبهر"_s,       u"جميل جداً"_s,   u"wow"_s,
            u"amazing"_s,    u"awesome"_s,    u"love it"_s,
            u"loved"_s,      u"i love"_s,     u"gorgeous"_s,
            u"fantastic"_s,  u"incredible"_s, u"obsessed"_s,
            u"excited"_s,    u"thrilled"_s,   u"omg="_s,
            u"yay"_s,        u"crazy"_s,      u"super="_s,
            u"dreaming"_s,   u"أحلم"_s,       u"لا أستطيع الانتظار"_s,
            u"can't wait"_s, u"so excited"_s } },
        { QStringLiteral("laughter"),
          B::Expressive,
          { u"ههه"_s, u"هههه"_s, u"haha"_s, u"lol="_s, u"😂"_s, u"🤣"_s, u"ضحكت"_s, u"طريفة"_s } },
        { QStringLiteral("sharing_social"),
          B::Expressive,
          { u"أصدقائي"_s, u"القروب"_s,      u"انستقرام"_s, u"بالسناب"_s, u"سناب"_s,    u"instagram"_s,
            u"tiktok"_s,  u"show it off"_s, u"أشاركه"_s,   u"حفلة"_s,    u"party"_s,   u"the vibe"_s,
            u"vibe"_s,    u"my style"_s,    u"يبهر"_s,     u"لا ينسى"_s, u"imagine"_s, u"تخيل"_s,
            u"fun="_s,    u"الصور"_s,       u"photos"_s } },
        { QStringLiteral("love_emoji"),
          B::Expressive,
          { u"😍"_s, u"🔥"_s, u"🎉"_s, u"🤩"_s, u"🥳"_s, u"✨"_s, u"💃"_s, u"❤"_s, u"🎊"_s, u"😘"_s, u"💯"_s } },
        // Price-focused
        { QStringLiteral("discount"),
          B::PriceFocused,
          { u"خصم"_s, u"تخفيض"_s, u"تخفيضات"_s, u"عروض"_s, u"كوبون"_s, u"discount"_s, u"promo"_s, u"coupon"_s,
            u"offer"_s, u"deal on"_s, u"knock off"_s, u"sale="_s, u"الجمعة البيضاء"_s, u"black friday"_s } },
        { QStringLiteral("cheap_expensive"),
          B::PriceFocused,
          { u"أرخص"_s, u"رخيص"_s, u"غالي"_s, u"غالٍ"_s, u"مرتفع"_s, u"مبالغ"_s, u"cheap"_s, u"cheaper"_s,
            u"cheapest"_s, u"expensive"_s, u"pricey"_s, u"costly"_s, u"overpriced"_s, u"less="_s } },
        { QStringLiteral("best_price"),
          B::PriceFocused,
          { u"آخر سعر"_s, u"آخر كلام"_s, u"أحسن سعر"_s, u"أفضل سعر"_s, u"نزل السعر"_s, u"كم تسويها"_s,
            u"خلها ب"_s, u"best price"_s, u"lower the price"_s, u"lower price"_s, u"match that"_s,
            u"مطابقته"_s, u"عرض أفضل"_s, u"إعادة النظر"_s, u"best offer"_s, u"سعر الجملة"_s,
            u"بسعر أقل"_s } },
        { QStringLiteral("budget"),
          B::PriceFocused,
          {
              u"ميزانية"_s,
              u"ميزانيتنا"_s,
              u"budget"_s,
              u"أوفر"_s,
              u"توفير"_s,
              u"save="_s,
              u"as low as"_s,
              u"tight"_s,
              u"محدودة"_s,
              u"نقداً"_s,
              u"cash"_s,
              u"upfront"_s,
          } },
        { QStringLiteral("volume_wholesale"),
          B::PriceFocused,
          { u"الجملة"_s, u"جملة"_s, u"wholesale"_s, u"volume"_s, u"كمية كبيرة"_s, u"الكميات الكبيرة"_s,
            u"كمية أكبر"_s, u"bulk"_s, u"بآخذ كمية"_s, u"لو أخذت"_s, u"if i order"_s } },
        { QStringLiteral("free_shipping"),
          B::PriceFocused,
          { u"الشحن مجاني"_s, u"شحن مجاني"_s, u"ببلاش"_s, u"مجاناً"_s, u"free shipping"_s, u"shipping free"_s,
            u"is shipping free"_s, u"free delivery"_s } },
        { QStringLiteral("competitor"),
          B::PriceFocused,
          { u"منافس"_s, u"المنافس"_s, u"عند غيركم"_s, u"السوق"_s, u"competitor"_s, u"compared to others"_s,
            u"quoted"_s, u"elsewhere"_s } },
        // Cautious
        { QStringLiteral("warranty"),
          B::Cautious,
          { u"ضمان"_s, u"الضمان"_s, u"ضمانات"_s, u"يضمن"_s, u"warranty"_s, u"guarantee"_s, u"guaranteed"_s,
            u"cover"_s, u"covers"_s } },
        { QStringLiteral("returns"),
          B::Cautious,
          { u"إرجاع"_s, u"أرجعه"_s, u"استرجاع"_s, u"الاسترجاع"_s, u"return"_s, u"refund"_s, u"money back"_s,
            u"استبدال"_s, u"exchange"_s } },
        { QStringLiteral("risk_fear"),
          B::Cautious,
          { u"خايف"_s, u"أخشى"_s, u"مخاطر"_s, u"أخاطر"_s, u"أتورط"_s, u"مشاكل"_s, u"worried"_s, u"risk"_s,
            u"afraid"_s, u"concern"_s, u"concerned"_s, u"delays"_s, u"تتأخر"_s, u"غرامة"_s, u"penalty"_s,
            u"ما أحب"_s, u"rather not"_s } },
        { QStringLiteral("trial_sample"),
          B::Cautious,
          { u"تجربة"_s, u"تجريبية"_s, u"عينة"_s, u"أجرب"_s, u"جربه"_s, u"trial"_s, u"sample"_s,
            u"testing it"_s, u"test it"_s, u"pilot"_s } },
        { QStringLiteral("hesitation"),
          B::Cautious,
          { u"أفكر"_s, u"للتفكير"_s, u"لست متأكد"_s, u"متأكد"_s, u"أتأكد"_s, u"للتأكد"_s, u"not sure"_s,
            u"think it over"_s, u"need time"_s, u"check with"_s, u"الإدارة"_s, u"مراجعة الأمر"_s,
            u"ما ابي أستعجل"_s, u"before we commit"_s, u"commit"_s, u"ألتزم"_s, u"الالتزام"_s, u"verify"_s,
            u"how do i know"_s } },
        { QStringLiteral("authenticity_safety"),
          B::Cautious,
          { u"أصلي"_s, u"تقليد"_s, u"آمن"_s, u"genuine"_s, u"counterfeit"_s, u"fake"_s, u"safe="_s,
            u"secure"_s, u"الدفع عند الاستلام"_s, u"عند الاستلام"_s, u"payment on delivery"_s,
            u"cash on delivery"_s, u"references"_s, u"مراجع"_s, u"authenticity"_s, u"سمعت عن"_s,
            u"read about"_s, u"reviews"_s } },
        { QStringLiteral("breakdown"),
          B::Cautious,
          { u"يخرب"_s, u"خرب"_s, u"تعطل"_s, u"عطل"_s, u"عيب"_s, u"breaks"_s, u"break down"_s,
            u"breaks down"_s, u"repair"_s, u"يصلحه"_s, u"يتحمل"_s, u"what happens if"_s, u"ماذا يحدث"_s,
            u"doesn't work"_s } },
        // Status-seeking
        { QStringLiteral("luxury"),
          B::StatusSeeking,
          { u"أفخم"_s, u"فخم"_s, u"فاخر"_s, u"فخامة"_s, u"الأرقى"_s, u"راقي"_s, u"الراقية"_s, u"luxury"_s,
            u"premium"_s, u"finest"_s, u"elite"_s, u"high-end"_s, u"high end"_s, u"prestige"_s,
            u"prestigious"_s } },
        { QStringLiteral("exclusive"),
          B::StatusSeeking,
          { u"حصري"_s,          u"محدودة"_s,          u"نسخة محدودة"_s,
            u"exclusive"_s,     u"limited edition"_s, u"special edition"_s,
            u"الإصدار الخاص"_s, u"ما عند أحد"_s,      u"لا يملكه"_s,
            u"nobody else"_s,   u"فريدة"_s,           u"فريد"_s,
            u"unique"_s,        u"custom"_s,          u"engraving"_s,
            u"نقش"_s,           u"تصميم خاص"_s,       u"signature"_s,
            u"collection"_s,    u"تغليف فاخر"_s } },
        { QStringLiteral("brand_prestige"),
          B::StatusSeeking,
          {
              u"براند"_s,  u"ماركة"_s,      u"الماركة"_s,       u"brand"_s,       u"مكانة"_s,
              u"يليق"_s,   u"يلفت النظر"_s, u"flagship"_s,      u"celebrities"_s, u"celebrity"_s,
              u"الشيوخ"_s, u"vip="_s,       u"كبار العملاء"_s,  u"ملكي"_s,        u"الملكي"_s,
              u"ذهب"_s,    u"gold"_s,       u"executive"_s,     u"concierge"_s,   u"شخص مهم"_s,
              u"هدية"_s,   u"gift"_s,       u"top companies"_s, u"شركات كبرى"_s,  u"شخصيات معروفة"_s,
          } },
        { QStringLiteral("price_no_object"),
          B::StatusSeeking,
          { u"السعر ليس مشكلة"_s, u"ما يهمني السعر"_s, u"لا يهمك من الفلوس"_s, u"not an issue"_s,
            u"price is not"_s, u"money is no"_s, u"whatever it costs"_s, u"السعر مو مشكلة"_s } },
        { QStringLiteral("top_tier"),
          B::StatusSeeking,
          { u"الفئة الأولى"_s, u"أعلى مستوى"_s, u"top-tier"_s, u"top tier"_s, u"أحسن شي"_s, u"البلاتيني"_s,
            u"best in"_s, u"the best quality"_s, u"finest quality"_s, u"كل الإضافات"_s, u"الأكثر فخامة"_s } },
    };
}

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
