#include "leadjson.h"

#include "money.h"

#include <QJsonArray>

#include <cmath>

namespace OmniCrm {

using namespace Qt::StringLiterals;

namespace {

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

QStringList leadJsonKeys()
{
    return { u"customer_name"_s, u"company"_s,  u"phones"_s, u"emails"_s,    u"products"_s, u"quantity"_s,
             u"amount"_s,        u"currency"_s, u"city"_s,   u"lead_type"_s, u"priority"_s, u"language"_s };
}

QJsonObject leadToJson(const ExtractedLead &lead, bool withEvidence)
{
    QJsonObject json;
    json.insert(u"customer_name"_s, stringOrNull(lead.customerName));
    json.insert(u"company"_s, stringOrNull(lead.company));
    json.insert(u"phones"_s, QJsonArray::fromStringList(lead.phones));
    json.insert(u"emails"_s, QJsonArray::fromStringList(lead.emails));
    QJsonArray products;
    for (const ProductMatch &product : lead.products)
        products.append(product.productId.isEmpty() ? product.name : product.productId);
    json.insert(u"products"_s, products);
    json.insert(u"quantity"_s, lead.quantity ? QJsonValue(*lead.quantity) : QJsonValue(QJsonValue::Null));
    QJsonValue amount(QJsonValue::Null);
    if (lead.amountMinor) {
        const int digits = qMax(0, Money::minorDigits(lead.currency));
        amount = double(*lead.amountMinor) / std::pow(10.0, digits);
    }
    json.insert(u"amount"_s, amount);
    json.insert(u"currency"_s, stringOrNull(lead.currency));
    json.insert(u"city"_s, stringOrNull(lead.city));
    json.insert(u"lead_type"_s, lead.leadType);
    json.insert(u"priority"_s, lead.priority);
    json.insert(u"language"_s, lead.language);
    if (withEvidence) {
        QJsonObject evidence;
        for (auto it = lead.evidence.cbegin(); it != lead.evidence.cend(); ++it)
            evidence.insert(it.key(),
                            QJsonObject { { u"start"_s, it->start },
                                          { u"length"_s, it->length },
                                          { u"producer"_s, it->producer } });
        json.insert(u"evidence"_s, evidence);
    }
    return json;
}

} // namespace OmniCrm
