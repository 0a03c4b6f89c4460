// The fields lead extraction reads out of one message (issue 5 §2). Produced by the offline
// engine and, optionally, by an LLM provider; merged field by field; filled into replies.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace OmniCrm {

/// Where a field's value came from: the span of the message it was read from (UTF-16 offsets)
/// and what produced it ("offline", or "provider/model" for an LLM).
struct FieldEvidence
{
    int start = -1;
    int length = 0;
    QString producer;
};

struct ProductMatch
{
    QString productId; // catalog id; empty when the name did not match the catalog
    QString name; // the catalog name, or the text as written when unmatched
    double score = 0; // 0..1 match confidence
};

struct ExtractedLead
{
    QString customerName;
    QString company;
    QStringList phones; // E.164
    QStringList emails; // lower-cased
    QList<ProductMatch> products;
    std::optional<double> quantity;
    QString quantityUnit; // as written, e.g. "كرتون", "pcs"
    std::optional<qint64> amountMinor; // budget or price in the currency's minor units
    QString currency; // ISO 4217, e.g. "SAR"
    QString city;
    QString leadType; // bulk_order quote_request support complaint partnership general
    QString priority; // high medium low
    QString language; // ar en mixed
    QHash<QString, FieldEvidence> evidence; // JSON key (e.g. "customer_name") → where it came from
};

} // namespace OmniCrm
