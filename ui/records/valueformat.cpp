#include "valueformat.h"

#include "money.h"
#include "recordtext.h"

namespace OmniCrm {

QString localeMoney(const QLocale &locale, qint64 minor, const QString &currency)
{
    int digits = Money::minorDigits(currency);
    if (digits < 0)
        digits = 2;
    // Whole units and the fraction apart: no floating point between the store and the screen.
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const qint64 whole = (minor < 0 ? -minor : minor) / scale;
    const qint64 fraction = (minor < 0 ? -minor : minor) % scale;
    QString amount = locale.toString(whole);
    if (digits > 0) {
        QString fractionText = locale.toString(fraction).rightJustified(digits, locale.zeroDigit().at(0));
        amount += locale.decimalPoint() + fractionText;
    }
    if (minor < 0)
        amount.prepend(locale.negativeSign());
    const bool localCurrency = locale.currencySymbol(QLocale::CurrencyIsoCode) == currency;
    const QString symbol = localCurrency ? locale.currencySymbol(QLocale::CurrencySymbol) : currency;
    return locale.textDirection() == Qt::RightToLeft ? amount + u' ' + symbol : symbol + u' ' + amount;
}

ValueFormat ValueFormat::fromLocale()
{
    ValueFormat format;
    format.dateTime = [](const QDateTime &moment) {
        return QLocale().toString(moment.toLocalTime(), QLocale::ShortFormat);
    };
    format.money = [](qint64 minor, const QString &currency) {
        return localeMoney(QLocale(), minor, currency);
    };
    return format;
}

QString ValueFormat::text(const QVariant &value, const QLocale &locale) const
{
    switch (value.metaType().id()) {
    case QMetaType::UnknownType:
        return {};
    case QMetaType::QString:
        return RecordText::isolate(value.toString());
    case QMetaType::QDateTime: {
        const QDateTime moment = value.toDateTime();
        if (!moment.isValid())
            return {};
        return dateTime ? dateTime(moment) : locale.toString(moment.toLocalTime(), QLocale::ShortFormat);
    }
    case QMetaType::Int:
    case QMetaType::LongLong:
        return locale.toString(value.toLongLong());
    default:
        break;
    }
    if (value.metaType() == QMetaType::fromType<MoneyCell>()) {
        const auto cell = value.value<MoneyCell>();
        return RecordText::isolate(money ? money(cell.minor, cell.currency)
                                         : localeMoney(locale, cell.minor, cell.currency));
    }
    return value.toString();
}

} // namespace OmniCrm
