// MergeService::preview: the survivorship of merge() run on copies, nothing written.
#include "companyrepository.h"
#include "contactrepository.h"
#include "mergeservice.h"
#include "survivorship.h"

namespace OmniCrm {

using namespace Survivorship;

namespace {

template <typename Record, size_t N>
QList<FieldOutcome> outcomes(const Record &survivor, const Record &loser, const Record &after,
                             const QList<std::pair<QString, QString>> &alternates,
                             const ScalarField<Record> (&fields)[N])
{
    QList<FieldOutcome> out;
    for (const auto &field : fields) {
        const QString name = QLatin1String(field.name);
        FieldOutcome outcome { name, survivor.*(field.member), loser.*(field.member), after.*(field.member),
                               false };
        outcome.alternateKept = std::any_of(alternates.begin(), alternates.end(),
                                            [&](const auto &alternate) { return alternate.first == name; });
        if (!outcome.survivorValue.isEmpty() || !outcome.loserValue.isEmpty())
            out.append(outcome);
    }
    return out;
}

template <typename Item> QString joined(const QList<Item> &items, QString Item::*member)
{
    QStringList values;
    for (const Item &item : items)
        values.append(item.*member);
    return values.join(QStringLiteral(", "));
}

} // namespace

Result<MergePreview> MergeService::preview(MergeKind kind, const QString &a, const QString &b,
                                           const QString &chosen) const
{
    if (a == b)
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("cannot merge %1 with itself").arg(a));
    if (!chosen.isEmpty() && chosen != a && chosen != b)
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("survivor %1 is neither %2 nor %3").arg(chosen, a, b));
    MergePreview out;
    if (kind == MergeKind::Contact) {
        auto first = m_contacts.find(a);
        if (!first)
            return first.error();
        auto second = m_contacts.find(b);
        if (!second)
            return second.error();
        const bool firstWins = chosen.isEmpty() ? chooseFirst(*first, *second) : chosen == a;
        const Contact &survivor = firstWins ? *first : *second;
        const Contact &loser = firstWins ? *second : *first;
        Contact after = survivor;
        const auto alternates = mergeContactInto(after, loser);
        out.fields = outcomes(survivor, loser, after, alternates, kContactFields);
        // A person reads the company's name, not its id.
        for (FieldOutcome &field : out.fields) {
            if (field.field != u"company_id")
                continue;
            for (QString *value : { &field.survivorValue, &field.loserValue, &field.result }) {
                if (auto company = m_companies.find(*value))
                    *value = company->name;
            }
        }
        out.fields.append({ QStringLiteral("phones"), joined(survivor.phones, &ContactPhone::raw),
                            joined(loser.phones, &ContactPhone::raw),
                            joined(after.phones, &ContactPhone::raw), false });
        out.fields.append({ QStringLiteral("emails"), joined(survivor.emails, &ContactEmail::email),
                            joined(loser.emails, &ContactEmail::email),
                            joined(after.emails, &ContactEmail::email), false });
        out.survivorId = survivor.meta.id;
        out.loserId = loser.meta.id;
        return out;
    }
    auto first = m_companies.find(a);
    if (!first)
        return first.error();
    auto second = m_companies.find(b);
    if (!second)
        return second.error();
    const bool firstWins = chosen.isEmpty() ? firstSurvives(*first, *second, kCompanyFields) : chosen == a;
    const Company &survivor = firstWins ? *first : *second;
    const Company &loser = firstWins ? *second : *first;
    Company after = survivor;
    const auto alternates
        = mergeFields(after, loser, loser.meta.updatedAt > survivor.meta.updatedAt, kCompanyFields);
    out.fields = outcomes(survivor, loser, after, alternates, kCompanyFields);
    out.survivorId = survivor.meta.id;
    out.loserId = loser.meta.id;
    return out;
}

} // namespace OmniCrm
