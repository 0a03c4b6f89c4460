#include "pipelinetext.h"

#include "money.h"

#include <cmath>

namespace OmniCrm {

bool PipelineText::arabic()
{
    return QLocale().language() == QLocale::Arabic;
}

QString PipelineText::stageName(const QString &nameAr, const QString &nameEn)
{
    if (arabic())
        return nameAr.isEmpty() ? nameEn : nameAr;
    return nameEn.isEmpty() ? nameAr : nameEn;
}

QString PipelineText::stageName(const Stage &stage)
{
    return stageName(stage.nameAr, stage.nameEn);
}

QString PipelineText::pipelineName(const Pipeline &pipeline)
{
    return stageName(pipeline.nameAr, pipeline.nameEn);
}

double PipelineText::major(qint64 minor, const QString &currency)
{
    const int digits = std::max(0, Money::minorDigits(currency));
    return double(minor) / std::pow(10.0, digits);
}

QString PipelineText::isolate(const QString &text)
{
    return QChar(0x2068) + text + QChar(0x2069);
}

QString PipelineText::money(qint64 minor, const QString &currency, Fraction fraction, const QLocale &locale)
{
    int digits = Money::minorDigits(currency);
    if (digits < 0)
        digits = 2;
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    if (fraction == Fraction::WhenNonZero && minor % scale == 0)
        digits = 0;
    const QString symbol = currencySymbol(currency, locale);
    // toCurrencyString puts the symbol where the locale wants it (after the number in Arabic).
    // Some locales glue a symbol to the digits ("SAR491,000"): a code needs a space to read.
    QString text = locale.toCurrencyString(major(minor, currency), symbol, digits);
    if (text.startsWith(symbol) && text.size() > symbol.size() && !text.at(symbol.size()).isSpace())
        text.insert(symbol.size(), QChar::Nbsp);
    else if (text.endsWith(symbol) && text.size() > symbol.size()
             && !text.at(text.size() - symbol.size() - 1).isSpace())
        text.insert(text.size() - symbol.size(), QChar::Nbsp);
    return isolate(text);
}

QString PipelineText::currencySymbol(const QString &currency, const QLocale &locale)
{
    return currency == locale.currencySymbol(QLocale::CurrencyIsoCode)
        ? locale.currencySymbol(QLocale::CurrencySymbol)
        : currency;
}

QString PipelineText::totals(const QList<CurrencyAmount> &totals, const QString &separator)
{
    if (totals.isEmpty())
        return QStringLiteral("—");
    QStringList lines;
    for (const CurrencyAmount &total : totals)
        lines.append(money(total.amountMinor, total.currency));
    return lines.join(separator);
}

} // namespace OmniCrm
