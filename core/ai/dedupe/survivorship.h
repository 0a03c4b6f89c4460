// Survivorship rules of a merge, shared by MergeService::merge and MergeService::preview: the
// fields decided one by one, which record survives, and which value wins per field. Internal to
// core/ai/dedupe.
#pragma once

#include "entities.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <algorithm>
#include <utility>

namespace OmniCrm::Survivorship {

inline const QString kNotes = QStringLiteral("notes");

template <typename Record> struct ScalarField
{
    const char *name;
    QString Record::*member;
};

// The fields survivorship decides one by one. Ids, times, the import batch and children are not
// among them.
inline const ScalarField<Contact> kContactFields[] = {
    { "full_name", &Contact::fullName }, { "first_name", &Contact::firstName },
    { "last_name", &Contact::lastName }, { "company_id", &Contact::companyId },
    { "title", &Contact::title },        { "city", &Contact::city },
    { "country", &Contact::country },    { "address", &Contact::address },
    { "website", &Contact::website },    { "source", &Contact::source },
    { "notes", &Contact::notes },        { "owner_id", &Contact::ownerId },
};

inline const ScalarField<Company> kCompanyFields[] = {
    { "name", &Company::name },          { "industry", &Company::industry },
    { "website", &Company::website },    { "phone_e164", &Company::phoneE164 },
    { "phone_raw", &Company::phoneRaw }, { "email", &Company::email },
    { "city", &Company::city },          { "country", &Company::country },
    { "address", &Company::address },    { "notes", &Company::notes },
    { "owner_id", &Company::ownerId },
};

template <typename Record, size_t N>
QJsonObject fieldsToJson(const Record &record, const ScalarField<Record> (&fields)[N])
{
    QJsonObject out;
    for (const auto &field : fields)
        out.insert(QLatin1String(field.name), record.*(field.member));
    return out;
}

template <typename Record, size_t N>
void fieldsFromJson(Record &record, const QJsonObject &json, const ScalarField<Record> (&fields)[N])
{
    for (const auto &field : fields)
        record.*(field.member) = json.value(QLatin1String(field.name)).toString();
}

template <typename Record, size_t N>
int completeness(const Record &record, const ScalarField<Record> (&fields)[N])
{
    int filled = 0;
    for (const auto &field : fields)
        filled += (record.*(field.member)).trimmed().isEmpty() ? 0 : 1;
    return filled;
}

/// Survivorship per field: `after` starts as the survivor; returns (field, value) alternates.
template <typename Record, size_t N>
QList<std::pair<QString, QString>> mergeFields(Record &after, const Record &loser, bool loserIsNewer,
                                               const ScalarField<Record> (&fields)[N])
{
    QList<std::pair<QString, QString>> alternates;
    for (const auto &field : fields) {
        QString &mine = after.*(field.member);
        const QString &theirs = loser.*(field.member);
        if (theirs.trimmed().isEmpty() || theirs == mine)
            continue;
        if (mine.trimmed().isEmpty()) {
            mine = theirs;
        } else if (QLatin1String(field.name) == kNotes) {
            mine = loserIsNewer ? theirs + u"\n\n" + mine : mine + u"\n\n" + theirs;
        } else if (loserIsNewer) {
            alternates.append({ QLatin1String(field.name), mine });
            mine = theirs;
        } else {
            alternates.append({ QLatin1String(field.name), theirs });
        }
    }
    return alternates;
}

/// The survivor when the caller does not choose: the more complete record, ties to the more
/// recently changed one.
template <typename Record, size_t N>
bool firstSurvives(const Record &first, const Record &second, const ScalarField<Record> (&fields)[N],
                   int firstExtra = 0, int secondExtra = 0)
{
    const int a = completeness(first, fields) + firstExtra;
    const int b = completeness(second, fields) + secondExtra;
    return a != b ? a > b : first.meta.updatedAt >= second.meta.updatedAt;
}

/// A contact's phones and e-mails count towards completeness.
inline bool chooseFirst(const Contact &first, const Contact &second)
{
    return firstSurvives(first, second, kContactFields, int(first.phones.size() + first.emails.size()),
                         int(second.phones.size() + second.emails.size()));
}

/// `after` starts as the survivor: fields by mergeFields, phones and e-mails unioned (new rows
/// have no id yet). Returns the alternates.
inline QList<std::pair<QString, QString>> mergeContactInto(Contact &after, const Contact &loser)
{
    const auto alternates
        = mergeFields(after, loser, loser.meta.updatedAt > after.meta.updatedAt, kContactFields);
    for (const ContactPhone &phone : loser.phones) {
        const bool known = std::any_of(after.phones.begin(), after.phones.end(),
                                       [&](const ContactPhone &p) { return p.e164 == phone.e164; });
        if (!known) {
            ContactPhone copy = phone;
            copy.id.clear();
            copy.isPrimary = after.phones.isEmpty();
            after.phones.append(copy);
        }
    }
    for (const ContactEmail &email : loser.emails) {
        const bool known = std::any_of(after.emails.begin(), after.emails.end(),
                                       [&](const ContactEmail &e) { return e.email == email.email; });
        if (!known) {
            ContactEmail copy = email;
            copy.id.clear();
            copy.isPrimary = after.emails.isEmpty();
            after.emails.append(copy);
        }
    }
    return alternates;
}

} // namespace OmniCrm::Survivorship
