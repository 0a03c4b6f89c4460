// DedupeEngine: record linkage over rows of typed fields (issue 5 §3, DESIGN §7). Normalise
// every value (FieldNormalizer), propose candidate pairs by blocking (Blocker), score each pair
// Fellegi–Sunter style with data-estimated u and frequency adjustment (MatchModel), and cluster
// the pairs above the threshold with a chaining guard (PairClusterer). Single-threaded and
// without state between runs; 100,000 records take a few seconds in a release build.
#pragma once

#include "dedupetypes.h"
#include "result.h"

namespace OmniCrm {

class PhoneNormalizer;

class DedupeEngine
{
public:
    explicit DedupeEngine(const PhoneNormalizer &phones);

    /// Parses "COLUMN:KIND" ("mobile:phone"); InvalidArgument naming the spec when malformed.
    static Result<FieldSpec> parseFieldSpec(QStringView spec);

    /// `rows[i]` holds one value per field, in the order of `fields` (shorter rows: the rest are
    /// empty). InvalidArgument without fields or with a threshold outside (0, 1].
    /// `reportFloor`: pairs at or above it are returned in DedupeResult::pairs (default: the
    /// threshold); clusters always use the threshold.
    Result<DedupeResult> run(const QList<FieldSpec> &fields, const QList<QStringList> &rows,
                             const DedupeOptions &options = {}, double reportFloor = -1) const;

private:
    const PhoneNormalizer &m_phones;
};

} // namespace OmniCrm
