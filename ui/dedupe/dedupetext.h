// DedupeText: the words of the Duplicates page for what core names in English: record fields as
// the merge names them, the engine's comparisons and their levels, and how two values compare.
#pragma once

#include "dedupetypes.h"

#include <QCoreApplication>

namespace OmniCrm {

struct DedupeText
{
    Q_DECLARE_TR_FUNCTIONS(OmniCrm::DedupeText)
public:
    /// "phones", "emails" (the merge's lists) → "Phones", "E-mails"; any other field as
    /// ErrorText::fieldName names it.
    static QString fieldName(const QString &field);
    /// "given_name", "phone" … (the engine's comparisons) → "First name", "Phone".
    static QString featureName(const QString &feature);
    /// -1..2 → "Missing on one side", "Differs", "Similar", "Same".
    static QString level(int level);
    /// One line of why: "Phone: same (+9.3)".
    static QString evidenceLine(const ComparisonEvidence &evidence);
    /// How two field values compare, with Arabic folding: "Same", "Differs", "Only in one".
    static QString agreement(const QString &a, const QString &b);
    static bool sameValue(const QString &a, const QString &b);
};

} // namespace OmniCrm
