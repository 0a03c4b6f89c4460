// Database, Statement, Transaction: a small RAII wrapper over SQLCipher's C API.
// The rule that is not obvious: a Database is opened on an existing file only, unless
// OpenMode::Create is asked for, so a wrong key can never turn into a new empty store.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace OmniCrm {

class Statement;

enum class OpenMode { Existing, Create };

/// A raw 256-bit key, or none for an unencrypted database (benchmarks and tests only).
struct DatabaseKey
{
    QByteArray raw; // 32 bytes, or empty for a plain SQLite file

    bool isEncrypted() const { return !raw.isEmpty(); }
};

class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;

    /// Opens (or creates) the file and proves the key by reading the schema.
    /// ErrorCode::KeyRejected when the key does not decrypt the file.
    static Result<Database> open(const QString &path, const DatabaseKey &key, OpenMode mode);

    bool isOpen() const { return m_db != nullptr; }
    QString path() const { return m_path; }

    /// Runs one or more statements without results.
    Status exec(const QString &sql);
    /// Prepares a statement the caller owns.
    Result<Statement> prepare(const QString &sql) const;
    /// A statement prepared once per database and reused by its SQL text, reset and with its
    /// bindings cleared. For hot paths (import, paging); the pointer lives as long as the Database.
    Result<Statement *> cached(const QString &sql);

    qint64 lastInsertRowId() const;
    int changes() const;
    Error lastError(const QString &context) const;

    /// Copies the whole database into `path` encrypted with `key` (or plain when key is empty).
    Status exportTo(const QString &path, const DatabaseKey &key);

    /// Copies what the write-ahead log holds into the database file (PASSIVE: never waits for or
    /// blocks another connection). After a bulk write, run it off the user's path.
    Status checkpoint();

    sqlite3 *handle() const { return m_db; }

private:
    void close();

    struct Cache;
    sqlite3 *m_db = nullptr;
    QString m_path;
    std::unique_ptr<Cache> m_cache;
};

/// For the length of one large write transaction (an import): a page cache big enough that the
/// transaction does not spill pages into the log, and no automatic checkpoint on its commit, so
/// the commit returns as soon as the data is in the log. Restores the usual settings on exit; the
/// caller runs Database::checkpoint() afterwards, off the user's path.
class BulkWriteScope
{
public:
    explicit BulkWriteScope(Database &db);
    ~BulkWriteScope();
    BulkWriteScope(const BulkWriteScope &) = delete;
    BulkWriteScope &operator=(const BulkWriteScope &) = delete;

private:
    Database &m_db;
};

/// A prepared statement. Bind by 1-based index; step; read columns by 0-based index.
class Statement
{
public:
    Statement() = default;
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;

    Statement &bind(int index, const QString &value);
    Statement &bind(int index, QStringView value);
    Statement &bind(int index, const char16_t *value) { return bind(index, QStringView(value)); }
    Statement &bind(int index, const QByteArray &blob);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, double value);
    Statement &bindNull(int index);
    /// Binds a QVariant by its type: null, integer, bool, double, string or bytes.
    Statement &bind(int index, const QVariant &value);
    /// Binds a null string as SQL NULL and any other string as text.
    Statement &bindOptional(int index, const QString &value);
    Statement &bindOptional(int index, const std::optional<qint64> &value);

    /// Advances to the next row: true while a row is available.
    Result<bool> step();
    /// Runs a statement that returns no rows.
    Status run();
    void reset();

    bool isNull(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    qint64 int64(int column) const;
    int int32(int column) const { return int(int64(column)); }
    double real(int column) const;
    std::optional<qint64> optionalInt64(int column) const;
    int columnCount() const;

private:
    friend class Database;
    Statement(sqlite3 *db, sqlite3_stmt *stmt)
        : m_db(db)
        , m_stmt(stmt)
    {
    }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

/// Begins on construction; rolls back on destruction unless commit() succeeded.
/// BEGIN IMMEDIATE, so a writer learns about a busy store before doing any work.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Status &began() const { return m_began; }
    Status commit();
    void rollback();

private:
    Database &m_db;
    Status m_began;
    bool m_open = false;
};

} // namespace OmniCrm
