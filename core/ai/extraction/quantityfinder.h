// QuantityFinder: how many of the product the sender wants. Every number is a candidate unless it
// is part of a phone, an e-mail, an amount of money, a date or time (12/03, 4:30), a code
// (INV-57544, 265/65R17, 60x60), a measure (24 بوصة، 330ml) or follows a reference label (رقم
// الطلب، order #). The rest are scored by what stands next to them: a count unit (حبة، كرتون،
// قطعة، جهاز، علبة، pcs, boxes, units), a product right after, a request verb or "عدد" before.
#pragma once

#include "messagetext.h"
#include "numberreader.h"

#include <QList>
#include <QString>

namespace OmniCrm {

struct FoundQuantity
{
    double value = 0;
    QString unit; // as written, empty when none
    TokenSpan tokens;
};

class QuantityFinder
{
public:
    /// `taken`: spans already read as phones, e-mails or money. `products`: product spans.
    static std::optional<FoundQuantity> find(const MessageText &message, const QList<NumberSpan> &numbers,
                                             const QList<TokenSpan> &taken, const QList<TokenSpan> &products);

    /// True when the folded word is a count unit (حبة، كراتين، pcs …).
    static bool isCountUnit(const QString &folded);
};

} // namespace OmniCrm
