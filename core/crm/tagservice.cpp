#include "tagservice.h"

#include "arabictext.h"

namespace OmniCrm {

TagService::TagService(TagRepository &tags)
    : m_tags(tags)
{
}

Status TagService::addTags(const QString &targetType, const QString &targetId, const QStringList &names,
                           UnitOfWork &work)
{
    for (const QString &name : names) {
        const QString trimmed = name.simplified();
        if (trimmed.isEmpty())
            continue;
        auto tag = m_tags.ensure(trimmed, ArabicText::fold(trimmed), work);
        if (!tag)
            return tag.error();
        OMNICRM_TRY(m_tags.link(tag->meta.id, targetType, targetId, work));
    }
    return {};
}

Status TagService::setTags(const QString &targetType, const QString &targetId, const QStringList &names,
                           UnitOfWork &work)
{
    auto current = m_tags.namesOf(targetType, targetId);
    if (!current)
        return current.error();
    QStringList wanted;
    for (const QString &name : names)
        wanted.append(ArabicText::fold(name));
    for (const QString &existing : *current) {
        if (wanted.contains(ArabicText::fold(existing)))
            continue;
        auto tag = m_tags.ensure(existing, ArabicText::fold(existing), work);
        if (!tag)
            return tag.error();
        OMNICRM_TRY(m_tags.unlink(tag->meta.id, targetType, targetId, work));
    }
    return addTags(targetType, targetId, names, work);
}

Result<QStringList> TagService::namesOf(const QString &targetType, const QString &targetId) const
{
    return m_tags.namesOf(targetType, targetId);
}

} // namespace OmniCrm
