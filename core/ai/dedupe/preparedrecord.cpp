#include "preparedrecord.h"

#include "arabictext.h"
#include "fieldnormalizer.h"

#include <algorithm>

namespace OmniCrm {

namespace {

Feature poolOf(Feature feature)
{
    // Given and family names share one pool so that a swapped pair compares ids directly.
    return feature == Feature::FamilyName || feature == Feature::FatherName ? Feature::GivenName : feature;
}

} // namespace

int ValuePool::intern(const QString &value)
{
    const auto it = m_ids.constFind(value);
    if (it != m_ids.constEnd())
        return it.value();
    const int id = int(m_texts.size());
    m_ids.insert(value, id);
    m_texts.push_back(value);
    m_counts.push_back(0);
    return id;
}

PreparedData::PreparedData(const QList<FieldSpec> &fields, const QList<QStringList> &rows,
                           const FieldNormalizer &normalizer)
{
    for (const FieldSpec &field : fields) {
        switch (field.kind) {
        case FieldKind::FirstName:
        case FieldKind::LastName:
        case FieldKind::FullName:
            m_uses[size_t(Feature::GivenName)] = true;
            m_uses[size_t(Feature::FamilyName)] = true;
            m_uses[size_t(Feature::FatherName)] = true;
            break;
        case FieldKind::Company:
            m_uses[size_t(Feature::Company)] = true;
            break;
        case FieldKind::Phone:
            m_uses[size_t(Feature::Phone)] = true;
            break;
        case FieldKind::Email:
            m_uses[size_t(Feature::Email)] = true;
            break;
        case FieldKind::Address:
            m_uses[size_t(Feature::Address)] = true;
            break;
        case FieldKind::City:
            m_uses[size_t(Feature::City)] = true;
            break;
        case FieldKind::Postcode:
            m_uses[size_t(Feature::Postcode)] = true;
            break;
        case FieldKind::Date:
            m_uses[size_t(Feature::Date)] = true;
            break;
        case FieldKind::Id:
            m_uses[size_t(Feature::Id)] = true;
            break;
        }
    }
    m_records.resize(size_t(rows.size()));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        prepare(m_records[size_t(i)], fields, rows.at(i), normalizer);
        count(m_records[size_t(i)]);
    }
    const ValuePool &names = m_pools[size_t(Feature::GivenName)];
    for (int id = 0; id < names.size(); ++id)
        m_plainNames.push_back(plainSkeleton(names.text(id)));
}

QString PreparedData::plainSkeleton(const QString &skeleton)
{
    QString out;
    out.reserve(skeleton.size());
    for (qsizetype i = 0; i < skeleton.size(); ++i) {
        const QChar c = skeleton.at(i);
        if (i > 0 && (c == u'a' || c == u'w' || c == u'y'))
            continue;
        if (out.isEmpty() || out.back() != c)
            out.append(c);
    }
    return out;
}

void PreparedData::prepare(PreparedRecord &record, const QList<FieldSpec> &fields, const QStringList &row,
                           const FieldNormalizer &normalizer)
{
    QString first;
    QString last;
    QString full;
    auto &names = m_pools[size_t(Feature::GivenName)];
    for (qsizetype f = 0; f < fields.size() && f < row.size(); ++f) {
        const QString &value = row.at(f);
        if (value.trimmed().isEmpty())
            continue;
        switch (fields.at(f).kind) {
        case FieldKind::FirstName:
            first = first.isEmpty() ? value : first + u' ' + value;
            break;
        case FieldKind::LastName:
            last = last.isEmpty() ? value : last + u' ' + value;
            break;
        case FieldKind::FullName:
            if (full.isEmpty())
                full = value;
            break;
        case FieldKind::Company:
            if (record.company < 0) {
                auto it = m_companyCache.constFind(value);
                if (it == m_companyCache.constEnd())
                    it = m_companyCache.insert(
                        value, m_pools[size_t(Feature::Company)].intern(FieldNormalizer::companyKey(value)));
                record.company = it.value();
            }
            break;
        case FieldKind::Phone:
            for (const QString &part : FieldNormalizer::splitMulti(value)) {
                const QString phone = normalizer.phone(part);
                if (phone.isEmpty())
                    continue;
                const int id = m_pools[size_t(Feature::Phone)].intern(phone);
                if (!record.phones.contains(id))
                    record.phones.append(id);
            }
            break;
        case FieldKind::Email:
            for (const QString &part : FieldNormalizer::splitMulti(value)) {
                const QString email = FieldNormalizer::email(part);
                if (email.isEmpty())
                    continue;
                auto &pool = m_pools[size_t(Feature::Email)];
                const int id = pool.intern(email);
                if (!record.emails.contains(id)) {
                    record.emails.append(id);
                    record.emailLocals.append(pool.intern(FieldNormalizer::emailLocalPart(email)));
                }
            }
            break;
        case FieldKind::Address:
            record.address += FieldNormalizer::addressTokens(value);
            break;
        case FieldKind::City:
            if (record.city < 0) {
                auto it = m_cityCache.constFind(value);
                if (it == m_cityCache.constEnd()) {
                    const QString key = ArabicText::nameSkeleton(value);
                    it = m_cityCache.insert(value,
                                            key.isEmpty() ? -1 : m_pools[size_t(Feature::City)].intern(key));
                }
                record.city = it.value();
            }
            break;
        case FieldKind::Postcode:
            if (record.postcode < 0)
                record.postcode = m_pools[size_t(Feature::Postcode)].intern(FieldNormalizer::compact(value));
            break;
        case FieldKind::Date:
            if (record.date < 0)
                record.date = m_pools[size_t(Feature::Date)].intern(FieldNormalizer::date(value));
            break;
        case FieldKind::Id:
            if (record.id < 0)
                record.id = m_pools[size_t(Feature::Id)].intern(FieldNormalizer::compact(value));
            break;
        }
    }
    if (record.address.size() > 1) {
        std::sort(record.address.begin(), record.address.end());
        record.address.erase(std::unique(record.address.begin(), record.address.end()), record.address.end());
    }

    // The person's name: first + last when given, else the full name. The given name is the first
    // part, the family name the last; middle parts (father, grandfather) only feed the keys.
    QString name = (!first.isEmpty() || !last.isEmpty()) ? QString(first + u' ' + last).trimmed() : full;
    // "Family, Given" (directories, exports) reads as "Given Family".
    for (const QChar comma : { QChar(u','), QChar(0x060C) }) {
        const qsizetype at = name.indexOf(comma);
        if (at > 0 && name.indexOf(comma, at + 1) < 0) {
            name = QString(name.mid(at + 1).trimmed() + u' ' + name.left(at).trimmed()).trimmed();
            break;
        }
    }
    if (name.isEmpty())
        return;
    auto cached = m_nameCache.constFind(name);
    if (cached == m_nameCache.constEnd()) {
        NameParts fresh;
        fresh.skeletons = FieldNormalizer::nameParts(name);
        const QStringList written = ArabicText::fold(name).split(u' ', Qt::SkipEmptyParts);
        fresh.firstWritten = written.value(0);
        fresh.lastWritten = written.size() > 1 ? written.last() : QString();
        cached = m_nameCache.insert(name, fresh);
    }
    const QStringList &parts = cached->skeletons;
    if (parts.isEmpty())
        return;
    record.fullSkeleton = parts.join(u' ');
    QStringList sorted = parts;
    std::sort(sorted.begin(), sorted.end());
    record.nameKey = sorted.join(u' ');
    record.given = names.intern(parts.first());
    record.givenText = cached->firstWritten;
    if (parts.size() > 1) {
        record.family = names.intern(parts.last());
        record.familyText = cached->lastWritten;
    }
    if (parts.size() > 2)
        record.father = names.intern(parts.at(1));
    if (parts.size() > 1) {
        record.altFamily = names.intern(parts.at(0));
        record.altGiven = names.intern(parts.at(1));
        if (parts.size() > 2)
            record.altFather = names.intern(parts.at(2));
    }
}

void PreparedData::count(const PreparedRecord &record)
{
    const auto countOne = [this](Feature feature, int id) {
        if (id < 0)
            return;
        m_pools[size_t(poolOf(feature))].countRecord(id);
        ++m_present[size_t(feature)];
    };
    // Names count per role (given vs family) would split one pool; one count per record per
    // value is what the frequency adjustment needs, whichever role the value plays.
    if (record.given >= 0) {
        m_pools[size_t(Feature::GivenName)].countRecord(record.given);
        ++m_present[size_t(Feature::GivenName)];
    }
    if (record.family >= 0) {
        if (record.family != record.given)
            m_pools[size_t(Feature::GivenName)].countRecord(record.family);
        ++m_present[size_t(Feature::FamilyName)];
    }
    if (record.father >= 0) {
        if (record.father != record.given && record.father != record.family)
            m_pools[size_t(Feature::GivenName)].countRecord(record.father);
        ++m_present[size_t(Feature::FatherName)];
    }
    for (const int id : record.phones)
        m_pools[size_t(Feature::Phone)].countRecord(id);
    if (!record.phones.isEmpty())
        ++m_present[size_t(Feature::Phone)];
    for (const int id : record.emails)
        m_pools[size_t(Feature::Email)].countRecord(id);
    if (!record.emails.isEmpty())
        ++m_present[size_t(Feature::Email)];
    countOne(Feature::Company, record.company);
    countOne(Feature::City, record.city);
    countOne(Feature::Postcode, record.postcode);
    countOne(Feature::Date, record.date);
    countOne(Feature::Id, record.id);
    if (!record.address.isEmpty())
        ++m_present[size_t(Feature::Address)];
}

} // namespace OmniCrm
