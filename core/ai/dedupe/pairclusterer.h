// PairClusterer: linked pairs to clusters, one per real-world entity. Union-find over the pairs
// above the threshold, strongest first, with a guard against chaining: two clusters merge only
// when the mean probability over the link and the cross pairs that differ somewhere is high
// enough, so A≈B and B≈C through weak evidence does not glue A to a C that differs from it. A
// cross pair whose every field both records hold agrees exactly abstains: its low probability
// comes from what the two do not both hold (one lacks a phone, the other a company) or from common
// values, and neither is evidence against the link.
#pragma once

#include "dedupetypes.h"

#include <functional>

namespace OmniCrm {

class PairClusterer
{
public:
    /// What the guard reads of a cross pair.
    struct CrossPair
    {
        double probability = 0;
        /// Some field both records hold is not an exact agreement (PairComparison::differs()).
        bool differs = true;
    };
    /// Any record pair (scored on demand for pairs blocking did not propose).
    using PairProbability = std::function<CrossPair(int, int)>;

    PairClusterer(double threshold, double minMeanLink, int maxClusterSize = 200);

    /// Cluster number per record, 0..n-1 compact, in order of each cluster's first record.
    QList<int> cluster(int recordCount, QList<ScoredPair> pairs, const PairProbability &probability) const;

private:
    double m_threshold;
    double m_minMeanLink;
    int m_maxClusterSize;
};

} // namespace OmniCrm
