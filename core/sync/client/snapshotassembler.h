// Turns snapshot rows (the server's per-field state) into the transactions Replica::applySnapshot
// takes: one per writing site, each row change grouping the fields of one hlc.
#pragma once

#include "syncmessages.h"

namespace OmniCrm {

QList<SyncTransaction> snapshotTransactions(const QList<Wire::SnapshotRow> &rows);

} // namespace OmniCrm
