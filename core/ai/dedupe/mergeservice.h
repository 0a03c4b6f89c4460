// MergeService: duplicates among the store's contacts and companies (DedupeEngine over the live
// records), the review queue, and merge with undo (issue 5 §3).
//
// A merge keeps one survivor: the more complete record (ties: the more recently changed). Per
// field the survivor's value stays unless it is empty; where both have different values the more
// recently changed record's value wins and the other is kept as an alternate; phones and e-mails
// are unioned and notes joined. Activities, deals, a company's contacts and tag links move to the
// survivor, the loser is soft-deleted (causal length). Everything is one UnitOfWork, so it reaches
// the outbox and syncs, and undo() restores the loser, its links and the survivor's values, again
// as one unit. The rule that is not obvious: auto-merge happens only when the store's preference
// allows it (off by default); otherwise likely pairs wait in the review queue.
#pragma once

#include "dedupeengine.h"
#include "mergerepository.h"
#include "searchrefresh.h"

#include <QHash>
#include <QJsonObject>

#include <functional>

namespace OmniCrm {

class ChangeLog;
class CompanyRepository;
class ContactRepository;
class PhoneNormalizer;
class SettingsRepository;
struct Company;
struct Contact;

enum class MergeKind { Contact, Company };

struct MergeOutcome
{
    QString mergeId;
    QString survivorId;
    QString loserId;
};

/// Records the engine would put together: read-only, nothing queued (omnicrm-cli dedupe --store-*).
struct DuplicateCluster
{
    QStringList ids;
    QStringList labels; // the name of each record, aligned with ids
    double weakestLink = 0; // lowest probability among the linked pairs inside the cluster
    double strongestLink = 0;
};

struct DuplicateScan
{
    int records = 0;
    int queued = 0; // pairs in the review queue after the scan (pending ones)
    QList<MergeOutcome> autoMerged;
    /// The engine's comparisons per candidate id, for the pairs this scan scored.
    QHash<QString, QList<ComparisonEvidence>> evidence;
};

/// What a merge would do to one field (MergeService::preview).
struct FieldOutcome
{
    QString field; // "full_name", "city", … as in the merge log; "phones" and "emails" for the lists
                   // (a contact's "company_id" holds the company's name, for reading)
    QString survivorValue;
    QString loserValue;
    QString result; // the survivor's value after the merge
    bool alternateKept = false; // the value that lost stays as an alternate of the survivor
};

struct MergePreview
{
    QString survivorId;
    QString loserId;
    QList<FieldOutcome> fields;
};

class MergeService
{
public:
    /// The setting (meta key) that allows auto-merge: "1" on, anything else off.
    static inline const QString AutoMergeSetting = QStringLiteral("pref.dedupe.auto_merge");

    MergeService(ChangeLog &log, ContactRepository &contacts, CompanyRepository &companies,
                 MergeRepository &merges, SettingsRepository &settings, const PhoneNormalizer &phones);

    /// Pairs at or above `reviewThreshold` go to the review queue (a dismissed pair stays
    /// dismissed); pairs at or above `autoThreshold` are merged when the setting allows it.
    /// `progress` (0..100) returning false cancels with ErrorCode::Cancelled; pairs already queued stay.
    Result<DuplicateScan> findDuplicates(MergeKind kind, double reviewThreshold = 0.5,
                                         double autoThreshold = 0.98,
                                         const std::function<bool(int)> &progress = {});
    Result<QList<DuplicateCandidate>> reviewQueue(MergeKind kind) const;
    /// Clusters of two or more live records linked at `threshold` or above, most likely first.
    /// Reads only: the review queue and the records stay as they are.
    Result<QList<DuplicateCluster>> duplicateClusters(MergeKind kind, double threshold = 0.5) const;
    /// Remembers that the pair is not a duplicate: later scans keep it out of the queue.
    Status dismiss(const QString &candidateId);
    Status setAutoMerge(bool allowed);
    Result<bool> autoMergeAllowed() const;

    /// Merges two live records of one kind; `survivor` (a or b) keeps its id, else the service
    /// chooses (the more complete record).
    Result<MergeOutcome> merge(MergeKind kind, const QString &a, const QString &b,
                               const QString &survivor = {});
    /// What merge() with the same arguments would do, field by field; writes nothing.
    Result<MergePreview> preview(MergeKind kind, const QString &a, const QString &b,
                                 const QString &survivor = {}) const;
    /// Undoes a merge as a whole. Conflict when it was already undone.
    Status undo(const QString &mergeId);

    Result<QList<RecordAlternate>> alternatesOf(MergeKind kind, const QString &id) const;

private:
    Result<QList<QStringList>> contactRows(QStringList &ids, QList<FieldSpec> &fields) const;
    Result<QList<QStringList>> companyRows(QStringList &ids, QList<FieldSpec> &fields) const;
    /// The store's live records of `kind` and what the engine made of them.
    struct EngineRun
    {
        QStringList ids;
        QList<QStringList> rows;
        DedupeResult result;
    };
    Result<EngineRun> runEngine(MergeKind kind, const DedupeOptions &options) const;
    Result<MergeOutcome> mergeContacts(const QString &a, const QString &b, const QString &chosen);
    Result<MergeOutcome> mergeCompanies(const QString &a, const QString &b, const QString &chosen);
    Status moveLinks(const QString &type, const QString &from, const QString &to, QJsonObject &undo,
                     UnitOfWork &work);
    Status restoreLinks(const QString &type, const QString &from, const QString &to, const QJsonObject &undo,
                        UnitOfWork &work);
    /// Re-indexes both records and what shows their names (the survivor's deals and, for a
    /// company, its contacts), in the same unit of work.
    Status refreshSearch(const QString &kind, const QString &survivorId, const QString &loserId);
    /// Keeps the values the survivor did not take as alternates of it (ids into `undo`).
    Status addAlternates(const QString &kind, const QString &survivorId, const QString &loserId,
                         const QList<std::pair<QString, QString>> &alternates, QJsonObject &undo,
                         UnitOfWork &work);
    /// The shared end of a merge: review queue, search, merge log, commit. Returns the merge id.
    Result<QString> finishMerge(const QString &kind, const QString &survivorId, const QString &loserId,
                                const QString &a, const QString &b, QJsonObject &undo, UnitOfWork &work);
    Status markCandidateMerged(const QString &kind, const QString &a, const QString &b, QJsonObject &undo,
                               UnitOfWork &work);

    ChangeLog &m_log;
    ContactRepository &m_contacts;
    CompanyRepository &m_companies;
    MergeRepository &m_merges;
    SettingsRepository &m_settings;
    const PhoneNormalizer &m_phones;
    SearchRefresh m_search;
};

} // namespace OmniCrm
