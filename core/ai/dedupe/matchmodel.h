// MatchModel: the Fellegi–Sunter side of record linkage. A pair of prepared records becomes one
// agreement level per feature (missing, disagree, partial, exact); each level carries a weight
// log(m/u). u comes from the data: level shares over random record pairs, and for exact
// agreement the frequency of the shared value itself, so two "محمد" agree for less than two
// "Nawaf". m starts from sensible defaults and may be refined by EM over the candidate pairs.
#pragma once

#include "dedupetypes.h"
#include "preparedrecord.h"

#include <QHash>

#include <array>
#include <vector>

namespace OmniCrm {

inline constexpr int LevelCount = 3; // 0 disagree, 1 partial, 2 exact; -1 means missing

struct PairComparison
{
    std::array<qint8, FeatureCount> level {};
    /// Σ −log(u_value) over the features agreeing exactly on an interned value.
    float exactEvidence = 0;
    /// Some feature both records hold is not an exact agreement (it disagrees or only nearly
    /// agrees); a feature missing on either side is no difference.
    bool differs() const;
};

class MatchModel
{
public:
    explicit MatchModel(const PreparedData &data);

    /// `exactParts`, when given, receives each exact feature's value rarity (explanations).
    PairComparison compare(int a, int b, std::array<float, FeatureCount> *exactParts = nullptr) const;
    /// What each feature in use added to the pair's weight, for a person reviewing it.
    QList<ComparisonEvidence> explain(int a, int b) const;
    static QString featureName(Feature feature);
    /// Log-likelihood ratio of the comparison (no prior).
    double weight(const PairComparison &comparison) const;

    /// u per feature and level from `samples` random pairs (exact agreement uses value frequencies).
    void estimateU(int samples, quint64 seed);
    /// m per feature and level by EM over `comparisons`, the prior log-odds fixed; the defaults act
    /// as a prior of `strength` pseudo-pairs so a feature the candidates rarely show stays sane.
    void estimateM(const std::vector<PairComparison> &comparisons, double priorLogOdds, int iterations,
                   double strength = 50.0);

    double m(Feature feature, int level) const { return m_m[size_t(feature)][size_t(level)]; }
    double u(Feature feature, int level) const { return m_u[size_t(feature)][size_t(level)]; }
    /// m and u per feature and level, one line per feature in use (benchmarks, logs).
    QString describe() const;
    /// u of exact agreement on one value: how often a record holds it.
    double valueU(Feature feature, int valueId) const;
    /// u of exact agreement on `valueId` (a company or city) between records `a` and `b` that
    /// already agree on the family name (and, for a city, on `company` when that is >= 0): how
    /// often another person of that family holds the value. Relatives work in the family firm and
    /// live in one city, so this is often far above valueU(); it is never below it.
    double conditionalU(Feature feature, int valueId, int a, int b, int company = -1) const;

private:
    /// 2 same skeleton, 1 a typo or spelling apart, 0 different, -1 missing; `family` allows for
    /// a mistyped article before a family name.
    int nameLevel(int a, const QString &textA, int b, const QString &textB, bool family) const;
    void addExact(PairComparison &comparison, Feature feature, int valueId,
                  std::array<float, FeatureCount> *exactParts, double u = 0) const;
    void refreshWeights();
    /// Records holding a family name id with a company and city id (-1: any).
    struct Combination
    {
        int family = -1;
        int company = -1;
        int city = -1;
        friend bool operator==(const Combination &, const Combination &) = default;
        friend size_t qHash(const Combination &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.family, key.company, key.city);
        }
    };
    void countCombinations();
    int combinationCount(const Combination &key) const { return m_combinations.value(key); }
    template <typename Compute>
    qint8 cachedLevel(QHash<quint64, qint8> &cache, int a, int b, Compute compute) const;

    const PreparedData &m_data;
    std::array<std::array<double, LevelCount>, FeatureCount> m_m {};
    std::array<std::array<double, LevelCount>, FeatureCount> m_u {};
    std::array<std::array<double, LevelCount>, FeatureCount> m_weight {};
    std::array<double, FeatureCount> m_logMExact {};
    QHash<Combination, int> m_combinations;
    mutable QHash<Combination, double> m_conditionalU; // by the combination asked for (a cache)
    // Levels of pairs of distinct values already compared (a cache: compare() stays logically const;
    // a model serves one run on one thread).
    mutable QHash<quint64, qint8> m_companyLevels;
    mutable QHash<quint64, qint8> m_givenLevels; // by skeleton alone, before the written letters
    mutable QHash<quint64, qint8> m_familyLevels;
    mutable QHash<quint64, qint8> m_cityLevels;
    /// Per phone id: its length and its first and last kPhoneEnds characters, 4 bits each, in one
    /// word. Two numbers one keystroke apart agree on one end at least, so most pairs of numbers are
    /// told apart without reading their text.
    std::vector<quint64> m_phoneEnds;
    bool phonesNear(int a, int b) const;
};

} // namespace OmniCrm
