#include "syncschema.h"

namespace OmniCrm {

namespace {

const char *const kSyncedTables[] = {
    "app_user",     "team",     "company", "contact",  "contact_phone", "contact_email",
    "pipeline",     "stage",    "product", "lead",     "deal",          "deal_line_item",
    "stage_change", "activity", "tag",     "tag_link", "brand",
};

// Every field's clock is (hlc, site). A row's columns share sync_hlc/sync_site (NULL site: this
// store's own site) unless sync_field_clock has an entry for that column, so an insert writes no
// row per field; updates and merged remote values write one entry per changed column.
// ADD COLUMN with a constant default only rewrites the schema, never the rows.
const char16_t *const kSyncTables = uR"SQL(
CREATE TABLE sync_field_clock (
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    col TEXT NOT NULL,
    hlc INTEGER NOT NULL,
    site TEXT,
    PRIMARY KEY (tbl, row_id, col)
) WITHOUT ROWID;

-- Per pushing site, the newest localSeq merged here: pulls are in server order, which keeps each
-- site's own order, so a transaction at or below it was applied already.
CREATE TABLE sync_applied (
    site_id TEXT PRIMARY KEY,
    local_seq INTEGER NOT NULL
);

-- Values that lost to a concurrent one (local or remote), kept for review and restore.
CREATE TABLE sync_conflict (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    col TEXT NOT NULL,
    losing_value BLOB,
    losing_hlc INTEGER NOT NULL,
    losing_site TEXT NOT NULL,
    winning_value BLOB,
    winning_hlc INTEGER NOT NULL,
    winning_site TEXT NOT NULL,
    logged_at INTEGER NOT NULL,
    restored_at INTEGER
);
CREATE INDEX sync_conflict_row ON sync_conflict(tbl, row_id);
)SQL";

} // namespace

QString syncMergeMigrationSql()
{
    QString sql;
    for (const char *table : kSyncedTables) {
        const QString name = QString::fromLatin1(table);
        sql += QStringLiteral("ALTER TABLE %1 ADD COLUMN sync_hlc INTEGER NOT NULL DEFAULT 0;\n").arg(name);
        sql += QStringLiteral("ALTER TABLE %1 ADD COLUMN sync_site TEXT;\n").arg(name);
    }
    return sql + QString::fromUtf16(kSyncTables);
}

QString syncReplacedClocksMigrationSql()
{
    // replaced: CBOR map column → [hlc, site] (empty site: this store's). replaced_hlc NULL: the
    // value's writer did not say what it replaced (an insert, a snapshot, an older client).
    return QStringLiteral("ALTER TABLE outbox ADD COLUMN replaced BLOB;\n"
                          "ALTER TABLE sync_field_clock ADD COLUMN replaced_hlc INTEGER;\n"
                          "ALTER TABLE sync_field_clock ADD COLUMN replaced_site TEXT;\n");
}

} // namespace OmniCrm
