// PrivacyRedactor: privacy mode's two halves. redact() replaces personal data in text bound for a
// provider — e-mail addresses, IBANs, phone numbers (libphonenumber), the names the caller
// gives, and digit runs long enough to be an ID, account or card number — by placeholders such
// as "[PHONE_1]"; restore() puts the originals back into the answer. The same value always gets
// the same placeholder within one redactor, so the model can still refer to it.
#pragma once

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace OmniCrm {

class PhoneNormalizer;

class PrivacyRedactor
{
public:
    explicit PrivacyRedactor(const PhoneNormalizer &phones);

    QString redact(const QString &text, const QStringList &personalNames = {});
    QString restore(const QString &text) const;
    /// Restores every string inside a JSON value (object keys are left alone).
    QJsonValue restore(const QJsonValue &value) const;

    /// (placeholder, original) in the order they were made.
    const QList<std::pair<QString, QString>> &replacements() const { return m_pairs; }

    /// Digit runs with at least this many digits read as an ID, account or card number.
    static constexpr int kIdDigits = 6;

private:
    QString placeholderFor(const QString &kind, const QString &original);
    template <typename Matcher>
    QString replaceMatches(const QString &text, const QString &kind, Matcher matcher);

    const PhoneNormalizer &m_phones;
    QHash<QString, QString> m_byOriginal;
    QHash<QString, int> m_counters;
    QList<std::pair<QString, QString>> m_pairs;
};

} // namespace OmniCrm
