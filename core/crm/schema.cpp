#include "schema.h"
#include "syncschema.h"

namespace OmniCrm {

namespace {

// Common columns of every synced row: a client UUIDv7 id, times in UTC milliseconds, and a causal
// length (odd alive, even deleted). rowid stays the local key for indexes and the search docid.
// Partial indexes "WHERE cl % 2 = 1" cover only live rows; queries repeat that exact condition.
const char16_t *const kInitial = uR"SQL(
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE app_user (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    email TEXT,
    role TEXT NOT NULL DEFAULT 'rep',
    team_id TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    cl INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE team (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    cl INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE import_batch (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    source TEXT NOT NULL,
    imported INTEGER NOT NULL,
    skipped_duplicates INTEGER NOT NULL,
    errors INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    undone_at INTEGER
);

CREATE TABLE company (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    sort_key TEXT NOT NULL,
    industry TEXT,
    website TEXT,
    phone_e164 TEXT,
    phone_raw TEXT,
    email TEXT,
    city TEXT,
    country TEXT,
    address TEXT,
    notes TEXT,
    owner_id TEXT,
    import_batch TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    cl INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX company_sort ON company(sort_key, rowid) WHERE cl % 2 = 1;
CREATE INDEX company_phone ON company(phone_e164) WHERE cl % 2 = 1;
CREATE INDEX company_email ON company(email) WHERE cl % 2 = 1;
CREATE INDEX company_batch ON company(import_batch) WHERE import_batch IS NOT NULL;

CREATE TABLE contact (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    full_name TEXT NOT NULL,
    first_name TEXT,
    last_name TEXT,
    sort_key TEXT NOT NULL,
    primary_phone TEXT,
    primary_email TEXT,
    company_id TEXT REFERENCES company(id),
    title TEXT,
    city TEXT,
    country TEXT,
    address TEXT,
    website TEXT,
    source TEXT,
    notes TEXT,
    owner_id TEXT,
    import_batch TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    cl INTEGER NOT NULL DEFAULT 1
);
-- The contact list reads this index alone: every column a list row shows is in it, so a page
-- at any depth is a few adjacent index pages instead of one random table page per row.
CREATE INDEX contact_list ON contact(sort_key, rowid, id, full_name, company_id, primary_phone,
                                     primary_email, city, updated_at, cl) WHERE cl % 2 = 1;
CREATE INDEX contact_company ON contact(company_id);
CREATE INDEX contact_batch ON contact(import_batch) WHERE import_batch IS NOT NULL;

CREATE TABLE contact_phone (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    contact_id TEXT NOT NULL REFERENCES contact(id),
    e164 TEXT NOT NULL,
    national TEXT,
    raw TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT 'mobile',
    is_primary INTEGER NOT NULL DEFAULT 0,
    opt_out INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    cl INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX contact_phone_e164 ON contact_phone(e164) WHERE cl % 2 = 1;
CREATE INDEX contact_phone_contact ON contact_phone(contact_id);

CREATE TABLE contact_email (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    contact_id TEXT NOT NULL REFERENCES contact(id),
    email TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT 'work',
    is_primary INTEGER NOT NULL DEFAULT 0,
    opt_out INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    cl INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX contact_email_email ON contact_email(email) WHERE cl % 2 = 1;
CREATE INDEX contact_email_contact ON contact_email(contact_id);

CREATE TABLE pipeline (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name_ar TEXT NOT NULL,
    name_en TEXT NOT NULL,
    is_default INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    cl INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE stage (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    pipeline_id TEXT NOT NULL REFERENCES pipeline(id),
    name_ar TEXT NOT NULL,
    name_en TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('open', 'won', 'lost')),
    probability INTEGER NOT NULL,
    colour TEXT NOT NULL,
    position INTEGER NOT NULL,
    stale_after_days INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    cl INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX stage_pipeline ON stage(pipeline_id, position);

CREATE TABLE product (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    sku TEXT NOT NULL,
    name_ar TEXT NOT NULL,
    name_en TEXT NOT NULL,
    sort_key TEXT NOT NULL,
    category TEXT,
    price_minor INTEGER NOT NULL,
    cost_minor INTEGER NOT NULL DEFAULT 0,
    currency TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    cl INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX product_sort ON product(sort_key, rowid) WHERE cl % 2 = 1;
CREATE INDEX product_sku ON product(sku) WHERE cl % 2 = 1;

CREATE TABLE lead (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    sort_key TEXT NOT NULL,
    person_name TEXT,
    company_name TEXT,
    phone_e164 TEXT,
    phone_raw TEXT,
    email TEXT,
    city TEXT,
    source TEXT,
    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'contacted', 'qualified', 'converted', 'lost')),
    lead_type TEXT,
    priority TEXT,
    value_minor INTEGER,
    currency TEXT,
    notes TEXT,
    owner_id TEXT,
    converted_contact_id TEXT,
    converted_company_id TEXT,
    converted_deal_id TEXT,
    converted_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    cl INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX lead_sort ON lead(sort_key, rowid) WHERE cl % 2 = 1;

CREATE TABLE deal (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    sort_key TEXT NOT NULL,
    pipeline_id TEXT NOT NULL REFERENCES pipeline(id),
    stage_id TEXT NOT NULL REFERENCES stage(id),
    contact_id TEXT,
    company_id TEXT,
    amount_minor INTEGER NOT NULL DEFAULT 0,
    currency TEXT NOT NULL,
    probability INTEGER,
    expected_close TEXT,
    owner_id TEXT,
    lost_reason TEXT,
    stage_changed_at INTEGER NOT NULL,
    closed_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    cl INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX deal_sort ON deal(sort_key, rowid) WHERE cl % 2 = 1;
CREATE INDEX deal_stage ON deal(stage_id) WHERE cl % 2 = 1;
CREATE INDEX deal_contact ON deal(contact_id);
CREATE INDEX deal_company ON deal(company_id);

CREATE TABLE deal_line_item (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    deal_id TEXT NOT NULL REFERENCES deal(id),
    product_id TEXT,
    description TEXT NOT NULL,
    quantity INTEGER NOT NULL,
    unit_price_minor INTEGER NOT NULL,
    discount_minor INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    cl INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX deal_line_item_deal ON deal_line_item(deal_id);

CREATE TABLE stage_change (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    deal_id TEXT NOT NULL REFERENCES deal(id),
    from_stage_id TEXT,
    to_stage_id TEXT NOT NULL,
    changed_by TEXT,
    changed_at INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    cl INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX stage_change_deal ON stage_change(deal_id, changed_at);

CREATE TABLE activity (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('call', 'meeting', 'task', 'email', 'whatsapp', 'note')),
    subject TEXT NOT NULL,
    body TEXT,
    target_type TEXT NOT NULL,
    target_id TEXT NOT NULL,
    due_at INTEGER,
    done_at INTEGER,
    owner_id TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    cl INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX activity_target ON activity(target_type, target_id, created_at);
CREATE INDEX activity_due ON activity(due_at) WHERE cl % 2 = 1 AND done_at IS NULL;

CREATE TABLE tag (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    folded TEXT NOT NULL,
    colour TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    cl INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX tag_folded ON tag(folded) WHERE cl % 2 = 1;

-- Add-wins set membership: one row per (tag, record); cl counts add/remove.
CREATE TABLE tag_link (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    tag_id TEXT NOT NULL REFERENCES tag(id),
    target_type TEXT NOT NULL,
    target_id TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    cl INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX tag_link_pair ON tag_link(tag_id, target_type, target_id);
CREATE INDEX tag_link_target ON tag_link(target_type, target_id);

-- Change capture for sync (DESIGN §5): one row per changed record in each transaction, its
-- changed fields as a CBOR map (column → value). One row
-- per record rather than per field keeps a 100,000-row import to a few inserts per contact;
-- every field still carries the row's HLC, so merging stays per field. seq is the local
-- sequence; what the server acknowledged is a watermark (meta 'outbox_acked_seq').
-- No AUTOINCREMENT (it rewrites sqlite_sequence on every insert): seq = max + 1 stays
-- monotonic because pruning acknowledged rows always keeps the newest one.
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY,
    tx_id TEXT NOT NULL,
    tbl TEXT NOT NULL,
    row_id TEXT NOT NULL,
    fields BLOB NOT NULL,
    hlc INTEGER NOT NULL,
    cl INTEGER NOT NULL
);

-- Search over folded text (DESIGN §6). docid = rowid * 8 + kind code (see SearchIndex).
-- Text is folded and tokenised by OmniCRM before it gets here, so the simple tokenizer
-- only splits on the spaces we wrote.
CREATE VIRTUAL TABLE search_index USING fts4(body, tokenize=simple, prefix="2,4,6");
)SQL";

// Record lists (issue 3): every list orders by name or by last change, both ways, and activities
// also by due date, each by keyset over a partial index of live rows. Activities gain the folded
// subject lists sort by (rows written before this migration keep a lower-cased subject until
// they change). Saved views are one user's list settings on this machine: never synced.
const char16_t *const kRecordLists = uR"SQL(
CREATE INDEX contact_updated ON contact(updated_at, rowid) WHERE cl % 2 = 1;
CREATE INDEX company_updated ON company(updated_at, rowid) WHERE cl % 2 = 1;
CREATE INDEX lead_updated ON lead(updated_at, rowid) WHERE cl % 2 = 1;
CREATE INDEX product_updated ON product(updated_at, rowid) WHERE cl % 2 = 1;

ALTER TABLE activity ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';
UPDATE activity SET sort_key = lower(subject);
CREATE INDEX activity_sort ON activity(sort_key, rowid) WHERE cl % 2 = 1;
CREATE INDEX activity_due_list ON activity(ifnull(due_at, 9223372036854775807), rowid) WHERE cl % 2 = 1;
CREATE INDEX activity_updated ON activity(updated_at, rowid) WHERE cl % 2 = 1;

CREATE TABLE saved_view (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    folded TEXT NOT NULL,
    filter_text TEXT NOT NULL DEFAULT '',
    sort_order TEXT NOT NULL DEFAULT 'name',
    descending INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX saved_view_name ON saved_view(kind, folded);
)SQL";

// Pipeline board and dashboard (issue 3). A board column pages one stage's deals, newest
// arrivals first; the deal table pages one pipeline by title or last change. The aggregates read
// covering indexes (cl is in them because SQLite 3.15 still reads the column the partial-index
// condition names): column totals, pipeline value by stage and won revenue per month read
// deal_stage_value alone, lead conversion and leads by source lead_created, activities due and
// overdue activity_open_due.
const char16_t *const kBoardAndDashboard = uR"SQL(
CREATE INDEX deal_stage_time ON deal(stage_id, stage_changed_at, rowid) WHERE cl % 2 = 1;
CREATE INDEX deal_stage_value ON deal(stage_id, currency, amount_minor, closed_at, cl) WHERE cl % 2 = 1;
CREATE INDEX deal_pipeline_sort ON deal(pipeline_id, sort_key, rowid) WHERE cl % 2 = 1;
CREATE INDEX deal_pipeline_updated ON deal(pipeline_id, updated_at, rowid) WHERE cl % 2 = 1;
CREATE INDEX lead_created ON lead(created_at, source, converted_deal_id, cl) WHERE cl % 2 = 1;
CREATE INDEX activity_open_due ON activity(due_at, done_at, cl) WHERE cl % 2 = 1 AND done_at IS NULL;
)SQL";

// Brands (issue 3): how a business shows itself — name, logo, colour, currency, language, time
// zone. Synced like every record; which brand is active is this machine's choice (meta
// 'active_brand'), as are the display preferences (meta 'pref.*').
const char16_t *const kBrands = uR"SQL(
CREATE TABLE brand (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    sort_key TEXT NOT NULL,
    logo BLOB,
    logo_type TEXT,
    primary_color TEXT NOT NULL,
    currency TEXT NOT NULL,
    language TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    cl INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX brand_sort ON brand(sort_key, rowid) WHERE cl % 2 = 1;
)SQL";

// AI providers and translation (issue 5 §1, §5): what each provider and model cost per month
// (the monthly cap reads it), translations saved beside their original, and the secrets (API
// keys) of machines where no OS keychain answers. None of them is synced.
const char16_t *const kAiProviders = uR"SQL(
CREATE TABLE ai_spend (
    month TEXT NOT NULL,
    provider TEXT NOT NULL,
    model TEXT NOT NULL,
    calls INTEGER NOT NULL DEFAULT 0,
    prompt_tokens INTEGER NOT NULL DEFAULT 0,
    completion_tokens INTEGER NOT NULL DEFAULT 0,
    cost_micros INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, provider, model)
);

CREATE TABLE translation (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    source_kind TEXT NOT NULL,
    source_id TEXT NOT NULL,
    language TEXT NOT NULL,
    body TEXT NOT NULL,
    provider TEXT NOT NULL,
    model TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX translation_source ON translation(source_kind, source_id, created_at);

CREATE TABLE local_secret (
    account TEXT PRIMARY KEY,
    secret BLOB NOT NULL
);
)SQL";

// Deduplication (issue 5 §3). dedupe_review is the review queue of likely duplicates, synced so a
// dismissal made on one machine is remembered on all; record_alternate keeps every value a merge
// did not choose (synced); merge_log is this machine's undo history of merges (local). The two
// synced tables carry the merge clocks every synced table has since migration 5.
const char16_t *const kDedupe = uR"SQL(
CREATE TABLE dedupe_review (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('contact', 'company')),
    record_a TEXT NOT NULL,
    record_b TEXT NOT NULL,
    probability REAL NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'dismissed', 'merged')),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    cl INTEGER NOT NULL DEFAULT 1,
    sync_hlc INTEGER NOT NULL DEFAULT 0, -- the row's merge clock (migration 5)
    sync_site TEXT
);
CREATE UNIQUE INDEX dedupe_review_pair ON dedupe_review(kind, record_a, record_b);
CREATE INDEX dedupe_review_status ON dedupe_review(kind, status, probability) WHERE cl % 2 = 1;

CREATE TABLE record_alternate (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    record_type TEXT NOT NULL,
    record_id TEXT NOT NULL,
    field TEXT NOT NULL,
    value TEXT NOT NULL,
    source_id TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    cl INTEGER NOT NULL DEFAULT 1,
    sync_hlc INTEGER NOT NULL DEFAULT 0, -- the row's merge clock (migration 5)
    sync_site TEXT
);
CREATE INDEX record_alternate_record ON record_alternate(record_type, record_id) WHERE cl % 2 = 1;

CREATE TABLE merge_log (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    survivor_id TEXT NOT NULL,
    loser_id TEXT NOT NULL,
    undo BLOB NOT NULL,
    created_at INTEGER NOT NULL,
    undone_at INTEGER
);
)SQL";

} // namespace

QList<Migration> crmMigrations()
{
    return {
        { 1, QStringLiteral("initial CRM schema"), QString::fromUtf16(kInitial) },
        { 2, QStringLiteral("brands"), QString::fromUtf16(kBrands) },
        { 3, QStringLiteral("pipeline board and dashboard indexes"), QString::fromUtf16(kBoardAndDashboard) },
        { 4, QStringLiteral("record list orders and saved views"), QString::fromUtf16(kRecordLists) },
        { 5, QStringLiteral("sync merge clocks, applied transactions and conflicts"),
          syncMergeMigrationSql() },
        { 6, QStringLiteral("dedupe review queue, alternates and merge log"), QString::fromUtf16(kDedupe) },
        { 7, QStringLiteral("AI spend, translations and local secrets"), QString::fromUtf16(kAiProviders) },
        { 8, QStringLiteral("sync: the clock of the value each change replaced"),
          syncReplacedClocksMigrationSql() },
    };
}

} // namespace OmniCrm
