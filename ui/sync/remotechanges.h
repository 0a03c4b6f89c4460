// RemoteChanges: which records a pull changed, and how the open pages hear about it. Pages follow
// the GUI store's service signals (contactSaved, dealMoved, …) to refresh their lists and details;
// sync writes through its own connection, so after a pull this emits the same signals on the GUI
// store's services, once per record (or once per kind for a large batch), and the pages refresh
// the way they do after a local save, keeping scroll position and selection.
#pragma once

#include "entities.h"
#include "synctransaction.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace OmniCrm {

class CrmStore;

/// One row a pull wrote, reduced to what a page needs: the record it belongs to.
struct ChangedRow
{
    QString table; // the synced table ("contact", "contact_phone", …)
    QString rowId;
    bool removed = false; // causal length even: deleted
    QString ownerTable; // child rows: the record they belong to, when the change names it
    QString ownerId;

    friend bool operator==(const ChangedRow &, const ChangedRow &) = default;
};

namespace RemoteChanges {

/// The rows of pulled transactions that other sites wrote.
QList<ChangedRow> rowsOf(const QList<SyncTransaction> &transactions, const QString &ownSite);
/// Above this many records of one kind, one list-wide signal replaces the per-record ones.
inline constexpr int kMaxSignalsPerKind = 200;
/// Emits the GUI store's service signals for the records the rows belong to.
void announce(CrmStore &store, const QList<ChangedRow> &rows);

} // namespace RemoteChanges

} // namespace OmniCrm

Q_DECLARE_METATYPE(OmniCrm::ChangedRow)
