// PriceStrategist: how to price a product for a buyer type without ever going below the floor,
// cost × (1 + minimum margin). Price-focused buyers get volume tiers, status-seekers a premium
// bundle, cautious buyers a guarantee or trial instead of a discount, decisive ones a small
// fast-close incentive, and so on. The rule that is not obvious: every discount is the smaller of
// a share of the list price and a share of the headroom above the floor, then clamped to the
// floor, so a thin margin yields small discounts and a list price under the floor yields the floor.
#pragma once

#include "buyertype.h"
#include "money.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace OmniCrm {

struct PriceInput
{
    Money listPrice;
    Money cost;
    double minMarginPercent = 0; // the admin's minimum margin over cost, 0..1000
    std::optional<double> quantity; // what the buyer asked for, when known
};

struct PriceOffer
{
    qint64 minQuantity = 1; // the offer applies from this many units
    Money unitPrice;
    QString labelEn;
    QString labelAr;
};

struct PriceStrategy
{
    BuyerType type = BuyerType::Analytical;
    QString kind; // volume_tiers, premium_bundle, risk_reversal, fast_close, loyalty, …
    Money listPrice;
    Money floor; // never offered below this
    QList<PriceOffer> offers; // the first is the headline offer
    QStringList extrasEn; // non-price terms (warranty, trial, bundle content)
    QStringList extrasAr;
    QString headlineEn; // one sentence a reply can quote to the buyer
    QString headlineAr;
    QString reasoningEn; // for the salesperson, with the figures
    QString reasoningAr;
};

class PriceStrategist
{
public:
    /// InvalidMoney when the currencies differ, the list price is not positive or the cost is
    /// negative; InvalidArgument when the margin is outside 0..1000 percent.
    static Result<PriceStrategy> suggest(BuyerType type, const PriceInput &input);
    /// ceil(cost × (1 + margin / 100)) in minor units.
    static Result<Money> floorPrice(const Money &cost, double minMarginPercent);
};

/// "1250.00 ريال" / "1250.00 SAR": amounts as replies and reasoning show them.
QString displayMoney(const Money &money, bool arabic);

} // namespace OmniCrm
