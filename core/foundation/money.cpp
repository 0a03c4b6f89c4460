#include "money.h"

#include <QHash>

#include <limits>

namespace OmniCrm {

namespace {

struct CurrencyInfo
{
    const char *code;
    int digits;
};

constexpr CurrencyInfo kCurrencies[] = {
    { "SAR", 2 }, { "AED", 2 }, { "KWD", 3 }, { "QAR", 2 }, { "BHD", 3 }, { "OMR", 3 },
    { "USD", 2 }, { "EUR", 2 }, { "GBP", 2 }, { "EGP", 2 }, { "JOD", 3 },
};

struct CurrencyName
{
    const char16_t *name;
    const char *code;
};

// Names and symbols as people write them next to an amount. Matched after currencyKey(): case,
// spaces and dots do not matter ("ر.س" = "ر س" = "رس"), hamza does (د.أ is JOD, د.إ is AED).
constexpr CurrencyName kCurrencyNames[] = {
    { u"sr", "SAR" },
    { u"ر.س", "SAR" },
    { u"ريال", "SAR" },
    { u"ريال سعودي", "SAR" },
    { u"﷼", "SAR" },
    { u"درهم", "AED" },
    { u"درهم إماراتي", "AED" },
    { u"درهم اماراتي", "AED" },
    { u"د.إ", "AED" },
    { u"د.ا", "AED" },
    { u"dh", "AED" },
    { u"dhs", "AED" },
    { u"دينار", "KWD" },
    { u"دينار كويتي", "KWD" },
    { u"د.ك", "KWD" },
    { u"kd", "KWD" },
    { u"ريال قطري", "QAR" },
    { u"ر.ق", "QAR" },
    { u"qr", "QAR" },
    { u"دينار بحريني", "BHD" },
    { u"د.ب", "BHD" },
    { u"bd", "BHD" },
    { u"ريال عماني", "OMR" },
    { u"ر.ع", "OMR" },
    { u"ro", "OMR" },
    { u"$", "USD" },
    { u"us$", "USD" },
    { u"دولار", "USD" },
    { u"€", "EUR" },
    { u"يورو", "EUR" },
    { u"£", "GBP" },
    { u"جنيه إسترليني", "GBP" },
    { u"جنيه استرليني", "GBP" },
    { u"جنيه", "EGP" },
    { u"جنيه مصري", "EGP" },
    { u"ج.م", "EGP" },
    { u"دينار أردني", "JOD" },
    { u"دينار اردني", "JOD" },
    { u"د.أ", "JOD" },
};

Error moneyError(QString detail)
{
    return Error::make(ErrorCode::InvalidMoney, std::move(detail), QStringLiteral("amount"));
}

QString currencyKey(QStringView text)
{
    QString key;
    key.reserve(text.size());
    for (const QChar ch : text) {
        if (ch.isSpace() || ch == u'.')
            continue;
        key.append(ch.toLower());
    }
    return key;
}

const QHash<QString, QString> &currencyNames()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> names;
        for (const CurrencyInfo &info : kCurrencies)
            names.insert(QString::fromLatin1(info.code).toLower(), QString::fromLatin1(info.code));
        for (const CurrencyName &name : kCurrencyNames)
            names.insert(currencyKey(QString::fromUtf16(name.name)), QString::fromLatin1(name.code));
        return names;
    }();
    return table;
}

bool isInvisible(char16_t c)
{
    return c == 0x0640 || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069) || c == 0x061C || c == 0xFEFF;
}

// ASCII digits and separators, no bidi marks; Arabic letters stay as they are for the currency.
QString cleaned(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (isInvisible(c))
            continue;
        if (c >= 0x0660 && c <= 0x0669)
            out.append(QChar(u'0' + (c - 0x0660)));
        else if (c >= 0x06F0 && c <= 0x06F9)
            out.append(QChar(u'0' + (c - 0x06F0)));
        else if (c == 0x066B)
            out.append(u'.');
        else if (c == 0x066C || c == 0x060C)
            out.append(u',');
        else if (c == 0x2212 || c == 0x2013)
            out.append(u'-');
        else if (ch.isSpace())
            out.append(u' ');
        else
            out.append(ch);
    }
    return out;
}

bool isAmountChar(QChar c)
{
    return (c >= u'0' && c <= u'9') || c == u',' || c == u'.';
}

qint64 powerOfTen(int digits)
{
    qint64 value = 1;
    for (int i = 0; i < digits; ++i)
        value *= 10;
    return value;
}

// Takes a leading or trailing minus off a currency side; true when one was there.
bool takeMinus(QString &side)
{
    if (side.startsWith(u'-')) {
        side = side.mid(1).trimmed();
        return true;
    }
    if (side.endsWith(u'-')) {
        side.chop(1);
        side = side.trimmed();
        return true;
    }
    return false;
}

} // namespace

int Money::minorDigits(QStringView currency)
{
    for (const CurrencyInfo &info : kCurrencies) {
        if (currency.compare(QLatin1String(info.code), Qt::CaseInsensitive) == 0)
            return info.digits;
    }
    return -1;
}

QStringList Money::knownCurrencies()
{
    QStringList codes;
    for (const CurrencyInfo &info : kCurrencies)
        codes.append(QString::fromLatin1(info.code));
    return codes;
}

Result<Money> Money::parse(QStringView text, QStringView defaultCurrency, Sign sign)
{
    const QString input = cleaned(text);

    qsizetype start = 0;
    while (start < input.size()
           && !(input[start].isDigit()
                || (input[start] == u'.' && start + 1 < input.size() && input[start + 1] >= u'0'
                    && input[start + 1] <= u'9')))
        ++start;
    if (start == input.size())
        return moneyError(QStringLiteral("no amount in '%1'").arg(text));
    qsizetype end = start;
    while (end < input.size() && isAmountChar(input[end]))
        ++end;
    const QStringView amount = QStringView(input).mid(start, end - start);
    // A minus goes before the amount or before the currency: "-100", "-SAR 100", "SAR -100".
    QString prefix = input.left(start).trimmed();
    const QString suffix = input.mid(start + amount.size()).trimmed();
    const bool negative = takeMinus(prefix);
    if (prefix.startsWith(u'+'))
        prefix = prefix.mid(1).trimmed();
    if (prefix.contains(u'-') || suffix.contains(u'-'))
        return moneyError(QStringLiteral("misplaced minus sign in '%1'").arg(text));

    // Currency: written before or after the amount, or the default.
    QString currency;
    for (const QString &side : { prefix, suffix }) {
        if (side.isEmpty())
            continue;
        const QString code = currencyNames().value(currencyKey(side));
        if (code.isEmpty())
            return moneyError(QStringLiteral("unknown currency '%1'").arg(side));
        if (!currency.isEmpty() && currency != code)
            return moneyError(QStringLiteral("two currencies, %1 and %2").arg(currency, code));
        currency = code;
    }
    if (currency.isEmpty()) {
        currency = defaultCurrency.toString().toUpper();
        if (minorDigits(currency) < 0)
            return moneyError(QStringLiteral("unknown currency '%1'").arg(currency));
    }
    const int digits = minorDigits(currency);

    // Amount: thousands groups of three before an optional decimal point.
    const qsizetype point = amount.indexOf(u'.');
    const QStringView whole = point < 0 ? amount : amount.left(point);
    const QStringView fraction = point < 0 ? QStringView() : amount.mid(point + 1);
    if (fraction.contains(u'.'))
        return moneyError(QStringLiteral("more than one decimal point in '%1'").arg(text));
    if (fraction.contains(u','))
        return moneyError(QStringLiteral("a ',' after the decimal point in '%1'").arg(text));
    if (whole.contains(u',')) {
        const QList<QStringView> groups = whole.split(u',');
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const qsizetype length = groups.at(i).size();
            if ((i == 0 && (length < 1 || length > 3)) || (i > 0 && length != 3))
                return moneyError(QStringLiteral("misplaced thousands separator in '%1'").arg(text));
        }
    }
    if (fraction.size() > digits)
        return moneyError(QStringLiteral("too many decimals for %1 (at most %2)").arg(currency).arg(digits));

    qint64 value = 0;
    const auto append = [&value](QChar c) {
        return !__builtin_mul_overflow(value, 10, &value)
            && !__builtin_add_overflow(value, c.unicode() - u'0', &value);
    };
    bool fits = true;
    for (const QChar c : whole) {
        if (c != u',')
            fits = fits && append(c);
    }
    for (const QChar c : fraction)
        fits = fits && append(c);
    fits = fits && !__builtin_mul_overflow(value, powerOfTen(digits - int(fraction.size())), &value);
    if (!fits)
        return moneyError(QStringLiteral("amount too large in '%1'").arg(text));

    if (negative && value != 0) {
        if (sign == Sign::PositiveOnly)
            return moneyError(
                QStringLiteral("negative amount '%1' where only zero or more is allowed").arg(text));
        value = -value;
    }
    return Money { value, currency };
}

QString Money::toPlainString() const
{
    int digits = minorDigits(currency);
    if (digits < 0)
        digits = 2;
    const quint64 magnitude = minor < 0 ? quint64(0) - quint64(minor) : quint64(minor);
    const quint64 scale = quint64(powerOfTen(digits));
    QString text = QString::number(magnitude / scale);
    if (digits > 0)
        text += QLatin1Char('.') + QString::number(magnitude % scale).rightJustified(digits, u'0');
    return minor < 0 ? QLatin1Char('-') + text : text;
}

Result<Money> Money::add(const Money &other) const
{
    if (currency != other.currency)
        return moneyError(QStringLiteral("cannot add %1 to %2").arg(other.currency, currency));
    qint64 sum = 0;
    if (__builtin_add_overflow(minor, other.minor, &sum))
        return moneyError(QStringLiteral("sum too large"));
    return Money { sum, currency };
}

Result<Money> Money::subtract(const Money &other) const
{
    if (currency != other.currency)
        return moneyError(QStringLiteral("cannot subtract %1 from %2").arg(other.currency, currency));
    qint64 difference = 0;
    if (__builtin_sub_overflow(minor, other.minor, &difference))
        return moneyError(QStringLiteral("difference too large"));
    return Money { difference, currency };
}

Result<Money> Money::multiplied(qint64 factor) const
{
    qint64 product = 0;
    if (__builtin_mul_overflow(minor, factor, &product))
        return moneyError(QStringLiteral("product too large"));
    return Money { product, currency };
}

} // namespace OmniCrm
