#include "dedupeengine.h"

#include "blocker.h"
#include "fieldnormalizer.h"
#include "matchmodel.h"
#include "pairclusterer.h"
#include "preparedrecord.h"

#include <QElapsedTimer>
#include <QHash>

#include <cmath>

namespace OmniCrm {

namespace {

double probabilityOf(double weight)
{
    return 1.0 / (1.0 + std::exp(-weight));
}

} // namespace

std::optional<FieldKind> fieldKindFromName(QStringView name)
{
    static const std::pair<const char16_t *, FieldKind> names[] = {
        { u"first_name", FieldKind::FirstName },
        { u"last_name", FieldKind::LastName },
        { u"full_name", FieldKind::FullName },
        { u"company", FieldKind::Company },
        { u"phone", FieldKind::Phone },
        { u"email", FieldKind::Email },
        { u"address", FieldKind::Address },
        { u"city", FieldKind::City },
        { u"postcode", FieldKind::Postcode },
        { u"date", FieldKind::Date },
        { u"id", FieldKind::Id },
    };
    for (const auto &[text, kind] : names) {
        if (name.compare(QStringView(text), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString fieldKindName(FieldKind kind)
{
    switch (kind) {
    case FieldKind::FirstName:
        return QStringLiteral("first_name");
    case FieldKind::LastName:
        return QStringLiteral("last_name");
    case FieldKind::FullName:
        return QStringLiteral("full_name");
    case FieldKind::Company:
        return QStringLiteral("company");
    case FieldKind::Phone:
        return QStringLiteral("phone");
    case FieldKind::Email:
        return QStringLiteral("email");
    case FieldKind::Address:
        return QStringLiteral("address");
    case FieldKind::City:
        return QStringLiteral("city");
    case FieldKind::Postcode:
        return QStringLiteral("postcode");
    case FieldKind::Date:
        return QStringLiteral("date");
    case FieldKind::Id:
        return QStringLiteral("id");
    }
    return {};
}

DedupeEngine::DedupeEngine(const PhoneNormalizer &phones)
    : m_phones(phones)
{
}

Result<FieldSpec> DedupeEngine::parseFieldSpec(QStringView spec)
{
    const qsizetype colon = spec.lastIndexOf(u':');
    if (colon <= 0 || colon == spec.size() - 1)
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("field \"%1\" is not COLUMN:KIND").arg(spec.toString()));
    const auto kind = fieldKindFromName(spec.mid(colon + 1).trimmed());
    if (!kind)
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("field \"%1\": unknown kind \"%2\" (one of first_name last_name "
                                          "full_name company phone email address city postcode date id)")
                               .arg(spec.toString(), spec.mid(colon + 1).toString()));
    return FieldSpec { spec.left(colon).trimmed().toString(), *kind };
}

Result<DedupeResult> DedupeEngine::run(const QList<FieldSpec> &fields, const QList<QStringList> &rows,
                                       const DedupeOptions &options, double reportFloor) const
{
    if (fields.isEmpty())
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("dedupe needs at least one field"));
    if (!(options.threshold > 0 && options.threshold <= 1))
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("threshold %1 is outside (0, 1]").arg(options.threshold));
    if (reportFloor < 0)
        reportFloor = options.threshold;

    const auto cancelledAt = [&](int percent) {
        return options.progress && !options.progress(percent);
    };
    const auto cancelled = []() {
        return Error::make(ErrorCode::Cancelled, QStringLiteral("duplicate search cancelled"));
    };
    DedupeResult result;
    result.stats.records = rows.size();
    QElapsedTimer timer;
    timer.start();

    const FieldNormalizer normalizer(m_phones);
    const PreparedData data(fields, rows, normalizer);
    result.stats.normalizeMs = timer.restart();
    if (cancelledAt(15))
        return cancelled();

    const Blocker blocker(options.maxBlockSize, options.windowSize, options.sparseBudget, options.rareBudget);
    const BlockingResult blocks = blocker.candidatePairs(data);
    result.stats.blocks = blocks.blocks;
    result.stats.oversizedBlocks = blocks.oversizedBlocks;
    result.stats.candidatePairs = qint64(blocks.pairs.size());
    result.stats.blockingMs = timer.restart();
    if (cancelledAt(30))
        return cancelled();

    MatchModel model(data);
    model.estimateU(options.uSampleSize, options.seed);
    // Prior odds that a pair is one entity: the expected duplicates of a record over the others.
    const double n = std::max<double>(2.0, double(rows.size()));
    const double prior = std::log(options.expectedDuplicatesPerRecord / (n - 1.0));
    std::vector<PairComparison> comparisons;
    comparisons.reserve(blocks.pairs.size());
    if (cancelledAt(40))
        return cancelled();
    for (const quint64 key : blocks.pairs) {
        comparisons.push_back(model.compare(int(key >> 32), int(key & 0xffffffffu)));
        if (comparisons.size() % 65536 == 0
            && cancelledAt(40 + int(40 * comparisons.size() / std::max<size_t>(1, blocks.pairs.size()))))
            return cancelled();
    }
    if (cancelledAt(80))
        return cancelled();
    if (options.estimateM) {
        // m is learnt from the pairs the keys and windows found (the budgeted expansions are left
        // out, see BlockingResult::reachedOnly); a quarter of a million evenly spread ones pin it
        // down as well as millions do.
        std::vector<size_t> learning;
        learning.reserve(blocks.pairs.size() - blocks.reachedOnly.size());
        for (size_t i = 0, r = 0; i < blocks.pairs.size(); ++i) {
            while (r < blocks.reachedOnly.size() && blocks.reachedOnly[r] < blocks.pairs[i])
                ++r;
            if (r == blocks.reachedOnly.size() || blocks.reachedOnly[r] != blocks.pairs[i])
                learning.push_back(i);
        }
        constexpr size_t kEmPairs = 250000;
        std::vector<PairComparison> sample;
        const size_t count = std::min(kEmPairs, learning.size());
        sample.reserve(count);
        const double step = count ? double(learning.size()) / double(count) : 1.0;
        for (size_t i = 0; i < count; ++i)
            sample.push_back(comparisons[learning[size_t(double(i) * step)]]);
        model.estimateM(sample, prior, 5);
    }
    result.stats.model = model.describe();

    QHash<quint64, PairClusterer::CrossPair> known;
    known.reserve(qsizetype(blocks.pairs.size()));
    QList<ScoredPair> linked;
    for (size_t i = 0; i < blocks.pairs.size(); ++i) {
        const double weight = prior + model.weight(comparisons[i]);
        const double probability = probabilityOf(weight);
        const int a = int(blocks.pairs[i] >> 32);
        const int b = int(blocks.pairs[i] & 0xffffffffu);
        if (probability >= std::min(reportFloor, options.threshold)
            || probability >= options.minMeanLink * 0.5)
            known.insert(blocks.pairs[i], { probability, comparisons[i].differs() });
        if (probability >= reportFloor)
            result.pairs.append({ a, b, probability, weight,
                                  options.explain ? model.explain(a, b) : QList<ComparisonEvidence>() });
        if (probability >= options.threshold)
            linked.append({ a, b, probability, weight, {} });
    }
    result.stats.linkedPairs = linked.size();
    result.stats.scoringMs = timer.restart();
    if (cancelledAt(90))
        return cancelled();

    const PairClusterer clusterer(options.threshold, options.minMeanLink);
    result.clusterOf = clusterer.cluster(int(rows.size()), linked, [&](int a, int b) {
        const quint64 key = Blocker::pairKey(a, b);
        if (const auto it = known.constFind(key); it != known.constEnd())
            return it.value();
        const PairComparison comparison = model.compare(std::min(a, b), std::max(a, b));
        const PairClusterer::CrossPair cross { probabilityOf(prior + model.weight(comparison)),
                                               comparison.differs() };
        known.insert(key, cross);
        return cross;
    });
    qint64 clusters = 0;
    for (const int c : std::as_const(result.clusterOf))
        clusters = std::max<qint64>(clusters, c + 1);
    result.stats.clusters = clusters;
    result.stats.clusteringMs = timer.restart();
    if (cancelledAt(100))
        return cancelled();
    return result;
}

} // namespace OmniCrm
