#include "database.h"

#include <QFile>
#include <QHash>
#include <QLoggingCategory>

#include <sqlite3.h>

namespace OmniCrm {

Q_LOGGING_CATEGORY(lcDatabase, "omnicrm.storage.database")

namespace {

// 32 MiB of page cache and SQLite's automatic checkpoint every 1,000 log pages.
const QString kUsualWriteSettings
    = QStringLiteral("PRAGMA cache_size = -32768; PRAGMA wal_autocheckpoint = 1000;");
// 256 MiB holds every page a 100,000-contact import touches (SQLite allocates cache pages only as
// they are used, so a small bulk write never costs that memory), and no checkpoint on commit.
const QString kBulkWriteSettings
    = QStringLiteral("PRAGMA cache_size = -262144; PRAGMA wal_autocheckpoint = 0;");

QString hexKey(const QByteArray &raw)
{
    return QStringLiteral("\"x'") + QString::fromLatin1(raw.toHex()) + QStringLiteral("'\"");
}

// SQLCipher 4 changed its defaults; pin the settings this store format uses so a file written by
// Debian's SQLCipher 3.4 opens on SQLCipher 4 builds elsewhere, and the reverse.
Status applyCipherSettings(sqlite3 *db)
{
    const char *sql = "PRAGMA cipher_page_size = 4096;";
    char *err = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        const QString detail = QString::fromUtf8(err ? err : "cipher settings refused");
        sqlite3_free(err);
        return Error::make(ErrorCode::Database, detail);
    }
#if defined(SQLITE_HAS_CODEC)
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA cipher_version;", -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW) {
        const auto *version = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
        if (version && version[0] >= '4') {
            sqlite3_exec(db,
                         "PRAGMA cipher_hmac_algorithm = HMAC_SHA1;"
                         "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA1;",
                         nullptr, nullptr, nullptr);
        }
    }
    sqlite3_finalize(stmt);
#endif
    return {};
}

// SQLite keeps memory statistics by default: a global mutex and a size lookup on every one of
// its allocations, and this build (no lookaside) allocates a few times per row written. Nothing
// here reads them (sqlite3_status, sqlite3_memory_used), so they are off, as SQLite recommends
// (SQLITE_DEFAULT_MEMSTATUS=0). Only possible before SQLite initialises: once, before the first
// connection; if something else in the process initialised SQLite first, the call is refused
// and nothing changes.
void configureSqliteOnce()
{
    static const bool configured = [] {
        return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    }();
    Q_UNUSED(configured);
}

} // namespace

struct Database::Cache
{
    QHash<QString, Statement *> statements;
    ~Cache() { qDeleteAll(statements); }
};

Database::~Database()
{
    close();
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
    , m_cache(std::move(other.m_cache))
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_cache = std::move(other.m_cache);
    }
    return *this;
}

void Database::close()
{
    m_cache.reset(); // finalize statements before the connection
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Result<Database> Database::open(const QString &path, const DatabaseKey &key, OpenMode mode)
{
    const bool exists = QFile::exists(path);
    if (mode == OpenMode::Existing && !exists)
        return Error::make(ErrorCode::StoreNotFound, QStringLiteral("no store at %1").arg(path));
    if (mode == OpenMode::Create && exists)
        return Error::make(ErrorCode::StoreExists, QStringLiteral("a store already exists at %1").arg(path));

    configureSqliteOnce();
    Database db;
    db.m_path = path;
    db.m_cache = std::make_unique<Cache>();
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX;
    if (mode == OpenMode::Create)
        flags |= SQLITE_OPEN_CREATE;
    const QByteArray utf8Path = path.toUtf8();
    if (sqlite3_open_v2(utf8Path.constData(), &db.m_db, flags, nullptr) != SQLITE_OK) {
        Error error = db.lastError(QStringLiteral("open %1").arg(path));
        return error;
    }
    sqlite3_extended_result_codes(db.m_db, 1);
    sqlite3_busy_timeout(db.m_db, 5000);

    if (key.isEncrypted()) {
        if (key.raw.size() != 32)
            return Error::make(ErrorCode::InvalidArgument, QStringLiteral("a store key must be 32 bytes"));
        OMNICRM_TRY(db.exec(QStringLiteral("PRAGMA key = ") + hexKey(key.raw) + u';'));
        OMNICRM_TRY(applyCipherSettings(db.m_db));
    } else {
        OMNICRM_TRY(db.exec(QStringLiteral("PRAGMA page_size = 4096;")));
    }

    // Reading the schema is the first real decryption: a wrong key fails here, before any write.
    sqlite3_stmt *probe = nullptr;
    int rc = sqlite3_prepare_v2(db.m_db, "SELECT count(*) FROM sqlite_master;", -1, &probe, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(probe);
    sqlite3_finalize(probe);
    if (rc != SQLITE_ROW) {
        if (rc == SQLITE_NOTADB || (rc & 0xff) == SQLITE_NOTADB)
            return Error::make(
                ErrorCode::KeyRejected,
                QStringLiteral("the key does not open %1 (wrong key or not a store)").arg(path));
        return db.lastError(QStringLiteral("read schema"));
    }

    OMNICRM_TRY(db.exec(QStringLiteral("PRAGMA journal_mode = WAL;"
                                       "PRAGMA synchronous = NORMAL;"
                                       "PRAGMA foreign_keys = ON;"
                                       "PRAGMA temp_store = MEMORY;")
                        + kUsualWriteSettings));
    return db;
}

Status Database::checkpoint()
{
    return exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE);"));
}

BulkWriteScope::BulkWriteScope(Database &db)
    : m_db(db)
{
    (void)m_db.exec(kBulkWriteSettings); // a setting that does not take only costs speed
}

BulkWriteScope::~BulkWriteScope()
{
    (void)m_db.exec(kUsualWriteSettings);
}

Status Database::exec(const QString &sql)
{
    char *err = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_exec(m_db, utf8.constData(), nullptr, nullptr, &err) != SQLITE_OK) {
        const int code = sqlite3_extended_errcode(m_db);
        QString detail = QString::fromUtf8(err ? err : "unknown error");
        sqlite3_free(err);
        if ((code & 0xff) == SQLITE_NOTADB)
            return Error::make(ErrorCode::KeyRejected, detail);
        return Error::make(ErrorCode::Database, detail + QStringLiteral(" in: ") + sql.left(200));
    }
    return {};
}

Result<Statement> Database::prepare(const QString &sql) const
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK)
        return lastError(QStringLiteral("prepare: ") + sql.left(200));
    return Statement(m_db, stmt);
}

Result<Statement *> Database::cached(const QString &sql)
{
    if (Statement *existing = m_cache->statements.value(sql)) {
        existing->reset();
        return existing;
    }
    auto prepared = prepare(sql);
    if (!prepared)
        return prepared.error();
    auto *stmt = new Statement(std::move(prepared).value());
    m_cache->statements.insert(sql, stmt);
    return stmt;
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Error Database::lastError(const QString &context) const
{
    if (!m_db)
        return Error::make(ErrorCode::Database, context + QStringLiteral(": out of memory"));
    const int code = sqlite3_extended_errcode(m_db);
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    ErrorCode ours = ErrorCode::Database;
    if ((code & 0xff) == SQLITE_NOTADB)
        ours = ErrorCode::KeyRejected;
    else if ((code & 0xff) == SQLITE_CORRUPT)
        ours = ErrorCode::StoreCorrupt;
    else if ((code & 0xff) == SQLITE_CANTOPEN)
        ours = ErrorCode::Io;
    return Error::make(ours, context + QStringLiteral(": ") + message);
}

Status Database::exportTo(const QString &path, const DatabaseKey &key)
{
    const QString keyLiteral = key.isEncrypted() ? hexKey(key.raw) : QStringLiteral("''");
    QString escaped = path;
    escaped.replace(u'\'', QStringLiteral("''"));
    OMNICRM_TRY(
        exec(QStringLiteral("ATTACH DATABASE '%1' AS omnicrm_export KEY %2;").arg(escaped, keyLiteral)));
    Status copied = exec(QStringLiteral("SELECT sqlcipher_export('omnicrm_export');"));
    Status detached = exec(QStringLiteral("DETACH DATABASE omnicrm_export;"));
    if (!copied)
        return copied;
    return detached;
}

// --- Statement -------------------------------------------------------------------------------

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    return bind(index, QStringView(value));
}

Statement &Statement::bind(int index, QStringView value)
{
    // UTF-8 in and out: SQLite stores UTF-8, and Qt converts faster than SQLite's UTF-16 path.
    // Encoded straight into memory SQLite takes over, rather than into a QByteArray that SQLite
    // would copy again: an import binds a few dozen strings per record. The bytes are exactly
    // those of QString::toUtf8(), which writes '?' for a lone surrogate.
    const qsizetype size = value.size();
    if (size == 0) {
        sqlite3_bind_text(m_stmt, index, "", 0, SQLITE_STATIC);
        return *this;
    }
    auto *utf8 = static_cast<unsigned char *>(sqlite3_malloc64(sqlite3_uint64(size) * 3));
    if (!utf8) { // let SQLite report the lack of memory on step()
        const QByteArray copy = value.toUtf8();
        sqlite3_bind_text(m_stmt, index, copy.constData(), int(copy.size()), SQLITE_TRANSIENT);
        return *this;
    }
    unsigned char *out = utf8;
    const char16_t *in = value.utf16();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = in[i];
        if (c < 0x80) {
            *out++ = uchar(c);
        } else if (c < 0x800) {
            *out++ = uchar(0xc0 | (c >> 6));
            *out++ = uchar(0x80 | (c & 0x3f));
        } else if (!QChar::isSurrogate(c)) {
            *out++ = uchar(0xe0 | (c >> 12));
            *out++ = uchar(0x80 | ((c >> 6) & 0x3f));
            *out++ = uchar(0x80 | (c & 0x3f));
        } else if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(in[i + 1])) {
            const char32_t u = QChar::surrogateToUcs4(c, in[++i]);
            *out++ = uchar(0xf0 | (u >> 18));
            *out++ = uchar(0x80 | ((u >> 12) & 0x3f));
            *out++ = uchar(0x80 | ((u >> 6) & 0x3f));
            *out++ = uchar(0x80 | (u & 0x3f));
        } else {
            *out++ = '?';
        }
    }
    sqlite3_bind_text64(m_stmt, index, reinterpret_cast<const char *>(utf8), sqlite3_uint64(out - utf8),
                        sqlite3_free, SQLITE_UTF8);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bind(int index, const QVariant &value)
{
    if (value.isNull())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Bool:
        return bind(index, value.toBool());
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return bind(index, value.toDouble());
    case QMetaType::QByteArray:
        return bind(index, value.toByteArray());
    default:
        return bind(index, value.toString());
    }
}

Statement &Statement::bindOptional(int index, const QString &value)
{
    return value.isNull() ? bindNull(index) : bind(index, value);
}

Statement &Statement::bindOptional(int index, const std::optional<qint64> &value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const int code = sqlite3_extended_errcode(m_db);
    QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    const QString sql = QString::fromUtf8(sqlite3_sql(m_stmt)).left(160);
    sqlite3_reset(m_stmt);
    ErrorCode ours = ErrorCode::Database;
    if ((code & 0xff) == SQLITE_CONSTRAINT)
        ours = ErrorCode::Conflict;
    else if ((code & 0xff) == SQLITE_NOTADB)
        ours = ErrorCode::KeyRejected;
    else if ((code & 0xff) == SQLITE_CORRUPT)
        ours = ErrorCode::StoreCorrupt;
    return Error::make(ours, message + QStringLiteral(" in: ") + sql);
}

Status Statement::run()
{
    auto stepped = step();
    if (!stepped)
        return stepped.error();
    sqlite3_reset(m_stmt);
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    const int bytes = sqlite3_column_bytes(m_stmt, column);
    return QByteArray(static_cast<const char *>(data), bytes);
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::optional<qint64> Statement::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

// --- Transaction -----------------------------------------------------------------------------

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_began = m_db.exec(QStringLiteral("BEGIN IMMEDIATE;"));
    m_open = m_began.ok();
}

Transaction::~Transaction()
{
    if (m_open)
        rollback();
}

Status Transaction::commit()
{
    if (!m_open)
        return m_began.ok() ? Error::make(ErrorCode::Database, QStringLiteral("transaction already closed"))
                            : m_began;
    Status status = m_db.exec(QStringLiteral("COMMIT;"));
    if (status)
        m_open = false;
    return status;
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    if (!m_db.exec(QStringLiteral("ROLLBACK;")))
        qCWarning(lcDatabase) << "rollback failed on" << m_db.path();
    m_open = false;
}

} // namespace OmniCrm
