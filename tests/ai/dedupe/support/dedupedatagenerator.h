// DedupeDataGenerator: synthetic Saudi/Gulf contacts with known truth, for the dedupe tests and
// benchmark. Entities get Arabic and Latin names (transliteration variants, Zipf-distributed so
// that common names collide across different people), phones, e-mails, companies and cities;
// some entities are written several times with typos, swapped names, other scripts, other phone
// formats (+966, 05…, 9665…, Arabic-Indic digits, spaces), e-mail case and Gmail dots, legal
// suffixes, and missing fields. Relatives share a family name, a company and a city but are not
// duplicates. The same seed gives the same data.
#pragma once

#include "dedupetypes.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace OmniCrm::Test {

struct GeneratedContacts
{
    QList<FieldSpec> fields; // first_name last_name phone email company city
    QList<QStringList> rows;
    QList<int> entityOf; // truth: the entity each row was written from
    qint64 truePairs() const;
    /// CSV with a header row, a leading "id" column (r1, r2, …) and a trailing "truth" column
    /// naming the entity (e17): not for the engine, for checking what it printed.
    QByteArray toCsv() const;
};

struct GeneratorOptions
{
    int records = 10000;
    quint64 seed = 1;
    double duplicateShare = 0.35; // entities written more than once
    double relativeShare = 0.12; // entities that are a relative or colleague of an earlier one
};

class DedupeDataGenerator
{
public:
    static GeneratedContacts generate(const GeneratorOptions &options);
};

/// Pairwise quality of a clustering against the truth.
struct PairwiseScore
{
    qint64 truePairs = 0;
    qint64 predictedPairs = 0;
    qint64 correctPairs = 0;
    double precision() const { return predictedPairs ? double(correctPairs) / double(predictedPairs) : 1.0; }
    double recall() const { return truePairs ? double(correctPairs) / double(truePairs) : 1.0; }
    double f1() const
    {
        const double p = precision();
        const double r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
};

PairwiseScore scoreClusters(const QList<int> &clusterOf, const QList<int> &entityOf);

} // namespace OmniCrm::Test
