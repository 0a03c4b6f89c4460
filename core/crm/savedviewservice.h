// SavedViewService: named list settings (filter text and order) a user keeps per list and picks
// from a menu. A name is required; saving under a name the list already has replaces that view.
#pragma once

#include "savedviewrepository.h"

#include <QObject>

namespace OmniCrm {

class SavedViewService : public QObject
{
    Q_OBJECT
public:
    explicit SavedViewService(SavedViewRepository &views, QObject *parent = nullptr);

    Result<QList<SavedView>> views(RecordKind kind) const { return m_views.forKind(kind); }
    /// Saves the view; returns its id (the replaced view's id when the name was taken).
    Result<QString> save(RecordKind kind, const QString &name, const QString &filterText,
                         const ListSort &sort);
    Status remove(RecordKind kind, const QString &id);

Q_SIGNALS:
    void viewsChanged(OmniCrm::RecordKind kind);

private:
    SavedViewRepository &m_views;
};

} // namespace OmniCrm
