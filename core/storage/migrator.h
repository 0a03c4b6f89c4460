// Migrator: applies numbered schema migrations, all pending ones in one transaction.
// The schema version lives in PRAGMA user_version; migrations are additive between releases.
#pragma once

#include "database.h"

#include <QList>

namespace OmniCrm {

struct Migration
{
    int version = 0; // 1, 2, 3 … in order, never reused
    QString name;
    QString sql; // one or more statements
};

class Migrator
{
public:
    explicit Migrator(QList<Migration> migrations);

    /// The version of the newest migration known to this build.
    int latestVersion() const;
    static Result<int> currentVersion(Database &db);
    /// Applies every migration newer than the store's version, in one transaction.
    /// A store newer than this build is refused (ErrorCode::Unsupported), never downgraded.
    Status migrate(Database &db) const;

private:
    QList<Migration> m_migrations;
};

} // namespace OmniCrm
