// The JSON form of an ExtractedLead that the CLI prints and the evaluation reads: exactly the keys
// customer_name, company, phones, emails, products (catalog ids), quantity, amount (major units),
// currency, city, lead_type, priority, language; "evidence" only when asked for. Absent values
// are null, absent lists empty.
#pragma once

#include "extractedlead.h"

#include <QJsonObject>
#include <QStringList>

namespace OmniCrm {

/// The keys, in the order they are printed.
QStringList leadJsonKeys();
QJsonObject leadToJson(const ExtractedLead &lead, bool withEvidence = false);

} // namespace OmniCrm
