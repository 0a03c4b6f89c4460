// MergeRepository: the only code that knows the dedupe_review, record_alternate and merge_log
// tables, and the link columns a merge moves from one record to another (activities, deals,
// contacts of a company, tag links). Every synced write goes through the caller's UnitOfWork.
#pragma once

#include "changelog.h"
#include "recordtable.h"

#include <optional>

namespace OmniCrm {

/// One pair in the review queue. record_a < record_b, so a pair has one row whatever the order.
struct DuplicateCandidate
{
    QString id;
    QString kind; // "contact" or "company"
    QString recordA;
    QString recordB;
    double probability = 0;
    QString status = QStringLiteral("pending"); // pending, dismissed, merged
};

struct RecordAlternate
{
    QString id;
    QString recordType;
    QString recordId;
    QString field;
    QString value;
    QString sourceId; // the merged record the value came from
};

struct MergeLogEntry
{
    QString id;
    QString kind;
    QString survivorId;
    QString loserId;
    QByteArray undo; // what undo needs, as the merge service wrote it
    qint64 createdAt = 0;
    std::optional<qint64> undoneAt;
};

struct TagLinkRef
{
    QString id;
    QString tagId;
    qint64 causalLength = 1;
};

class MergeRepository
{
public:
    explicit MergeRepository(Database &db);

    // The review queue.
    Result<std::optional<DuplicateCandidate>> candidate(const QString &kind, const QString &a,
                                                        const QString &b) const;
    Result<DuplicateCandidate> candidateById(const QString &id) const;
    /// Inserts the pair, or updates its probability; a pair's status is never changed here.
    Status saveCandidate(DuplicateCandidate &candidate, UnitOfWork &work);
    Status setCandidateStatus(const QString &id, const QString &status, UnitOfWork &work);
    /// Live candidates of one kind and status, most probable first.
    Result<QList<DuplicateCandidate>> candidates(const QString &kind, const QString &status) const;

    // Links a merge moves. "type" is the record type as links name it ("contact", "company").
    Result<QStringList> activityIdsOf(const QString &type, const QString &id) const;
    Status setActivityTarget(const QString &activityId, const QString &targetId, UnitOfWork &work);
    Result<QStringList> dealIdsOf(const QString &type, const QString &id) const;
    Status setDealLink(const QString &dealId, const QString &type, const QString &targetId, UnitOfWork &work);
    Result<QStringList> contactIdsOfCompany(const QString &companyId) const;
    Status setContactCompany(const QString &contactId, const QString &companyId, UnitOfWork &work);
    /// Every tag link row of a record, live or removed.
    Result<QList<TagLinkRef>> tagLinksOf(const QString &type, const QString &id) const;
    Status setTagLinkTarget(const QString &linkId, const QString &targetId, UnitOfWork &work);
    Status setTagLinkCausalLength(const QString &linkId, qint64 causalLength, UnitOfWork &work);

    // Values a merge did not choose.
    Result<QString> addAlternate(RecordAlternate &alternate, UnitOfWork &work);
    Status removeAlternate(const QString &id, UnitOfWork &work);
    Result<QList<RecordAlternate>> alternatesOf(const QString &type, const QString &id) const;

    // This machine's merge history (not synced).
    Status logMerge(MergeLogEntry &entry, qint64 now);
    Result<MergeLogEntry> findMerge(const QString &id) const;
    Status markUndone(const QString &id, qint64 now);

private:
    Database &m_db;
    RecordTable m_reviews;
    RecordTable m_alternates;
    RecordTable m_activities;
    RecordTable m_deals;
    RecordTable m_contacts;
    RecordTable m_tagLinks;
};

} // namespace OmniCrm
