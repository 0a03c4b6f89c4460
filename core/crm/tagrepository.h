// TagRepository: the only code that knows the tag and tag_link tables. Links are an add-wins
// set: removing a link raises its causal length to even, adding it again to odd.
#pragma once

#include "changelog.h"
#include "entities.h"
#include "recordtable.h"

namespace OmniCrm {

class TagRepository
{
public:
    explicit TagRepository(Database &db);

    /// The live tag whose folded name is `folded`, created with `name` when there is none.
    Result<Tag> ensure(const QString &name, const QString &folded, UnitOfWork &work);
    Status link(const QString &tagId, const QString &targetType, const QString &targetId, UnitOfWork &work);
    Status unlink(const QString &tagId, const QString &targetType, const QString &targetId, UnitOfWork &work);
    /// Tag names of one record, alphabetical.
    Result<QStringList> namesOf(const QString &targetType, const QString &targetId) const;

private:
    Database &m_db;
    RecordTable m_tags;
    RecordTable m_links;
};

} // namespace OmniCrm
