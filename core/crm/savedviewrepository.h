// SavedViewRepository: the only code that knows the saved_view table. Saved views are one user's
// list settings on this machine (filter text and order under a name); they are not synced.
#pragma once

#include "database.h"
#include "entities.h"
#include "page.h"

namespace OmniCrm {

struct SavedView
{
    QString id;
    RecordKind kind = RecordKind::Contact;
    QString name;
    QString filterText;
    ListSort sort;
};

class SavedViewRepository
{
public:
    explicit SavedViewRepository(Database &db);

    /// The views of one list, by folded name.
    Result<QList<SavedView>> forKind(RecordKind kind) const;
    /// Stores `view` under its name; a view of the same list whose name folds the same is replaced
    /// and keeps its id. Fills in `view.id`.
    Status put(SavedView &view, const QString &folded);
    Status remove(const QString &id);

private:
    Database &m_db;
};

} // namespace OmniCrm
