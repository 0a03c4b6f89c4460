#include "mergerepository.h"

#include "keyset.h"
#include "uuid7.h"

namespace OmniCrm {

namespace {

const QString kReviewColumns = QStringLiteral("id, kind, record_a, record_b, probability, status");

DuplicateCandidate candidateFromRow(const Statement &s)
{
    DuplicateCandidate c;
    c.id = s.text(0);
    c.kind = s.text(1);
    c.recordA = s.text(2);
    c.recordB = s.text(3);
    c.probability = s.real(4);
    c.status = s.text(5);
    return c;
}

QString dealColumn(const QString &type)
{
    return type == u"company" ? QStringLiteral("company_id") : QStringLiteral("contact_id");
}

} // namespace

MergeRepository::MergeRepository(Database &db)
    : m_db(db)
    , m_reviews(db, QStringLiteral("dedupe_review"))
    , m_alternates(db, QStringLiteral("record_alternate"))
    , m_activities(db, QStringLiteral("activity"))
    , m_deals(db, QStringLiteral("deal"))
    , m_contacts(db, QStringLiteral("contact"))
    , m_tagLinks(db, QStringLiteral("tag_link"))
{
}

Result<std::optional<DuplicateCandidate>> MergeRepository::candidate(const QString &kind, const QString &a,
                                                                     const QString &b) const
{
    auto stmt
        = m_db.prepare(QStringLiteral("SELECT %1 FROM dedupe_review WHERE kind = ?1 AND record_a = ?2 AND "
                                      "record_b = ?3 AND cl % 2 = 1")
                           .arg(kReviewColumns));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, kind).bind(2, a < b ? a : b).bind(3, a < b ? b : a);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<DuplicateCandidate>();
    return std::optional<DuplicateCandidate>(candidateFromRow(*stmt));
}

Result<DuplicateCandidate> MergeRepository::candidateById(const QString &id) const
{
    return oneRow<DuplicateCandidate>(
        m_db, QStringLiteral("SELECT %1 FROM dedupe_review WHERE id = ?1").arg(kReviewColumns), id,
        candidateFromRow, QStringLiteral("duplicate candidate"));
}

Status MergeRepository::saveCandidate(DuplicateCandidate &candidate, UnitOfWork &work)
{
    if (candidate.recordB < candidate.recordA)
        std::swap(candidate.recordA, candidate.recordB);
    auto existing = this->candidate(candidate.kind, candidate.recordA, candidate.recordB);
    if (!existing)
        return existing.error();
    if (*existing) {
        const DuplicateCandidate &old = **existing;
        candidate.id = old.id;
        candidate.status = old.status;
        if (qAbs(old.probability - candidate.probability) < 1e-9)
            return {};
        return m_reviews.update(old.id, { { QStringLiteral("probability"), candidate.probability } }, work);
    }
    if (candidate.id.isEmpty())
        candidate.id = newId();
    auto inserted = m_reviews.insert({ { QStringLiteral("id"), candidate.id },
                                       { QStringLiteral("kind"), candidate.kind },
                                       { QStringLiteral("record_a"), candidate.recordA },
                                       { QStringLiteral("record_b"), candidate.recordB },
                                       { QStringLiteral("probability"), candidate.probability },
                                       { QStringLiteral("status"), candidate.status } },
                                     work);
    if (!inserted)
        return inserted.error();
    return {};
}

Status MergeRepository::setCandidateStatus(const QString &id, const QString &status, UnitOfWork &work)
{
    return m_reviews.update(id, { { QStringLiteral("status"), status } }, work);
}

Result<QList<DuplicateCandidate>> MergeRepository::candidates(const QString &kind,
                                                              const QString &status) const
{
    QList<DuplicateCandidate> out;
    auto stmt
        = m_db.prepare(QStringLiteral("SELECT %1 FROM dedupe_review WHERE kind = ?1 AND status = ?2 AND "
                                      "cl % 2 = 1 ORDER BY probability DESC, rowid")
                           .arg(kReviewColumns));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, kind).bind(2, status);
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.append(candidateFromRow(*stmt));
    }
    return out;
}

Result<QStringList> MergeRepository::activityIdsOf(const QString &type, const QString &id) const
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT id FROM activity WHERE target_type = ?1 AND target_id = ?2 AND cl % 2 = 1 ORDER BY rowid"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, type).bind(2, id);
    QStringList out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.append(stmt->text(0));
    }
    return out;
}

Status MergeRepository::setActivityTarget(const QString &activityId, const QString &targetId,
                                          UnitOfWork &work)
{
    return m_activities.update(activityId, { { QStringLiteral("target_id"), targetId } }, work);
}

Result<QStringList> MergeRepository::dealIdsOf(const QString &type, const QString &id) const
{
    return textColumn(m_db,
                      QStringLiteral("SELECT id FROM deal WHERE %1 = ? AND cl % 2 = 1 ORDER BY rowid")
                          .arg(dealColumn(type)),
                      id);
}

Status MergeRepository::setDealLink(const QString &dealId, const QString &type, const QString &targetId,
                                    UnitOfWork &work)
{
    return m_deals.update(dealId, { { dealColumn(type), targetId } }, work);
}

Result<QStringList> MergeRepository::contactIdsOfCompany(const QString &companyId) const
{
    return textColumn(
        m_db, QStringLiteral("SELECT id FROM contact WHERE company_id = ? AND cl % 2 = 1 ORDER BY rowid"),
        companyId);
}

Status MergeRepository::setContactCompany(const QString &contactId, const QString &companyId,
                                          UnitOfWork &work)
{
    return m_contacts.update(contactId, { { QStringLiteral("company_id"), companyId } }, work);
}

Result<QList<TagLinkRef>> MergeRepository::tagLinksOf(const QString &type, const QString &id) const
{
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT id, tag_id, cl FROM tag_link WHERE target_type = ?1 AND target_id = ?2 ORDER BY rowid"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, type).bind(2, id);
    QList<TagLinkRef> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.append({ stmt->text(0), stmt->text(1), stmt->int64(2) });
    }
    return out;
}

Status MergeRepository::setTagLinkTarget(const QString &linkId, const QString &targetId, UnitOfWork &work)
{
    return m_tagLinks.update(linkId, { { QStringLiteral("target_id"), targetId } }, work);
}

Status MergeRepository::setTagLinkCausalLength(const QString &linkId, qint64 causalLength, UnitOfWork &work)
{
    return m_tagLinks.setCausalLength(linkId, causalLength, work);
}

Result<QString> MergeRepository::addAlternate(RecordAlternate &alternate, UnitOfWork &work)
{
    if (alternate.id.isEmpty())
        alternate.id = newId();
    auto inserted = m_alternates.insert({ { QStringLiteral("id"), alternate.id },
                                          { QStringLiteral("record_type"), alternate.recordType },
                                          { QStringLiteral("record_id"), alternate.recordId },
                                          { QStringLiteral("field"), alternate.field },
                                          { QStringLiteral("value"), alternate.value },
                                          { QStringLiteral("source_id"), alternate.sourceId } },
                                        work);
    if (!inserted)
        return inserted.error();
    return alternate.id;
}

Status MergeRepository::removeAlternate(const QString &id, UnitOfWork &work)
{
    return m_alternates.markDeleted(id, work);
}

Result<QList<RecordAlternate>> MergeRepository::alternatesOf(const QString &type, const QString &id) const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT id, record_type, record_id, field, value, source_id FROM "
                                            "record_alternate WHERE record_type = ?1 AND record_id = ?2 AND "
                                            "cl % 2 = 1 ORDER BY rowid"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, type).bind(2, id);
    QList<RecordAlternate> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.append(
            { stmt->text(0), stmt->text(1), stmt->text(2), stmt->text(3), stmt->text(4), stmt->text(5) });
    }
    return out;
}

Status MergeRepository::logMerge(MergeLogEntry &entry, qint64 now)
{
    if (entry.id.isEmpty())
        entry.id = newId();
    entry.createdAt = now;
    auto stmt = m_db.prepare(QStringLiteral("INSERT INTO merge_log (id, kind, survivor_id, loser_id, undo, "
                                            "created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, entry.id).bind(2, entry.kind).bind(3, entry.survivorId).bind(4, entry.loserId);
    stmt->bind(5, entry.undo).bind(6, now);
    return stmt->run();
}

Result<MergeLogEntry> MergeRepository::findMerge(const QString &id) const
{
    return oneRow<MergeLogEntry>(
        m_db,
        QStringLiteral("SELECT id, kind, survivor_id, loser_id, undo, created_at, undone_at FROM merge_log "
                       "WHERE id = ?1"),
        id,
        [](const Statement &s) {
            return MergeLogEntry { s.text(0), s.text(1),  s.text(2),         s.text(3),
                                   s.blob(4), s.int64(5), s.optionalInt64(6) };
        },
        QStringLiteral("merge"));
}

Status MergeRepository::markUndone(const QString &id, qint64 now)
{
    auto stmt = m_db.prepare(QStringLiteral("UPDATE merge_log SET undone_at = ?1 WHERE id = ?2"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, now).bind(2, id);
    return stmt->run();
}

} // namespace OmniCrm
