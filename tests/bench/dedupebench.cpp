// Dedupe benchmark: generated contacts with known truth through the DedupeEngine. Prints
// pairwise precision, recall and F1, blocking pair-completeness (share of true pairs that share a
// block) and the engine's time, for each size and seed.
//   omnicrm-dedupebench [--sizes 10000,100000] [--seeds 1,2,3] [--threshold P] [--no-em]
//                       [--generator contacts|directory] [--show N] [--analyse N]
#include "blocker.h"
#include "dedupeanalysis.h"
#include "dedupedatagenerator.h"
#include "dedupeengine.h"
#include "fieldnormalizer.h"
#include "gulfdirectorygenerator.h"
#include "matchmodel.h"
#include "phonenormalizer.h"
#include "preparedrecord.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace OmniCrm;

namespace {

double blockingCompleteness(const Test::GeneratedContacts &data, const PhoneNormalizer &phones,
                            const DedupeOptions &options, int show)
{
    const FieldNormalizer normalizer(phones);
    const PreparedData prepared(data.fields, data.rows, normalizer);
    const BlockingResult blocks
        = Blocker(options.maxBlockSize, options.windowSize, options.sparseBudget, options.rareBudget)
              .candidatePairs(prepared);
    QHash<int, QList<int>> byEntity;
    for (qsizetype i = 0; i < data.entityOf.size(); ++i)
        byEntity[data.entityOf[i]].append(int(i));
    qint64 truePairs = 0;
    qint64 found = 0;
    qint64 sharedKey = 0; // missed although they share a key: lost in an oversized block
    // True pairs that share a phone or an e-mail: the pairs a person could tell apart from
    // namesakes by contact alone (the rest lean on names, company and city only).
    qint64 sharedContact = 0;
    const auto shareContact = [&](int a, int b) {
        const PreparedRecord &x = prepared.records()[size_t(a)];
        const PreparedRecord &y = prepared.records()[size_t(b)];
        return std::any_of(x.phones.begin(), x.phones.end(), [&](int v) { return y.phones.contains(v); })
            || std::any_of(x.emails.begin(), x.emails.end(), [&](int v) { return y.emails.contains(v); });
    };
    const bool diagnose = show > 0;
    for (const QList<int> &members : std::as_const(byEntity)) {
        for (qsizetype i = 0; i < members.size(); ++i) {
            for (qsizetype j = i + 1; j < members.size(); ++j) {
                ++truePairs;
                if (shareContact(members[i], members[j]))
                    ++sharedContact;
                if (std::binary_search(blocks.pairs.begin(), blocks.pairs.end(),
                                       Blocker::pairKey(members[i], members[j]))) {
                    ++found;
                    continue;
                }
                if (diagnose) {
                    const QStringList a = Blocker::keys(prepared, prepared.records()[size_t(members[i])]);
                    const QStringList b = Blocker::keys(prepared, prepared.records()[size_t(members[j])]);
                    if (std::any_of(a.begin(), a.end(), [&](const QString &k) { return b.contains(k); }))
                        ++sharedKey;
                }
                if (show-- > 0)
                    std::printf("NOT BLOCKED\n  %s\n  %s\n",
                                qPrintable(data.rows[members[i]].join(QStringLiteral(" | "))),
                                qPrintable(data.rows[members[j]].join(QStringLiteral(" | "))));
            }
        }
    }
    std::printf(
        "candidates %zu; oversized blocks %lld, phone/e-mail ones expanded %lld, reached in full %lld\n",
        blocks.pairs.size(), blocks.oversizedBlocks, blocks.expandedBlocks, blocks.reachedBlocks);
    std::printf("true pairs sharing a phone or e-mail: %lld of %lld (%.4f)\n", sharedContact, truePairs,
                truePairs ? double(sharedContact) / double(truePairs) : 1.0);
    if (sharedKey > 0)
        std::printf("missed pairs that share a key (oversized blocks): %lld of %lld\n", sharedKey,
                    truePairs - found);
    return truePairs ? double(found) / double(truePairs) : 1.0;
}

// Wrongly linked pairs (same cluster, other entity) and missed ones (same entity, other
// cluster), for looking at what the engine gets wrong.
void showErrors(const Test::GeneratedContacts &data, const DedupeResult &result, int count,
                const PhoneNormalizer &phones)
{
    if (count <= 0)
        return;
    // Levels of a pair under the default m (no EM) for reading what decided it.
    const FieldNormalizer normalizer(phones);
    const PreparedData prepared(data.fields, data.rows, normalizer);
    MatchModel model(prepared);
    model.estimateU(60000, 0x5eed);
    const auto levels = [&](int a, int b) {
        const PairComparison c = model.compare(std::min(a, b), std::max(a, b));
        QStringList parts { QStringLiteral("levels") };
        for (const qint8 level : c.level)
            parts.append(QString::number(level));
        parts.append(QStringLiteral("evidence %1 weight %2").arg(c.exactEvidence).arg(model.weight(c)));
        return parts.join(u' ');
    };
    const auto row = [&](int i) {
        return data.rows.at(i).join(QStringLiteral(" | "));
    };
    int wrong = 0;
    for (const ScoredPair &pair : result.pairs) {
        if (wrong >= count)
            break;
        if (pair.probability >= 0.5 && data.entityOf[pair.a] != data.entityOf[pair.b]
            && result.clusterOf[pair.a] == result.clusterOf[pair.b]) {
            std::printf("WRONG p=%.3f\n  %s\n  %s\n", pair.probability, qPrintable(row(pair.a)),
                        qPrintable(row(pair.b)));
            ++wrong;
        }
    }
    QHash<quint64, double> scored;
    for (const ScoredPair &pair : result.pairs)
        scored.insert(Blocker::pairKey(pair.a, pair.b), pair.probability);
    QHash<int, QList<int>> byEntity;
    for (qsizetype i = 0; i < data.entityOf.size(); ++i)
        byEntity[data.entityOf[i]].append(int(i));
    int missed = 0;
    for (const QList<int> &members : std::as_const(byEntity)) {
        if (missed >= count)
            break;
        for (qsizetype i = 1; i < members.size() && missed < count; ++i) {
            if (result.clusterOf[members[0]] != result.clusterOf[members[i]]) {
                std::printf("MISSED p=%.3f %s\n  %s\n  %s\n",
                            scored.value(Blocker::pairKey(members[0], members[i]), -1.0),
                            qPrintable(levels(members[0], members[i])), qPrintable(row(members[0])),
                            qPrintable(row(members[i])));
                ++missed;
            }
        }
    }
}

QList<qint64> numbers(const QString &text)
{
    QList<qint64> out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        out.append(part.toLongLong());
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("sizes"), QStringLiteral("Record counts"), QStringLiteral("N,N"),
                       QStringLiteral("10000,100000") });
    parser.addOption({ QStringLiteral("seeds"), QStringLiteral("Generator seeds"), QStringLiteral("S,S"),
                       QStringLiteral("1,2,3") });
    parser.addOption({ QStringLiteral("threshold"), QStringLiteral("Match threshold"), QStringLiteral("P"),
                       QStringLiteral("0.5") });
    parser.addOption({ QStringLiteral("generator"),
                       QStringLiteral("contacts (DedupeDataGenerator) or directory (GulfDirectoryGenerator)"),
                       QStringLiteral("NAME"), QStringLiteral("contacts") });
    parser.addOption({ QStringLiteral("no-em"), QStringLiteral("Keep the default m probabilities") });
    parser.addOption({ QStringLiteral("show"), QStringLiteral("Print N wrongly linked and N missed pairs"),
                       QStringLiteral("N"), QStringLiteral("0") });
    parser.addOption({ QStringLiteral("analyse"),
                       QStringLiteral("Count missed and wrong pairs by cause, printing the N most frequent"),
                       QStringLiteral("N"), QStringLiteral("0") });
    parser.addOption({ QStringLiteral("analyse-tsv"),
                       QStringLiteral("With --analyse, also write every missed or wrong pair to FILE"),
                       QStringLiteral("FILE") });
    parser.addOption(
        { QStringLiteral("write-csv"),
          QStringLiteral("Also write each generated data set to FILE-SIZE-SEED.csv, with a truth column"),
          QStringLiteral("FILE") });
    parser.addHelpOption();
    parser.process(app);

    const PhoneNormalizer phones;
    const DedupeEngine engine(phones);
    DedupeOptions options;
    options.threshold = parser.value(QStringLiteral("threshold")).toDouble();
    options.estimateM = !parser.isSet(QStringLiteral("no-em"));
    if (const int block = qEnvironmentVariableIntValue("DEDUPE_MAX_BLOCK"); block > 0)
        options.maxBlockSize = block;
    if (const int window = qEnvironmentVariableIntValue("DEDUPE_WINDOW"); window > 0)
        options.windowSize = window;
    if (qEnvironmentVariableIsSet("DEDUPE_SPARSE_BUDGET"))
        options.sparseBudget = qEnvironmentVariableIntValue("DEDUPE_SPARSE_BUDGET");
    if (qEnvironmentVariableIsSet("DEDUPE_MIN_MEAN_LINK"))
        options.minMeanLink = qEnvironmentVariable("DEDUPE_MIN_MEAN_LINK").toDouble();
    if (qEnvironmentVariableIsSet("DEDUPE_RARE_BUDGET"))
        options.rareBudget = qEnvironmentVariableIntValue("DEDUPE_RARE_BUDGET");

    std::printf("%8s %5s %9s %9s %9s %9s %9s %11s %8s %8s  (normalise/block/score/cluster wall ms)\n",
                "records", "seed", "precision", "recall", "F1", "blocking", "truepairs", "candidates",
                "wall_s", "cpu_s");
    for (const qint64 size : numbers(parser.value(QStringLiteral("sizes")))) {
        for (const qint64 seed : numbers(parser.value(QStringLiteral("seeds")))) {
            const Test::GeneratedContacts data = parser.value(QStringLiteral("generator")) == u"directory"
                ? Test::GulfDirectoryGenerator::generate(int(size), quint64(seed))
                : Test::DedupeDataGenerator::generate({ int(size), quint64(seed) });
            if (parser.isSet(QStringLiteral("write-csv"))) {
                QFile file(QStringLiteral("%1-%2-%3.csv")
                               .arg(parser.value(QStringLiteral("write-csv")))
                               .arg(size)
                               .arg(seed));
                if (!file.open(QIODevice::WriteOnly) || file.write(data.toCsv()) < 0) {
                    std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
                    return 1;
                }
            }
            QElapsedTimer timer;
            timer.start();
            const std::clock_t cpuStart = std::clock();
            const int analyse = parser.value(QStringLiteral("analyse")).toInt();
            const double floor = analyse > 0                       ? 0.0
                : parser.value(QStringLiteral("show")).toInt() > 0 ? 0.001
                                                                   : -1;
            const auto result = engine.run(data.fields, data.rows, options, floor);
            const double seconds = double(timer.nsecsElapsed()) / 1e9;
            const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
            if (!result) {
                std::fprintf(stderr, "dedupe failed: %s\n", qPrintable(result.error().detail));
                return 1;
            }
            const Test::PairwiseScore score = Test::scoreClusters(result->clusterOf, data.entityOf);
            const double completeness
                = blockingCompleteness(data, phones, options, parser.value(QStringLiteral("show")).toInt());
            const DedupeStats &s = result->stats;
            showErrors(data, *result, parser.value(QStringLiteral("show")).toInt(), phones);
            if (parser.value(QStringLiteral("show")).toInt() > 0)
                std::printf("%s", qPrintable(s.model));
            if (analyse > 0)
                Bench::analyseErrors(data, *result, options, phones, analyse,
                                     parser.value(QStringLiteral("analyse-tsv")));
            std::printf(
                "%8lld %5lld %9.4f %9.4f %9.4f %9.4f %9lld %11lld %8.2f %8.2f  (%lld/%lld/%lld/%lld)\n", size,
                seed, score.precision(), score.recall(), score.f1(), completeness, score.truePairs,
                s.candidatePairs, seconds, cpuSeconds, s.normalizeMs, s.blockingMs, s.scoringMs,
                s.clusteringMs);
            std::fflush(stdout);
        }
    }
    return 0;
}
