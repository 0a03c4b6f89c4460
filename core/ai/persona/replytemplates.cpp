#include "replytemplates.h"

namespace OmniCrm {

using namespace Qt::StringLiterals;

namespace {

// Sentences never assert what the fields do not say: no stock, dates or prices of their own.
QList<ReplyTemplate> arabic(BuyerType type)
{
    switch (type) {
    case BuyerType::Analytical:
        return {
            { { u"شكراً على أسئلتك الدقيقة حول {products}."_s, u"شكراً على أسئلتك الدقيقة."_s },
              { u"سأرسل لك ورقة المواصفات الفنية ومقارنة واضحة بالأرقام، وأي رقم تحتاج مصدره أوضحه لك."_s },
              { u"{offer}"_s, u""_s },
              { u"ولطلب {quantity} سأجهز لك حساب التكلفة الإجمالية بالتفصيل."_s, u""_s } },
            { { u"بخصوص {products}: سأرسل جدولاً يقارن الأداء والاستهلاك والعمر التشغيلي مع البدائل."_s,
                u"سأرسل لك جدولاً يقارن الأداء والاستهلاك والعمر التشغيلي مع البدائل."_s },
              { u"هل تفضل أن نراجع الأرقام معاً في مكالمة قصيرة؟"_s } },
            { { u"خذ وقتك في دراسة البيانات، وأنا متاح لأي استفسار تقني."_s },
              { u"{offer}"_s, u""_s },
              { u"وإن كان التوريد إلى {city} فسأضيف تفاصيل الشحن ومدته."_s, u""_s } },
        };
    case BuyerType::Decisive:
        return {
            { { u"تم، سأجهز عرض {products} الآن."_s, u"تم، سأجهز العرض الآن."_s },
              { u"{offer}"_s, u""_s },
              { u"أرسل لي تأكيدك وأصدر الفاتورة فوراً."_s } },
            { { u"باختصار: {quantity} من {products} بقيمة {amount}."_s,
                u"باختصار: {products} بقيمة {amount}."_s, u"باختصار: {quantity} من {products}."_s, u""_s },
              { u"الخطوة التالية تأكيدك، ثم نحدد موعد التسليم إلى {city}."_s,
                u"الخطوة التالية تأكيدك، ثم نحدد موعد التسليم."_s } },
            { { u"جاهزون متى ما قررت."_s }, { u"{offer}"_s, u""_s }, { u"هل أرسل لك العقد الآن؟"_s } },
        };
    case BuyerType::Relational:
        return {
            { { u"أسعد الله أوقاتك، وشكراً على ثقتك الغالية بنا."_s },
              { u"يسعدنا دائماً خدمتك وخدمة فريق {company}."_s, u"يسعدنا دائماً خدمتك."_s },
              { u"بخصوص {products}، سأتابع طلبك بنفسي خطوة بخطوة."_s, u"سأتابع طلبك بنفسي خطوة بخطوة."_s } },
            { { u"نعتز بتعاملنا معك ونحب أن يستمر لسنوات."_s },
              { u"{offer}"_s, u""_s },
              { u"هل يناسبك أن أتصل بك لنتحدث على راحتك؟"_s } },
            { { u"يسعدنا أن نزورك في {city} لنتعرف على احتياجاتك عن قرب."_s,
                u"يسعدنا أن نلتقي بك لنتعرف على احتياجاتك عن قرب."_s },
              { u"وبعد التسليم سأتواصل معك للاطمئنان على كل شيء."_s } },
        };
    case BuyerType::Expressive:
        return {
            { { u"يسعدنا حماسك! {products} سيضيف لمسة مميزة فعلاً."_s, u"يسعدنا حماسك كثيراً!"_s },
              { u"{offer}"_s, u""_s },
              { u"شاركنا صورك بعد الاستلام، نحب أن نرى النتيجة!"_s } },
            { { u"اختيار رائع! دعني أريك كيف سيبدو {products} على أرض الواقع."_s,
                u"اختيار رائع! دعني أريك كيف سيبدو على أرض الواقع."_s },
              { u"هل تحب أن نرتب لك عرضاً مباشراً؟"_s } },
            { { u"وصلتنا طاقتك الجميلة! سأحجز لك {quantity} من {products} حتى لا يفوتك."_s,
                u"وصلتنا طاقتك الجميلة!"_s },
              { u"{offer}"_s, u""_s },
              { u"أخبرني متى يناسبك ونبدأ."_s } },
        };
    case BuyerType::PriceFocused:
        return {
            { { u"شكراً على اهتمامك بـ {products}."_s, u"شكراً على اهتمامك."_s },
              { u"{offer}"_s, u"لدينا أسعار خاصة للكميات، وكلما زادت الكمية انخفض سعر الوحدة."_s },
              { u"ولطلب {quantity} سأحسب لك أفضل شريحة ممكنة."_s,
                u"كم الكمية التي تحتاجها تقريباً لأحسب لك أفضل سعر؟"_s } },
            { { u"سعرنا مبني على جودة تدوم، وهذا ما يوفر عليك على المدى الطويل."_s },
              { u"{offer}"_s, u""_s },
              { u"وإن كانت ميزانيتك {amount} فسأقترح لك أفضل خيار ضمنها."_s, u""_s } },
            { { u"يمكننا تقديم سعر أفضل مقابل كمية أكبر أو دفع مبكر."_s },
              { u"{offer}"_s, u""_s },
              { u"ما رأيك؟"_s } },
        };
    case BuyerType::Cautious:
        return {
            { { u"سؤالك في محله، وراحة بالك تهمنا."_s },
              { u"سأوضح لك كتابةً كل ما يخص الضمان والإرجاع قبل أي التزام."_s },
              { u"{offer}"_s, u""_s } },
            { { u"يمكن أن نبدأ بكمية صغيرة من {products} لتطمئن قبل طلب {quantity}."_s,
                u"يمكن أن نبدأ بكمية صغيرة من {products} لتطمئن أولاً."_s,
                u"يمكن أن نبدأ بكمية صغيرة لتطمئن أولاً."_s },
              { u"خذ وقتك، ولا داعي للاستعجال."_s } },
            { { u"إن رغبت أرتب لك التواصل مع عملاء تعاملوا معنا لتسمع تجربتهم مباشرة."_s },
              { u"{offer}"_s, u""_s },
              { u"وأي سؤال آخر أنا هنا."_s } },
        };
    case BuyerType::StatusSeeking:
        return {
            { { u"ذوقك رفيع، و{products} من أرقى ما نقدمه."_s, u"ذوقك رفيع، ويسعدنا أن نقدم لك الأرقى."_s },
              { u"{offer}"_s, u"يمكننا تجهيز باقة فاخرة بتغليف خاص وتخصيص باسمك."_s },
              { u"سأتابع طلبك شخصياً."_s } },
            { { u"لعملائنا المميزين خدمة شخصية من الطلب حتى التسليم في {city}."_s,
                u"لعملائنا المميزين خدمة شخصية من الطلب حتى التسليم."_s },
              { u"{offer}"_s, u""_s } },
            { { u"نستطيع تخصيص {products} ليعكس هوية {company}."_s,
                u"نستطيع تخصيص {products} ليعكس ذوقك الخاص."_s, u"نستطيع تخصيص طلبك ليعكس ذوقك الخاص."_s },
              { u"هل نرتب لك موعداً خاصاً للاطلاع على الخيارات؟"_s } },
        };
    }
    return {};
}

QList<ReplyTemplate> english(BuyerType type)
{
    switch (type) {
    case BuyerType::Analytical:
        return {
            { { u"Thank you for your detailed questions about {products}."_s,
                u"Thank you for your detailed questions."_s },
              { u"I will send you the technical specification sheet and a clear comparison with the figures, and I can source any number you need."_s },
              { u"{offer}"_s, u""_s },
              { u"For {quantity}, I will also prepare a full total-cost breakdown."_s, u""_s } },
            { { u"Regarding {products}: I will send a table comparing performance, consumption and service life with the alternatives."_s,
                u"I will send you a table comparing performance, consumption and service life with the alternatives."_s },
              { u"Would a short call to go through the numbers together help?"_s } },
            { { u"Take your time with the data; I am available for any technical question."_s },
              { u"{offer}"_s, u""_s },
              { u"If delivery is to {city}, I will add the shipping details and lead time."_s, u""_s } },
        };
    case BuyerType::Decisive:
        return {
            { { u"Done. I am preparing the quote for {products} now."_s,
                u"Done. I am preparing the quote now."_s },
              { u"{offer}"_s, u""_s },
              { u"Send your confirmation and I will issue the invoice right away."_s } },
            { { u"In short: {quantity} of {products} for {amount}."_s,
                u"In short: {products} for {amount}."_s, u"In short: {quantity} of {products}."_s, u""_s },
              { u"Next step: your confirmation, then we fix the delivery date to {city}."_s,
                u"Next step: your confirmation, then we fix the delivery date."_s } },
            { { u"Ready when you are."_s },
              { u"{offer}"_s, u""_s },
              { u"Shall I send the contract now?"_s } },
        };
    case BuyerType::Relational:
        return {
            { { u"It is always good to hear from you, and thank you for your trust."_s },
              { u"We are always glad to serve you and the {company} team."_s,
                u"We are always glad to serve you."_s },
              { u"I will personally follow your order for {products} every step of the way."_s,
                u"I will personally follow your order every step of the way."_s } },
            { { u"We value working with you and hope it continues for years."_s },
              { u"{offer}"_s, u""_s },
              { u"Would it suit you if I gave you a call to talk it through?"_s } },
            { { u"We would be happy to visit you in {city} to understand your needs first-hand."_s,
                u"We would be happy to meet you to understand your needs first-hand."_s },
              { u"After delivery I will check in to make sure everything is right."_s } },
        };
    case BuyerType::Expressive:
        return {
            { { u"We love your enthusiasm! {products} will really stand out."_s,
                u"We love your enthusiasm!"_s },
              { u"{offer}"_s, u""_s },
              { u"Share your photos once it arrives, we would love to see it!"_s } },
            { { u"Great choice! Let me show you how {products} looks in real life."_s,
                u"Great choice! Let me show you how it looks in real life."_s },
              { u"Would you like us to set up a live demo?"_s } },
            { { u"Love the energy! I will reserve {quantity} of {products} for you so you don't miss out."_s,
                u"Love the energy!"_s },
              { u"{offer}"_s, u""_s },
              { u"Tell me when suits you and we will get started."_s } },
        };
    case BuyerType::PriceFocused:
        return {
            { { u"Thank you for your interest in {products}."_s, u"Thank you for your interest."_s },
              { u"{offer}"_s, u"We have quantity pricing: the more you order, the lower the unit price."_s },
              { u"For {quantity}, I will work out the best tier for you."_s,
                u"Roughly how many do you need, so I can work out the best price?"_s } },
            { { u"Our price is built on quality that lasts, which is what saves you money over time."_s },
              { u"{offer}"_s, u""_s },
              { u"If your budget is {amount}, I will suggest the best option within it."_s, u""_s } },
            { { u"We can offer a better price in exchange for a larger quantity or early payment."_s },
              { u"{offer}"_s, u""_s },
              { u"What do you think?"_s } },
        };
    case BuyerType::Cautious:
        return {
            { { u"That is a fair question, and your peace of mind matters to us."_s },
              { u"I will put everything about warranty and returns in writing before you commit to anything."_s },
              { u"{offer}"_s, u""_s } },
            { { u"We could start with a small quantity of {products} so you can be sure before ordering {quantity}."_s,
                u"We could start with a small quantity of {products} so you can be sure first."_s,
                u"We could start with a small quantity so you can be sure first."_s },
              { u"Take your time, there is no rush."_s } },
            { { u"If you like, I can put you in touch with customers who have worked with us, so you hear it from them."_s },
              { u"{offer}"_s, u""_s },
              { u"Any other question, I am here."_s } },
        };
    case BuyerType::StatusSeeking:
        return {
            { { u"You have excellent taste, and {products} is among the finest we offer."_s,
                u"You have excellent taste, and we would be glad to offer you our finest."_s },
              { u"{offer}"_s,
                u"We can prepare a premium bundle with special packaging and personalisation."_s },
              { u"I will look after your order personally."_s } },
            { { u"Our distinguished clients get personal service from order to delivery in {city}."_s,
                u"Our distinguished clients get personal service from order to delivery."_s },
              { u"{offer}"_s, u""_s } },
            { { u"We can personalise {products} to reflect {company}'s identity."_s,
                u"We can personalise {products} to reflect your own style."_s,
                u"We can personalise your order to reflect your own style."_s },
              { u"Shall we arrange a private appointment to go through the options?"_s } },
        };
    }
    return {};
}

} // namespace

QList<ReplyTemplate> replyTemplates(BuyerType type, ReplyLanguage language)
{
    return language == ReplyLanguage::Arabic ? arabic(type) : english(type);
}

ReplySentence replyGreeting(ReplyLanguage language, ReplyTone tone)
{
    if (language == ReplyLanguage::Arabic)
        return tone == ReplyTone::Formal ? ReplySentence { u"أهلاً وسهلاً {name}،"_s, u"أهلاً وسهلاً بك،"_s }
                                         : ReplySentence { u"هلا والله {name}،"_s, u"هلا والله،"_s };
    return tone == ReplyTone::Formal ? ReplySentence { u"Dear {name},"_s, u"Hello,"_s }
                                     : ReplySentence { u"Hi {name}!"_s, u"Hi there!"_s };
}

ReplySentence replyClosing(ReplyLanguage language, ReplyTone tone)
{
    if (language == ReplyLanguage::Arabic)
        return { tone == ReplyTone::Formal ? u"مع خالص التحية."_s : u"في خدمتك دائماً."_s };
    return { tone == ReplyTone::Formal ? u"Kind regards."_s : u"Cheers!"_s };
}

} // namespace OmniCrm
