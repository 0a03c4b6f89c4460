#include "stringsimilarity.h"

#include <algorithm>
#include <array>

namespace OmniCrm {

double StringSimilarity::jaro(QStringView a, QStringView b)
{
    const qsizetype la = a.size();
    const qsizetype lb = b.size();
    if (la == 0 && lb == 0)
        return 1.0;
    if (la == 0 || lb == 0)
        return 0.0;
    // Names are short: fixed buffers avoid allocating in the hot loop; longer text falls back.
    constexpr qsizetype Small = 64;
    std::array<bool, Small> smallA {};
    std::array<bool, Small> smallB {};
    std::vector<bool> bigA;
    std::vector<bool> bigB;
    const bool small = la <= Small && lb <= Small;
    if (!small) {
        bigA.assign(size_t(la), false);
        bigB.assign(size_t(lb), false);
    }
    const auto matchedA = [&](qsizetype i) -> bool {
        return small ? smallA[size_t(i)] : bigA[size_t(i)];
    };
    const auto matchedB = [&](qsizetype i) -> bool {
        return small ? smallB[size_t(i)] : bigB[size_t(i)];
    };
    const auto setA = [&](qsizetype i) {
        if (small)
            smallA[size_t(i)] = true;
        else
            bigA[size_t(i)] = true;
    };
    const auto setB = [&](qsizetype i) {
        if (small)
            smallB[size_t(i)] = true;
        else
            bigB[size_t(i)] = true;
    };

    const qsizetype window = std::max<qsizetype>(0, std::max(la, lb) / 2 - 1);
    qsizetype matches = 0;
    for (qsizetype i = 0; i < la; ++i) {
        const qsizetype from = std::max<qsizetype>(0, i - window);
        const qsizetype to = std::min(lb - 1, i + window);
        for (qsizetype j = from; j <= to; ++j) {
            if (matchedB(j) || a[i] != b[j])
                continue;
            setA(i);
            setB(j);
            ++matches;
            break;
        }
    }
    if (matches == 0)
        return 0.0;
    qsizetype transpositions = 0;
    qsizetype k = 0;
    for (qsizetype i = 0; i < la; ++i) {
        if (!matchedA(i))
            continue;
        while (!matchedB(k))
            ++k;
        if (a[i] != b[k])
            ++transpositions;
        ++k;
    }
    const double m = double(matches);
    return (m / double(la) + m / double(lb) + (m - double(transpositions) / 2.0) / m) / 3.0;
}

double StringSimilarity::jaroWinkler(QStringView a, QStringView b, double prefixScale)
{
    const double j = jaro(a, b);
    qsizetype prefix = 0;
    const qsizetype limit = std::min<qsizetype>({ 4, a.size(), b.size() });
    while (prefix < limit && a[prefix] == b[prefix])
        ++prefix;
    return j + double(prefix) * prefixScale * (1.0 - j);
}

double StringSimilarity::tokenSet(const QStringList &sortedA, const QStringList &sortedB)
{
    if (sortedA.isEmpty() && sortedB.isEmpty())
        return 1.0;
    qsizetype i = 0;
    qsizetype j = 0;
    qsizetype common = 0;
    while (i < sortedA.size() && j < sortedB.size()) {
        const int c = sortedA[i].compare(sortedB[j]);
        if (c == 0) {
            ++common;
            ++i;
            ++j;
        } else if (c < 0) {
            ++i;
        } else {
            ++j;
        }
    }
    const qsizetype unionSize = sortedA.size() + sortedB.size() - common;
    return double(common) / double(unionSize);
}

bool StringSimilarity::oneSubstitution(QStringView a, QStringView b)
{
    if (a.size() != b.size())
        return false;
    int differences = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i] != b[i] && ++differences > 1)
            return false;
    }
    return differences == 1;
}

bool StringSimilarity::withinOneEdit(QStringView a, QStringView b)
{
    if (a.size() > b.size())
        std::swap(a, b);
    if (b.size() - a.size() > 1)
        return false;
    qsizetype i = 0;
    while (i < a.size() && a[i] == b[i])
        ++i;
    if (i == a.size())
        return true; // equal, or b has one letter more at the end
    if (a.size() == b.size()) {
        // one change, or two neighbours swapped
        if (a.mid(i + 1) == b.mid(i + 1))
            return true;
        return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] && a.mid(i + 2) == b.mid(i + 2);
    }
    return a.mid(i) == b.mid(i + 1); // one letter inserted into a
}

} // namespace OmniCrm
