// ValueFormat: how the record pages write moments and money. The default follows QLocale; the
// app hands the pages its DisplayFormat's functions (Hijri or Gregorian, digits by preference)
// through RecordListPage::setFormat, so this folder does not depend on the locale part.
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QMetaType>

#include <functional>

namespace OmniCrm {

/// A list cell or detail value that is an amount of money, formatted when shown.
struct MoneyCell
{
    qint64 minor = 0;
    QString currency;
};

struct ValueFormat
{
    std::function<QString(const QDateTime &)> dateTime;
    std::function<QString(qint64 minor, const QString &currency)> money;

    /// Short dates and currency amounts in the default QLocale.
    static ValueFormat fromLocale();
    /// The text of one value as a list shows it: strings isolated for bidi, moments and money
    /// through the functions above, numbers in the locale's digits.
    QString text(const QVariant &value, const QLocale &locale) const;
};

/// Minor units of a currency as a decimal in `locale`, with the currency's own digits.
QString localeMoney(const QLocale &locale, qint64 minor, const QString &currency);

} // namespace OmniCrm

Q_DECLARE_METATYPE(OmniCrm::MoneyCell)
