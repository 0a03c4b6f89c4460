// BuyerType: the seven buyer personalities (issue 5 §4) and, for each, how to recognise it, the
// approach that works and the risk to avoid, in Arabic and English. The table is the reference a
// salesperson reads in the app and the text the classifier's JSON carries; the cue lexicon that
// actually detects a type lives in cuelexicon.cpp.
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace OmniCrm {

enum class BuyerType {
    Analytical,
    Decisive,
    Relational,
    Expressive,
    PriceFocused,
    Cautious,
    StatusSeeking,
};

inline constexpr int BuyerTypeCount = 7;

inline constexpr std::array<BuyerType, BuyerTypeCount> AllBuyerTypes {
    BuyerType::Analytical,   BuyerType::Decisive, BuyerType::Relational,    BuyerType::Expressive,
    BuyerType::PriceFocused, BuyerType::Cautious, BuyerType::StatusSeeking,
};

struct BuyerProfile
{
    BuyerType type;
    QString key; // "price_focused": the JSON and data-file name
    QString nameEn;
    QString nameAr;
    QString cuesEn; // what the type sounds like
    QString cuesAr;
    QString approachEn; // what works
    QString approachAr;
    QString riskEn; // what loses the deal
    QString riskAr;
};

/// The profile of a type; the table is immutable and built on first use.
const BuyerProfile &buyerProfile(BuyerType type);
QString buyerTypeKey(BuyerType type);
/// "analytical", "price_focused", also "price-focused" and "status-seeking".
std::optional<BuyerType> buyerTypeFromKey(QStringView key);

} // namespace OmniCrm
