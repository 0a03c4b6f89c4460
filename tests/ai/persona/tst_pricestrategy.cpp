// PriceStrategist: no offer is ever below cost × (1 + minimum margin) (property test over random
// prices, costs and margins for every type), and each type gets the strategy shape it needs.
#include "pricestrategy.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QTest>

using namespace OmniCrm;
using namespace Qt::StringLiterals;

class tst_PriceStrategy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void floorIsCostPlusMarginRoundedUp();
    void floorNeverBroken();
    void priceFocusedGetsVolumeTiers();
    void cautiousGetsGuaranteesNotDiscount();
    void statusSeekingGetsPremiumBundle();
    void decisiveGetsSmallFastCloseIncentive();
    void listBelowFloorQuotesTheFloor();
    void thinMarginGivesNoTiers();
    void rejectsBadInput();

private:
    static PriceStrategy suggest(BuyerType type, qint64 list, qint64 cost, double margin,
                                 std::optional<double> quantity = std::nullopt)
    {
        const auto result
            = PriceStrategist::suggest(type,
                                       { Money::fromMinor(list, QStringLiteral("SAR")),
                                         Money::fromMinor(cost, QStringLiteral("SAR")), margin, quantity });
        if (!result.ok())
            qFatal("suggest failed: %s", qPrintable(result.error().detail));
        return *result;
    }
};

void tst_PriceStrategy::floorIsCostPlusMarginRoundedUp()
{
    QCOMPARE(PriceStrategist::floorPrice(Money::fromMinor(100000, u"SAR"_s), 15)->minor, 115000);
    QCOMPARE(PriceStrategist::floorPrice(Money::fromMinor(333, u"SAR"_s), 10)->minor, 367); // 366.3 ↑
    QCOMPARE(PriceStrategist::floorPrice(Money::fromMinor(1000, u"KWD"_s), 0)->minor, 1000);
    QCOMPARE(PriceStrategist::floorPrice(Money::fromMinor(1, u"SAR"_s), 0.5)->minor, 2);
}

void tst_PriceStrategy::floorNeverBroken()
{
    QRandomGenerator random(20261124);
    for (int i = 0; i < 3000; ++i) {
        const qint64 cost = random.bounded(0, 5'000'000);
        const double margin = random.bounded(0, 20001) / 100.0; // 0.00 … 200.00 %
        // List prices around, above and below the floor.
        const qint64 list = std::max<qint64>(
            1, qint64(double(cost) * random.bounded(50, 400) / 100.0) + random.bounded(0, 500));
        const std::optional<double> quantity
            = random.bounded(3) == 0 ? std::nullopt : std::optional<double>(random.bounded(1, 2000));
        const qint64 basisPoints = std::llround(margin * 100);
        for (BuyerType type : AllBuyerTypes) {
            const PriceStrategy s = suggest(type, list, cost, margin, quantity);
            // floor = ceil(cost × (10000 + bp) / 10000), checked in exact integers.
            QVERIFY(s.floor.minor * 10000 >= cost * (10000 + basisPoints));
            QVERIFY((s.floor.minor - 1) * 10000 < cost * (10000 + basisPoints));
            QVERIFY(!s.offers.isEmpty());
            for (const PriceOffer &offer : s.offers) {
                if (offer.unitPrice.minor < s.floor.minor)
                    QFAIL(qPrintable(QStringLiteral("%1: %2 below floor %3 (list %4, cost %5, margin %6)")
                                         .arg(s.kind)
                                         .arg(offer.unitPrice.minor)
                                         .arg(s.floor.minor)
                                         .arg(list)
                                         .arg(cost)
                                         .arg(margin)));
                QCOMPARE(offer.unitPrice.currency, u"SAR"_s);
                QVERIFY(offer.minQuantity >= 1);
            }
            QVERIFY(!s.reasoningEn.isEmpty() && !s.reasoningAr.isEmpty());
            QVERIFY(!s.headlineEn.isEmpty() && !s.headlineAr.isEmpty());
        }
    }
}

void tst_PriceStrategy::priceFocusedGetsVolumeTiers()
{
    const PriceStrategy s = suggest(BuyerType::PriceFocused, 150000, 100000, 15, 20);
    QCOMPARE(s.kind, u"volume_tiers"_s);
    QVERIFY(s.offers.size() >= 3);
    QCOMPARE(s.offers.first().unitPrice.minor, 150000);
    QCOMPARE(s.offers.at(1).minQuantity, 20); // the first tier starts at what the buyer asked for
    for (int i = 1; i < s.offers.size(); ++i) {
        QVERIFY(s.offers[i].minQuantity > s.offers[i - 1].minQuantity);
        QVERIFY(s.offers[i].unitPrice.minor < s.offers[i - 1].unitPrice.minor);
    }
    QVERIFY(s.headlineAr.contains(u"ريال"_s));
    QVERIFY(s.headlineEn.contains(u"SAR"_s));
}

void tst_PriceStrategy::cautiousGetsGuaranteesNotDiscount()
{
    const PriceStrategy s = suggest(BuyerType::Cautious, 150000, 100000, 15);
    QCOMPARE(s.kind, u"risk_reversal"_s);
    QCOMPARE(s.offers.size(), 1);
    QCOMPARE(s.offers.first().unitPrice.minor, 150000);
    QVERIFY(s.extrasEn.join(u' ').contains(u"warranty"_s));
    QVERIFY(s.extrasEn.join(u' ').contains(u"trial"_s));
    QCOMPARE(s.extrasAr.size(), s.extrasEn.size());
}

void tst_PriceStrategy::statusSeekingGetsPremiumBundle()
{
    const PriceStrategy s = suggest(BuyerType::StatusSeeking, 150000, 100000, 15);
    QCOMPARE(s.kind, u"premium_bundle"_s);
    QVERIFY(s.offers.first().unitPrice.minor > 150000);
    for (const PriceOffer &offer : s.offers)
        QVERIFY(offer.unitPrice.minor >= 150000); // no discount
    QVERIFY(!s.extrasEn.isEmpty());
}

void tst_PriceStrategy::decisiveGetsSmallFastCloseIncentive()
{
    const PriceStrategy s = suggest(BuyerType::Decisive, 150000, 100000, 15);
    QCOMPARE(s.kind, u"fast_close"_s);
    QCOMPARE(s.offers.size(), 1);
    const qint64 price = s.offers.first().unitPrice.minor;
    QVERIFY(price < 150000);
    QVERIFY(price >= 150000 * 97 / 100); // at most 3 % off
    for (BuyerType type : { BuyerType::Relational, BuyerType::Expressive, BuyerType::Analytical })
        QVERIFY(!suggest(type, 150000, 100000, 15).kind.isEmpty());
}

void tst_PriceStrategy::listBelowFloorQuotesTheFloor()
{
    for (BuyerType type : AllBuyerTypes) {
        const PriceStrategy s = suggest(type, 100000, 100000, 20);
        QCOMPARE(s.floor.minor, 120000);
        for (const PriceOffer &offer : s.offers)
            QVERIFY(offer.unitPrice.minor >= 120000);
        QVERIFY(s.reasoningEn.contains(u"below the floor"_s));
    }
}

void tst_PriceStrategy::thinMarginGivesNoTiers()
{
    // List equals the floor: there is nothing to give away.
    const PriceStrategy s = suggest(BuyerType::PriceFocused, 115000, 100000, 15);
    QCOMPARE(s.offers.size(), 1);
    QCOMPARE(s.offers.first().unitPrice.minor, 115000);
}

void tst_PriceStrategy::rejectsBadInput()
{
    const Money sar = Money::fromMinor(1000, u"SAR"_s);
    QCOMPARE(PriceStrategist::suggest(BuyerType::Decisive, { sar, Money::fromMinor(500, u"AED"_s), 10 })
                 .error()
                 .code,
             ErrorCode::InvalidMoney);
    QCOMPARE(PriceStrategist::suggest(BuyerType::Decisive, { sar, Money::fromMinor(-1, u"SAR"_s), 10 })
                 .error()
                 .code,
             ErrorCode::InvalidMoney);
    QCOMPARE(PriceStrategist::suggest(BuyerType::Decisive, { Money::fromMinor(0, u"SAR"_s), sar, 10 })
                 .error()
                 .code,
             ErrorCode::InvalidMoney);
    QCOMPARE(PriceStrategist::suggest(BuyerType::Decisive, { sar, sar, -5 }).error().code,
             ErrorCode::InvalidArgument);
    QCOMPARE(PriceStrategist::suggest(BuyerType::Decisive, { sar, sar, 5000 }).error().code,
             ErrorCode::InvalidArgument);
    QCOMPARE(
        PriceStrategist::floorPrice(Money::fromMinor(std::numeric_limits<qint64>::max() / 2, u"SAR"_s), 500)
            .error()
            .code,
        ErrorCode::InvalidMoney);
}

QTEST_GUILESS_MAIN(tst_PriceStrategy)
#include "tst_pricestrategy.moc"
