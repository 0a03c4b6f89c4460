// AmountFinder: a budget or price and its currency. A number counts as money only when a currency
// stands right before or after it (ريال، ر.س، SAR، SR، درهم، د.إ، AED، دينار، KWD، BHD، ريال قطري،
// QAR، ريال عماني، OMR، $، USD), with "ألف"/"k" multipliers; a bare number after a budget word
// is read in the default currency. The amount is kept in the currency's minor units (money.h).
#pragma once

#include "messagetext.h"
#include "numberreader.h"

#include <QList>
#include <QString>

namespace OmniCrm {

struct FoundAmount
{
    qint64 minor = 0;
    QString currency;
    TokenSpan tokens; // number and currency
    int numberIndex = -1; // index into the NumberSpan list
    bool budgetCue = false; // budget / price / ميزانية near it
};

class AmountFinder
{
public:
    explicit AmountFinder(QString defaultCurrency = QStringLiteral("SAR"));

    /// Every amount, in text order.
    QList<FoundAmount> find(const MessageText &message, const QList<NumberSpan> &numbers) const;
    /// The one to report: the first with a budget cue, else the first.
    static const FoundAmount *best(const QList<FoundAmount> &amounts);

private:
    QString m_defaultCurrency;
};

} // namespace OmniCrm
