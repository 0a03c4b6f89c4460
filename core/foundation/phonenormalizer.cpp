#include "phonenormalizer.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumbermatch.h>
#include <phonenumbers/phonenumbermatcher.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <charconv>
#include <cstdint>

namespace OmniCrm {

using i18n::phonenumbers::PhoneNumberMatch;
using i18n::phonenumbers::PhoneNumberMatcher;
using i18n::phonenumbers::PhoneNumberUtil;
using LibraryNumber = i18n::phonenumbers::PhoneNumber;

namespace {

constexpr int kMinDigits = 7;
constexpr int kMaxDigits = 17; // 15 for E.164 plus a "00" international prefix

Error phoneError(QString detail)
{
    return Error::make(ErrorCode::InvalidPhone, std::move(detail), QStringLiteral("phone"));
}

// The digit a character stands for, in any script people type phone numbers in, or -1.
int digitValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= 0x0660 && c <= 0x0669) // Arabic-Indic
        return c - 0x0660;
    if (c >= 0x06F0 && c <= 0x06F9) // Persian
        return c - 0x06F0;
    if (c >= 0xFF10 && c <= 0xFF19) // full width
        return c - 0xFF10;
    return -1;
}

bool isSeparator(QChar ch)
{
    switch (ch.unicode()) {
    case u'-':
    case u'.':
    case u'(':
    case u')':
    case u'[':
    case u']':
    case u'/':
    case 0x2010: // hyphens and dashes
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2212: // minus sign
    case 0x00B7:
        return true;
    default:
        return ch.isSpace() || ch.category() == QChar::Other_Format; // bidi marks, ZWJ, BOM
    }
}

// Length of an extension marker ("ext", "ext.", "x", "#", "تحويلة") at the start of text, or 0.
qsizetype extensionMarker(QStringView text)
{
    static const QString markers[]
        = { QStringLiteral(";ext="),   QStringLiteral("ext."), QStringLiteral("ext"),
            QStringLiteral(u"تحويلة"), QStringLiteral("x"),    QStringLiteral("#") };
    for (const QString &marker : markers) {
        if (text.startsWith(marker, Qt::CaseInsensitive))
            return marker.size();
    }
    return 0;
}

QString fromAscii(const std::string &text)
{
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

} // namespace

QStringList PhoneNormalizer::defaultRegions()
{
    return { QStringLiteral("SA"), QStringLiteral("AE"), QStringLiteral("KW"),
             QStringLiteral("QA"), QStringLiteral("BH"), QStringLiteral("OM") };
}

PhoneNormalizer::PhoneNormalizer(const QStringList &regions)
    : m_util(PhoneNumberUtil::GetInstance())
    , m_regionNames(regions)
{
    Q_ASSERT(!regions.isEmpty());
    m_regions.reserve(size_t(regions.size()));
    for (const QString &name : regions) {
        Region region;
        region.code = name.toUpper().toStdString();
        region.countryCode = m_util->GetCountryCodeForRegion(region.code);
        region.countryCodeDigits = std::to_string(region.countryCode);
        std::string trunkPrefix;
        m_util->GetNddPrefixForRegion(region.code, true, &trunkPrefix);
        region.hasTrunkPrefix = trunkPrefix == "0";
        Q_ASSERT_X(region.countryCode != 0, "PhoneNormalizer", "unknown region code");
        m_regions.push_back(std::move(region));
    }
}

Result<PhoneNumber> PhoneNormalizer::normalize(QStringView raw) const
{
    // One pass turns the text into ASCII digits and a leading-'+' flag, so libphonenumber gets a
    // short std::string and never sees letters it would read as a vanity number.
    std::string digits;
    digits.reserve(size_t(raw.size()) + 1);
    QString extension;
    bool plus = false;
    int digitCount = 0;
    const qsizetype size = raw.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar ch = raw[i];
        const int digit = digitValue(ch.unicode());
        if (digit >= 0) {
            digits.push_back(char('0' + digit));
            ++digitCount;
            continue;
        }
        if (ch == u'+' || ch == QChar(0xFF0B)) {
            if (plus || digitCount > 0)
                return phoneError(QStringLiteral("a '+' after the start of the number"));
            plus = true;
            continue;
        }
        if (isSeparator(ch))
            continue;
        if (digitCount == 0 && !plus && raw.mid(i).startsWith(u"tel:", Qt::CaseInsensitive)) {
            i += 3;
            continue;
        }
        if (digitCount >= kMinDigits) {
            if (const qsizetype marker = extensionMarker(raw.mid(i))) {
                for (const QChar rest : raw.mid(i + marker)) {
                    if (const int d = digitValue(rest.unicode()); d >= 0)
                        extension.append(QChar(u'0' + d));
                    else if (!isSeparator(rest))
                        return phoneError(
                            QStringLiteral("the extension holds '%1', which is not a digit").arg(rest));
                }
                break;
            }
        }
        return phoneError(QStringLiteral("holds '%1', which is not part of a phone number").arg(ch));
    }
    if (digitCount == 0)
        return phoneError(QStringLiteral("empty"));
    if (digitCount < kMinDigits)
        return phoneError(QStringLiteral("too short (%1 digits)").arg(digitCount));
    if (digitCount > kMaxDigits)
        return phoneError(QStringLiteral("too long (%1 digits)").arg(digitCount));

    LibraryNumber number;
    int type = 0;
    if (!matchFast(digits, plus, &number, &type)) {
        if (plus) {
            const auto parsed = m_util->Parse('+' + digits, "ZZ", &number);
            if (parsed == PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR)
                return phoneError(QStringLiteral("unknown country code"));
            if (parsed != PhoneNumberUtil::NO_PARSING_ERROR || !m_util->IsValidNumber(number))
                return phoneError(
                    QStringLiteral("not a valid number for country code +%1").arg(number.country_code()));
        } else {
            bool found = false;
            for (int pass = 0; pass < 2 && !found; ++pass) {
                for (const Region &region : m_regions) {
                    if (readsAsWritten(region, digits) != (pass == 0))
                        continue;
                    if (m_util->Parse(digits, region.code, &number) == PhoneNumberUtil::NO_PARSING_ERROR
                        && m_util->IsValidNumber(number)) {
                        found = true;
                        break;
                    }
                }
            }
            if (!found)
                return phoneError(invalidReason(digits));
        }
        type = m_util->GetNumberType(number);
    }
    PhoneNumber result = fromLibrary(number, raw.toString(), type);
    result.extension = extension;
    return result;
}

// The regions are tried in two passes. First those where the digits read as written: the plan has
// no trunk prefix, or the digits start with it. Then those with a trunk prefix the digits left out
// (555123456 for 0555123456). So a bare 8-digit 3312 3456 is Qatari, not a UAE landline missing
// its 0, while a number written the Saudi way still goes to SA first.
bool PhoneNormalizer::readsAsWritten(const Region &region, std::string_view digits)
{
    return !region.hasTrunkPrefix || digits.front() == '0';
}

// Reads the digits the way libphonenumber's Parse() would for the configured regions, but without
// its regular expressions: Parse() costs about 9 µs a call, this about 3, and an import normalizes
// a hundred thousand numbers. Whatever this does not accept goes through Parse() after all, so it
// can only save time, never refuse a number.
bool PhoneNormalizer::matchFast(std::string_view digits, bool international, LibraryNumber *number,
                                int *type) const
{
    const auto tryNational = [&](const Region &region, std::string_view national) {
        if (region.hasTrunkPrefix && !national.empty() && national.front() == '0')
            national.remove_prefix(1);
        if (national.size() < 4 || national.size() > 15 || national.front() == '0')
            return false;
        std::uint64_t value = 0;
        std::from_chars(national.data(), national.data() + national.size(), value);
        number->Clear();
        number->set_country_code(region.countryCode);
        number->set_national_number(value);
        const PhoneNumberUtil::PhoneNumberType found = m_util->GetNumberType(*number);
        if (found == PhoneNumberUtil::UNKNOWN)
            return false; // the same test IsValidNumber() makes
        *type = found;
        return true;
    };

    if (!international && digits.starts_with("00")) { // the international prefix in every Gulf state
        digits.remove_prefix(2);
        international = true;
    }
    if (international) {
        for (const Region &region : m_regions) {
            if (digits.starts_with(region.countryCodeDigits))
                return tryNational(region, digits.substr(region.countryCodeDigits.size()));
        }
        return false;
    }
    for (int pass = 0; pass < 2; ++pass) {
        for (const Region &region : m_regions) {
            if (readsAsWritten(region, digits) != (pass == 0))
                continue;
            if (tryNational(region, digits))
                return true;
            if (digits.front() != '0' && digits.starts_with(region.countryCodeDigits) // 966555123456
                && tryNational(region, digits.substr(region.countryCodeDigits.size())))
                return true;
        }
    }
    return false;
}

QString PhoneNormalizer::invalidReason(const std::string &digits) const
{
    QString why;
    LibraryNumber number;
    if (m_util->Parse(digits, m_regions.front().code, &number) == PhoneNumberUtil::NO_PARSING_ERROR) {
        switch (m_util->IsPossibleNumberWithReason(number)) {
        case PhoneNumberUtil::TOO_SHORT:
            why = QStringLiteral("too short for %1; ").arg(m_regionNames.front());
            break;
        case PhoneNumberUtil::TOO_LONG:
            why = QStringLiteral("too long for %1; ").arg(m_regionNames.front());
            break;
        default:
            break;
        }
    }
    const QString where = m_regionNames == defaultRegions() ? QStringLiteral("SA or the Gulf")
                                                            : m_regionNames.join(QStringLiteral(", "));
    return why + QStringLiteral("not a valid number in ") + where;
}

PhoneNumber PhoneNormalizer::fromLibrary(const LibraryNumber &number, QString raw, int type) const
{
    PhoneNumber result;
    result.raw = std::move(raw);

    std::string text;
    m_util->GetNationalSignificantNumber(number, &text);
    const QString nsn = fromAscii(text);
    result.e164 = QLatin1Char('+') + QString::number(number.country_code()) + nsn;

    m_util->GetRegionCodeForNumber(number, &text);
    result.region = fromAscii(text);

    std::string trunkPrefix;
    m_util->GetNddPrefixForRegion(text, true, &trunkPrefix);
    result.nationalDigits = fromAscii(trunkPrefix) + nsn;

    switch (type) {
    case PhoneNumberUtil::MOBILE:
        result.type = PhoneType::Mobile;
        break;
    case PhoneNumberUtil::FIXED_LINE:
        result.type = PhoneType::Fixed;
        break;
    default:
        result.type = PhoneType::Other;
        break;
    }
    return result;
}

QList<PhoneNumber> PhoneNormalizer::findInText(QStringView text) const
{
    // Every region gets a pass (a bare Kuwaiti number is only found with KW as the default), but a
    // span claimed by an earlier region is not read again, so 0555123456 stays Saudi.
    struct Found
    {
        int start;
        int end;
        PhoneNumber number;
    };
    QList<Found> found;
    const std::string utf8 = text.toString().toStdString();
    for (const Region &region : m_regions) {
        PhoneNumberMatcher matcher(*m_util, utf8, region.code, PhoneNumberMatcher::VALID, 65535);
        PhoneNumberMatch match;
        while (matcher.HasNext() && matcher.Next(&match)) {
            const int start = match.start();
            const int end = match.end();
            const bool overlaps = std::any_of(found.cbegin(), found.cend(),
                                              [&](const Found &f) { return start < f.end && f.start < end; });
            if (overlaps)
                continue;
            found.append(Found { start, end,
                                 fromLibrary(match.number(), QString::fromStdString(match.raw_string()),
                                             m_util->GetNumberType(match.number())) });
        }
    }
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) { return a.start < b.start; });
    QList<PhoneNumber> numbers;
    numbers.reserve(found.size());
    for (Found &f : found)
        numbers.append(std::move(f.number));
    return numbers;
}

QString PhoneNormalizer::format(const PhoneNumber &number, Style style) const
{
    if (style == Style::E164 || number.e164.isEmpty())
        return number.e164;
    LibraryNumber parsed;
    if (m_util->Parse(number.e164.toStdString(), "ZZ", &parsed) != PhoneNumberUtil::NO_PARSING_ERROR)
        return number.e164;
    std::string text;
    m_util->Format(
        parsed, style == Style::National ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL, &text);
    return QString::fromStdString(text);
}

QStringList PhoneNormalizer::searchForms(const PhoneNumber &number)
{
    QStringList forms;
    if (number.e164.isEmpty())
        return forms;
    forms.append(number.e164.mid(1));
    if (!number.nationalDigits.isEmpty() && !forms.contains(number.nationalDigits))
        forms.append(number.nationalDigits);
    return forms;
}

} // namespace OmniCrm
