// Error analysis for the dedupe benchmark: true pairs that blocking misses, pairs wrongly split
// (false negatives) and wrongly joined (false positives), each described by how its two records
// differ field by field ("given=typo family=eq phone=none …") and counted per description, so
// that the causes are read from counts rather than from a few examples.
#pragma once

#include "dedupedatagenerator.h"
#include "dedupetypes.h"

namespace OmniCrm {
class PhoneNormalizer;
}

namespace OmniCrm::Bench {

/// Prints the `top` most frequent causes of each kind of error, with one example each; with a
/// `tsvPath`, also writes every such pair there (kind, description, probability, both rows, both
/// name skeletons) for grouping by other means.
void analyseErrors(const Test::GeneratedContacts &data, const DedupeResult &result,
                   const DedupeOptions &options, const PhoneNormalizer &phones, int top,
                   const QString &tsvPath = {});

} // namespace OmniCrm::Bench
