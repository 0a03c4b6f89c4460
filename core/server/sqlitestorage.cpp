#include "sqlitestorage.h"

#include "sqlitedirectory.h"
#include "sqlitetenantlog.h"
#include "uuid7.h"

#include <QDir>
#include <QFile>

namespace OmniCrm {

SqliteStorage::SqliteStorage(QString dataDir, std::unique_ptr<SqliteDirectory> directory)
    : m_dataDir(std::move(dataDir))
    , m_directory(std::move(directory))
{
}

SqliteStorage::~SqliteStorage() = default;

Result<std::unique_ptr<SqliteStorage>> SqliteStorage::open(const QString &dataDir)
{
    if (dataDir.isEmpty())
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("no data folder given"),
                           QStringLiteral("data"));
    QDir dir(dataDir);
    if (!dir.mkpath(QStringLiteral("tenants")))
        return Error::make(ErrorCode::Io, QStringLiteral("cannot create the data folder %1").arg(dataDir));
    QFile::setPermissions(dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    auto directory = SqliteDirectory::open(dir.filePath(QStringLiteral("directory.sqlite")));
    if (!directory)
        return directory.error();
    return std::unique_ptr<SqliteStorage>(
        new SqliteStorage(dir.absolutePath(), std::move(directory).value()));
}

Directory &SqliteStorage::directory()
{
    return *m_directory;
}

Result<TenantLog *> SqliteStorage::tenantLog(const QString &tenantId)
{
    if (const auto it = m_logs.constFind(tenantId); it != m_logs.constEnd())
        return static_cast<TenantLog *>(it->get());
    // The id names a file: only ids the directory issued (UUIDv7 text) are ever used.
    if (!isValidId(tenantId))
        return Error::make(ErrorCode::NotFound, QStringLiteral("no tenant %1").arg(tenantId.left(40)));
    const auto tenant = m_directory->tenantById(tenantId);
    if (!tenant)
        return tenant.error();
    auto log = SqliteTenantLog::open(m_dataDir + QStringLiteral("/tenants/") + tenantId
                                     + QStringLiteral(".sqlite"));
    if (!log)
        return log.error();
    std::shared_ptr<SqliteTenantLog> shared(std::move(log).value());
    m_logs.insert(tenantId, shared);
    return static_cast<TenantLog *>(shared.get());
}

} // namespace OmniCrm
