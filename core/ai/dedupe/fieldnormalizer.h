// FieldNormalizer: one value of a typed field to the form record linkage compares.
//
// Names become cross-script consonant skeletons (ArabicText::nameSkeleton), phones E.164
// (PhoneNormalizer), e-mails a canonical address (lower case; Gmail ignores dots and +tags),
// companies a key without legal and generic words (شركة, مؤسسة, Co, LLC, Ltd, Est, Trading …)
// and without the article. The rule that is not obvious: every output is a matching key, never
// something to show or store in place of the value.
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace OmniCrm {

class PhoneNormalizer;

class FieldNormalizer
{
public:
    explicit FieldNormalizer(const PhoneNormalizer &phones);

    /// E.164 when the number is valid in one of the normalizer's regions; otherwise its digits
    /// prefixed with '#' (so two identical odd numbers still agree); empty without digits.
    QString phone(QStringView raw) const;

    /// Several values in one cell ("0555… / 0501…", "a@x.sa; b@y.sa") split into parts.
    static QStringList splitMulti(QStringView raw);

    /// Lower-cased address; for gmail.com and googlemail.com the local part loses its dots and
    /// any +tag and the domain becomes gmail.com. Empty when there is no '@'.
    static QString email(QStringView raw);
    /// The local part of email(raw).
    static QString emailLocalPart(QStringView canonical);

    /// Skeletons of the company's distinctive words, in order, legal forms and articles dropped:
    /// "شركة النخبة للتجارة" and "Al Nokhba Trading Co." both give "nxb".
    static QString companyKey(QStringView raw);

    /// The name's skeleton parts in order ("Mohammed bin Saud Al-Otaibi" → mhmd bn swd atb);
    /// "bin"/"bint" parts are dropped.
    static QStringList nameParts(QStringView raw);

    /// Folded text with every character that is not a letter or digit removed; for ids and
    /// post codes.
    static QString compact(QStringView raw);
    /// An ISO date (yyyy-MM-dd) from ISO, d/M/yyyy or yyyy/M/d text; compact() otherwise.
    static QString date(QStringView raw);
    /// Folded address words, sorted and unique.
    static QStringList addressTokens(QStringView raw);

private:
    const PhoneNormalizer &m_phones;
};

} // namespace OmniCrm
