// The vocabulary of record linkage (issue 5 §3): typed fields, options, scored pairs and clusters.
// A record is a row of strings aligned with a list of FieldSpec; several fields may share a kind
// (two phone columns), and every value of a kind takes part in that kind's comparison.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace OmniCrm {

enum class FieldKind {
    FirstName,
    LastName,
    FullName,
    Company,
    Phone,
    Email,
    Address,
    City,
    Postcode,
    Date,
    Id,
};

/// "first_name" … "id"; nullopt for an unknown name.
std::optional<FieldKind> fieldKindFromName(QStringView name);
QString fieldKindName(FieldKind kind);

struct FieldSpec
{
    QString name; // the column it came from, for messages
    FieldKind kind = FieldKind::FullName;
};

struct DedupeOptions
{
    /// Pairs at or above this probability are linked into one cluster.
    double threshold = 0.5;
    /// A block (records sharing one key) larger than this is not compared all-to-all: its
    /// records are sorted by a second key and compared within a sliding window.
    int maxBlockSize = 64;
    int windowSize = 8;
    /// Pairs per record that may be spent on comparing, across an oversized name block, records
    /// that share no contact kind (one without phone or e-mail, or a phone-only record and an
    /// e-mail-only one: their name is their only way to meet); cheapest blocks first, so the work
    /// stays linear in the number of records.
    int sparseBudget = 24;
    /// Pairs per record that may be spent on comparing a record whose spelling of the name is rare
    /// in the file (a typo, a transliteration, a name with the father's) with the whole of an
    /// oversized name block it shares with a common spelling; cheapest blocks first.
    int rareBudget = 12;
    /// Prior expectation of duplicates per record; the prior odds of a pair are this over N.
    double expectedDuplicatesPerRecord = 1.0;
    /// Refines the m probabilities by EM over the candidate pairs (u always comes from the data).
    bool estimateM = true;
    /// Two clusters joined by a pair above the threshold are merged only when the mean
    /// probability over all their cross pairs reaches this (guards against chaining).
    double minMeanLink = 0.35;
    /// Random record pairs drawn to estimate the u probabilities.
    int uSampleSize = 60000;
    quint64 seed = 0x5eed;
    /// Fills ScoredPair::evidence for the reported pairs (review screens; costs a second compare).
    bool explain = false;
    /// Called now and then with 0..100; returning false stops the run with ErrorCode::Cancelled.
    std::function<bool(int percent)> progress;
};

/// Why a pair scored as it did: one comparison of the engine and its share of the weight.
struct ComparisonEvidence
{
    QString feature; // "given_name" "family_name" "phone" "email" "company" "city" "postcode" "date" "id"
                     // "address"
    int level = -1; // -1 missing on one side, 0 disagree, 1 partial, 2 exact
    double weight = 0; // log-likelihood ratio this comparison added (0 when missing)
};

struct ScoredPair
{
    int a = 0; // record indexes, a < b
    int b = 0;
    double probability = 0;
    double weight = 0; // log-likelihood ratio plus prior log-odds
    QList<ComparisonEvidence> evidence; // with DedupeOptions::explain only
};

struct DedupeStats
{
    qint64 records = 0;
    qint64 blocks = 0;
    qint64 oversizedBlocks = 0;
    qint64 candidatePairs = 0;
    qint64 linkedPairs = 0;
    qint64 clusters = 0;
    qint64 normalizeMs = 0;
    qint64 blockingMs = 0;
    qint64 scoringMs = 0;
    qint64 clusteringMs = 0;
    QString model; // the m and u probabilities used, one line per feature
};

struct DedupeResult
{
    QList<ScoredPair> pairs; // every candidate pair at or above `reportFloor` of score()
    QList<int> clusterOf; // per record, a cluster number 0..clusters-1 (singletons included)
    DedupeStats stats;
};

} // namespace OmniCrm
