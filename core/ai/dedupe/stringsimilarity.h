// String comparators of record linkage: Jaro, Jaro–Winkler and token-set similarity.
#pragma once

#include <QStringList>
#include <QStringView>

namespace OmniCrm {

class StringSimilarity
{
public:
    /// Jaro similarity in [0, 1]; 1 for two empty strings.
    static double jaro(QStringView a, QStringView b);
    /// Jaro–Winkler with the usual prefix scale 0.1 over at most four common leading characters.
    static double jaroWinkler(QStringView a, QStringView b, double prefixScale = 0.1);
    /// |A ∩ B| / |A ∪ B| over two sorted, duplicate-free token lists.
    static double tokenSet(const QStringList &sortedA, const QStringList &sortedB);
    /// Same length and exactly one position differs.
    static bool oneSubstitution(QStringView a, QStringView b);
    /// At most one edit apart: equal, or one letter inserted, deleted, changed, or two adjacent
    /// letters swapped (optimal string alignment distance ≤ 1).
    static bool withinOneEdit(QStringView a, QStringView b);
};

} // namespace OmniCrm
