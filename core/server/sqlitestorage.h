// ServerStorage on plain SQLite files: <data>/directory.sqlite for tenants, users and devices,
// and <data>/tenants/<tenant id>.sqlite for each tenant's log and state. Server-side files are
// not encrypted (the server machine's disk encryption and permissions protect them).
#pragma once

#include "serverstorage.h"

#include <QHash>

namespace OmniCrm {

class SqliteDirectory;
class SqliteTenantLog;

class SqliteStorage final : public ServerStorage
{
public:
    static Result<std::unique_ptr<SqliteStorage>> open(const QString &dataDir);
    ~SqliteStorage() override;

    Directory &directory() override;
    Result<TenantLog *> tenantLog(const QString &tenantId) override;

private:
    SqliteStorage(QString dataDir, std::unique_ptr<SqliteDirectory> directory);

    QString m_dataDir;
    std::unique_ptr<SqliteDirectory> m_directory;
    QHash<QString, std::shared_ptr<SqliteTenantLog>> m_logs;
};

} // namespace OmniCrm
