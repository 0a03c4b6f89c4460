#include "tagrepository.h"

#include "keyset.h"
#include "uuid7.h"

namespace OmniCrm {

TagRepository::TagRepository(Database &db)
    : m_db(db)
    , m_tags(db, QStringLiteral("tag"))
    , m_links(db, QStringLiteral("tag_link"))
{
}

Result<Tag> TagRepository::ensure(const QString &name, const QString &folded, UnitOfWork &work)
{
    auto existing
        = m_db.cached(QStringLiteral("SELECT id, name, colour FROM tag WHERE folded = ? AND cl % 2 = 1"));
    if (!existing)
        return existing.error();
    (*existing)->bind(1, folded);
    auto row = (*existing)->step();
    if (!row)
        return row.error();
    Tag tag;
    if (*row) {
        tag.meta.id = (*existing)->text(0);
        tag.name = (*existing)->text(1);
        tag.colour = (*existing)->text(2);
        (*existing)->reset();
        return tag;
    }
    // One tag per folded name and one link per (tag, record) on every device: ids derived from
    // those keys make two devices' offline creations the same row, merged by sync.
    tag.meta.id = derivedId(QStringLiteral("tag:") + folded);
    tag.name = name;
    auto inserted = m_tags.insert({ { QStringLiteral("id"), tag.meta.id },
                                    { QStringLiteral("name"), name },
                                    { QStringLiteral("folded"), folded } },
                                  work);
    if (!inserted)
        return inserted.error();
    return tag;
}

Status TagRepository::link(const QString &tagId, const QString &targetType, const QString &targetId,
                           UnitOfWork &work)
{
    auto found = m_db.cached(
        QStringLiteral("SELECT id, cl FROM tag_link WHERE tag_id = ? AND target_type = ? AND target_id = ?"));
    if (!found)
        return found.error();
    (*found)->bind(1, tagId).bind(2, targetType).bind(3, targetId);
    auto row = (*found)->step();
    if (!row)
        return row.error();
    if (*row) {
        const QString id = (*found)->text(0);
        const qint64 cl = (*found)->int64(1);
        (*found)->reset();
        return cl % 2 == 1 ? Status() : m_links.setCausalLength(id, cl + 1, work);
    }
    const QString linkId = derivedId(QStringLiteral("link:%1:%2:%3").arg(tagId, targetType, targetId));
    auto inserted = m_links.insert({ { QStringLiteral("id"), linkId },
                                     { QStringLiteral("tag_id"), tagId },
                                     { QStringLiteral("target_type"), targetType },
                                     { QStringLiteral("target_id"), targetId } },
                                   work);
    return inserted ? Status() : inserted.error();
}

Status TagRepository::unlink(const QString &tagId, const QString &targetType, const QString &targetId,
                             UnitOfWork &work)
{
    auto found = m_db.cached(QStringLiteral(
        "SELECT id, cl FROM tag_link WHERE tag_id = ? AND target_type = ? AND target_id = ? AND cl % 2 = 1"));
    if (!found)
        return found.error();
    (*found)->bind(1, tagId).bind(2, targetType).bind(3, targetId);
    auto row = (*found)->step();
    if (!row)
        return row.error();
    if (!*row)
        return {};
    const QString id = (*found)->text(0);
    const qint64 cl = (*found)->int64(1);
    (*found)->reset();
    return m_links.setCausalLength(id, cl + 1, work);
}

Result<QStringList> TagRepository::namesOf(const QString &targetType, const QString &targetId) const
{
    // target_type and target_id: two keys, so the loop is spelled out rather than allRows'.
    auto stmt = m_db.prepare(QStringLiteral(
        "SELECT t.name FROM tag_link l JOIN tag t ON t.id = l.tag_id "
        "WHERE l.target_type = ? AND l.target_id = ? AND l.cl % 2 = 1 AND t.cl % 2 = 1 ORDER BY t.folded"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, targetType).bind(2, targetId);
    QStringList names;
    while (true) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            return names;
        names.append(stmt->text(0));
    }
}

} // namespace OmniCrm
