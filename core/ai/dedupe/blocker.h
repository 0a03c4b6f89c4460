// Blocker: which record pairs are worth comparing. Records that share any key — a phone, an
// e-mail or its local part, the name's ordered or sorted skeleton, given+family prefixes that
// survive a typo, a company key — meet in a block. A block larger than the cap (thousands of
// "محمد العتيبي") is not compared all-to-all: its records are sorted by a second signature and
// compared within a sliding window.
#pragma once

#include "preparedrecord.h"

#include <vector>

namespace OmniCrm {

struct BlockingResult
{
    std::vector<quint64> pairs; // (a << 32) | b, a < b, sorted, unique
    qint64 blocks = 0;
    qint64 oversizedBlocks = 0;
};

class Blocker
{
public:
    Blocker(int maxBlockSize, int windowSize);

    /// The blocking keys of one record (prefixed by their kind, e.g. "p+9665…").
    static QStringList keys(const PreparedData &data, const PreparedRecord &record);

    BlockingResult candidatePairs(const PreparedData &data) const;

    static quint64 pairKey(int a, int b)
    {
        return a < b ? (quint64(quint32(a)) << 32) | quint32(b) : (quint64(quint32(b)) << 32) | quint32(a);
    }

private:
    int m_maxBlockSize;
    int m_windowSize;
};

} // namespace OmniCrm
