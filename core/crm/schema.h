// The store's schema: numbered migrations for the CRM tables, the outbox and the search index.
#pragma once

#include "migrator.h"

namespace OmniCrm {

/// Every migration of the local store, oldest first. Additive between releases.
QList<Migration> crmMigrations();

} // namespace OmniCrm
