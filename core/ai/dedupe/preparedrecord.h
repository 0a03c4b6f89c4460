// PreparedRecord: one record after normalisation, values interned to integers so that comparing
// and counting never touch a string twice. Internal to the dedupe engine.
#pragma once

#include "dedupetypes.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <vector>

namespace OmniCrm {

class FieldNormalizer;

/// The comparisons the engine makes; which ones run depends on the kinds the schema has.
enum class Feature {
    GivenName,
    FamilyName,
    Phone,
    Email,
    Company,
    City,
    Postcode,
    Date,
    Id,
    Address,
    FatherName, // the patronymic of names written with three or more parts
};
inline constexpr int FeatureCount = 11;

/// Interned strings of one feature, with how many records hold each.
class ValuePool
{
public:
    int intern(const QString &value);
    const QString &text(int id) const { return m_texts[size_t(id)]; }
    int count(int id) const { return m_counts[size_t(id)]; }
    void countRecord(int id) { ++m_counts[size_t(id)]; }
    int size() const { return int(m_texts.size()); }

private:
    QHash<QString, int> m_ids;
    std::vector<QString> m_texts;
    std::vector<int> m_counts;
};

struct PreparedRecord
{
    // What every comparison reads comes first, so that a record costs a cache line or two when
    // millions of pairs visit records in random order.
    int given = -1; // skeleton ids (pool GivenName, shared with FamilyName for swaps)
    int family = -1;
    int father = -1; // the second part of a name of three or more parts (pool GivenName)
    // The same name read family first ("Al-Qahtani | Sara bint Ziyad": family, given, father),
    // for names of two or more parts; -1 otherwise.
    int altGiven = -1;
    int altFamily = -1;
    int altFather = -1;
    int company = -1;
    int city = -1;
    int postcode = -1;
    int date = -1;
    int id = -1;
    QVarLengthArray<int, 2> phones;
    QVarLengthArray<int, 2> emails;
    QVarLengthArray<int, 2> emailLocals; // pool Email too
    QString givenText; // folded as written, for same-script typo comparison
    QString familyText;
    QString nameKey; // sorted skeletons of every part
    QString fullSkeleton; // skeletons in order
    QStringList address;
};

/// Normalises every record and counts value frequencies per feature.
class PreparedData
{
public:
    PreparedData(const QList<FieldSpec> &fields, const QList<QStringList> &rows,
                 const FieldNormalizer &normalizer);

    const std::vector<PreparedRecord> &records() const { return m_records; }
    const ValuePool &pool(Feature feature) const { return m_pools[size_t(feature)]; }
    /// Records with at least one value for the feature.
    int present(Feature feature) const { return m_present[size_t(feature)]; }
    bool uses(Feature feature) const { return m_uses[size_t(feature)]; }
    /// A name skeleton of pool GivenName with every letter after the first that is a vowel class
    /// (a w y) dropped: "nwf" (نواف) and "nf" (a typo of it the alias table does not know) meet.
    const QString &plainName(int id) const { return m_plainNames[size_t(id)]; }
    static QString plainSkeleton(const QString &skeleton);

private:
    void prepare(PreparedRecord &record, const QList<FieldSpec> &fields, const QStringList &row,
                 const FieldNormalizer &normalizer);
    void count(const PreparedRecord &record);

    // Names, companies and cities repeat a great deal: each distinct text is normalised once.
    struct NameParts
    {
        QStringList skeletons;
        QString firstWritten;
        QString lastWritten;
    };
    QHash<QString, NameParts> m_nameCache;
    QHash<QString, int> m_companyCache;
    QHash<QString, int> m_cityCache;
    std::vector<PreparedRecord> m_records;
    std::vector<QString> m_plainNames;
    std::vector<ValuePool> m_pools = std::vector<ValuePool>(FeatureCount);
    std::vector<int> m_present = std::vector<int>(FeatureCount, 0);
    std::vector<bool> m_uses = std::vector<bool>(FeatureCount, false);
};

} // namespace OmniCrm
