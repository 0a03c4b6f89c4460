#include "pricestrategy.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace OmniCrm {

namespace {

QString arabicCurrency(const QString &code)
{
    static const QList<std::pair<QString, QString>> names {
        { QStringLiteral("SAR"), QStringLiteral("ريال") },
        { QStringLiteral("AED"), QStringLiteral("درهم") },
        { QStringLiteral("KWD"), QStringLiteral("دينار كويتي") },
        { QStringLiteral("BHD"), QStringLiteral("دينار بحريني") },
        { QStringLiteral("QAR"), QStringLiteral("ريال قطري") },
        { QStringLiteral("OMR"), QStringLiteral("ريال عماني") },
        { QStringLiteral("USD"), QStringLiteral("دولار") },
        { QStringLiteral("EUR"), QStringLiteral("يورو") },
    };
    for (const auto &[key, name] : names) {
        if (key == code)
            return name;
    }
    return code;
}

qint64 minorPerUnit(const QString &currency)
{
    qint64 unit = 1;
    for (int i = 0; i < std::max(0, Money::minorDigits(currency)); ++i)
        unit *= 10;
    return unit;
}

// Builds the offers of one strategy; every price goes through price(), which is the only place
// a discount is computed and the floor enforced.
class Pricer
{
public:
    Pricer(const PriceInput &input, Money floor)
        : m_list(input.listPrice)
        , m_floor(std::move(floor))
    {
    }

    qint64 headroom() const { return std::max<qint64>(0, m_list.minor - m_floor.minor); }
    bool listBelowFloor() const { return m_list.minor < m_floor.minor; }

    /// The list price less min(percent of list, share of headroom), rounded down to a whole
    /// currency unit when that stays above the floor; never below the floor.
    Money price(double percentOfList, double shareOfHeadroom) const
    {
        const qint64 byList = qint64(std::floor(double(m_list.minor) * percentOfList / 100.0));
        const qint64 byHeadroom = qint64(std::floor(double(headroom()) * shareOfHeadroom));
        qint64 value = m_list.minor - std::max<qint64>(0, std::min(byList, byHeadroom));
        const qint64 unit = minorPerUnit(m_list.currency);
        if (value != m_list.minor && value - value % unit >= m_floor.minor)
            value -= value % unit;
        return Money::fromMinor(std::max(value, m_floor.minor), m_list.currency);
    }
    /// The list price raised by `percent` (premium bundles), never below the floor.
    Money raised(double percent) const
    {
        const qint64 value = m_list.minor + qint64(std::ceil(double(m_list.minor) * percent / 100.0));
        return Money::fromMinor(std::max(value, m_floor.minor), m_list.currency);
    }

private:
    Money m_list;
    Money m_floor;
};

QString units(qint64 count, bool arabic)
{
    if (!arabic)
        return count == 1 ? QStringLiteral("1 unit") : QStringLiteral("%1 units").arg(count);
    // Arabic counted nouns: 1 and 2 have their own forms, 3–10 take the plural, 11 and up the singular.
    if (count == 1)
        return QStringLiteral("وحدة واحدة");
    if (count == 2)
        return QStringLiteral("وحدتين");
    return count <= 10 ? QStringLiteral("%1 وحدات").arg(count) : QStringLiteral("%1 وحدة").arg(count);
}

} // namespace

QString displayMoney(const Money &money, bool arabic)
{
    return money.toPlainString() + u' ' + (arabic ? arabicCurrency(money.currency) : money.currency);
}

Result<Money> PriceStrategist::floorPrice(const Money &cost, double minMarginPercent)
{
    if (!(minMarginPercent >= 0 && minMarginPercent <= 1000))
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("minimum margin %1% is outside 0..1000").arg(minMarginPercent),
                           QStringLiteral("min_margin"));
    if (cost.minor < 0)
        return Error::make(ErrorCode::InvalidMoney, QStringLiteral("cost is negative"),
                           QStringLiteral("cost"));
    const qint64 basisPoints = std::llround(minMarginPercent * 100.0);
    // cost × M / 10000 rounded up, split so no intermediate overflows: cost = q·10000 + r.
    const qint64 multiplier = 10000 + basisPoints;
    const qint64 q = cost.minor / 10000;
    const qint64 r = cost.minor % 10000;
    qint64 whole = 0;
    qint64 floor = 0;
    if (__builtin_mul_overflow(q, multiplier, &whole)
        || __builtin_add_overflow(whole, (r * multiplier + 9999) / 10000, &floor))
        return Error::make(ErrorCode::InvalidMoney, QStringLiteral("cost × margin is too large"),
                           QStringLiteral("cost"));
    return Money::fromMinor(floor, cost.currency);
}

Result<PriceStrategy> PriceStrategist::suggest(BuyerType type, const PriceInput &input)
{
    if (input.listPrice.currency != input.cost.currency)
        return Error::make(ErrorCode::InvalidMoney,
                           QStringLiteral("list price is in %1 but cost is in %2")
                               .arg(input.listPrice.currency, input.cost.currency),
                           QStringLiteral("currency"));
    if (input.listPrice.minor <= 0)
        return Error::make(ErrorCode::InvalidMoney, QStringLiteral("list price must be positive"),
                           QStringLiteral("price"));
    const auto floor = floorPrice(input.cost, input.minMarginPercent);
    if (!floor)
        return floor.error();

    const Pricer pricer(input, *floor);
    PriceStrategy s;
    s.type = type;
    s.listPrice = input.listPrice;
    s.floor = *floor;
    const Money list = pricer.price(0, 0); // the list price, or the floor when the list is under it
    const qint64 asked = input.quantity && *input.quantity >= 2 ? qint64(std::ceil(*input.quantity)) : 0;
    const auto en = [](const Money &m) {
        return displayMoney(m, false);
    };
    const auto ar = [](const Money &m) {
        return displayMoney(m, true);
    };

    switch (type) {
    case BuyerType::PriceFocused: {
        s.kind = QStringLiteral("volume_tiers");
        const qint64 base = asked > 0 ? asked : 10;
        s.offers.append({ 1, list, QStringLiteral("list price"), QStringLiteral("السعر المعلن") });
        const struct
        {
            qint64 from;
            double percent;
            double share;
        } tiers[] { { base, 4, 0.35 }, { base * 3, 8, 0.65 }, { base * 10, 12, 0.9 } };
        for (const auto &tier : tiers) {
            const Money price = pricer.price(tier.percent, tier.share);
            if (price.minor < s.offers.last().unitPrice.minor)
                s.offers.append({ tier.from, price, QStringLiteral("from %1").arg(units(tier.from, false)),
                                  QStringLiteral("من %1").arg(units(tier.from, true)) });
        }
        QStringList tiersEn;
        QStringList tiersAr;
        for (int i = 1; i < s.offers.size(); ++i) {
            tiersEn << QStringLiteral("%1 from %2")
                           .arg(en(s.offers[i].unitPrice), units(s.offers[i].minQuantity, false));
            tiersAr << QStringLiteral("%1 من %2")
                           .arg(ar(s.offers[i].unitPrice), units(s.offers[i].minQuantity, true));
        }
        if (tiersEn.isEmpty()) {
            s.headlineEn = QStringLiteral("Our best unit price is %1.").arg(en(list));
            s.headlineAr = QStringLiteral("أفضل سعر للوحدة لدينا %1.").arg(ar(list));
            s.reasoningEn
                = QStringLiteral("No room above the floor (%1) for volume tiers: hold the price and "
                                 "sell the value.")
                      .arg(en(s.floor));
            s.reasoningAr
                = QStringLiteral("لا مجال فوق الحد الأدنى (%1) لشرائح الكمية: ثبّت السعر وركّز على القيمة.")
                      .arg(ar(s.floor));
        } else {
            s.headlineEn = QStringLiteral("The unit price is %1, and it drops with quantity: %2.")
                               .arg(en(list), tiersEn.join(QStringLiteral(", ")));
            s.headlineAr = QStringLiteral("سعر الوحدة %1، وينخفض مع الكمية: %2.")
                               .arg(ar(list), tiersAr.join(QStringLiteral("، ")));
            s.reasoningEn = QStringLiteral("Price-focused buyer: trade price for volume instead of an "
                                           "unconditional cut. Tiers stay above the floor of %1.")
                                .arg(en(s.floor));
            s.reasoningAr = QStringLiteral("مشترٍ يركّز على السعر: قايض السعر بالكمية بدلاً من تخفيض بلا مقابل. "
                                           "الشرائح كلها فوق الحد الأدنى %1.")
                                .arg(ar(s.floor));
        }
        break;
    }
    case BuyerType::StatusSeeking: {
        s.kind = QStringLiteral("premium_bundle");
        const Money bundle = pricer.raised(12);
        s.offers.append({ 1, bundle, QStringLiteral("premium bundle"), QStringLiteral("الباقة الفاخرة") });
        s.offers.append({ 1, list, QStringLiteral("standard"), QStringLiteral("النسخة القياسية") });
        s.extrasEn = { QStringLiteral("premium packaging with personalisation"),
                       QStringLiteral("priority delivery"), QStringLiteral("a dedicated account manager") };
        s.extrasAr = { QStringLiteral("تغليف فاخر مع تخصيص"), QStringLiteral("توصيل بأولوية"),
                       QStringLiteral("مدير حساب مخصص") };
        s.headlineEn = QStringLiteral("Our premium bundle, with %1, is %2.")
                           .arg(s.extrasEn.join(QStringLiteral(", ")), en(bundle));
        s.headlineAr = QStringLiteral("الباقة الفاخرة تشمل %1 بسعر %2.")
                           .arg(s.extrasAr.join(QStringLiteral(" و")), ar(bundle));
        s.reasoningEn = QStringLiteral("Status-seeking buyer: a discount cheapens the product; offer the "
                                       "premium bundle at %1 (list %2, floor %3).")
                            .arg(en(bundle), en(list), en(s.floor));
        s.reasoningAr
            = QStringLiteral("باحث عن المكانة: الخصم يقلل قيمة المنتج في نظره؛ اعرض الباقة الفاخرة بـ %1 "
                             "(السعر المعلن %2، الحد الأدنى %3).")
                  .arg(ar(bundle), ar(list), ar(s.floor));
        break;
    }
    case BuyerType::Cautious:
        s.kind = QStringLiteral("risk_reversal");
        s.offers.append({ 1, list, QStringLiteral("list price with guarantees"),
                          QStringLiteral("السعر المعلن مع الضمانات") });
        s.extrasEn
            = { QStringLiteral("a written warranty"), QStringLiteral("a trial period or a sample first"),
                QStringLiteral("payment in stages or on delivery") };
        s.extrasAr = { QStringLiteral("ضمان مكتوب"), QStringLiteral("فترة تجربة أو عينة أولاً"),
                       QStringLiteral("دفع على مراحل أو عند الاستلام") };
        s.headlineEn = QStringLiteral("The price is %1, with %2.")
                           .arg(en(list), s.extrasEn.join(QStringLiteral(", ")));
        s.headlineAr = QStringLiteral("السعر %1 مع %2.").arg(ar(list), s.extrasAr.join(QStringLiteral(" و")));
        s.reasoningEn = QStringLiteral("Cautious buyer: remove the risk rather than the margin; keep %1 "
                                       "(floor %2) and add guarantees.")
                            .arg(en(list), en(s.floor));
        s.reasoningAr
            = QStringLiteral("مشترٍ حذر: أزل المخاطرة لا الهامش؛ حافظ على %1 (الحد الأدنى %2) وأضف الضمانات.")
                  .arg(ar(list), ar(s.floor));
        break;
    case BuyerType::Decisive: {
        s.kind = QStringLiteral("fast_close");
        const Money fast = pricer.price(3, 0.3);
        s.offers.append({ 1, fast, QStringLiteral("if confirmed within 48 hours"),
                          QStringLiteral("عند التأكيد خلال 48 ساعة") });
        s.headlineEn = QStringLiteral("If you confirm within 48 hours, the unit price is %1.").arg(en(fast));
        s.headlineAr = QStringLiteral("عند التأكيد خلال 48 ساعة يكون سعر الوحدة %1.").arg(ar(fast));
        s.reasoningEn = QStringLiteral("Decisive buyer: a small incentive for closing now (%1 instead of %2, "
                                       "floor %3) and one clear next step.")
                            .arg(en(fast), en(list), en(s.floor));
        s.reasoningAr = QStringLiteral("مشترٍ حاسم: حافز صغير للإغلاق الآن (%1 بدلاً من %2، الحد الأدنى %3) "
                                       "وخطوة تالية واحدة واضحة.")
                            .arg(ar(fast), ar(list), ar(s.floor));
        break;
    }
    case BuyerType::Relational: {
        s.kind = QStringLiteral("loyalty");
        const Money partner = pricer.price(5, 0.4);
        s.offers.append({ 1, partner, QStringLiteral("partner price"), QStringLiteral("سعر الشركاء") });
        s.extrasEn = { QStringLiteral("a follow-up call after delivery") };
        s.extrasAr = { QStringLiteral("اتصال متابعة بعد التسليم") };
        s.headlineEn = QStringLiteral("As a valued partner, your unit price is %1.").arg(en(partner));
        s.headlineAr = QStringLiteral("ولأنكم من شركائنا الأعزاء، سعر الوحدة لكم %1.").arg(ar(partner));
        s.reasoningEn
            = QStringLiteral("Relational buyer: a loyalty price (%1, list %2, floor %3) that rewards "
                             "the relationship, plus personal follow-up.")
                  .arg(en(partner), en(list), en(s.floor));
        s.reasoningAr
            = QStringLiteral("مشترٍ علاقاتي: سعر ولاء (%1، السعر المعلن %2، الحد الأدنى %3) يكافئ العلاقة "
                             "مع متابعة شخصية.")
                  .arg(ar(partner), ar(list), ar(s.floor));
        break;
    }
    case BuyerType::Expressive: {
        s.kind = QStringLiteral("experience_bonus");
        const Money launch = pricer.price(2, 0.2);
        s.offers.append({ 1, launch, QStringLiteral("introductory price"), QStringLiteral("سعر التعريف") });
        s.extrasEn = { QStringLiteral("early access to new releases") };
        s.extrasAr = { QStringLiteral("أولوية الحصول على الإصدارات الجديدة") };
        s.headlineEn = QStringLiteral("Your introductory price is %1, with early access to new releases.")
                           .arg(en(launch));
        s.headlineAr
            = QStringLiteral("سعرك التعريفي %1 مع أولوية الحصول على الإصدارات الجديدة.").arg(ar(launch));
        s.reasoningEn = QStringLiteral("Expressive buyer: sell the experience; a light introductory price "
                                       "(%1, list %2, floor %3) and something new first.")
                            .arg(en(launch), en(list), en(s.floor));
        s.reasoningAr
            = QStringLiteral("مشترٍ تعبيري: بِع التجربة؛ سعر تعريفي خفيف (%1، السعر المعلن %2، الحد الأدنى %3) "
                             "وشيء جديد أولاً.")
                  .arg(ar(launch), ar(list), ar(s.floor));
        break;
    }
    case BuyerType::Analytical: {
        s.kind = QStringLiteral("transparent_value");
        s.offers.append({ 1, list, QStringLiteral("list price"), QStringLiteral("السعر المعلن") });
        const qint64 from = asked > 0 ? asked : 10;
        const Money volume = pricer.price(3, 0.3);
        if (volume.minor < list.minor)
            s.offers.append({ from, volume, QStringLiteral("from %1").arg(units(from, false)),
                              QStringLiteral("من %1").arg(units(from, true)) });
        s.extrasEn = { QStringLiteral("a written cost breakdown") };
        s.extrasAr = { QStringLiteral("تفصيل مكتوب للتكلفة") };
        s.headlineEn = s.offers.size() > 1 ? QStringLiteral("The unit price is %1 (%2 from %3).")
                                                 .arg(en(list), en(volume), units(from, false))
                                           : QStringLiteral("The unit price is %1.").arg(en(list));
        s.headlineAr = s.offers.size() > 1
            ? QStringLiteral("سعر الوحدة %1 (و%2 من %3).").arg(ar(list), ar(volume), units(from, true))
            : QStringLiteral("سعر الوحدة %1.").arg(ar(list));
        s.reasoningEn = QStringLiteral("Analytical buyer: a transparent price with the figures behind it; a "
                                       "documented volume price at most (floor %1).")
                            .arg(en(s.floor));
        s.reasoningAr
            = QStringLiteral("مشترٍ تحليلي: سعر شفاف مع الأرقام التي خلفه؛ وسعر كمية موثق على الأكثر "
                             "(الحد الأدنى %1).")
                  .arg(ar(s.floor));
        break;
    }
    }
    if (pricer.listBelowFloor()) {
        s.reasoningEn += QStringLiteral(" The list price %1 is below the floor %2: quote at least the floor.")
                             .arg(en(input.listPrice), en(s.floor));
        s.reasoningAr += QStringLiteral(" السعر المعلن %1 أقل من الحد الأدنى %2: لا تعرض أقل من الحد الأدنى.")
                             .arg(ar(input.listPrice), ar(s.floor));
    }
    return s;
}

} // namespace OmniCrm
