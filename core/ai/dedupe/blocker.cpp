#include "blocker.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <tuple>
#include <utility>

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

// Each record's place in the order of a signature (ties by index): sorting a block by these
// integers gives the order the strings would, without comparing strings in every block.
template <typename Signature> std::vector<int> signatureRanks(const PreparedData &data, Signature signature)
{
    const auto &records = data.records();
    std::vector<QString> texts(records.size());
    for (size_t r = 0; r < records.size(); ++r)
        texts[r] = signature(data, records[r]);
    std::vector<int> order(records.size());
    for (size_t r = 0; r < order.size(); ++r)
        order[r] = int(r);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const int c = texts[size_t(a)].compare(texts[size_t(b)]);
        return c != 0 ? c < 0 : a < b;
    });
    std::vector<int> rank(records.size());
    for (size_t k = 0; k < order.size(); ++k)
        rank[size_t(order[k])] = int(k);
    return rank;
}

// Sorts and removes repeats: a least-significant-digit radix sort, 16 bits a pass and only the
// passes the largest key needs, several times faster than std::sort on millions of pairs.
void sortUnique(std::vector<quint64> &keys)
{
    if (keys.size() > 1) {
        const quint64 largest = *std::max_element(keys.begin(), keys.end());
        std::vector<quint64> buffer(keys.size());
        std::vector<size_t> counts(size_t(1) << 16);
        for (int shift = 0; shift < 64 && (largest >> shift) != 0; shift += 16) {
            std::fill(counts.begin(), counts.end(), 0);
            for (const quint64 key : keys)
                ++counts[size_t((key >> shift) & 0xffff)];
            size_t total = 0;
            for (size_t &count : counts)
                total += std::exchange(count, total);
            for (const quint64 key : keys)
                buffer[counts[size_t((key >> shift) & 0xffff)]++] = key;
            keys.swap(buffer);
        }
    }
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
}

} // namespace

Blocker::Blocker(int maxBlockSize, int windowSize, int sparseBudget, int rareBudget)
    : m_maxBlockSize(std::max(2, maxBlockSize))
    , m_windowSize(std::max(2, windowSize))
    , m_sparseBudget(std::max(0, sparseBudget))
    , m_rareBudget(std::max(0, rareBudget))
{
}

namespace {

// The keys that come from the name alone: one spelling of a name always gives the same ones, so
// candidatePairs() makes them once per spelling.
void appendNameKeys(QStringList &out, const PreparedData &data, const PreparedRecord &record)
{
    const ValuePool &names = data.pool(Feature::GivenName);
    if (!record.nameKey.isEmpty())
        out.append(u"n+" + record.nameKey);
    if (record.given < 0 || record.family < 0)
        return;
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
}

// Every other key: phones, e-mails, the name with the city, company, id and post code.
void appendOtherKeys(QStringList &out, const PreparedData &data, const PreparedRecord &record)
{
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
    // Common names fill huge blocks; with the city they split into blocks that fit.
    if (record.given >= 0 && record.family >= 0 && record.city >= 0)
        out.append(u"k+" + sortedPair(names.text(record.given), names.text(record.family)) + u'|'
                   + data.pool(Feature::City).text(record.city));
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
}

// splitmix64's finaliser: a fixed, well-spread 64-bit mix.
quint64 mixed(quint64 x)
{
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

// A key's 64-bit hash with its lowest three bits telling its kind apart (see candidatePairs()).
size_t taggedHash(const QString &key)
{
    // The one-edit (d+), bare-consonant (h+), name+city (k+) and phone-edit (t+) keys refine the
    // name or phone key: their huge blocks hold records of a block whose windows already ran.
    const bool variant
        = key.startsWith(u"d+") || key.startsWith(u"h+") || key.startsWith(u"k+") || key.startsWith(u"t+");
    const bool name = key.startsWith(u"n+") || key.startsWith(u"g+");
    // Keys where a rare spelling of a name meets the common one it may be a typo of.
    const bool spelled = name || key.startsWith(u"d+") || key.startsWith(u"h+") || key.startsWith(u"k+");
    // Qt's qHash mixes in a seed drawn per process, and here keeps fewer bits than a size_t holds:
    // a fixed 64-bit hash (FNV-1a, then a finaliser) makes every run block alike, and a collision
    // that would merge two blocks as rare as 64 bits allow.
    quint64 hash = 0xcbf29ce484222325ull;
    for (const QChar c : key)
        hash = (hash ^ c.unicode()) * 0x100000001b3ull;
    return (size_t(mixed(hash)) & ~size_t(7)) | (variant ? 0 : 1) | (name ? 2 : 0) | (spelled ? 4 : 0);
}

} // namespace

QStringList Blocker::keys(const PreparedData &data, const PreparedRecord &record)
{
    QStringList out;
    appendOtherKeys(out, data, record);
    appendNameKeys(out, data, record);
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
    // The lowest bit of a key's hash says whether an oversized block of the key is worth a sliding
    // window, the next whether it is a whole-name block, the third whether a rare spelling may
    // meet the whole block (see taggedHash()).
    QHash<QString, std::vector<size_t>> nameHashes; // by the name's skeleton: names repeat a great deal
    QStringList keyTexts;
    for (int i = 0; i < int(records.size()); ++i) {
        const PreparedRecord &record = records[size_t(i)];
        keyTexts.clear();
        appendOtherKeys(keyTexts, data, record);
        for (const QString &key : std::as_const(keyTexts))
            entries.emplace_back(taggedHash(key), i);
        auto cached = nameHashes.constFind(record.fullSkeleton);
        if (cached == nameHashes.constEnd()) {
            keyTexts.clear();
            appendNameKeys(keyTexts, data, record);
            std::vector<size_t> hashes;
            hashes.reserve(size_t(keyTexts.size()));
            for (const QString &key : std::as_const(keyTexts))
                hashes.push_back(taggedHash(key));
            cached = nameHashes.insert(record.fullSkeleton, std::move(hashes));
        }
        for (const size_t hash : cached.value())
            entries.emplace_back(hash, i);
    }
    std::sort(entries.begin(), entries.end());

    // Which contact kinds a record holds: 1 a phone, 2 an e-mail.
    const auto contactKinds = [&](int r) {
        return (records[size_t(r)].phones.isEmpty() ? 0 : 1) | (records[size_t(r)].emails.isEmpty() ? 0 : 2);
    };
    // Two records whose city and company do not contradict (equal, or missing on either side).
    // The two ids side by side: millions of checks visit records in random order.
    std::vector<std::pair<int, int>> places(records.size());
    for (size_t r = 0; r < records.size(); ++r)
        places[r] = { records[r].city, records[r].company };
    const auto compatible = [&](int x, int y) {
        const auto [cityX, companyX] = places[size_t(x)];
        const auto [cityY, companyY] = places[size_t(y)];
        return (cityX < 0 || cityY < 0 || cityX == cityY)
            && (companyX < 0 || companyY < 0 || companyX == companyY);
    };
    // A spelling of the name (its sorted skeletons) that at most kRareSpelling records of the file
    // share: a typo, a transliteration the alias table does not know, a name with the father's.
    constexpr int kRareSpelling = 2;
    std::vector<bool> rare(records.size(), false);
    if (m_rareBudget > 0) {
        QHash<QString, int> spellings;
        spellings.reserve(qsizetype(records.size()));
        for (const PreparedRecord &record : records) {
            if (!record.nameKey.isEmpty())
                ++spellings[record.nameKey];
        }
        for (size_t r = 0; r < records.size(); ++r)
            rare[r] = !records[r].nameKey.isEmpty() && spellings.value(records[r].nameKey) <= kRareSpelling;
    }

    BlockingResult result;
    std::vector<int> placeRank; // made only when a block overflows
    std::vector<int> contactRank;
    std::vector<int> members;
    // Oversized whole-name blocks holding phone-only and e-mail-only records: no phone or e-mail
    // key can join those two, only their name.
    struct CrossBlock
    {
        size_t begin;
        size_t end;
        qint64 cost; // phone-only times e-mail-only members
        quint64 signature; // of its members, for an order that does not depend on key hashes
    };
    std::vector<CrossBlock> crossBlocks;
    // A record that may be compared with the whole of an oversized block it is in (its members
    // whose city and company do not contradict it): one without phone or e-mail in a whole-name
    // block, since its name is its only way to meet anyone, or one of a rare spelling in any block
    // of the name's keys, since a common spelling's own block ran its windows but a typo of it
    // meets that spelling only in a variant block (one deletion, bare consonants, two parts of a
    // long name) too large to compare in full.
    struct Reach
    {
        int record;
        int size; // the block's members
        size_t begin; // the block's entries
        size_t end;
        quint64 signature; // of the block's members
        qint64 added = 0; // partners this block adds to the record's smaller blocks
        qint64 cumulative = 0; // the record's partners up to and including this block
    };
    std::vector<Reach> reaches;
    for (size_t begin = 0; begin < entries.size();) {
        size_t end = begin + 1;
        while (end < entries.size() && entries[end].first == entries[begin].first)
            ++end;
        members.clear();
        for (size_t k = begin; k < end; ++k)
            members.push_back(entries[k].second);
        // Two keys of one record whose hashes collide put it in a block twice: once is enough.
        members.erase(std::unique(members.begin(), members.end()), members.end());
        const size_t blockBegin = begin;
        const size_t tag = entries[begin].first;
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
        const bool wholeName = (tag & 2) != 0;
        const bool spelled = (tag & 4) != 0;
        if (wholeName || spelled) {
            // Blocks come in the order of their keys' hashes, which Qt seeds per process: ties
            // between blocks are broken by their members instead, so that every run spends the
            // budgets alike.
            quint64 signature = 0;
            for (const int r : members)
                signature += mixed(quint64(r));
            std::array<qint64, 4> byKinds {};
            for (const int r : members) {
                const int kinds = contactKinds(r);
                ++byKinds[size_t(kinds)];
                if ((wholeName && kinds == 0 && m_sparseBudget > 0) || (spelled && rare[size_t(r)]))
                    reaches.push_back({ r, int(members.size()), blockBegin, end, signature });
            }
            if (wholeName && byKinds[1] * byKinds[2] > 0)
                crossBlocks.push_back({ blockBegin, end, byKinds[1] * byKinds[2], signature });
        }
        if ((tag & 1) == 0)
            continue;
        if (placeRank.empty()) {
            placeRank = signatureRanks(data, placeSignature);
            contactRank = signatureRanks(data, contactSignature);
        }
        for (const std::vector<int> *ranks : { &placeRank, &contactRank }) {
            std::vector<int> sorted = members;
            std::sort(sorted.begin(), sorted.end(),
                      [&](int a, int b) { return (*ranks)[size_t(a)] < (*ranks)[size_t(b)]; });
            for (size_t i = 0; i < sorted.size(); ++i) {
                for (size_t j = i + 1; j < sorted.size() && j < i + size_t(m_windowSize); ++j)
                    result.pairs.push_back(pairKey(sorted[i], sorted[j]));
            }
        }
    }

    // Phone-only against e-mail-only records of one name: cheapest blocks first within the sparse
    // budget, so that a file of such records stays linear.
    std::sort(crossBlocks.begin(), crossBlocks.end(), [](const CrossBlock &x, const CrossBlock &y) {
        return std::tie(x.cost, x.signature) < std::tie(y.cost, y.signature);
    });
    qint64 budget = qint64(m_sparseBudget) * qint64(records.size());
    std::vector<int> phoneOnly;
    for (const CrossBlock &block : crossBlocks) {
        if (block.cost > budget)
            break;
        budget -= block.cost;
        ++result.expandedBlocks;
        phoneOnly.clear();
        for (size_t i = block.begin; i < block.end; ++i) {
            if (contactKinds(entries[i].second) == 1)
                phoneOnly.push_back(entries[i].second);
        }
        for (size_t j = block.begin; j < block.end; ++j) {
            const int b = entries[j].second;
            if (contactKinds(b) != 2)
                continue;
            for (const int a : phoneOnly) {
                if (compatible(a, b))
                    result.reachedOnly.push_back(pairKey(a, b));
            }
        }
    }

    // Each reaching record's blocks, smallest first, and the partners each adds to the ones
    // before it; then records are served cheapest first (all of a record's blocks up to some size)
    // within what is left of the sparse budget and the rare one. Few records need this, so they
    // buy much recall for little work, and the work stays linear whatever the file.
    std::sort(reaches.begin(), reaches.end(), [](const Reach &x, const Reach &y) {
        return std::tie(x.record, x.size, x.signature) < std::tie(y.record, y.size, y.signature);
    });
    std::vector<int> seenBy(records.size(), -1);
    const auto visit = [&](const Reach &reach, auto &&onPartner) {
        qint64 added = 0;
        for (size_t j = reach.begin; j < reach.end; ++j) {
            const int other = entries[j].second;
            if (other == reach.record || seenBy[size_t(other)] == reach.record
                || !compatible(reach.record, other))
                continue;
            seenBy[size_t(other)] = reach.record;
            ++added;
            onPartner(other);
        }
        return added;
    };
    // What no budget could pay for is not counted.
    const qint64 total = budget + qint64(m_rareBudget) * qint64(records.size());
    for (size_t i = 0; i < reaches.size();) {
        qint64 cumulative = 0;
        size_t next = i;
        for (; next < reaches.size() && reaches[next].record == reaches[i].record; ++next) {
            reaches[next].added = cumulative > total ? total + 1 : visit(reaches[next], [](int) {});
            cumulative += reaches[next].added;
            reaches[next].cumulative = cumulative;
        }
        i = next;
    }
    std::vector<size_t> order(reaches.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    // By cumulative cost, a record's own blocks staying in their order.
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t x, size_t y) { return reaches[x].cumulative < reaches[y].cumulative; });
    budget = total;
    std::vector<bool> stopped(records.size(), false);
    std::vector<size_t> chosen;
    for (const size_t i : order) {
        const Reach &reach = reaches[i];
        if (stopped[size_t(reach.record)])
            continue;
        if (reach.added > budget) {
            stopped[size_t(reach.record)] = true; // a record's blocks are served in order or not at all
            continue;
        }
        budget -= reach.added;
        chosen.push_back(i);
    }
    std::sort(chosen.begin(), chosen.end());
    std::fill(seenBy.begin(), seenBy.end(), -1);
    for (const size_t i : chosen) {
        ++result.reachedBlocks;
        visit(reaches[i],
              [&](int other) { result.reachedOnly.push_back(pairKey(reaches[i].record, other)); });
    }
    sortUnique(result.pairs);
    // What the expansions add beyond the keys and windows.
    sortUnique(result.reachedOnly);
    std::vector<quint64> added;
    std::set_difference(result.reachedOnly.begin(), result.reachedOnly.end(), result.pairs.begin(),
                        result.pairs.end(), std::back_inserter(added));
    result.reachedOnly.swap(added);
    std::vector<quint64> all;
    all.reserve(result.pairs.size() + result.reachedOnly.size());
    std::merge(result.pairs.begin(), result.pairs.end(), result.reachedOnly.begin(), result.reachedOnly.end(),
               std::back_inserter(all));
    result.pairs.swap(all);
    return result;
}

} // namespace OmniCrm
