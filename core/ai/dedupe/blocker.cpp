#include "blocker.h"

#include <algorithm>
#include <array>

namespace OmniCrm {

namespace {

QString sortedPair(const QString &a, const QString &b)
{
    return a <= b ? a + u'|' + b : b + u'|' + a;
}

// The skeleton with one letter left out, each way: two spellings one edit apart (a dropped,
// added, changed or swapped letter) share at least one of these or the skeleton itself.
QStringList deletions(const QString &skeleton)
{
    QStringList out;
    if (skeleton.size() < 2)
        return out;
    for (qsizetype i = 0; i < skeleton.size(); ++i) {
        QString variant = skeleton;
        variant.remove(i, 1);
        if (!out.contains(variant))
            out.append(variant);
    }
    return out;
}

// A phone with one digit of its last nine left out, each way, and the phone itself: two numbers
// one keystroke apart (a digit changed, dropped, added, or two neighbours swapped) share one of
// these, whatever the names written beside them.
void appendPhoneEdits(QStringList &out, const QString &number)
{
    out.append(u"t+" + number);
    for (qsizetype i = std::max<qsizetype>(0, number.size() - 9); i < number.size(); ++i) {
        if (!number.at(i).isDigit())
            continue;
        QString variant = number;
        variant.remove(i, 1);
        out.append(u"t+" + variant);
    }
}

// Two orders for an oversized block, so that records of one common name meet the ones most like
// them: by company and city, and by phone and e-mail.
QString placeSignature(const PreparedData &data, const PreparedRecord &record)
{
    QString out;
    if (record.company >= 0)
        out += data.pool(Feature::Company).text(record.company);
    out += u'|';
    if (record.city >= 0)
        out += data.pool(Feature::City).text(record.city);
    return out + u'|' + record.fullSkeleton;
}

QString contactSignature(const PreparedData &data, const PreparedRecord &record)
{
    QString out;
    if (!record.phones.isEmpty())
        out += data.pool(Feature::Phone).text(record.phones.front());
    out += u'|';
    if (!record.emails.isEmpty())
        out += data.pool(Feature::Email).text(record.emails.front());
    return out + u'|' + record.fullSkeleton;
}

} // namespace

Blocker::Blocker(int maxBlockSize, int windowSize, int sparseBudget)
    : m_maxBlockSize(std::max(2, maxBlockSize))
    , m_windowSize(std::max(2, windowSize))
    , m_sparseBudget(std::max(0, sparseBudget))
{
}

QStringList Blocker::keys(const PreparedData &data, const PreparedRecord &record)
{
    QStringList out;
    for (const int phone : record.phones) {
        const QString &number = data.pool(Feature::Phone).text(phone);
        out.append(u"p+" + number);
        if (number.size() >= 8)
            appendPhoneEdits(out, number);
    }
    for (qsizetype i = 0; i < record.emails.size(); ++i) {
        out.append(u"e+" + data.pool(Feature::Email).text(record.emails[i]));
        const QString &local = data.pool(Feature::Email).text(record.emailLocals[i]);
        if (local.size() >= 4)
            out.append(u"l+" + local);
    }
    const ValuePool &names = data.pool(Feature::GivenName);
    if (!record.nameKey.isEmpty())
        out.append(u"n+" + record.nameKey);
    if (record.given >= 0 && record.family >= 0) {
        const QString &given = names.text(record.given);
        const QString &family = names.text(record.family);
        out.append(u"g+" + sortedPair(given, family));
        // A typo changes one part's skeleton at most: the other part plus the first letters of
        // the changed one still meet, in either order.
        out.append(u"f+" + sortedPair(given, family.left(2)));
        out.append(u"f+" + sortedPair(given.left(2), family));
        out.append(u"x+" + sortedPair(given.left(2), family.left(2)));
        // One edit in either part, the other part intact.
        for (const QString &variant : deletions(given))
            out.append(u"d+" + sortedPair(variant, family));
        for (const QString &variant : deletions(family))
            out.append(u"d+" + sortedPair(given, variant));
        out.append(u"d+" + sortedPair(given, family)); // a spelling meets its own deletions
        // Names of three or more parts (father, grandfather) in any order or with parts left out:
        // every pair of their first four parts, under the given+family key so that "Qahtani |
        // Abdulrahman bin Yasser" meets "Abdulrahman Qahtani".
        const QStringList parts = record.fullSkeleton.split(u' ', Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < parts.size() && i < 4 && parts.size() > 2; ++i) {
            for (qsizetype j = i + 1; j < parts.size() && j < 4; ++j)
                out.append(u"g+" + sortedPair(parts.at(i), parts.at(j)));
        }
        // A typo in a name the alias table knows falls back to its bare consonants ("نوافف" →
        // nf, نواف → nwf): the bare consonants of both parts meet.
        out.append(u"h+" + sortedPair(data.plainName(record.given), data.plainName(record.family)));
        // Common names fill huge blocks; with the city they split into blocks that fit.
        if (record.city >= 0)
            out.append(u"k+" + sortedPair(given, family) + u'|' + data.pool(Feature::City).text(record.city));
    }
    if (record.company >= 0) {
        const QString &company = data.pool(Feature::Company).text(record.company);
        if (record.given >= 0)
            out.append(u"c+" + company + u'|' + names.text(record.given).left(2));
        else
            out.append(u"c+" + company);
        if (record.given < 0 && company.size() >= 4)
            out.append(u"q+" + company.left(4));
    }
    if (record.id >= 0)
        out.append(u"i+" + data.pool(Feature::Id).text(record.id));
    if (record.given < 0 && record.company < 0 && record.postcode >= 0)
        out.append(u"z+" + data.pool(Feature::Postcode).text(record.postcode));
    out.removeDuplicates();
    return out;
}

BlockingResult Blocker::candidatePairs(const PreparedData &data) const
{
    // (key hash, record) sorted by hash: grouping a million keys this way costs far less than a
    // hash table of string keys. A 64-bit hash collision merely adds a few pairs to compare.
    const auto &records = data.records();
    std::vector<std::pair<size_t, int>> entries;
    entries.reserve(records.size() * 16);
    // The lowest bit of the hash says whether an oversized block of the key is worth a sliding
    // window. The one-edit (d+), bare-consonant (h+), name+city (k+) and phone-edit (t+) keys
    // refine the name or phone key: their huge blocks hold records of a block
    // whose windows already ran.
    for (int i = 0; i < int(records.size()); ++i) {
        for (const QString &key : keys(data, records[size_t(i)])) {
            const bool variant = key.startsWith(u"d+") || key.startsWith(u"h+") || key.startsWith(u"k+")
                || key.startsWith(u"t+");
            const bool name = key.startsWith(u"n+") || key.startsWith(u"g+");
            entries.emplace_back((qHash(key, size_t(0x9e3779b97f4a7c15ull)) & ~size_t(3)) | (variant ? 0 : 1)
                                     | (name ? 2 : 0),
                                 i);
        }
    }
    std::sort(entries.begin(), entries.end());

    BlockingResult result;
    std::vector<QString> places; // made only when a block overflows
    std::vector<QString> contacts;
    std::vector<int> members;
    // Oversized name blocks holding records that share no contact kind: one without phone or
    // e-mail, or one with only a phone and one with only an e-mail. No phone or e-mail key can join
    // such records, only their name, so they are compared across the whole block when the budget
    // allows (see below).
    struct SparseBlock
    {
        size_t begin;
        size_t end;
        qint64 cost; // pairs of members that share no contact kind
    };
    std::vector<SparseBlock> sparseBlocks;
    // Which contact kinds a record holds: 1 a phone, 2 an e-mail.
    const auto contactKinds = [&](int r) {
        return (records[size_t(r)].phones.isEmpty() ? 0 : 1) | (records[size_t(r)].emails.isEmpty() ? 0 : 2);
    };
    for (size_t begin = 0; begin < entries.size();) {
        size_t end = begin + 1;
        while (end < entries.size() && entries[end].first == entries[begin].first)
            ++end;
        members.clear();
        for (size_t k = begin; k < end; ++k)
            members.push_back(entries[k].second);
        // Two keys of one record whose hashes collide put it in a block twice: once is enough.
        members.erase(std::unique(members.begin(), members.end()), members.end());
        begin = end;
        if (members.size() < 2)
            continue;
        ++result.blocks;
        if (int(members.size()) <= m_maxBlockSize) {
            for (size_t i = 0; i < members.size(); ++i) {
                for (size_t j = i + 1; j < members.size(); ++j)
                    result.pairs.push_back(pairKey(members[i], members[j]));
            }
            continue;
        }
        ++result.oversizedBlocks;
        if ((entries[begin - 1].first & 2) != 0) {
            std::array<qint64, 4> byKinds {};
            for (const int r : members)
                ++byKinds[size_t(contactKinds(r))];
            const qint64 cost = byKinds[0] * (qint64(members.size()) - 1) + byKinds[1] * byKinds[2];
            if (cost > 0)
                sparseBlocks.push_back({ begin - members.size(), begin, cost });
        }
        if ((entries[begin - 1].first & 1) == 0)
            continue;
        if (places.empty()) {
            places.resize(records.size());
            contacts.resize(records.size());
            for (size_t r = 0; r < records.size(); ++r) {
                places[r] = placeSignature(data, records[r]);
                contacts[r] = contactSignature(data, records[r]);
            }
        }
        for (const std::vector<QString> *signatures : { &places, &contacts }) {
            std::vector<int> sorted = members;
            std::sort(sorted.begin(), sorted.end(), [&](int a, int b) {
                const int c = (*signatures)[size_t(a)].compare((*signatures)[size_t(b)]);
                return c != 0 ? c < 0 : a < b;
            });
            for (size_t i = 0; i < sorted.size(); ++i) {
                for (size_t j = i + 1; j < sorted.size() && j < i + size_t(m_windowSize); ++j)
                    result.pairs.push_back(pairKey(sorted[i], sorted[j]));
            }
        }
    }
    // The budget of pairs for records that share no contact kind, in pairs per record, goes to the
    // cheapest blocks first: a file that lacks phones and e-mails altogether stays linear, a few
    // such records among many complete ones get compared in full.
    std::sort(sparseBlocks.begin(), sparseBlocks.end(),
              [](const SparseBlock &x, const SparseBlock &y) { return x.cost < y.cost; });
    qint64 budget = qint64(m_sparseBudget) * qint64(records.size());
    std::array<std::vector<int>, 4> byKinds;
    for (const SparseBlock &block : sparseBlocks) {
        if (block.cost > budget)
            break;
        budget -= block.cost;
        ++result.expandedBlocks;
        for (std::vector<int> &group : byKinds)
            group.clear();
        for (size_t i = block.begin; i < block.end; ++i)
            byKinds[size_t(contactKinds(entries[i].second))].push_back(entries[i].second);
        for (const int a : byKinds[0]) {
            for (size_t j = block.begin; j < block.end; ++j) {
                if (entries[j].second != a)
                    result.pairs.push_back(pairKey(a, entries[j].second));
            }
        }
        for (const int a : byKinds[1]) {
            for (const int b : byKinds[2])
                result.pairs.push_back(pairKey(a, b));
        }
    }
    std::sort(result.pairs.begin(), result.pairs.end());
    result.pairs.erase(std::unique(result.pairs.begin(), result.pairs.end()), result.pairs.end());
    return result;
}

} // namespace OmniCrm
