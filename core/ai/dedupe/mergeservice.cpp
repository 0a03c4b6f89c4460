#include "mergeservice.h"

#include "changelog.h"
#include "companyrepository.h"
#include "contactrepository.h"
#include "entities.h"
#include "settingsrepository.h"
#include "survivorship.h"
#include "validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

namespace OmniCrm {

using namespace Survivorship;

namespace {

Q_LOGGING_CATEGORY(lcMerge, "omnicrm.ai.dedupe.merge")

const QString kContact = QStringLiteral("contact");
const QString kCompany = QStringLiteral("company");

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList fromArray(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray())
        out.append(item.toString());
    return out;
}

QString kindName(MergeKind kind)
{
    return kind == MergeKind::Contact ? kContact : kCompany;
}

} // namespace

MergeService::MergeService(ChangeLog &log, ContactRepository &contacts, CompanyRepository &companies,
                           MergeRepository &merges, SettingsRepository &settings,
                           const PhoneNormalizer &phones)
    : m_log(log)
    , m_contacts(contacts)
    , m_companies(companies)
    , m_merges(merges)
    , m_settings(settings)
    , m_phones(phones)
    , m_search(log.database(), phones)
{
}

Status MergeService::refreshSearch(const QString &kind, const QString &survivorId, const QString &loserId)
{
    OMNICRM_TRY(m_search.refresh(kind, survivorId));
    OMNICRM_TRY(m_search.refresh(kind, loserId)); // a deleted record leaves the index
    auto deals = m_merges.dealIdsOf(kind, survivorId);
    if (!deals)
        return deals.error();
    for (const QString &id : std::as_const(*deals))
        OMNICRM_TRY(m_search.refresh(QStringLiteral("deal"), id));
    if (kind == kCompany) {
        auto contacts = m_merges.contactIdsOfCompany(survivorId);
        if (!contacts)
            return contacts.error();
        for (const QString &id : std::as_const(*contacts))
            OMNICRM_TRY(m_search.refresh(kContact, id));
    }
    return {};
}

Status MergeService::setAutoMerge(bool allowed)
{
    return m_settings.setValue(AutoMergeSetting, allowed ? QStringLiteral("1") : QStringLiteral("0"));
}

Result<bool> MergeService::autoMergeAllowed() const
{
    auto value = m_settings.value(AutoMergeSetting, QStringLiteral("0"));
    if (!value)
        return value.error();
    return *value == u"1";
}

Result<QList<QStringList>> MergeService::contactRows(QStringList &ids, QList<FieldSpec> &fields) const
{
    fields = { { QStringLiteral("full_name"), FieldKind::FullName },
               { QStringLiteral("phones"), FieldKind::Phone },
               { QStringLiteral("emails"), FieldKind::Email },
               { QStringLiteral("company"), FieldKind::Company },
               { QStringLiteral("city"), FieldKind::City },
               { QStringLiteral("address"), FieldKind::Address } };
    QHash<QString, QString> companyNames;
    QList<QStringList> rows;
    Status lookup;
    OMNICRM_TRY(m_contacts.forEach([&](const Contact &contact) {
        QString company;
        if (!contact.companyId.isEmpty()) {
            auto it = companyNames.constFind(contact.companyId);
            if (it == companyNames.constEnd()) {
                auto found = m_companies.find(contact.companyId);
                it = companyNames.insert(contact.companyId, found ? found->name : QString());
            }
            company = it.value();
        }
        QStringList phones;
        for (const ContactPhone &phone : contact.phones)
            phones.append(phone.e164);
        QStringList emails;
        for (const ContactEmail &email : contact.emails)
            emails.append(email.email);
        ids.append(contact.meta.id);
        rows.append({ contact.fullName, phones.join(u';'), emails.join(u';'), company, contact.city,
                      contact.address });
        return true;
    }));
    return rows;
}

Result<QList<QStringList>> MergeService::companyRows(QStringList &ids, QList<FieldSpec> &fields) const
{
    fields = { { QStringLiteral("name"), FieldKind::Company },
               { QStringLiteral("phone"), FieldKind::Phone },
               { QStringLiteral("email"), FieldKind::Email },
               { QStringLiteral("city"), FieldKind::City },
               { QStringLiteral("address"), FieldKind::Address } };
    QList<QStringList> rows;
    OMNICRM_TRY(m_companies.forEach([&](const Company &company) {
        ids.append(company.meta.id);
        rows.append({ company.name, company.phoneE164, company.email, company.city, company.address });
        return true;
    }));
    return rows;
}

Result<MergeService::EngineRun> MergeService::runEngine(MergeKind kind, const DedupeOptions &options) const
{
    EngineRun run;
    QList<FieldSpec> fields;
    auto rows = kind == MergeKind::Contact ? contactRows(run.ids, fields) : companyRows(run.ids, fields);
    if (!rows)
        return rows.error();
    run.rows = std::move(rows).value();
    auto result = DedupeEngine(m_phones).run(fields, run.rows, options, options.threshold);
    if (!result)
        return result.error();
    run.result = std::move(result).value();
    return run;
}

Result<DuplicateScan> MergeService::findDuplicates(MergeKind kind, double reviewThreshold,
                                                   double autoThreshold,
                                                   const std::function<bool(int)> &progress)
{
    DedupeOptions options;
    options.threshold = reviewThreshold;
    options.explain = true;
    options.progress = progress;
    auto run = runEngine(kind, options);
    if (!run)
        return run.error();
    const QStringList &ids = run->ids;
    const DedupeResult *result = &run->result;
    auto allowed = autoMergeAllowed();
    if (!allowed)
        return allowed.error();

    DuplicateScan scan;
    scan.records = int(ids.size());
    QSet<QString> merged; // records gone in this scan
    QList<ScoredPair> pairs = result->pairs;
    std::sort(pairs.begin(), pairs.end(),
              [](const ScoredPair &x, const ScoredPair &y) { return x.probability > y.probability; });
    for (const ScoredPair &pair : pairs) {
        const QString &a = ids.at(pair.a);
        const QString &b = ids.at(pair.b);
        if (merged.contains(a) || merged.contains(b))
            continue;
        DuplicateCandidate candidate;
        candidate.kind = kindName(kind);
        candidate.recordA = a;
        candidate.recordB = b;
        candidate.probability = pair.probability;
        OMNICRM_TRY(
            inUnitOfWork(m_log, [&](UnitOfWork &work) { return m_merges.saveCandidate(candidate, work); }));
        scan.evidence.insert(candidate.id, pair.evidence);
        if (*allowed && pair.probability >= autoThreshold && candidate.status == u"pending") {
            auto outcome = merge(kind, a, b);
            if (!outcome)
                return outcome.error();
            merged.insert(outcome->loserId);
            scan.autoMerged.append(*outcome);
        }
    }
    auto queue = reviewQueue(kind);
    if (!queue)
        return queue.error();
    scan.queued = int(queue->size());
    return scan;
}

Result<QList<DuplicateCandidate>> MergeService::reviewQueue(MergeKind kind) const
{
    return m_merges.candidates(kindName(kind), QStringLiteral("pending"));
}

Status MergeService::dismiss(const QString &candidateId)
{
    auto candidate = m_merges.candidateById(candidateId);
    if (!candidate)
        return candidate.error();
    return inUnitOfWork(m_log, [&](UnitOfWork &work) {
        return m_merges.setCandidateStatus(candidateId, QStringLiteral("dismissed"), work);
    });
}

Result<QList<RecordAlternate>> MergeService::alternatesOf(MergeKind kind, const QString &id) const
{
    return m_merges.alternatesOf(kindName(kind), id);
}

Result<MergeOutcome> MergeService::merge(MergeKind kind, const QString &a, const QString &b,
                                         const QString &survivor)
{
    if (a == b)
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("cannot merge %1 with itself").arg(a));
    if (!survivor.isEmpty() && survivor != a && survivor != b)
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("survivor %1 is neither %2 nor %3").arg(survivor, a, b));
    return kind == MergeKind::Contact ? mergeContacts(a, b, survivor) : mergeCompanies(a, b, survivor);
}

Result<QList<DuplicateCluster>> MergeService::duplicateClusters(MergeKind kind, double threshold) const
{
    DedupeOptions options;
    options.threshold = threshold;
    auto run = runEngine(kind, options);
    if (!run)
        return run.error();
    const QStringList &ids = run->ids;
    const QList<QStringList> *rows = &run->rows;
    const DedupeResult *result = &run->result;
    QHash<int, DuplicateCluster> byCluster;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        DuplicateCluster &cluster = byCluster[result->clusterOf.at(i)];
        cluster.ids.append(ids.at(i));
        cluster.labels.append(rows->at(i).value(0));
    }
    for (const ScoredPair &pair : std::as_const(result->pairs)) {
        const int c = result->clusterOf.at(pair.a);
        if (c != result->clusterOf.at(pair.b))
            continue;
        DuplicateCluster &cluster = byCluster[c];
        cluster.strongestLink = std::max(cluster.strongestLink, pair.probability);
        cluster.weakestLink
            = cluster.weakestLink > 0 ? std::min(cluster.weakestLink, pair.probability) : pair.probability;
    }
    QList<DuplicateCluster> out;
    for (const DuplicateCluster &cluster : std::as_const(byCluster)) {
        if (cluster.ids.size() > 1)
            out.append(cluster);
    }
    std::sort(out.begin(), out.end(), [](const DuplicateCluster &x, const DuplicateCluster &y) {
        if (x.weakestLink != y.weakestLink)
            return x.weakestLink > y.weakestLink;
        return x.ids.front() < y.ids.front();
    });
    return out;
}

Status MergeService::markCandidateMerged(const QString &kind, const QString &a, const QString &b,
                                         QJsonObject &undo, UnitOfWork &work)
{
    auto candidate = m_merges.candidate(kind, a, b);
    if (!candidate)
        return candidate.error();
    if (!*candidate)
        return {};
    undo.insert(QStringLiteral("candidate"), (*candidate)->id);
    undo.insert(QStringLiteral("candidate_status"), (*candidate)->status);
    return m_merges.setCandidateStatus((*candidate)->id, QStringLiteral("merged"), work);
}

Status MergeService::moveLinks(const QString &type, const QString &from, const QString &to, QJsonObject &undo,
                               UnitOfWork &work)
{
    auto activities = m_merges.activityIdsOf(type, from);
    if (!activities)
        return activities.error();
    for (const QString &id : *activities)
        OMNICRM_TRY(m_merges.setActivityTarget(id, to, work));
    undo.insert(QStringLiteral("activities"), toArray(*activities));

    auto deals = m_merges.dealIdsOf(type, from);
    if (!deals)
        return deals.error();
    for (const QString &id : *deals)
        OMNICRM_TRY(m_merges.setDealLink(id, type, to, work));
    undo.insert(QStringLiteral("deals"), toArray(*deals));

    if (type == kCompany) {
        auto contacts = m_merges.contactIdsOfCompany(from);
        if (!contacts)
            return contacts.error();
        for (const QString &id : *contacts)
            OMNICRM_TRY(m_merges.setContactCompany(id, to, work));
        undo.insert(QStringLiteral("contacts"), toArray(*contacts));
    }

    // Tags are an add-wins set with one row per (tag, record): a tag both records carry keeps
    // the survivor's row and retires the loser's; a tag only the loser carries moves over.
    auto mine = m_merges.tagLinksOf(type, to);
    if (!mine)
        return mine.error();
    auto theirs = m_merges.tagLinksOf(type, from);
    if (!theirs)
        return theirs.error();
    QStringList moved;
    QStringList retired;
    QStringList revived;
    for (const TagLinkRef &link : *theirs) {
        if (link.causalLength % 2 == 0)
            continue;
        const auto own = std::find_if(mine->begin(), mine->end(),
                                      [&](const TagLinkRef &m) { return m.tagId == link.tagId; });
        if (own == mine->end()) {
            OMNICRM_TRY(m_merges.setTagLinkTarget(link.id, to, work));
            moved.append(link.id);
            continue;
        }
        if (own->causalLength % 2 == 0) {
            OMNICRM_TRY(m_merges.setTagLinkCausalLength(own->id, own->causalLength + 1, work));
            revived.append(own->id);
        }
        OMNICRM_TRY(m_merges.setTagLinkCausalLength(link.id, link.causalLength + 1, work));
        retired.append(link.id);
    }
    undo.insert(QStringLiteral("tags_moved"), toArray(moved));
    undo.insert(QStringLiteral("tags_retired"), toArray(retired));
    undo.insert(QStringLiteral("tags_revived"), toArray(revived));
    return {};
}

Status MergeService::restoreLinks(const QString &type, const QString &from, const QString &to,
                                  const QJsonObject &undo, UnitOfWork &work)
{
    for (const QString &id : fromArray(undo.value(QStringLiteral("activities"))))
        OMNICRM_TRY(m_merges.setActivityTarget(id, from, work));
    for (const QString &id : fromArray(undo.value(QStringLiteral("deals"))))
        OMNICRM_TRY(m_merges.setDealLink(id, type, from, work));
    for (const QString &id : fromArray(undo.value(QStringLiteral("contacts"))))
        OMNICRM_TRY(m_merges.setContactCompany(id, from, work));
    for (const QString &id : fromArray(undo.value(QStringLiteral("tags_moved"))))
        OMNICRM_TRY(m_merges.setTagLinkTarget(id, from, work));
    // Retired and revived rows flip back: one more step of their causal length each.
    auto links = m_merges.tagLinksOf(type, from);
    if (!links)
        return links.error();
    auto survivorLinks = m_merges.tagLinksOf(type, to);
    if (!survivorLinks)
        return survivorLinks.error();
    const auto flip = [&](const QList<TagLinkRef> &rows, const QStringList &wanted) -> Status {
        for (const TagLinkRef &link : rows) {
            if (wanted.contains(link.id))
                OMNICRM_TRY(m_merges.setTagLinkCausalLength(link.id, link.causalLength + 1, work));
        }
        return {};
    };
    OMNICRM_TRY(flip(*links, fromArray(undo.value(QStringLiteral("tags_retired")))));
    return flip(*survivorLinks, fromArray(undo.value(QStringLiteral("tags_revived"))));
}

Status MergeService::addAlternates(const QString &kind, const QString &survivorId, const QString &loserId,
                                   const QList<std::pair<QString, QString>> &alternates, QJsonObject &undo,
                                   UnitOfWork &work)
{
    QStringList alternateIds;
    for (const auto &[field, value] : alternates) {
        RecordAlternate alternate { {}, kind, survivorId, field, value, loserId };
        auto id = m_merges.addAlternate(alternate, work);
        if (!id)
            return id.error();
        alternateIds.append(*id);
    }
    undo.insert(QStringLiteral("alternates"), toArray(alternateIds));
    return {};
}

Result<QString> MergeService::finishMerge(const QString &kind, const QString &survivorId,
                                          const QString &loserId, const QString &a, const QString &b,
                                          QJsonObject &undo, UnitOfWork &work)
{
    OMNICRM_TRY(markCandidateMerged(kind, a, b, undo, work));
    OMNICRM_TRY(refreshSearch(kind, survivorId, loserId));
    MergeLogEntry entry {
        {}, kind, survivorId, loserId, QJsonDocument(undo).toJson(QJsonDocument::Compact), 0, std::nullopt
    };
    OMNICRM_TRY(m_merges.logMerge(entry, work.now()));
    OMNICRM_TRY(work.commit());
    qCInfo(lcMerge) << "merged" << entry.kind << entry.loserId << "into" << entry.survivorId << "as"
                    << entry.id;
    return entry.id;
}

Result<MergeOutcome> MergeService::mergeContacts(const QString &a, const QString &b, const QString &chosen)
{
    auto first = m_contacts.find(a);
    if (!first)
        return first.error();
    auto second = m_contacts.find(b);
    if (!second)
        return second.error();
    if (!first->meta.isAlive() || !second->meta.isAlive())
        return Error::make(ErrorCode::Conflict,
                           QStringLiteral("contact %1 is deleted").arg(first->meta.isAlive() ? b : a));

    const bool firstWins = chosen.isEmpty() ? chooseFirst(*first, *second) : chosen == a;
    const Contact &survivor = firstWins ? *first : *second;
    const Contact &loser = firstWins ? *second : *first;
    Contact after = survivor;
    const auto alternates = mergeContactInto(after, loser);

    QJsonObject undo;
    undo.insert(QStringLiteral("survivor"), fieldsToJson(survivor, kContactFields));
    MergeOutcome outcome { {}, survivor.meta.id, loser.meta.id };
    UnitOfWork work(m_log);
    OMNICRM_TRY(work.began());
    OMNICRM_TRY(m_contacts.update(survivor, after, sortKeyFor(after.fullName), work));
    QStringList addedPhones;
    for (const ContactPhone &phone : after.phones) {
        if (std::none_of(survivor.phones.begin(), survivor.phones.end(),
                         [&](const ContactPhone &p) { return p.id == phone.id; }))
            addedPhones.append(phone.id);
    }
    QStringList addedEmails;
    for (const ContactEmail &email : after.emails) {
        if (std::none_of(survivor.emails.begin(), survivor.emails.end(),
                         [&](const ContactEmail &e) { return e.id == email.id; }))
            addedEmails.append(email.id);
    }
    undo.insert(QStringLiteral("added_phones"), toArray(addedPhones));
    undo.insert(QStringLiteral("added_emails"), toArray(addedEmails));
    OMNICRM_TRY(addAlternates(kContact, survivor.meta.id, loser.meta.id, alternates, undo, work));
    OMNICRM_TRY(moveLinks(kContact, loser.meta.id, survivor.meta.id, undo, work));
    OMNICRM_TRY(m_contacts.setCausalLength(loser.meta.id, loser.meta.causalLength + 1, work));
    auto mergeId = finishMerge(kContact, survivor.meta.id, loser.meta.id, a, b, undo, work);
    if (!mergeId)
        return mergeId.error();
    outcome.mergeId = *mergeId;
    return outcome;
}

Result<MergeOutcome> MergeService::mergeCompanies(const QString &a, const QString &b, const QString &chosen)
{
    auto first = m_companies.find(a);
    if (!first)
        return first.error();
    auto second = m_companies.find(b);
    if (!second)
        return second.error();
    if (!first->meta.isAlive() || !second->meta.isAlive())
        return Error::make(ErrorCode::Conflict,
                           QStringLiteral("company %1 is deleted").arg(first->meta.isAlive() ? b : a));

    const bool firstWins
        = chosen.isEmpty() ? Survivorship::firstSurvives(*first, *second, kCompanyFields) : chosen == a;
    const Company &survivor = firstWins ? *first : *second;
    const Company &loser = firstWins ? *second : *first;
    Company after = survivor;
    const auto alternates
        = mergeFields(after, loser, loser.meta.updatedAt > survivor.meta.updatedAt, kCompanyFields);

    QJsonObject undo;
    undo.insert(QStringLiteral("survivor"), fieldsToJson(survivor, kCompanyFields));
    MergeOutcome outcome { {}, survivor.meta.id, loser.meta.id };
    UnitOfWork work(m_log);
    OMNICRM_TRY(work.began());
    OMNICRM_TRY(m_companies.update(survivor, after, sortKeyFor(after.name), work));
    OMNICRM_TRY(addAlternates(kCompany, survivor.meta.id, loser.meta.id, alternates, undo, work));
    OMNICRM_TRY(moveLinks(kCompany, loser.meta.id, survivor.meta.id, undo, work));
    OMNICRM_TRY(m_companies.setCausalLength(loser.meta.id, loser.meta.causalLength + 1, work));
    auto mergeId = finishMerge(kCompany, survivor.meta.id, loser.meta.id, a, b, undo, work);
    if (!mergeId)
        return mergeId.error();
    outcome.mergeId = *mergeId;
    return outcome;
}

Status MergeService::undo(const QString &mergeId)
{
    auto entry = m_merges.findMerge(mergeId);
    if (!entry)
        return entry.error();
    if (entry->undoneAt)
        return Error::make(ErrorCode::Conflict, QStringLiteral("merge %1 was already undone").arg(mergeId));
    const QJsonObject undo = QJsonDocument::fromJson(entry->undo).object();
    const QJsonObject before = undo.value(QStringLiteral("survivor")).toObject();

    UnitOfWork work(m_log);
    OMNICRM_TRY(work.began());
    if (entry->kind == kContact) {
        auto current = m_contacts.find(entry->survivorId);
        if (!current)
            return current.error();
        Contact restored = *current;
        fieldsFromJson(restored, before, kContactFields);
        const QStringList addedPhones = fromArray(undo.value(QStringLiteral("added_phones")));
        const QStringList addedEmails = fromArray(undo.value(QStringLiteral("added_emails")));
        restored.phones.removeIf([&](const ContactPhone &p) { return addedPhones.contains(p.id); });
        restored.emails.removeIf([&](const ContactEmail &e) { return addedEmails.contains(e.id); });
        OMNICRM_TRY(m_contacts.update(*current, restored, sortKeyFor(restored.fullName), work));
        auto loser = m_contacts.find(entry->loserId);
        if (!loser)
            return loser.error();
        if (!loser->meta.isAlive())
            OMNICRM_TRY(m_contacts.setCausalLength(entry->loserId, loser->meta.causalLength + 1, work));
    } else {
        auto current = m_companies.find(entry->survivorId);
        if (!current)
            return current.error();
        Company restored = *current;
        fieldsFromJson(restored, before, kCompanyFields);
        OMNICRM_TRY(m_companies.update(*current, restored, sortKeyFor(restored.name), work));
        auto loser = m_companies.find(entry->loserId);
        if (!loser)
            return loser.error();
        if (!loser->meta.isAlive())
            OMNICRM_TRY(m_companies.setCausalLength(entry->loserId, loser->meta.causalLength + 1, work));
    }
    OMNICRM_TRY(restoreLinks(entry->kind, entry->loserId, entry->survivorId, undo, work));
    for (const QString &id : fromArray(undo.value(QStringLiteral("alternates"))))
        OMNICRM_TRY(m_merges.removeAlternate(id, work));
    if (const QString candidate = undo.value(QStringLiteral("candidate")).toString(); !candidate.isEmpty())
        OMNICRM_TRY(m_merges.setCandidateStatus(
            candidate, undo.value(QStringLiteral("candidate_status")).toString(), work));
    OMNICRM_TRY(refreshSearch(entry->kind, entry->survivorId, entry->loserId));
    OMNICRM_TRY(m_merges.markUndone(mergeId, work.now()));
    OMNICRM_TRY(work.commit());
    qCInfo(lcMerge) << "undid merge" << mergeId << "of" << entry->kind << entry->loserId << "into"
                    << entry->survivorId;
    return {};
}

} // namespace OmniCrm
