// ServerStorage on PostgreSQL (a postgres:// URL): one database for all tenants, every row
// carrying its tenant_id and every statement filtered by it. Sequences are assigned under a
// per-tenant row lock, so several server instances may share the database.
#pragma once

#include "serverstorage.h"

#include <QHash>

class QSocketNotifier;

namespace OmniCrm {

class PgConnection;
class PgTenantLog;

class PgDirectory final : public Directory
{
public:
    explicit PgDirectory(PgConnection &connection);

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
    Result<TenantInfo> tenantWhere(const char *sql, const QString &value);
    Result<UserInfo> userWhere(const QByteArray &sql, const QString &tenantId, const QString &value);
    Status updateUser(const char *sql, const QList<QVariant> &parameters);

    PgConnection &m_db;
};

class PgStorage final : public ServerStorage
{
public:
    static Result<std::unique_ptr<PgStorage>> open(const QString &url);
    ~PgStorage() override;

    Directory &directory() override;
    Result<TenantLog *> tenantLog(const QString &tenantId) override;
    void setPushListener(PushListener listener) override;

private:
    PgStorage(std::unique_ptr<PgConnection> connection, QString url);
    void readNotifications();

    QString m_url;
    QString m_instanceId; // tells this instance's own notifications apart
    std::unique_ptr<PgConnection> m_connection;
    std::unique_ptr<PgConnection> m_listenConnection;
    std::unique_ptr<QSocketNotifier> m_notifier;
    PushListener m_listener;
    std::unique_ptr<PgDirectory> m_directory;
    QHash<QString, std::shared_ptr<PgTenantLog>> m_logs;
};

} // namespace OmniCrm
