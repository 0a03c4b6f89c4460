// How the pipeline and the dashboard spell stages and money in the current language. Money is a
// stand-in until the locale part's formatter lands: QLocale digits and separators, the amount's
// own minor digits (2 for SAR, 3 for KWD), and the locale's own symbol for its own currency.
#pragma once

#include "dashboardservice.h"
#include "entities.h"

#include <QLocale>

namespace OmniCrm {

struct PipelineText
{
    /// True when the UI speaks Arabic (the default locale is Arabic).
    static bool arabic();
    static QString stageName(const Stage &stage);
    static QString stageName(const QString &nameAr, const QString &nameEn);
    static QString pipelineName(const Pipeline &pipeline);

    enum class Fraction { Always, WhenNonZero };
    /// "1,250.50 SAR", "١٬٢٥٠٫٥ ر.س.‏", wrapped in a bidi isolate so it reads right inside any
    /// text.
    static QString money(qint64 minor, const QString &currency, Fraction fraction = Fraction::WhenNonZero,
                         const QLocale &locale = QLocale());
    /// How the locale writes a currency: its own symbol for its own currency ("ر.س." for SAR in
    /// Arabic), the ISO code for any other.
    static QString currencySymbol(const QString &currency, const QLocale &locale = QLocale());
    /// Amounts in several currencies, one per line (or joined by `separator`); "—" when empty.
    static QString totals(const QList<CurrencyAmount> &totals,
                          const QString &separator = QStringLiteral("\n"));
    /// The amount in major units as a plain double, for charts.
    static double major(qint64 minor, const QString &currency);
    /// Wraps text in a first-strong isolate (U+2068 … U+2069).
    static QString isolate(const QString &text);
};

} // namespace OmniCrm
