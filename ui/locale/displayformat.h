// DisplayFormat: how the UI writes dates, times, numbers and money for the user — Gregorian or
// Hijri (Umm al-Qura, through ICU), Latin or Arabic-Indic digits, in the current language and the
// brand's time zone. The Localizer owns the one instance and updates it; pages receive a
// `const DisplayFormat &` and listen to changed() to redraw. Used on the GUI thread only (the ICU
// formatters it caches are not shared between threads).
//
// Arabic-Indic digits are an Arabic convention: English text always uses 0-9.
#pragma once

#include "preferenceservice.h"

#include <QDateTime>
#include <QLocale>
#include <QObject>
#include <QTimeZone>

#include <memory>

namespace OmniCrm {

class DisplayFormat : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString language = QStringLiteral("ar"); // "ar" or "en"
        CalendarSystem calendar = CalendarSystem::Gregorian;
        DigitStyle digits = DigitStyle::Latin;
        QTimeZone timeZone = QTimeZone::systemTimeZone(); // where times are shown

        bool operator==(const Options &other) const = default;
    };

    enum class DateLength {
        Short, // 24/11/2026, 14/6/1448 هـ
        Medium, // 24 نوفمبر 2026, 24 Nov 2026, 14 جمادى الآخرة 1448 هـ
    };

    explicit DisplayFormat(QObject *parent = nullptr);
    explicit DisplayFormat(const Options &options, QObject *parent = nullptr);
    ~DisplayFormat() override;

    const Options &options() const { return m_options; }
    /// Rebuilds the formatters; emits changed() when anything differs.
    void setOptions(const Options &wanted);

    bool isArabic() const { return m_options.language == u"ar"; }
    Qt::LayoutDirection direction() const { return isArabic() ? Qt::RightToLeft : Qt::LeftToRight; }
    /// The QLocale that matches these options as closely as Qt allows, for widgets (spin boxes,
    /// date edits): ar_SA with Arabic-Indic digits, ar_AE for Arabic with Latin digits, en_GB.
    QLocale locale() const;

    /// A calendar date; an invalid date gives an empty string.
    QString date(QDate date, DateLength length = DateLength::Medium) const;
    /// A moment, shown in options().timeZone: "24 Nov 2026, 15:30".
    QString dateTime(const QDateTime &moment) const;
    /// The time of day of a moment in options().timeZone.
    QString time(const QDateTime &moment) const;
    /// The month and year containing `date` in the chosen calendar: "November 2026",
    /// "جمادى الآخرة 1448 هـ".
    QString monthYear(QDate date) const;

    /// 1,234,567 / ١٬٢٣٤٬٥٦٧
    QString number(qint64 value) const;
    /// A decimal with exactly `decimals` fraction digits.
    QString decimal(double value, int decimals) const;
    /// 0.425 → 42.5% (with `decimals` = 1).
    QString percent(double fraction, int decimals = 0) const;
    /// An amount in minor units with the currency's own number of decimals (SAR 2, KWD 3) and
    /// its symbol as the language writes it ("1,234.50 ر.س.‏", "SAR 1,234.50").
    QString money(qint64 minor, const QString &currency) const;
    /// ISO 4217 minor-unit digits: 2 for SAR/AED/QAR, 3 for KWD/BHD/OMR; 2 when unknown.
    static int currencyDigits(const QString &currency);

    /// Wraps `text` in a first-strong bidi isolate (FSI … PDI), so a Latin name, a phone number
    /// or an amount inside a sentence of the other direction keeps its own order and does not
    /// pull the punctuation around it.
    static QString isolate(const QString &text);

Q_SIGNALS:
    void changed();

private:
    struct Formatters;
    QString formatDate(int which, const QDateTime &wallTime) const;

    Options m_options;
    std::unique_ptr<Formatters> m_formatters;
};

} // namespace OmniCrm
