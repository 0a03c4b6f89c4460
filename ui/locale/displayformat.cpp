#include "displayformat.h"

#include "money.h"

#include <unicode/datefmt.h>
#include <unicode/locid.h>
#include <unicode/numberformatter.h>
#include <unicode/timezone.h>
#include <unicode/ucurr.h>
#include <unicode/unistr.h>

#include <QHash>

#include <optional>

namespace OmniCrm {

namespace {

enum DateKind { MediumDate, ShortDate, DateAndTime, TimeOnly, MonthAndYear, DateKindCount };

// ICU skeletons: the fields wanted, in no order; ICU picks each locale's own pattern for them
// ("yMMMd" is "24 نوفمبر 2026" in Arabic, "24 Nov 2026" in British English). "j" is the
// locale's preferred hour cycle.
constexpr const char16_t *kSkeletons[DateKindCount] = { u"yMMMd", u"yMd", u"yMMMdjmm", u"jmm", u"yMMMM" };

QString fromIcu(const icu::UnicodeString &text)
{
    return QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length());
}

// "1234.50" from 123450 minor units with 2 digits: exact, no floating point on the way to ICU.
std::string decimalText(qint64 minor, int digits)
{
    const bool negative = minor < 0;
    std::string magnitude = std::to_string(negative ? quint64(0) - quint64(minor) : quint64(minor));
    if (digits > 0) {
        if (int(magnitude.size()) <= digits)
            magnitude.insert(0, std::size_t(digits + 1 - int(magnitude.size())), '0');
        magnitude.insert(magnitude.size() - std::size_t(digits), 1, '.');
    }
    return negative ? '-' + magnitude : magnitude;
}

} // namespace

struct DisplayFormat::Formatters
{
    std::unique_ptr<icu::DateFormat> dates[DateKindCount];
    std::optional<icu::number::LocalizedNumberFormatter> numbers;
    // One per currency met: ICU compiles a formatter after its first uses, so keeping them makes
    // a list full of amounts cheap to repaint.
    QHash<QString, icu::number::LocalizedNumberFormatter> money;
};

DisplayFormat::DisplayFormat(QObject *parent)
    : DisplayFormat(Options(), parent)
{
}

DisplayFormat::DisplayFormat(const Options &options, QObject *parent)
    : QObject(parent)
    , m_formatters(std::make_unique<Formatters>())
{
    setOptions(options); // builds the formatters: none exist yet
}

DisplayFormat::~DisplayFormat() = default;

void DisplayFormat::setOptions(const Options &wanted)
{
    Options options = wanted;
    if (!options.timeZone.isValid())
        options.timeZone = QTimeZone::systemTimeZone();
    if (options == m_options && m_formatters->numbers)
        return;
    m_options = options;

    const bool arabic = isArabic();
    const bool arabicDigits = arabic && m_options.digits == DigitStyle::ArabicIndic;
    const QByteArray id = QByteArray(arabic ? "ar_SA" : "en_GB")
        + "@calendar=" + (m_options.calendar == CalendarSystem::Hijri ? "islamic-umalqura" : "gregorian")
        + ";numbers=" + (arabicDigits ? "arab" : "latn");
    const icu::Locale locale(id.constData());

    auto formatters = std::make_unique<Formatters>();
    for (int kind = 0; kind < DateKindCount; ++kind) {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::DateFormat> format(
            icu::DateFormat::createInstanceForSkeleton(icu::UnicodeString(kSkeletons[kind]), locale, status));
        if (U_FAILURE(status) || !format)
            continue;
        // Formatters see wall time already moved into the display zone (formatDate), so they
        // run in UTC and never apply a zone of their own.
        format->adoptTimeZone(icu::TimeZone::createTimeZone(icu::UnicodeString(u"UTC")));
        formatters->dates[kind] = std::move(format);
    }
    formatters->numbers = icu::number::NumberFormatter::withLocale(locale);
    m_formatters = std::move(formatters);
    Q_EMIT changed();
}

QLocale DisplayFormat::locale() const
{
    if (!isArabic())
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    // Qt has no "Arabic with Latin digits" for Saudi Arabia; ar_AE writes the same month names
    // with 0-9 and the same separators.
    return m_options.digits == DigitStyle::ArabicIndic
        ? QLocale(QLocale::Arabic, QLocale::SaudiArabia)
        : QLocale(QLocale::Arabic, QLocale::UnitedArabEmirates);
}

QString DisplayFormat::formatDate(int which, const QDateTime &wallTime) const
{
    const auto &format = m_formatters->dates[which];
    if (!format) {
        const QLocale fallback = locale();
        return which == TimeOnly ? fallback.toString(wallTime.time(), QLocale::ShortFormat)
                                 : fallback.toString(wallTime.date(), QLocale::ShortFormat);
    }
    icu::UnicodeString text;
    format->format(UDate(wallTime.toMSecsSinceEpoch()), text);
    return fromIcu(text);
}

QString DisplayFormat::date(QDate date, DateLength length) const
{
    if (!date.isValid())
        return {};
    // Noon keeps the day the same whatever the formatter's zone would do at midnight.
    return formatDate(length == DateLength::Short ? ShortDate : MediumDate,
                      QDateTime(date, QTime(12, 0), QTimeZone::utc()));
}

namespace {
QDateTime wallTimeIn(const QDateTime &moment, const QTimeZone &zone)
{
    const QDateTime local = moment.toTimeZone(zone);
    return QDateTime(local.date(), local.time(), QTimeZone::utc());
}
} // namespace

QString DisplayFormat::dateTime(const QDateTime &moment) const
{
    if (!moment.isValid())
        return {};
    return formatDate(DateAndTime, wallTimeIn(moment, m_options.timeZone));
}

QString DisplayFormat::time(const QDateTime &moment) const
{
    if (!moment.isValid())
        return {};
    return formatDate(TimeOnly, wallTimeIn(moment, m_options.timeZone));
}

QString DisplayFormat::monthYear(QDate date) const
{
    if (!date.isValid())
        return {};
    return formatDate(MonthAndYear, QDateTime(date, QTime(12, 0), QTimeZone::utc()));
}

QString DisplayFormat::number(qint64 value) const
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString text = m_formatters->numbers->formatInt(value, status).toString(status);
    return U_SUCCESS(status) ? fromIcu(text) : locale().toString(value);
}

QString DisplayFormat::decimal(double value, int decimals) const
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString text
        = m_formatters->numbers->precision(icu::number::Precision::fixedFraction(decimals))
              .formatDouble(value, status)
              .toString(status);
    return U_SUCCESS(status) ? fromIcu(text) : locale().toString(value, 'f', decimals);
}

QString DisplayFormat::percent(double fraction, int decimals) const
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString text = m_formatters->numbers->unit(icu::NoUnit::percent())
                                        .scale(icu::number::Scale::powerOfTen(2))
                                        .precision(icu::number::Precision::fixedFraction(decimals))
                                        .formatDouble(fraction, status)
                                        .toString(status);
    return U_SUCCESS(status) ? fromIcu(text) : locale().toString(fraction * 100, 'f', decimals) + u'%';
}

int DisplayFormat::currencyDigits(const QString &currency)
{
    const QString code = currency.trimmed().toUpper();
    const int known = Money::minorDigits(code);
    if (known >= 0)
        return known;
    if (code.size() == 3) {
        UErrorCode status = U_ZERO_ERROR;
        const int digits
            = ucurr_getDefaultFractionDigits(reinterpret_cast<const UChar *>(code.utf16()), &status);
        if (U_SUCCESS(status) && digits >= 0)
            return digits;
    }
    return 2;
}

QString DisplayFormat::money(qint64 minor, const QString &currency) const
{
    const QString code = currency.trimmed().toUpper();
    const int digits = currencyDigits(code);
    const std::string amount = decimalText(minor, digits);
    UErrorCode status = U_ZERO_ERROR;
    auto cached = m_formatters->money.constFind(code);
    if (cached == m_formatters->money.constEnd() && code.size() == 3) {
        const icu::CurrencyUnit unit(reinterpret_cast<const char16_t *>(code.utf16()), status);
        if (U_SUCCESS(status))
            cached = m_formatters->money.insert(
                code,
                m_formatters->numbers->unit(unit).precision(icu::number::Precision::fixedFraction(digits)));
        status = U_ZERO_ERROR;
    }
    if (cached != m_formatters->money.constEnd()) {
        const icu::UnicodeString text = cached->formatDecimal(amount, status).toString(status);
        if (U_SUCCESS(status))
            return fromIcu(text);
    }
    status = U_ZERO_ERROR;
    const icu::UnicodeString plain
        = m_formatters->numbers->precision(icu::number::Precision::fixedFraction(digits))
              .formatDecimal(amount, status)
              .toString(status);
    return fromIcu(plain) + u' ' + code;
}

QString DisplayFormat::isolate(const QString &text)
{
    if (text.isEmpty())
        return text;
    return QChar(0x2068) + text + QChar(0x2069);
}

} // namespace OmniCrm
