#include "pairclusterer.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace OmniCrm {

PairClusterer::PairClusterer(double threshold, double minMeanLink, int maxClusterSize)
    : m_threshold(threshold)
    , m_minMeanLink(minMeanLink)
    , m_maxClusterSize(maxClusterSize)
{
}

QList<int> PairClusterer::cluster(int recordCount, QList<ScoredPair> pairs,
                                  const PairProbability &probability) const
{
    std::vector<int> parent(static_cast<size_t>(recordCount));
    std::iota(parent.begin(), parent.end(), 0);
    std::vector<std::vector<int>> members(static_cast<size_t>(recordCount));
    for (int i = 0; i < recordCount; ++i)
        members[size_t(i)] = { i };
    const auto find = [&parent](int x) {
        while (parent[size_t(x)] != x) {
            parent[size_t(x)] = parent[size_t(parent[size_t(x)])];
            x = parent[size_t(x)];
        }
        return x;
    };

    std::sort(pairs.begin(), pairs.end(), [](const ScoredPair &x, const ScoredPair &y) {
        if (x.probability != y.probability)
            return x.probability > y.probability;
        return x.a != y.a ? x.a < y.a : x.b < y.b;
    });
    for (const ScoredPair &pair : pairs) {
        if (pair.probability < m_threshold)
            break;
        int ra = find(pair.a);
        int rb = find(pair.b);
        if (ra == rb)
            continue;
        auto &ma = members[size_t(ra)];
        auto &mb = members[size_t(rb)];
        if (int(ma.size() + mb.size()) > m_maxClusterSize)
            continue;
        if (ma.size() > 1 || mb.size() > 1) {
            // The link votes (once, whatever it holds), and every other cross pair that differs
            // somewhere; the others abstain.
            double sum = pair.probability;
            double voters = 1;
            for (const int x : ma) {
                for (const int y : mb) {
                    if ((x == pair.a && y == pair.b) || (x == pair.b && y == pair.a))
                        continue;
                    const CrossPair cross = probability(x, y);
                    if (cross.differs) {
                        sum += cross.probability;
                        voters += 1;
                    }
                }
            }
            if (sum / voters < m_minMeanLink)
                continue;
        }
        if (ma.size() < mb.size())
            std::swap(ra, rb);
        auto &into = members[size_t(ra)];
        auto &from = members[size_t(rb)];
        into.insert(into.end(), from.begin(), from.end());
        from.clear();
        from.shrink_to_fit();
        parent[size_t(rb)] = ra;
    }

    QList<int> out(recordCount, -1);
    std::vector<int> numberOfRoot(static_cast<size_t>(recordCount), -1);
    int next = 0;
    for (int i = 0; i < recordCount; ++i) {
        const int root = find(i);
        if (numberOfRoot[size_t(root)] < 0)
            numberOfRoot[size_t(root)] = next++;
        out[i] = numberOfRoot[size_t(root)];
    }
    return out;
}

} // namespace OmniCrm
