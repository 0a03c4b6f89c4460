// RecordKindOps: what a record list page does differently by kind alone: its words ("New
// contact", "All contacts", "Contact … deleted."), its name and icon, which service deletes and
// restores a record, and which services' signals change the list. Deals have none of these; they
// live on the pipeline page.
#pragma once

#include "entities.h"
#include "recordcelldelegate.h"
#include "result.h"

#include <QCoreApplication>
#include <QIcon>

#include <functional>

namespace OmniCrm {

class CrmStore;

struct RecordKindOps
{
    Q_DECLARE_TR_FUNCTIONS(OmniCrm::RecordKindOps)
public:
    using IdSlot = std::function<void(const QString &id)>;

    /// The page's object name ("contactsPage", …).
    static QString pageName(RecordKind kind);
    static QIcon icon(RecordKind kind);
    /// What the list's cells stand out by (activities: overdue dates); empty for none.
    static RecordCellDelegate::Accent cellAccent(RecordKind kind);

    static QString newText(RecordKind kind);
    static QString filterPlaceholder(RecordKind kind);
    /// The saved-views entry that shows every record of the kind.
    static QString allViewText(RecordKind kind);
    /// What the undo bar says after `count` deletes; the last one deleted is `name`.
    static QString deletedMessage(RecordKind kind, int count, const QString &name);

    static Status remove(CrmStore &store, RecordKind kind, const QString &id);
    static Status restore(CrmStore &store, RecordKind kind, const QString &id);
    /// Calls `changed` when a record of the kind is saved, removed or converted, and `others` when
    /// a record the list names or counts (a contact's company, …) is; both live as long as `context`.
    static void followChanges(CrmStore &store, RecordKind kind, QObject *context, const IdSlot &changed,
                              const IdSlot &others);
};

} // namespace OmniCrm
