// Migration 5: what the client-side merge engine keeps (DESIGN §5). Its own file so schema.cpp
// only gains one line.
#pragma once

#include <QString>

namespace OmniCrm {

/// Per-row clocks on every synced table, per-field clock overrides, applied transactions,
/// and the conflict log.
QString syncMergeMigrationSql();

/// Migration 8: the clock of the value each change replaced, in the outbox and beside each
/// field's clock, so only edits made at the same time are logged as conflicts.
QString syncReplacedClocksMigrationSql();

} // namespace OmniCrm
