// PairClusterer: linked pairs to clusters, one per real-world entity. Union-find over the pairs
// above the threshold, strongest first, with a guard against chaining: two clusters merge only
// when the mean probability over all their cross pairs is high enough, so A≈B and B≈C through
// weak evidence does not glue A to an unrelated C.
#pragma once

#include "dedupetypes.h"

#include <functional>

namespace OmniCrm {

class PairClusterer
{
public:
    /// Probability of any record pair (scored on demand for pairs blocking did not propose).
    using PairProbability = std::function<double(int, int)>;

    PairClusterer(double threshold, double minMeanLink, int maxClusterSize = 200);

    /// Cluster number per record, 0..n-1 compact, in order of each cluster's first record.
    QList<int> cluster(int recordCount, QList<ScoredPair> pairs, const PairProbability &probability) const;

private:
    double m_threshold;
    double m_minMeanLink;
    int m_maxClusterSize;
};

} // namespace OmniCrm
