// Money: an amount in minor units (halalas, fils) and an ISO 4217 currency code.
//
// Amounts are exact integers; there is no floating point anywhere on the way from the text a user
// typed to the stored value. Only the currencies in the built-in table are accepted, because the
// number of minor digits (2 for SAR, 3 for KWD/BHD/OMR/JOD) decides what "1.250" means.
#pragma once

#include "result.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace OmniCrm {

struct Money
{
    enum class Sign {
        PositiveOnly, // zero and up: prices, deal amounts
        AllowNegative, // refunds, adjustments
    };

    qint64 minor = 0;
    QString currency = QStringLiteral("SAR");

    /// Reads "1,250.50", "١٬٢٥٠٫٥٠", "SAR 1,250", "1,250 ر.س", "1250 ريال", "$100", "100 USD",
    /// "50 درهم", "د.إ 50". A bare amount takes defaultCurrency. "دينار" alone means KWD (the
    /// dinar a Gulf user most likely means); "دينار بحريني" / "د.ب" and "دينار أردني" / "د.أ" name
    /// the others. ',' only groups thousands (groups of three), '.' is the decimal point.
    /// InvalidMoney (field "amount") names what is wrong: no amount, unknown currency, too many
    /// decimals, negative, too large.
    static Result<Money> parse(QStringView text, QStringView defaultCurrency = u"SAR",
                               Sign sign = Sign::PositiveOnly);

    static Money fromMinor(qint64 minor, QString currency) { return Money { minor, std::move(currency) }; }

    /// Minor unit digits of a known currency code, or -1.
    static int minorDigits(QStringView currency);
    /// The codes parse() and the digit table know, in table order.
    static QStringList knownCurrencies();

    /// "1250.50", "-3.000" (KWD): plain digits for storage, export and the CLI; QLocale formats
    /// for display.
    QString toPlainString() const;

    bool isZero() const { return minor == 0; }
    bool isNegative() const { return minor < 0; }

    /// InvalidMoney on different currencies or overflow.
    Result<Money> add(const Money &other) const;
    Result<Money> subtract(const Money &other) const;
    /// Quantity times unit price; InvalidMoney on overflow.
    Result<Money> multiplied(qint64 factor) const;

    bool operator==(const Money &other) const = default;
};

} // namespace OmniCrm
