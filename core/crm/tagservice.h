// TagService: tags by folded name (so "VIP" and "vip", "عميل مهم" and "عميل مهمّ" are one tag)
// and the add-wins set of tags on a record.
#pragma once

#include "tagrepository.h"

namespace OmniCrm {

class TagService
{
public:
    explicit TagService(TagRepository &tags);

    /// Makes the record's tags exactly `names` (links new ones, unlinks missing ones).
    Status setTags(const QString &targetType, const QString &targetId, const QStringList &names,
                   UnitOfWork &work);
    /// Adds tags without removing any (imports, merges).
    Status addTags(const QString &targetType, const QString &targetId, const QStringList &names,
                   UnitOfWork &work);
    Result<QStringList> namesOf(const QString &targetType, const QString &targetId) const;

private:
    TagRepository &m_tags;
};

} // namespace OmniCrm
