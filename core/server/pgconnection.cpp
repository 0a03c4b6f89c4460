#include "pgconnection.h"

#include <libpq-fe.h>

#include <vector>

namespace OmniCrm {

PgResult::PgResult(pg_result *result)
    : m_result(result)
{
}

PgResult::~PgResult()
{
    if (m_result)
        PQclear(m_result);
}

PgResult::PgResult(PgResult &&other) noexcept
    : m_result(std::exchange(other.m_result, nullptr))
{
}

int PgResult::rows() const
{
    return PQntuples(m_result);
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) != 0;
}

QString PgResult::text(int row, int column) const
{
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

qint64 PgResult::int64(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result, row, column)).toLongLong();
}

QByteArray PgResult::bytes(int row, int column) const
{
    size_t length = 0;
    unsigned char *raw = PQunescapeBytea(
        reinterpret_cast<const unsigned char *>(PQgetvalue(m_result, row, column)), &length);
    if (!raw)
        return {};
    QByteArray out(reinterpret_cast<const char *>(raw), qsizetype(length));
    PQfreemem(raw);
    return out;
}

PgConnection::PgConnection(pg_conn *connection)
    : m_connection(connection)
{
}

PgConnection::~PgConnection()
{
    PQfinish(m_connection);
}

Result<std::unique_ptr<PgConnection>> PgConnection::connect(const QString &url)
{
    pg_conn *connection = PQconnectdb(url.toUtf8().constData());
    if (PQstatus(connection) != CONNECTION_OK) {
        const QString why = QString::fromUtf8(PQerrorMessage(connection)).trimmed();
        PQfinish(connection);
        return Error::make(ErrorCode::Database, QStringLiteral("cannot connect to PostgreSQL: ") + why);
    }
    return std::unique_ptr<PgConnection>(new PgConnection(connection));
}

Result<PgResult> PgConnection::exec(const char *sql, const QList<QVariant> &parameters)
{
    std::vector<QByteArray> storage;
    std::vector<const char *> values;
    std::vector<int> lengths;
    std::vector<int> formats;
    storage.reserve(size_t(parameters.size()));
    for (const QVariant &parameter : parameters) {
        if (!parameter.isValid()) {
            storage.emplace_back();
            values.push_back(nullptr);
            lengths.push_back(0);
            formats.push_back(0);
            continue;
        }
        const bool binary = parameter.typeId() == QMetaType::QByteArray;
        storage.push_back(binary ? parameter.toByteArray() : parameter.toString().toUtf8());
        values.push_back(storage.back().constData());
        lengths.push_back(int(storage.back().size()));
        formats.push_back(binary ? 1 : 0);
    }
    pg_result *raw = PQexecParams(m_connection, sql, int(values.size()), nullptr, values.data(),
                                  lengths.data(), formats.data(), 0);
    const ExecStatusType status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        const QString why
            = QString::fromUtf8(raw ? PQresultErrorMessage(raw) : PQerrorMessage(m_connection)).trimmed();
        const QByteArray state = raw && PQresultErrorField(raw, PG_DIAG_SQLSTATE)
            ? QByteArray(PQresultErrorField(raw, PG_DIAG_SQLSTATE))
            : QByteArray();
        if (raw)
            PQclear(raw);
        return Error::make(state == "23505" ? ErrorCode::Duplicate : ErrorCode::Database,
                           QStringLiteral("PostgreSQL: ") + why);
    }
    return PgResult(raw);
}

Status PgConnection::run(const char *sql, const QList<QVariant> &parameters)
{
    auto result = exec(sql, parameters);
    if (!result)
        return result.error();
    return {};
}

Status PgConnection::runScript(const char *sql)
{
    pg_result *raw = PQexec(m_connection, sql);
    const bool ok = raw && PQresultStatus(raw) == PGRES_COMMAND_OK;
    const QString why
        = QString::fromUtf8(raw ? PQresultErrorMessage(raw) : PQerrorMessage(m_connection)).trimmed();
    if (raw)
        PQclear(raw);
    if (!ok)
        return Error::make(ErrorCode::Database, QStringLiteral("PostgreSQL: ") + why);
    return {};
}

PgTransaction::PgTransaction(PgConnection &connection)
    : m_connection(connection)
    , m_began(connection.run("BEGIN"))
    , m_open(m_began.ok())
{
}

PgTransaction::~PgTransaction()
{
    if (m_open)
        (void)m_connection.run("ROLLBACK");
}

Status PgTransaction::commit()
{
    m_open = false;
    return m_connection.run("COMMIT");
}

} // namespace OmniCrm
