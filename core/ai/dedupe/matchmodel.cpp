#include "matchmodel.h"

#include "stringsimilarity.h"

#include <QRandomGenerator64>

#include <algorithm>
#include <cmath>

namespace OmniCrm {

namespace {

// Default m: P(level | same entity) as [disagree, partial, exact]. Phones and e-mails disagree
// often for one person (a second number, a work address); names rarely do once folded.
constexpr std::array<std::array<double, LevelCount>, FeatureCount> kDefaultM = { {
    { 0.06, 0.09, 0.85 }, // GivenName
    { 0.06, 0.09, 0.85 }, // FamilyName
    { 0.25, 0.03, 0.72 }, // Phone
    { 0.25, 0.00, 0.75 }, // Email
    { 0.12, 0.13, 0.75 }, // Company
    { 0.10, 0.05, 0.85 }, // City
    { 0.10, 0.00, 0.90 }, // Postcode
    { 0.08, 0.00, 0.92 }, // Date
    { 0.03, 0.00, 0.97 }, // Id
    { 0.15, 0.25, 0.60 }, // Address
    { 0.06, 0.09, 0.85 }, // FatherName
} };

constexpr double kFloor = 1e-6;
// Characters of each end of a phone number packed, 4 bits each (a character that is not a digit,
// '+' or '#' shares a code: a collision only sends the pair to the full comparison): with six, an
// E.164 number of 13 characters ("+9665…") qualifies.
constexpr qsizetype kPhoneEnds = 6;

bool sameScript(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    return (a.front().unicode() < 0x0250) == (b.front().unicode() < 0x0250);
}

QStringList sortedWords(const QString &text)
{
    QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    words.sort();
    words.removeDuplicates();
    return words;
}

double sigmoid(double x)
{
    return 1.0 / (1.0 + std::exp(-x));
}

} // namespace

bool PairComparison::differs() const
{
    return std::any_of(level.begin(), level.end(), [](qint8 l) { return l == 0 || l == 1; });
}

MatchModel::MatchModel(const PreparedData &data)
    : m_data(data)
    , m_m(kDefaultM)
{
    for (auto &row : m_u)
        row = { 0.9, 0.05, 0.05 };
    refreshWeights();
    countCombinations();
    const ValuePool &phones = m_data.pool(Feature::Phone);
    m_phoneEnds.resize(size_t(phones.size()));
    const auto code = [](QChar c) -> quint64 {
        return c.isDigit() ? quint64(c.digitValue()) : c == u'+' ? 10 : c == u'#' ? 11 : 12;
    };
    for (int id = 0; id < phones.size(); ++id) {
        const QString &text = phones.text(id);
        quint64 head = 0;
        quint64 tail = 0;
        for (qsizetype i = 0; i < kPhoneEnds && i < text.size(); ++i) {
            head = (head << 4) | code(text.at(i));
            tail = (tail << 4) | code(text.at(text.size() - 1 - i));
        }
        m_phoneEnds[size_t(id)]
            = head | (tail << 24) | (quint64(std::min<qsizetype>(text.size(), 0xffff)) << 48);
    }
}

bool MatchModel::phonesNear(int a, int b) const
{
    // One change, swap, insertion or deletion at position i leaves the first i characters and the
    // characters after it (counted from the end) as they were: with both numbers longer than
    // 2 * kPhoneEnds, one of the two ends survives whole.
    const quint64 x = m_phoneEnds[size_t(a)];
    const quint64 y = m_phoneEnds[size_t(b)];
    const qint64 sizeX = qint64(x >> 48);
    const qint64 sizeY = qint64(y >> 48);
    if (std::abs(sizeX - sizeY) > 1)
        return false;
    const quint64 differ = x ^ y;
    if (std::min(sizeX, sizeY) > 2 * kPhoneEnds && (differ & 0xffffff) != 0
        && ((differ >> 24) & 0xffffff) != 0)
        return false;
    return StringSimilarity::withinOneEdit(m_data.pool(Feature::Phone).text(a),
                                           m_data.pool(Feature::Phone).text(b));
}

void MatchModel::countCombinations()
{
    // Every combination a conditional u asks for: the family alone, and with the company, the
    // city, or both.
    if (!m_data.uses(Feature::FamilyName) || (!m_data.uses(Feature::Company) && !m_data.uses(Feature::City)))
        return;
    for (const PreparedRecord &r : m_data.records()) {
        if (r.family < 0)
            continue;
        ++m_combinations[{ r.family, -1, -1 }];
        if (r.company >= 0)
            ++m_combinations[{ r.family, r.company, -1 }];
        if (r.city >= 0)
            ++m_combinations[{ r.family, -1, r.city }];
        if (r.company >= 0 && r.city >= 0)
            ++m_combinations[{ r.family, r.company, r.city }];
    }
}

double MatchModel::conditionalU(Feature feature, int valueId, int a, int b, int company) const
{
    const PreparedRecord &ra = m_data.records()[size_t(a)];
    const PreparedRecord &rb = m_data.records()[size_t(b)];
    if (m_combinations.isEmpty() || ra.family < 0 || ra.family != rb.family)
        return valueU(feature, valueId);
    const bool isCity = feature == Feature::City;
    const Combination condition { ra.family, isCity ? company : -1, -1 };
    Combination holding = condition;
    (isCity ? holding.city : holding.company) = valueId;
    // The answer depends on the combination alone: each is worked out once per run.
    if (const auto it = m_conditionalU.constFind(holding); it != m_conditionalU.constEnd())
        return it.value();
    // Of the other records meeting the condition (the two compared left out), the share holding
    // the value, shrunk towards the marginal by a prior worth kPriorRecords records so that a
    // family of three says little.
    constexpr double kPriorRecords = 10.0;
    const double marginal = valueU(feature, valueId);
    const double others = std::max(0, combinationCount(holding) - 2);
    const double pool = std::max(0, combinationCount(condition) - 2);
    // Kinship only ever makes agreement more likely: never below the marginal.
    const double u
        = std::max(marginal, std::min(1.0, (others + kPriorRecords * marginal) / (pool + kPriorRecords)));
    m_conditionalU.insert(holding, u);
    return u;
}

double MatchModel::valueU(Feature feature, int valueId) const
{
    const Feature poolFeature
        = feature == Feature::FamilyName || feature == Feature::FatherName ? Feature::GivenName : feature;
    // The chance that another random record holds the value: the records holding it, less the
    // one at hand (a value seen only in the pair counts half). Phones, e-mails and ids are nearly
    // unique by nature, so a small file is read as if it held at least 1,000 records: three rows
    // cannot make a shared phone look common. Names, companies and cities come from a small
    // vocabulary, and the file's own frequencies are the best estimate even when it is small.
    const bool unique = feature == Feature::Phone || feature == Feature::Email || feature == Feature::Id;
    const double present = std::max(unique ? 1000 : 1, m_data.present(feature));
    const double others = std::max(0.5, double(m_data.pool(poolFeature).count(valueId)) - 1.0);
    return std::min(1.0, others / present);
}

void MatchModel::addExact(PairComparison &comparison, Feature feature, int valueId,
                          std::array<float, FeatureCount> *exactParts, double u) const
{
    comparison.level[size_t(feature)] = 2;
    const float rarity = float(-std::log(u > 0 ? u : valueU(feature, valueId)));
    comparison.exactEvidence += rarity;
    if (exactParts)
        (*exactParts)[size_t(feature)] = rarity;
}

QString MatchModel::featureName(Feature feature)
{
    static const char *const names[FeatureCount]
        = { "given_name", "family_name", "phone", "email",   "company",    "city",
            "postcode",   "date",        "id",    "address", "father_name" };
    return QLatin1String(names[size_t(feature)]);
}

QList<ComparisonEvidence> MatchModel::explain(int a, int b) const
{
    std::array<float, FeatureCount> exactParts {};
    const PairComparison comparison = compare(a, b, &exactParts);
    QList<ComparisonEvidence> out;
    for (int f = 0; f < FeatureCount; ++f) {
        const Feature feature = Feature(f);
        if (!m_data.uses(feature))
            continue;
        const int level = comparison.level[size_t(f)];
        double weight = 0;
        if (level == 2 && feature != Feature::Address)
            weight = m_logMExact[size_t(f)] + exactParts[size_t(f)];
        else if (level >= 0)
            weight = m_weight[size_t(f)][size_t(level)];
        out.append({ featureName(feature), level, weight });
    }
    return out;
}

int MatchModel::nameLevel(int a, const QString &textA, int b, const QString &textB, bool family) const
{
    if (a < 0 || b < 0)
        return -1;
    if (a == b)
        return 2;
    const qint8 skeletons = cachedLevel(family ? m_familyLevels : m_givenLevels, a, b, [&] {
        const ValuePool &names = m_data.pool(Feature::GivenName);
        const QString &skeletonA = names.text(a);
        const QString &skeletonB = names.text(b);
        // A typo or a dropped letter usually leaves most of the skeleton ("trk" / "tr"), in
        // either script.
        if (skeletonA.size() >= 2 && skeletonB.size() >= 2
            && StringSimilarity::jaroWinkler(skeletonA, skeletonB) >= 0.85)
            return 1;
        // A typo in a name the alias table knows ("نوافف", "Nyef") falls back to the bare
        // consonants, which the alias's key keeps apart by its vowels: compared without them, one
        // edit apart at most. Given names must keep their first letter (Mohammed / Ahmed are other
        // names); a family name's first letters are often a mistyped article ("اللعنزي",
        // "AlaKaabi", "ايلجهني"), so there one edit anywhere or up to two stray letters before the
        // name count too.
        const QString &plainA = m_data.plainName(a);
        const QString &plainB = m_data.plainName(b);
        if (plainA == plainB)
            return 1;
        if (!plainA.isEmpty() && !plainB.isEmpty() && std::max(plainA.size(), plainB.size()) >= 3
            && (family || plainA.front() == plainB.front())
            && StringSimilarity::withinOneEdit(plainA, plainB))
            return 1;
        if (family && std::min(skeletonA.size(), skeletonB.size()) >= 2) {
            const QString &longer = skeletonA.size() >= skeletonB.size() ? skeletonA : skeletonB;
            const QString &shorter = skeletonA.size() >= skeletonB.size() ? skeletonB : skeletonA;
            if (longer.size() - shorter.size() <= 2 && longer.endsWith(shorter))
                return 1;
            // The article's letters moved into the name ("اغلامدي", "اشلمري"): what is left once
            // the article's sounds leave the first three letters.
            const auto articleless = [](const QString &skeleton) {
                QString out;
                for (qsizetype i = 0; i < skeleton.size(); ++i) {
                    const QChar c = skeleton.at(i);
                    if (i >= 3 || (c != u'a' && c != u'l' && c != u'y'))
                        out.append(c);
                }
                return out;
            };
            const QString restA = articleless(skeletonA);
            const QString restB = articleless(skeletonB);
            if (restA.size() >= 2 && restA == restB)
                return 1;
        }
        return 0;
    });
    if (skeletons > 0)
        return 1;
    if (sameScript(textA, textB) && StringSimilarity::jaroWinkler(textA, textB) >= 0.9)
        return 1;
    return 0;
}

namespace {

// One reading of a record's name: which part is the given, family and father's name.
struct NameReading
{
    int given = -1;
    int family = -1;
    int father = -1;
    const QString *givenText = nullptr;
    const QString *familyText = nullptr;
};

} // namespace

template <typename Compute>
qint8 MatchModel::cachedLevel(QHash<quint64, qint8> &cache, int a, int b, Compute compute) const
{
    // Companies and cities repeat: each pair of distinct values is compared once per run.
    const quint64 key
        = a < b ? (quint64(quint32(a)) << 32) | quint32(b) : (quint64(quint32(b)) << 32) | quint32(a);
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return it.value();
    const qint8 level = qint8(compute());
    cache.insert(key, level);
    return level;
}

PairComparison MatchModel::compare(int ia, int ib, std::array<float, FeatureCount> *exactParts) const
{
    PairComparison out;
    out.level.fill(-1);
    const PreparedRecord &a = m_data.records()[size_t(ia)];
    const PreparedRecord &b = m_data.records()[size_t(ib)];

    // Names, allowing for the family name written first (two columns the other way round, or
    // "Family | Given bin Father"): each side read as written or family first, the best agreement
    // wins, as written on a tie.
    static const QString noText;
    const NameReading writtenA { a.given, a.family, a.father, &a.givenText, &a.familyText };
    const NameReading writtenB { b.given, b.family, b.father, &b.givenText, &b.familyText };
    const auto levels = [&](const NameReading &x, const NameReading &y) {
        return std::pair(nameLevel(x.given, *x.givenText, y.given, *y.givenText, false),
                         nameLevel(x.family, *x.familyText, y.family, *y.familyText, true));
    };
    NameReading readingA = writtenA;
    NameReading readingB = writtenB;
    auto [given, family] = levels(writtenA, writtenB);
    if (given < 2 || family < 2) {
        const auto consider = [&](const NameReading &x, const NameReading &y) {
            const auto [g, f] = levels(x, y);
            if (g + f > given + family) {
                given = g;
                family = f;
                readingA = x;
                readingB = y;
            }
        };
        // Family first: with two parts the written texts swap too; with more they do not line up.
        if (b.altGiven >= 0)
            consider(writtenA,
                     NameReading { b.altGiven, b.altFamily, b.altFather,
                                   b.altFather < 0 ? &b.familyText : &noText,
                                   b.altFather < 0 ? &b.givenText : &noText });
        if (a.altGiven >= 0)
            consider(NameReading { a.altGiven, a.altFamily, a.altFather,
                                   a.altFather < 0 ? &a.familyText : &noText,
                                   a.altFather < 0 ? &a.givenText : &noText },
                     writtenB);
    }
    if (given == 2)
        addExact(out, Feature::GivenName, readingA.given, exactParts);
    else
        out.level[size_t(Feature::GivenName)] = qint8(given);
    if (family == 2)
        addExact(out, Feature::FamilyName, readingA.family, exactParts);
    else
        out.level[size_t(Feature::FamilyName)] = qint8(family);

    // The father's name, when both give one: cousins named after one grandfather share given and
    // family names but rarely the father's. A father that is the other's given or family name is
    // a name written in another order, not evidence.
    const int fatherA = readingA.father;
    const int fatherB = readingB.father;
    if (fatherA >= 0 && fatherB >= 0) {
        if (fatherA == fatherB)
            addExact(out, Feature::FatherName, fatherA, exactParts);
        else if (fatherA != readingB.given && fatherA != readingB.family && fatherB != readingA.given
                 && fatherB != readingA.family)
            out.level[size_t(Feature::FatherName)]
                = qint8(nameLevel(fatherA, noText, fatherB, noText, false));
    }

    if (!a.phones.isEmpty() && !b.phones.isEmpty()) {
        int shared = -1;
        bool near = false;
        for (const int pa : a.phones) {
            for (const int pb : b.phones) {
                if (pa == pb) {
                    if (shared < 0
                        || m_data.pool(Feature::Phone).count(pa) < m_data.pool(Feature::Phone).count(shared))
                        shared = pa;
                } else if (!near) {
                    // One keystroke apart: a digit changed, dropped, added or two swapped.
                    near = phonesNear(pa, pb);
                }
            }
        }
        if (shared >= 0)
            addExact(out, Feature::Phone, shared, exactParts);
        else
            out.level[size_t(Feature::Phone)] = near ? 1 : 0;
    }

    if (!a.emails.isEmpty() && !b.emails.isEmpty()) {
        int shared = -1;
        bool near = false;
        for (qsizetype i = 0; i < a.emails.size(); ++i) {
            for (qsizetype j = 0; j < b.emails.size(); ++j) {
                if (a.emails[i] == b.emails[j]) {
                    shared = a.emails[i];
                } else if (!near) {
                    near = a.emailLocals[i] == b.emailLocals[j];
                }
            }
        }
        // One mailbox name at two providers says little either way: such names are mostly the
        // person's name, which the name features already weigh. It counts as missing.
        if (shared >= 0)
            addExact(out, Feature::Email, shared, exactParts);
        else if (!near)
            out.level[size_t(Feature::Email)] = 0;
    }

    if (a.company >= 0 && b.company >= 0) {
        if (a.company == b.company) {
            addExact(out, Feature::Company, a.company, exactParts,
                     conditionalU(Feature::Company, a.company, ia, ib));
        } else {
            out.level[size_t(Feature::Company)] = cachedLevel(m_companyLevels, a.company, b.company, [&] {
                const QString &ca = m_data.pool(Feature::Company).text(a.company);
                const QString &cb = m_data.pool(Feature::Company).text(b.company);
                // One firm named in two languages often shares only its brand word: "Nahdi
                // Medical" / "النهدي الطبية", "Othaim Markets" / "أسواق العثيم".
                bool near = StringSimilarity::jaroWinkler(ca, cb) >= 0.9;
                if (!near && (ca.contains(u' ') || cb.contains(u' '))) {
                    const QStringList wordsA = sortedWords(ca);
                    const QStringList wordsB = sortedWords(cb);
                    near = StringSimilarity::tokenSet(wordsA, wordsB) >= 0.5
                        || std::any_of(wordsA.begin(), wordsA.end(),
                                       [&](const QString &w) { return w.size() >= 3 && wordsB.contains(w); });
                }
                return near ? 1 : 0;
            });
        }
    }

    const auto exactOnly = [&](Feature feature, int va, int vb) {
        if (va < 0 || vb < 0)
            return;
        if (va == vb)
            addExact(out, feature, va, exactParts);
        else
            out.level[size_t(feature)] = 0;
    };
    if (a.city >= 0 && b.city >= 0) {
        if (a.city == b.city) {
            addExact(out, Feature::City, a.city, exactParts,
                     conditionalU(Feature::City, a.city, ia, ib, a.company == b.company ? a.company : -1));
        } else {
            out.level[size_t(Feature::City)] = cachedLevel(m_cityLevels, a.city, b.city, [&] {
                // "Abu Dhabi" / "أبوظبي", "Medina" / "المدينة المنورة", "Riyad" / "Riyadh".
                const QString &ca = m_data.pool(Feature::City).text(a.city);
                const QString &cb = m_data.pool(Feature::City).text(b.city);
                QString joinedA = ca;
                QString joinedB = cb;
                joinedA.remove(u' ');
                joinedB.remove(u' ');
                const bool near = joinedA == joinedB || ca.section(u' ', 0, 0) == cb.section(u' ', 0, 0)
                    || StringSimilarity::jaroWinkler(joinedA, joinedB) >= 0.85;
                return near ? 1 : 0;
            });
        }
    }
    exactOnly(Feature::Postcode, a.postcode, b.postcode);
    exactOnly(Feature::Date, a.date, b.date);
    exactOnly(Feature::Id, a.id, b.id);

    if (!a.address.isEmpty() && !b.address.isEmpty()) {
        const double similarity = StringSimilarity::tokenSet(a.address, b.address);
        out.level[size_t(Feature::Address)] = similarity >= 0.8 ? 2 : similarity >= 0.5 ? 1 : 0;
    }
    return out;
}

double MatchModel::weight(const PairComparison &comparison) const
{
    double total = comparison.exactEvidence;
    for (int f = 0; f < FeatureCount; ++f) {
        const int level = comparison.level[size_t(f)];
        if (level < 0)
            continue;
        // Address has no value frequencies: its exact level uses the sampled u.
        if (level == 2 && Feature(f) != Feature::Address)
            total += m_logMExact[size_t(f)];
        else
            total += m_weight[size_t(f)][size_t(level)];
    }
    return total;
}

void MatchModel::estimateU(int samples, quint64 seed)
{
    const int n = int(m_data.records().size());
    std::array<std::array<double, LevelCount>, FeatureCount> counts {};
    if (n >= 2) {
        QRandomGenerator64 random(seed);
        for (int s = 0; s < samples; ++s) {
            const int a = int(random.bounded(quint64(n)));
            int b = int(random.bounded(quint64(n - 1)));
            if (b >= a)
                ++b;
            const PairComparison comparison = compare(std::min(a, b), std::max(a, b));
            for (int f = 0; f < FeatureCount; ++f) {
                if (comparison.level[size_t(f)] >= 0)
                    counts[size_t(f)][size_t(comparison.level[size_t(f)])] += 1;
            }
        }
    }
    for (int f = 0; f < FeatureCount; ++f) {
        const double total = counts[size_t(f)][0] + counts[size_t(f)][1] + counts[size_t(f)][2];
        for (int l = 0; l < LevelCount; ++l) {
            // Add-half smoothing: a level never seen among random pairs is rare, not impossible.
            m_u[size_t(f)][size_t(l)] = (counts[size_t(f)][size_t(l)] + 0.5) / (total + 1.5);
        }
    }
    refreshWeights();
}

void MatchModel::estimateM(const std::vector<PairComparison> &comparisons, double priorLogOdds,
                           int iterations, double strength)
{
    for (int iteration = 0; iteration < iterations; ++iteration) {
        std::array<std::array<double, LevelCount>, FeatureCount> sums {};
        std::array<double, FeatureCount> totals {};
        for (const PairComparison &comparison : comparisons) {
            const double g = sigmoid(priorLogOdds + weight(comparison));
            for (int f = 0; f < FeatureCount; ++f) {
                const int level = comparison.level[size_t(f)];
                if (level < 0)
                    continue;
                sums[size_t(f)][size_t(level)] += g;
                totals[size_t(f)] += g;
            }
        }
        for (int f = 0; f < FeatureCount; ++f) {
            for (int l = 0; l < LevelCount; ++l) {
                const double prior = kDefaultM[size_t(f)][size_t(l)];
                m_m[size_t(f)][size_t(l)]
                    = (sums[size_t(f)][size_t(l)] + strength * prior) / (totals[size_t(f)] + strength);
            }
        }
        refreshWeights();
    }
}

QString MatchModel::describe() const
{
    static const char *names[] = { "given",    "family", "phone", "email",   "company", "city",
                                   "postcode", "date",   "id",    "address", "father" };
    QString out;
    for (int f = 0; f < FeatureCount; ++f) {
        if (!m_data.uses(Feature(f)))
            continue;
        out += QStringLiteral("%1 m=%2/%3/%4 u=%5/%6/%7\n")
                   .arg(QLatin1String(names[f]))
                   .arg(m_m[size_t(f)][0], 0, 'f', 3)
                   .arg(m_m[size_t(f)][1], 0, 'f', 3)
                   .arg(m_m[size_t(f)][2], 0, 'f', 3)
                   .arg(m_u[size_t(f)][0], 0, 'g', 3)
                   .arg(m_u[size_t(f)][1], 0, 'g', 3)
                   .arg(m_u[size_t(f)][2], 0, 'g', 3);
    }
    return out;
}

void MatchModel::refreshWeights()
{
    for (int f = 0; f < FeatureCount; ++f) {
        for (int l = 0; l < LevelCount; ++l) {
            const double mValue = std::max(m_m[size_t(f)][size_t(l)], kFloor);
            const double uValue = std::max(m_u[size_t(f)][size_t(l)], kFloor);
            m_weight[size_t(f)][size_t(l)] = std::log(mValue / uValue);
        }
        m_logMExact[size_t(f)] = std::log(std::max(m_m[size_t(f)][2], kFloor));
    }
}

} // namespace OmniCrm
