#include "buyertype.h"

#include <QList>

namespace OmniCrm {

namespace {

QList<BuyerProfile> makeProfiles()
{
    return {
        { BuyerType::Analytical, QStringLiteral("analytical"), QStringLiteral("Analytical"),
          QStringLiteral("تحليلي"),
          QStringLiteral("Long, precise messages; questions about specifications, figures, comparisons, "
                         "tests and certificates; asks how numbers were calculated."),
          QStringLiteral("رسائل طويلة ودقيقة؛ أسئلة عن المواصفات والأرقام والمقارنات والاختبارات "
                         "والشهادات؛ يسأل كيف حُسبت الأرقام."),
          QStringLiteral("Answer with facts: the spec sheet, a side-by-side comparison, the total cost "
                         "of ownership and the sources. Give time to study; follow up with data."),
          QStringLiteral("أجب بالحقائق: ورقة المواصفات ومقارنة جنباً إلى جنب والتكلفة الإجمالية "
                         "والمصادر. امنحه وقتاً للدراسة وتابع بالبيانات."),
          QStringLiteral("Vague claims, hype or pressure to decide fast destroy trust; a wrong number "
                         "is remembered."),
          QStringLiteral("العبارات المبهمة والمبالغة والضغط للاستعجال تهدم الثقة؛ والرقم الخاطئ لا يُنسى.") },
        { BuyerType::Decisive, QStringLiteral("decisive"), QStringLiteral("Decisive"), QStringLiteral("حاسم"),
          QStringLiteral("Short, direct messages; urgency (now, today, الحين); asks for the invoice, the "
                         "contract, the final price and the delivery date."),
          QStringLiteral("رسائل قصيرة ومباشرة؛ استعجال (الآن، اليوم، الحين)؛ يطلب الفاتورة والعقد "
                         "والسعر النهائي وموعد التسليم."),
          QStringLiteral("Be brief: the bottom line, one clear next step, a firm date. Make closing "
                         "easy today."),
          QStringLiteral("كن موجزاً: الخلاصة وخطوة تالية واحدة واضحة وموعد ثابت. سهّل عليه الإغلاق اليوم."),
          QStringLiteral("Long explanations, slow answers or missed deadlines lose the deal to a faster "
                         "competitor."),
          QStringLiteral("الشرح الطويل أو الرد البطيء أو التأخر عن الموعد يذهب بالصفقة إلى منافس أسرع.") },
        { BuyerType::Relational, QStringLiteral("relational"), QStringLiteral("Relational"),
          QStringLiteral("علاقاتي"),
          QStringLiteral("Warm greetings and blessings, asks after family and health, mentions "
                         "referrals, trust, past dealings and a long-term partnership."),
          QStringLiteral("تحيات دافئة ودعوات، يسأل عن الأهل والصحة، يذكر من نصحه والثقة والتعامل "
                         "السابق والشراكة الطويلة."),
          QStringLiteral("Return the warmth, use the name, remember the history, offer a call or a "
                         "visit, and show the relationship continues after the sale."),
          QStringLiteral("بادله الود، ناده باسمه، تذكّر التعامل السابق، اعرض اتصالاً أو زيارة، "
                         "وأظهر أن العلاقة مستمرة بعد البيع."),
          QStringLiteral("A cold, transactional or rushed reply feels like a broken relationship."),
          QStringLiteral("الرد البارد أو التجاري البحت أو المستعجل يشعره بأن العلاقة انقطعت.") },
        { BuyerType::Expressive, QStringLiteral("expressive"), QStringLiteral("Expressive"),
          QStringLiteral("تعبيري"),
          QStringLiteral("Exclamation marks, emoji, stretched letters (واااو), enthusiasm words (amazing, "
                         "يجنن), stories and sharing with friends or social media."),
          QStringLiteral("علامات تعجب ورموز تعبيرية وحروف ممدودة (واااو) وكلمات حماس (رائع، يجنن) "
                         "وقصص ومشاركة مع الأصدقاء ووسائل التواصل."),
          QStringLiteral("Match the energy, talk about the experience and how it will look and feel, "
                         "offer something new or early; keep details light."),
          QStringLiteral("جارِه في الحماس، تحدث عن التجربة وكيف ستبدو، واعرض شيئاً جديداً أو حصرياً "
                         "مبكراً؛ وخفف التفاصيل."),
          QStringLiteral("A dry, technical reply kills the excitement; promises beyond the facts backfire "
                         "later."),
          QStringLiteral("الرد الجاف أو التقني يطفئ الحماس، والوعود التي تتجاوز الحقائق ترتد لاحقاً.") },
        { BuyerType::PriceFocused, QStringLiteral("price_focused"), QStringLiteral("Price-focused"),
          QStringLiteral("مركّز على السعر"),
          QStringLiteral("Asks for the last or best price, discounts, offers, free shipping; compares "
                         "with competitors; mentions a budget; haggles."),
          QStringLiteral("يسأل عن آخر سعر وأفضل سعر والخصومات والعروض والشحن المجاني؛ يقارن بالمنافسين؛ "
                         "يذكر ميزانية؛ يفاصل."),
          QStringLiteral("Anchor on value, then trade price for volume, commitment or prompt payment: "
                         "clear tiers, never an unconditional cut."),
          QStringLiteral("ثبّت القيمة أولاً، ثم قايض السعر بالكمية أو الالتزام أو الدفع المبكر: شرائح "
                         "واضحة، لا تخفيضاً بلا مقابل."),
          QStringLiteral("Cutting the price at once invites more haggling and erodes the margin."),
          QStringLiteral("التخفيض الفوري يفتح باب المساومة ويأكل هامش الربح.") },
        { BuyerType::Cautious, QStringLiteral("cautious"), QStringLiteral("Cautious"), QStringLiteral("حذر"),
          QStringLiteral("Asks about warranty, returns, risk, payment on delivery, references and "
                         "authenticity; wants a trial or a sample; needs time to think."),
          QStringLiteral("يسأل عن الضمان والإرجاع والمخاطر والدفع عند الاستلام والمراجع والأصالة؛ يريد "
                         "تجربة أو عينة؛ يحتاج وقتاً للتفكير."),
          QStringLiteral("Remove the risk: warranty, trial or sample, return policy, references; be "
                         "patient and put guarantees in writing."),
          QStringLiteral("أزل المخاطرة: ضمان، تجربة أو عينة، سياسة إرجاع، مراجع؛ تحلَّ بالصبر ووثّق "
                         "الضمانات كتابةً."),
          QStringLiteral("Pressure or a vague answer about guarantees makes the buyer walk away."),
          QStringLiteral("الضغط أو الإجابة المبهمة عن الضمانات تجعله ينسحب.") },
        { BuyerType::StatusSeeking, QStringLiteral("status_seeking"), QStringLiteral("Status-seeking"),
          QStringLiteral("باحث عن المكانة"),
          QStringLiteral("Asks for the most premium, exclusive or limited edition; brand and prestige "
                         "words; VIP; says price is not an issue; gifts for important people."),
          QStringLiteral("يطلب الأفخم والحصري والإصدار المحدود؛ كلمات الماركة والمكانة؛ كبار العملاء؛ "
                         "يقول إن السعر لا يهم؛ هدايا لأشخاص مهمين."),
          QStringLiteral("Lead with the flagship, exclusivity and personal service; offer premium "
                         "bundles and personalisation instead of discounts."),
          QStringLiteral("ابدأ بالفئة الأعلى والحصرية والخدمة الشخصية؛ واعرض باقات فاخرة وتخصيصاً بدلاً "
                         "من الخصومات."),
          QStringLiteral("Discounting or a generic offer cheapens the product in the buyer's eyes."),
          QStringLiteral("الخصم أو العرض العادي يقلل من قيمة المنتج في نظره.") },
    };
}

const QList<BuyerProfile> &profiles()
{
    static const QList<BuyerProfile> table = makeProfiles();
    return table;
}

} // namespace

const BuyerProfile &buyerProfile(BuyerType type)
{
    return profiles().at(int(type));
}

QString buyerTypeKey(BuyerType type)
{
    return buyerProfile(type).key;
}

std::optional<BuyerType> buyerTypeFromKey(QStringView key)
{
    QString normalized = key.trimmed().toString().toLower();
    normalized.replace(u'-', u'_');
    for (const BuyerProfile &profile : profiles()) {
        if (profile.key == normalized)
            return profile.type;
    }
    return std::nullopt;
}

} // namespace OmniCrm
