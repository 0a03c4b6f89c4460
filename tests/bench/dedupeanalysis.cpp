#include "dedupeanalysis.h"

#include "blocker.h"
#include "fieldnormalizer.h"
#include "matchmodel.h"
#include "phonenormalizer.h"
#include "preparedrecord.h"
#include "stringsimilarity.h"

#include <QFile>
#include <QHash>

#include <cmath>

#include <algorithm>
#include <array>
#include <cstdio>
#include <iterator>
#include <map>

namespace OmniCrm::Bench {

namespace {

struct Tally
{
    qint64 count = 0;
    QString example;
};

class Describer
{
public:
    explicit Describer(const PreparedData &data)
        : m_data(data)
    {
    }

    QString describe(int ia, int ib) const
    {
        const PreparedRecord &a = m_data.records()[size_t(ia)];
        const PreparedRecord &b = m_data.records()[size_t(ib)];
        QStringList tags;
        tags << QStringLiteral("name=") + nameTag(a, b);
        const int partsA = int(a.fullSkeleton.count(u' ')) + (a.fullSkeleton.isEmpty() ? 0 : 1);
        const int partsB = int(b.fullSkeleton.count(u' ')) + (b.fullSkeleton.isEmpty() ? 0 : 1);
        if (partsA != partsB)
            tags << QStringLiteral("parts=%1/%2").arg(std::min(partsA, partsB)).arg(std::max(partsA, partsB));
        tags << QStringLiteral("phone=") + listTag(a.phones, b.phones, Feature::Phone);
        tags << QStringLiteral("email=") + emailTag(a, b);
        tags << QStringLiteral("co=") + idTag(a.company, b.company);
        tags << QStringLiteral("city=") + idTag(a.city, b.city);
        return tags.join(u' ');
    }

private:
    QString partTag(int x, int y) const
    {
        if (x < 0 || y < 0)
            return QStringLiteral("none");
        if (x == y)
            return QStringLiteral("eq");
        const ValuePool &names = m_data.pool(Feature::GivenName);
        const QString &sx = names.text(x);
        const QString &sy = names.text(y);
        if (sx.front() != sy.front())
            return StringSimilarity::jaroWinkler(sx, sy) >= 0.85 ? QStringLiteral("typo1st")
                                                                 : QStringLiteral("diff");
        return StringSimilarity::jaroWinkler(sx, sy) >= 0.85 ? QStringLiteral("typo")
                                                             : QStringLiteral("diff");
    }

    QString nameTag(const PreparedRecord &a, const PreparedRecord &b) const
    {
        if (a.given < 0 || b.given < 0)
            return QStringLiteral("missing");
        if (a.nameKey == b.nameKey)
            return QStringLiteral("samekey");
        const QString straight = partTag(a.given, b.given) + u'/' + partTag(a.family, b.family);
        const QString crossed = partTag(a.given, b.family) + u'/' + partTag(a.family, b.given);
        const auto score = [](const QString &tag) {
            return tag.count(QStringLiteral("eq")) * 2 + tag.count(QStringLiteral("typo"));
        };
        return score(crossed) > score(straight) ? QStringLiteral("swapped:") + crossed : straight;
    }

    QString listTag(const QVarLengthArray<int, 2> &a, const QVarLengthArray<int, 2> &b, Feature feature) const
    {
        if (a.isEmpty() || b.isEmpty())
            return a.isEmpty() && b.isEmpty() ? QStringLiteral("none2") : QStringLiteral("none1");
        for (const int x : a) {
            if (b.contains(x))
                return QStringLiteral("shared");
        }
        for (const int x : a) {
            for (const int y : b) {
                if (StringSimilarity::oneSubstitution(m_data.pool(feature).text(x),
                                                      m_data.pool(feature).text(y)))
                    return QStringLiteral("near");
            }
        }
        return QStringLiteral("diff");
    }

    QString emailTag(const PreparedRecord &a, const PreparedRecord &b) const
    {
        const QString tag = listTag(a.emails, b.emails, Feature::Email);
        if (tag != u"diff" && tag != u"near")
            return tag;
        for (const int x : a.emailLocals) {
            if (b.emailLocals.contains(x))
                return QStringLiteral("samelocal");
        }
        return QStringLiteral("diff");
    }

    static QString idTag(int x, int y)
    {
        if (x < 0 || y < 0)
            return x < 0 && y < 0 ? QStringLiteral("none2") : QStringLiteral("none1");
        return x == y ? QStringLiteral("eq") : QStringLiteral("diff");
    }

    const PreparedData &m_data;
};

void print(const char *title, const std::map<QString, Tally> &tallies, qint64 total, int top)
{
    std::vector<std::pair<QString, Tally>> sorted(tallies.begin(), tallies.end());
    std::sort(sorted.begin(), sorted.end(),
              [](const auto &x, const auto &y) { return x.second.count > y.second.count; });
    std::printf("== %s: %lld\n", title, total);
    for (int i = 0; i < int(sorted.size()) && i < top; ++i)
        std::printf("%6lld  %s\n        %s\n", sorted[size_t(i)].second.count,
                    qPrintable(sorted[size_t(i)].first), qPrintable(sorted[size_t(i)].second.example));
}

// Which part of the field-by-field description to group by: the whole, or each tag alone.
void add(std::map<QString, Tally> &whole, std::map<QString, Tally> &single, const QString &description,
         const QString &example)
{
    auto &entry = whole[description];
    if (entry.count++ == 0)
        entry.example = example;
    for (const QString &tag : description.split(u' ')) {
        auto &one = single[tag];
        if (one.count++ == 0)
            one.example = example;
    }
}

} // namespace

void analyseErrors(const Test::GeneratedContacts &data, const DedupeResult &result,
                   const DedupeOptions &options, const PhoneNormalizer &phones, int top,
                   const QString &tsvPath)
{
    const FieldNormalizer normalizer(phones);
    const PreparedData prepared(data.fields, data.rows, normalizer);
    const BlockingResult blocks
        = Blocker(options.maxBlockSize, options.windowSize, options.sparseBudget, options.rareBudget)
              .candidatePairs(prepared);
    const Describer describer(prepared);
    MatchModel model(prepared);
    model.estimateU(options.uSampleSize, options.seed);
    // The engine's m, near enough: EM over evenly spread candidate pairs that the keys and windows
    // found, as DedupeEngine does.
    const double prior = std::log(options.expectedDuplicatesPerRecord
                                  / std::max(1.0, double(prepared.records().size()) - 1.0));
    if (options.estimateM) {
        std::vector<quint64> learning;
        std::set_difference(blocks.pairs.begin(), blocks.pairs.end(), blocks.reachedOnly.begin(),
                            blocks.reachedOnly.end(), std::back_inserter(learning));
        std::vector<PairComparison> sample;
        const size_t step = std::max<size_t>(1, learning.size() / 250000);
        for (size_t i = 0; i < learning.size(); i += step)
            sample.push_back(model.compare(int(learning[i] >> 32), int(learning[i] & 0xffffffffu)));
        model.estimateM(sample, prior, 5);
    }
    QFile tsv(tsvPath);
    const bool writeTsv = !tsvPath.isEmpty() && tsv.open(QIODevice::WriteOnly | QIODevice::Text);
    // The skeleton in order, and how many records of the file share its spelling (sorted skeletons).
    QHash<QString, int> spellings;
    for (const PreparedRecord &record : prepared.records())
        ++spellings[record.nameKey];
    const auto spelling = [&](int r) {
        const PreparedRecord &record = prepared.records()[size_t(r)];
        return QStringLiteral("%1 (%2)").arg(record.fullSkeleton).arg(spellings.value(record.nameKey));
    };
    // kind, description, probability, both rows, both skeletons, and for a blocking miss the keys
    // the two share with the size of each key's block.
    const auto line = [&](const char *kind, const QString &description, int a, int b,
                          const QString &sharedKeys = QString()) {
        if (!writeTsv)
            return;
        const PairComparison c = model.compare(std::min(a, b), std::max(a, b));
        const double p = 1.0 / (1.0 + std::exp(-(prior + model.weight(c))));
        tsv.write(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8\n")
                      .arg(QLatin1String(kind), description)
                      .arg(p, 0, 'f', 3)
                      .arg(data.rows.at(a).join(u'|'), data.rows.at(b).join(u'|'), spelling(a), spelling(b),
                           sharedKeys)
                      .toUtf8());
    };

    // How many records hold each blocking key, to tell a key shared in an oversized block.
    std::vector<QStringList> keys(prepared.records().size());
    QHash<QString, int> keySize;
    for (size_t i = 0; i < keys.size(); ++i) {
        keys[i] = Blocker::keys(prepared, prepared.records()[i]);
        for (const QString &key : std::as_const(keys[i]))
            ++keySize[key];
    }
    QHash<quint64, double> probability;
    for (const ScoredPair &pair : result.pairs)
        probability.insert(Blocker::pairKey(pair.a, pair.b), pair.probability);

    const auto example = [&](int a, int b) {
        const PairComparison c = model.compare(std::min(a, b), std::max(a, b));
        QStringList levels;
        for (const qint8 level : c.level)
            levels.append(QString::number(level));
        return QStringLiteral("p=%1 levels %2\n          %3\n          %4")
            .arg(probability.value(Blocker::pairKey(a, b), -1.0), 0, 'f', 3)
            .arg(levels.join(u','))
            .arg(data.rows.at(a).join(QStringLiteral(" | ")), data.rows.at(b).join(QStringLiteral(" | ")));
    };

    QHash<int, QList<int>> byEntity;
    for (qsizetype i = 0; i < data.entityOf.size(); ++i)
        byEntity[data.entityOf[i]].append(int(i));

    std::map<QString, Tally> unblocked, unblockedTags, lowScore, lowScoreTags, guarded, guardedTags;
    qint64 unblockedCount = 0, lowScoreCount = 0, guardedCount = 0;
    for (const QList<int> &members : std::as_const(byEntity)) {
        for (qsizetype i = 0; i < members.size(); ++i) {
            for (qsizetype j = i + 1; j < members.size(); ++j) {
                const int a = members[i];
                const int b = members[j];
                const quint64 key = Blocker::pairKey(a, b);
                const bool blocked = std::binary_search(blocks.pairs.begin(), blocks.pairs.end(), key);
                QString description = describer.describe(a, b);
                if (!blocked) {
                    QStringList shared;
                    for (const QString &k : std::as_const(keys[size_t(a)])) {
                        if (keys[size_t(b)].contains(k))
                            shared.append(k.left(2) + QString::number(keySize.value(k)));
                    }
                    ++unblockedCount;
                    line(shared.isEmpty() ? "unblocked" : "oversized", description, a, b, shared.join(u','));
                    add(unblocked, unblockedTags,
                        description + (shared.isEmpty() ? QString() : QStringLiteral(" oversized")),
                        example(a, b) + QStringLiteral("\n          shared ") + shared.join(u','));
                    continue;
                }
                if (result.clusterOf[a] == result.clusterOf[b])
                    continue;
                if (probability.value(key, 0) < options.threshold) {
                    ++lowScoreCount;
                    line("low", description, a, b);
                    add(lowScore, lowScoreTags, description, example(a, b));
                } else {
                    ++guardedCount;
                    line("guard", description, a, b);
                    add(guarded, guardedTags, description, example(a, b));
                }
            }
        }
    }

    // False positives: pairs of one predicted cluster written from different entities.
    QHash<int, QList<int>> byCluster;
    for (qsizetype i = 0; i < result.clusterOf.size(); ++i)
        byCluster[result.clusterOf[i]].append(int(i));
    std::map<QString, Tally> wrong, wrongTags;
    qint64 wrongCount = 0;
    for (const QList<int> &members : std::as_const(byCluster)) {
        for (qsizetype i = 0; i < members.size(); ++i) {
            for (qsizetype j = i + 1; j < members.size(); ++j) {
                const int a = members[i];
                const int b = members[j];
                if (data.entityOf[a] == data.entityOf[b])
                    continue;
                ++wrongCount;
                const bool direct = probability.value(Blocker::pairKey(a, b), 0) >= options.threshold;
                line(direct ? "wrong-direct" : "wrong-chained", describer.describe(a, b), a, b);
                add(wrong, wrongTags,
                    describer.describe(a, b)
                        + (direct ? QStringLiteral(" direct") : QStringLiteral(" chained")),
                    example(a, b));
            }
        }
    }
    // Calibration: of the candidate pairs in each band of probability, how many are one entity.
    std::array<qint64, 10> inBand {};
    std::array<qint64, 10> trueInBand {};
    for (const ScoredPair &pair : result.pairs) {
        const size_t band = std::min<size_t>(9, size_t(pair.probability * 10));
        ++inBand[band];
        if (data.entityOf[pair.a] == data.entityOf[pair.b])
            ++trueInBand[band];
    }
    std::printf("== calibration: probability band, candidate pairs, share that are one entity\n");
    for (size_t band = 0; band < 10; ++band)
        std::printf("  %.1f-%.1f %9lld %6.3f\n", double(band) / 10, double(band + 1) / 10, inBand[band],
                    inBand[band] ? double(trueInBand[band]) / double(inBand[band]) : 0.0);
    // Calibration by comparison levels: for each combination of levels (given, family, phone,
    // e-mail, company, city, … as in PairComparison; -1 missing), the candidate pairs, their mean
    // probability and the share that are one entity, the combinations holding the most true pairs
    // below the threshold first. Where the mean probability matches the share, the model reads
    // those pairs right and what it misses cannot be told from namesakes by the pair alone.
    struct Levels
    {
        qint64 pairs = 0;
        qint64 same = 0;
        qint64 sameBelow = 0;
        double probabilities = 0;
    };
    std::map<QString, Levels> byLevels;
    for (const ScoredPair &pair : result.pairs) {
        const PairComparison c = model.compare(pair.a, pair.b);
        QStringList levels;
        for (const qint8 level : c.level)
            levels.append(QString::number(level));
        Levels &entry = byLevels[levels.join(u',')];
        const bool same = data.entityOf[pair.a] == data.entityOf[pair.b];
        ++entry.pairs;
        entry.same += same;
        entry.sameBelow += same && pair.probability < options.threshold;
        entry.probabilities += pair.probability;
    }
    std::vector<std::pair<QString, Levels>> levelRows(byLevels.begin(), byLevels.end());
    std::sort(levelRows.begin(), levelRows.end(),
              [](const auto &x, const auto &y) { return x.second.sameBelow > y.second.sameBelow; });
    std::printf("== calibration by levels: levels, candidate pairs, mean probability, share that are one "
                "entity, true pairs below the threshold\n");
    for (int i = 0; i < int(levelRows.size()) && i < top; ++i) {
        const Levels &row = levelRows[size_t(i)].second;
        std::printf("  %s %9lld %6.4f %6.4f %6lld\n", qPrintable(levelRows[size_t(i)].first), row.pairs,
                    row.probabilities / double(row.pairs), double(row.same) / double(row.pairs),
                    row.sameBelow);
    }
    print("true pairs blocking misses, by tag", unblockedTags, unblockedCount, top);
    print("true pairs blocking misses, by description", unblocked, unblockedCount, top);
    print("blocked true pairs scored below the threshold, by tag", lowScoreTags, lowScoreCount, top);
    print("blocked true pairs scored below the threshold, by description", lowScore, lowScoreCount, top);
    print("true pairs above the threshold kept apart by clustering, by tag", guardedTags, guardedCount, top);
    print("true pairs above the threshold kept apart by clustering", guarded, guardedCount, top);
    print("wrongly joined pairs, by tag", wrongTags, wrongCount, top);
    print("wrongly joined pairs, by description", wrong, wrongCount, top);
    std::printf("%s", qPrintable(result.stats.model));
}

} // namespace OmniCrm::Bench
