// ProtectedTokens: what a translation must carry over unchanged — phone numbers, other numbers,
// e-mail addresses, URLs and product codes (ABC-1234). Numbers compare by their folded digit
// sequence, so "٠٥٥٥١٢٣٤٥٦" in an Arabic translation matches "0555123456" in the original and
// "1,500" matches "١٬٥٠٠"; e-mails, URLs and codes compare case-insensitively.
#pragma once

#include <QList>
#include <QString>

namespace OmniCrm {

class PhoneNormalizer;

struct ProtectedToken
{
    enum class Kind { Phone, Number, Email, Url, ProductCode };

    Kind kind = Kind::Number;
    QString text; // as written
    QString key; // what is compared

    static QString kindName(Kind kind);
    bool operator==(const ProtectedToken &other) const = default;
};

class ProtectedTokens
{
public:
    explicit ProtectedTokens(const PhoneNormalizer &phones);

    /// The tokens of `text`, in text order.
    QList<ProtectedToken> find(const QString &text) const;
    /// Tokens of `original` that `translation` dropped or changed (each occurrence counts).
    QList<ProtectedToken> missing(const QString &original, const QString &translation) const;

private:
    const PhoneNormalizer &m_phones;
};

} // namespace OmniCrm
