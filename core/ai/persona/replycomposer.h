// ReplyComposer: three suggested replies to a buyer's message, in the message's language (Arabic:
// polite Modern Standard with a Gulf-friendly warmth; or English) and tone (formal or casual, read
// from the message), shaped by the buyer type's approach and filled from the extracted fields.
// The rule that is not obvious: a reply never states a fact that is not in the fields or the price
// strategy. Every sentence is a list of alternatives; the first whose placeholders all have values
// is used, and a sentence with no such alternative is dropped, so no placeholder is ever shown.
#pragma once

#include "buyertype.h"
#include "extractedlead.h"
#include "pricestrategy.h"
#include "result.h"

#include <QJsonObject>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace OmniCrm {

enum class ReplyLanguage { Arabic, English };
enum class ReplyTone { Formal, Casual };

struct MessageStyle
{
    ReplyLanguage language = ReplyLanguage::Arabic;
    ReplyTone tone = ReplyTone::Formal;
};

struct ReplySuggestions
{
    BuyerType type = BuyerType::Analytical;
    MessageStyle style;
    QStringList replies; // three
};

class ReplyComposer
{
public:
    /// Arabic unless Latin letters clearly dominate (mixed Gulf messages get Arabic); with no
    /// letters at all, `fallbackLanguage` ("en" or "ar", e.g. ExtractedLead::language) decides.
    /// Formal unless casual markers (dialect, slang, emoji, "!!") outweigh formal ones.
    static MessageStyle detectStyle(QStringView message, QStringView fallbackLanguage = {});

    ReplySuggestions compose(QStringView message, BuyerType type, const ExtractedLead &fields,
                             const std::optional<PriceStrategy> &price = std::nullopt) const;

    /// The CLI's --fields JSON: customer_name, company, phones, emails, products (strings or
    /// {"name":…}), quantity, quantity_unit, amount (minor units, or a string Money::parse reads),
    /// currency, city, lead_type, priority, language. Parse/InvalidMoney name the bad key.
    static Result<ExtractedLead> fieldsFromJson(const QJsonObject &json);

    static QString languageKey(ReplyLanguage language);
    static QString toneKey(ReplyTone tone);
};

} // namespace OmniCrm
