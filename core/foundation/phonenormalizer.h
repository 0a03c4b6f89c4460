// PhoneNormalizer: any way a Saudi or Gulf phone number is written, to one E.164 form.
//
// Built on libphonenumber. Numbers without a country code are tried against the regions in order
// (SA first, then AE KW QA BH OM): the first region where the number is valid wins, so 0501234567
// is Saudi even though it would also be a valid UAE number. The one exception: digits that leave
// out a region's trunk 0 are tried there only after every region that reads them as written, so a
// bare 8-digit 3312 3456 is Qatari rather than a UAE landline missing its 0. All methods are const
// and safe to call from several threads at once.
#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <string>
#include <string_view>
#include <vector>

namespace i18n::phonenumbers {
class PhoneNumber;
class PhoneNumberUtil;
} // namespace i18n::phonenumbers

namespace OmniCrm {

enum class PhoneType {
    Mobile,
    Fixed,
    Other, // toll-free, VoIP, pagers, and numbers whose plan cannot tell fixed from mobile
};

struct PhoneNumber
{
    QString e164; // "+966555123456"
    QString nationalDigits; // "0555123456": as dialled inside the country, trunk prefix included
    QString region; // "SA"
    QString raw; // the text it came from, unchanged
    QString extension; // "123" from "011 234 5678 ext 123", usually empty
    PhoneType type = PhoneType::Other;

    bool operator==(const PhoneNumber &other) const = default;
};

class PhoneNormalizer
{
public:
    enum class Style {
        International, // "+966 55 512 3456"
        National, // "055 512 3456"
        E164, // "+966555123456"
    };

    /// SA, AE, KW, QA, BH, OM.
    static QStringList defaultRegions();

    /// regions: ISO 3166 codes, in the order numbers without a country code are tried.
    explicit PhoneNormalizer(const QStringList &regions = defaultRegions());

    /// InvalidPhone (field "phone") when the text is empty, holds letters, is too short or long,
    /// or is not a valid number in any of the regions.
    Result<PhoneNumber> normalize(QStringView raw) const;

    /// Valid numbers found inside free text (messages, notes, signatures), in text order.
    QList<PhoneNumber> findInText(QStringView text) const;

    QString format(const PhoneNumber &number, Style style) const;

    /// Digit strings a search index holds for a number: international and national,
    /// "966555123456" and "0555123456" (once when they are the same). The number typed without
    /// its trunk 0 ("555123456") is the query side's to try with it (SearchDocuments::query):
    /// a third form would make each number three unique index terms instead of two.
    static QStringList searchForms(const PhoneNumber &number);

    QStringList regions() const { return m_regionNames; }

private:
    struct Region
    {
        std::string code; // "SA"
        int countryCode = 0; // 966
        std::string countryCodeDigits; // "966"
        bool hasTrunkPrefix = false; // national numbers start with 0 (SA, AE), or have no prefix (KW)
    };

    static bool readsAsWritten(const Region &region, std::string_view digits);
    bool matchFast(std::string_view digits, bool international, i18n::phonenumbers::PhoneNumber *number,
                   int *type) const;
    QString invalidReason(const std::string &digits) const;
    PhoneNumber fromLibrary(const i18n::phonenumbers::PhoneNumber &number, QString raw, int type) const;

    const i18n::phonenumbers::PhoneNumberUtil *m_util;
    QStringList m_regionNames;
    std::vector<Region> m_regions;
};

} // namespace OmniCrm
