// A small wrapper over one libpq connection: parameterised statements (text parameters, bytea as
// binary), results read by row and column, and transactions. Used by the PostgreSQL backend only.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

#include <memory>

struct pg_conn;
struct pg_result;

namespace OmniCrm {

class PgResult
{
public:
    explicit PgResult(pg_result *result);
    ~PgResult();
    PgResult(PgResult &&other) noexcept;
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;

    int rows() const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    qint64 int64(int row, int column) const;
    QByteArray bytes(int row, int column) const; // a bytea column

private:
    pg_result *m_result;
};

class PgConnection
{
public:
    static Result<std::unique_ptr<PgConnection>> connect(const QString &url);
    ~PgConnection();

    /// Runs one statement with $1… parameters: QString → text, integers → numbers, QByteArray →
    /// bytea, an invalid QVariant → NULL.
    Result<PgResult> exec(const char *sql, const QList<QVariant> &parameters = {});
    Status run(const char *sql, const QList<QVariant> &parameters = {});
    /// Several statements without parameters (a schema).
    Status runScript(const char *sql);
    pg_conn *handle() const { return m_connection; }

private:
    explicit PgConnection(pg_conn *connection);
    pg_conn *m_connection;
};

/// BEGIN on construction, ROLLBACK on destruction unless committed.
class PgTransaction
{
public:
    explicit PgTransaction(PgConnection &connection);
    ~PgTransaction();
    const Status &began() const { return m_began; }
    Status commit();

private:
    PgConnection &m_connection;
    Status m_began;
    bool m_open = false;
};

} // namespace OmniCrm
