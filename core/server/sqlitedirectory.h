// The Directory in one plain SQLite file (directory.sqlite in the data folder).
#pragma once

#include "database.h"
#include "serverstorage.h"

namespace OmniCrm {

class SqliteDirectory final : public Directory
{
public:
    static Result<std::unique_ptr<SqliteDirectory>> open(const QString &path);

    Result<TenantInfo> createTenant(const QString &name) override;
    Result<TenantInfo> tenantByName(const QString &name) override;
    Result<TenantInfo> tenantById(const QString &id) override;
    Result<UserInfo> addUser(const QString &tenantId, const QString &email, const QString &passwordHash,
                             const QStringList &roles) override;
    Result<UserInfo> userByEmail(const QString &tenantId, const QString &email) override;
    Result<UserInfo> userById(const QString &tenantId, const QString &userId) override;
    Status setPasswordHash(const QString &tenantId, const QString &userId, const QString &hash) override;
    Status setTotpSecret(const QString &tenantId, const QString &userId, const QString &secret) override;
    Result<QList<TenantInfo>> tenants() override;
    Result<QList<UserInfo>> users(const QString &tenantId) override;
    Status setUserDisabled(const QString &tenantId, const QString &userId, qint64 disabledAtMs) override;
    Status setPendingTotpSecret(const QString &tenantId, const QString &userId,
                                const QString &secret) override;
    Status confirmPendingTotpSecret(const QString &tenantId, const QString &userId) override;
    Status noteDeviceCursor(const QString &tenantId, const QString &deviceId, qint64 seq) override;
    Status forgetRefreshTokensIssuedBefore(qint64 ms) override;
    Result<DeviceInfo> deviceFor(const QString &tenantId, const QString &userId, const QString &siteId,
                                 const QString &name, qint64 nowMs) override;
    Result<DeviceInfo> device(const QString &tenantId, const QString &deviceId) override;
    Result<QList<DeviceInfo>> devices(const QString &tenantId) override;
    Result<QHash<QString, QString>> activeDevices(const QStringList &deviceIds) override;
    Status revokeDevice(const QString &tenantId, const QString &deviceId, qint64 nowMs) override;
    Status touchDevice(const QString &tenantId, const QString &deviceId, qint64 nowMs) override;
    Status storeRefreshToken(const QByteArray &tokenHash, const QString &tenantId, const QString &deviceId,
                             qint64 nowMs) override;
    Result<RefreshTokenUse> useRefreshToken(const QByteArray &tokenHash, qint64 nowMs) override;
    Result<QByteArray> signingKey() override;

private:
    explicit SqliteDirectory(Database db);
    Result<TenantInfo> tenantWhere(const QString &column, const QString &value);
    Result<UserInfo> userWhere(const QString &tenantId, const QString &column, const QString &value);
    Status updateUser(const QString &tenantId, const QString &userId, const QString &assignments,
                      const QVariant &value);

    Database m_db;
};

} // namespace OmniCrm
