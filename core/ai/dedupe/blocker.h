// Blocker: which record pairs are worth comparing. Records that share any key — a phone, an e-mail or its
// local part, the name's ordered or sorted skeleton, any two parts of a long name, given+family prefixes,
// deletions or bare consonants that survive a typo, a phone with one digit left out (a mistyped, dropped or
// swapped digit), a company key — meet in a block. A block larger than the cap (thousands of "محمد العتيبي")
// is not compared all-to-all: its records are sorted by a second signature and compared within a sliding
// window. Two records that share no contact kind (one without phone or e-mail, or one with only a phone and
// one with only an e-mail) can only meet by name, so they are compared across their whole oversized name
// block. So is a record whose spelling of the name is rare in the file (a typo, a transliteration, a name
// with its father's) with every oversized block of its name's keys: a common spelling's own block ran its
// windows, but a typo of it meets that spelling only in a variant block too large to compare in full. Such a
// record is compared with the block's members whose city and company do not contradict its own, a record's
// blocks smallest first and records cheapest first, within budgets of pairs per record that keep the work
// linear whatever the file.
#pragma once

#include "preparedrecord.h"

#include <vector>

namespace OmniCrm {

struct BlockingResult
{
    std::vector<quint64> pairs; // (a << 32) | b, a < b, sorted, unique
    /// The pairs of `pairs` that only the budgeted expansions found (sorted): compared like the
    /// others, but left out of what the match model learns from, so that the budgets trade speed
    /// for recall without moving the model's weights.
    std::vector<quint64> reachedOnly;
    qint64 blocks = 0;
    qint64 oversizedBlocks = 0;
    qint64 expandedBlocks = 0; // oversized name blocks whose phone-only and e-mail-only records met
    qint64 reachedBlocks = 0; // (record, oversized block) compared in full: no contact, or a rare spelling
};

class Blocker
{
public:
    /// `sparseBudget`: pairs per record of the file that may go to comparing, across an oversized
    /// name block, the records that share no contact kind (no phone or e-mail, or a phone against an
    /// e-mail). `rareBudget`: pairs per record of the file that may go to comparing a record of a
    /// rare spelling with the oversized blocks of its name's keys (with what the sparse budget left).
    Blocker(int maxBlockSize, int windowSize, int sparseBudget = 0, int rareBudget = 0);

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
    int m_sparseBudget;
    int m_rareBudget;
};

} // namespace OmniCrm
