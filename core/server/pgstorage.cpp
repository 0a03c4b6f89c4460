#include "pgstorage.h"

#include "pgconnection.h"
#include "pgtenantlog.h"
#include "uuid7.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <libpq-fe.h>

#include <openssl/rand.h>

namespace OmniCrm {

namespace {

const char *const Schema = R"(
CREATE TABLE IF NOT EXISTS tenants(
    id TEXT PRIMARY KEY, name TEXT NOT NULL, created_ms BIGINT NOT NULL);
CREATE UNIQUE INDEX IF NOT EXISTS tenants_name ON tenants(lower(name));
CREATE TABLE IF NOT EXISTS users(
    id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL REFERENCES tenants(id), email TEXT NOT NULL,
    password_hash TEXT NOT NULL, roles TEXT NOT NULL, totp_secret TEXT NOT NULL DEFAULT '',
    created_ms BIGINT NOT NULL, UNIQUE(tenant_id, email));
CREATE TABLE IF NOT EXISTS devices(
    id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL REFERENCES tenants(id), user_id TEXT NOT NULL REFERENCES users(id),
    site_id TEXT NOT NULL, name TEXT NOT NULL, created_ms BIGINT NOT NULL, last_seen_ms BIGINT NOT NULL DEFAULT 0,
    revoked_ms BIGINT NOT NULL DEFAULT 0, UNIQUE(tenant_id, user_id, site_id));
CREATE TABLE IF NOT EXISTS refresh_tokens(
    hash BYTEA PRIMARY KEY, tenant_id TEXT NOT NULL, device_id TEXT NOT NULL REFERENCES devices(id),
    used BOOLEAN NOT NULL DEFAULT FALSE, created_ms BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS secrets(name TEXT PRIMARY KEY, value BYTEA NOT NULL);
CREATE TABLE IF NOT EXISTS tenant_heads(tenant_id TEXT PRIMARY KEY REFERENCES tenants(id), head BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS sync_log(
    tenant_id TEXT NOT NULL, seq BIGINT NOT NULL, site_id TEXT NOT NULL, local_seq BIGINT NOT NULL,
    tx_id TEXT NOT NULL, hlc BIGINT NOT NULL, rows BYTEA NOT NULL,
    PRIMARY KEY(tenant_id, seq), UNIQUE(tenant_id, site_id, local_seq));
CREATE TABLE IF NOT EXISTS row_state(
    tenant_id TEXT NOT NULL, tbl TEXT NOT NULL, row_id TEXT NOT NULL, causal_length BIGINT NOT NULL,
    first_seq BIGINT NOT NULL, PRIMARY KEY(tenant_id, tbl, row_id));
CREATE TABLE IF NOT EXISTS field_state(
    tenant_id TEXT NOT NULL, tbl TEXT NOT NULL, row_id TEXT NOT NULL, col TEXT NOT NULL, value BYTEA NOT NULL,
    hlc BIGINT NOT NULL, site_id TEXT NOT NULL, seq BIGINT NOT NULL, PRIMARY KEY(tenant_id, tbl, row_id, col));
ALTER TABLE users ADD COLUMN IF NOT EXISTS totp_pending TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN IF NOT EXISTS disabled_ms BIGINT NOT NULL DEFAULT 0;
ALTER TABLE devices ADD COLUMN IF NOT EXISTS acked_seq BIGINT NOT NULL DEFAULT 0;
ALTER TABLE refresh_tokens ADD COLUMN IF NOT EXISTS used_ms BIGINT NOT NULL DEFAULT 0;
)";

const char *const UserColumns
    = "id, tenant_id, email, password_hash, roles, totp_secret, totp_pending, disabled_ms";

UserInfo readUser(const PgResult &r, int row)
{
    return UserInfo { r.text(row, 0),
                      r.text(row, 1),
                      r.text(row, 2),
                      r.text(row, 3),
                      r.text(row, 4).split(u',', Qt::SkipEmptyParts),
                      r.text(row, 5),
                      r.text(row, 6),
                      r.int64(row, 7) };
}

const char *const DeviceColumns
    = "id, tenant_id, user_id, site_id, name, created_ms, last_seen_ms, revoked_ms, acked_seq";

DeviceInfo readDevice(const PgResult &r, int row)
{
    return DeviceInfo { r.text(row, 0),  r.text(row, 1),  r.text(row, 2),  r.text(row, 3), r.text(row, 4),
                        r.int64(row, 5), r.int64(row, 6), r.int64(row, 7), r.int64(row, 8) };
}

QByteArray sql(const char *head, const char *tail)
{
    return QByteArray(head) + tail;
}

} // namespace

PgDirectory::PgDirectory(PgConnection &connection)
    : m_db(connection)
{
}

Result<TenantInfo> PgDirectory::createTenant(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 100)
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("a tenant name has 1 to 100 characters"), QStringLiteral("name"));
    TenantInfo tenant { newId(), trimmed, QDateTime::currentMSecsSinceEpoch() };
    PgTransaction tx(m_db);
    OMNICRM_TRY(tx.began());
    const Status inserted = m_db.run("INSERT INTO tenants(id, name, created_ms) VALUES ($1, $2, $3)",
                                     { tenant.id, tenant.name, tenant.createdAtMs });
    if (!inserted)
        return inserted.error().code == ErrorCode::Duplicate
            ? Error::make(ErrorCode::Duplicate, QStringLiteral("tenant \"%1\" already exists").arg(trimmed),
                          QStringLiteral("name"))
            : inserted.error();
    OMNICRM_TRY(m_db.run("INSERT INTO tenant_heads(tenant_id, head) VALUES ($1, 0)", { tenant.id }));
    OMNICRM_TRY(tx.commit());
    return tenant;
}

Result<TenantInfo> PgDirectory::tenantWhere(const char *statement, const QString &value)
{
    auto r = m_db.exec(statement, { value });
    if (!r)
        return r.error();
    if (r->rows() == 0)
        return Error::make(ErrorCode::NotFound, QStringLiteral("no tenant \"%1\"").arg(value));
    return TenantInfo { r->text(0, 0), r->text(0, 1), r->int64(0, 2) };
}

Result<TenantInfo> PgDirectory::tenantByName(const QString &name)
{
    return tenantWhere("SELECT id, name, created_ms FROM tenants WHERE lower(name) = lower($1)",
                       name.trimmed());
}

Result<TenantInfo> PgDirectory::tenantById(const QString &id)
{
    return tenantWhere("SELECT id, name, created_ms FROM tenants WHERE id = $1", id);
}

Result<UserInfo> PgDirectory::addUser(const QString &tenantId, const QString &email,
                                      const QString &passwordHash, const QStringList &roles)
{
    const QString normalized = email.trimmed().toLower();
    if (!normalized.contains(u'@') || normalized.size() > 254)
        return Error::make(ErrorCode::InvalidEmail,
                           QStringLiteral("\"%1\" is not an email address").arg(email),
                           QStringLiteral("email"));
    UserInfo user { newId(), tenantId, normalized, passwordHash, roles, {}, {}, 0 };
    const Status inserted = m_db.run("INSERT INTO users(id, tenant_id, email, password_hash, roles, "
                                     "created_ms) VALUES ($1, $2, $3, $4, $5, $6)",
                                     { user.id, tenantId, normalized, passwordHash, roles.join(u','),
                                       QDateTime::currentMSecsSinceEpoch() });
    if (!inserted)
        return inserted.error().code == ErrorCode::Duplicate
            ? Error::make(ErrorCode::Duplicate, QStringLiteral("user %1 already exists").arg(normalized),
                          QStringLiteral("email"))
            : inserted.error();
    return user;
}

Result<UserInfo> PgDirectory::userWhere(const QByteArray &statement, const QString &tenantId,
                                        const QString &value)
{
    auto r = m_db.exec(statement.constData(), { tenantId, value });
    if (!r)
        return r.error();
    if (r->rows() == 0)
        return Error::make(ErrorCode::NotFound, QStringLiteral("no user %1 in this tenant").arg(value));
    return readUser(*r, 0);
}

Result<UserInfo> PgDirectory::userByEmail(const QString &tenantId, const QString &email)
{
    return userWhere(sql("SELECT ", UserColumns).append(" FROM users WHERE tenant_id = $1 AND email = $2"),
                     tenantId, email.trimmed().toLower());
}

Result<UserInfo> PgDirectory::userById(const QString &tenantId, const QString &userId)
{
    return userWhere(sql("SELECT ", UserColumns).append(" FROM users WHERE tenant_id = $1 AND id = $2"),
                     tenantId, userId);
}

Status PgDirectory::setPasswordHash(const QString &tenantId, const QString &userId, const QString &hash)
{
    auto r = m_db.exec("UPDATE users SET password_hash = $1 WHERE tenant_id = $2 AND id = $3 RETURNING id",
                       { hash, tenantId, userId });
    if (!r)
        return r.error();
    if (r->rows() == 0)
        return Error::make(ErrorCode::NotFound, QStringLiteral("no user %1 in this tenant").arg(userId));
    return {};
}

Status PgDirectory::setTotpSecret(const QString &tenantId, const QString &userId, const QString &secret)
{
    auto r = m_db.exec("UPDATE users SET totp_secret = $1 WHERE tenant_id = $2 AND id = $3 RETURNING id",
                       { secret, tenantId, userId });
    if (!r)
        return r.error();
    if (r->rows() == 0)
        return Error::make(ErrorCode::NotFound, QStringLiteral("no user %1 in this tenant").arg(userId));
    return {};
}

Result<DeviceInfo> PgDirectory::deviceFor(const QString &tenantId, const QString &userId,
                                          const QString &siteId, const QString &name, qint64 nowMs)
{
    // Insert unless present, then read: safe when two instances race on one device.
    OMNICRM_TRY(
        m_db.run("INSERT INTO devices(id, tenant_id, user_id, site_id, name, created_ms, last_seen_ms) "
                 "VALUES ($1, $2, $3, $4, $5, $6, $6) ON CONFLICT (tenant_id, user_id, site_id) DO NOTHING",
                 { newId(), tenantId, userId, siteId, name.left(100), nowMs }));
    auto r = m_db.exec(sql("SELECT ", DeviceColumns)
                           .append(" FROM devices WHERE tenant_id = $1 AND user_id = $2 AND site_id = $3")
                           .constData(),
                       { tenantId, userId, siteId });
    if (!r)
        return r.error();
    if (r->rows() == 0)
        return Error::make(ErrorCode::Database, QStringLiteral("device row vanished"));
    return readDevice(*r, 0);
}

Result<DeviceInfo> PgDirectory::device(const QString &tenantId, const QString &deviceId)
{
    auto r = m_db.exec(
        sql("SELECT ", DeviceColumns).append(" FROM devices WHERE tenant_id = $1 AND id = $2").constData(),
        { tenantId, deviceId });
    if (!r)
        return r.error();
    if (r->rows() == 0)
        return Error::make(ErrorCode::NotFound, QStringLiteral("no device %1 in this tenant").arg(deviceId));
    return readDevice(*r, 0);
}

Result<QList<DeviceInfo>> PgDirectory::devices(const QString &tenantId)
{
    auto r = m_db.exec(sql("SELECT ", DeviceColumns)
                           .append(" FROM devices WHERE tenant_id = $1 ORDER BY created_ms, id")
                           .constData(),
                       { tenantId });
    if (!r)
        return r.error();
    QList<DeviceInfo> list;
    for (int i = 0; i < r->rows(); ++i)
        list.append(readDevice(*r, i));
    return list;
}

Result<QHash<QString, QString>> PgDirectory::activeDevices(const QStringList &deviceIds)
{
    QHash<QString, QString> active;
    if (deviceIds.isEmpty())
        return active;
    // One round trip for every id, passed as a text[] literal (each element quoted and escaped).
    QString array = QStringLiteral("{");
    for (qsizetype i = 0; i < deviceIds.size(); ++i) {
        QString id = deviceIds.at(i);
        id.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        array += (i == 0 ? QStringLiteral("\"") : QStringLiteral(",\"")) + id + u'"';
    }
    array += u'}';
    auto r = m_db.exec("SELECT id, tenant_id FROM devices WHERE revoked_ms = 0 AND id = ANY($1::text[])",
                       { array });
    if (!r)
        return r.error();
    for (int i = 0; i < r->rows(); ++i)
        active.insert(r->text(i, 0), r->text(i, 1));
    return active;
}

Status PgDirectory::revokeDevice(const QString &tenantId, const QString &deviceId, qint64 nowMs)
{
    const auto existing = device(tenantId, deviceId);
    if (!existing)
        return existing.error();
    if (existing->isRevoked())
        return {};
    PgTransaction tx(m_db);
    OMNICRM_TRY(tx.began());
    OMNICRM_TRY(
        m_db.run("UPDATE devices SET revoked_ms = $1 WHERE tenant_id = $2 AND id = $3 AND revoked_ms = 0",
                 { nowMs, tenantId, deviceId }));
    OMNICRM_TRY(m_db.run("DELETE FROM refresh_tokens WHERE tenant_id = $1 AND device_id = $2",
                         { tenantId, deviceId }));
    return tx.commit();
}

Status PgDirectory::touchDevice(const QString &tenantId, const QString &deviceId, qint64 nowMs)
{
    return m_db.run("UPDATE devices SET last_seen_ms = $1 WHERE tenant_id = $2 AND id = $3",
                    { nowMs, tenantId, deviceId });
}

Status PgDirectory::storeRefreshToken(const QByteArray &tokenHash, const QString &tenantId,
                                      const QString &deviceId, qint64 nowMs)
{
    return m_db.run(
        "INSERT INTO refresh_tokens(hash, tenant_id, device_id, created_ms) VALUES ($1, $2, $3, $4)",
        { tokenHash, tenantId, deviceId, nowMs });
}

Result<RefreshTokenUse> PgDirectory::useRefreshToken(const QByteArray &tokenHash, qint64 nowMs)
{
    PgTransaction tx(m_db);
    OMNICRM_TRY(tx.began());
    auto r = m_db.exec("SELECT tenant_id, device_id, used, created_ms, used_ms FROM refresh_tokens "
                       "WHERE hash = $1 FOR UPDATE",
                       { tokenHash });
    if (!r)
        return r.error();
    if (r->rows() == 0)
        return Error::make(ErrorCode::NotFound, QStringLiteral("unknown refresh token"));
    RefreshTokenUse use { r->text(0, 0), r->text(0, 1), r->text(0, 2) == u"t", r->int64(0, 3),
                          r->int64(0, 4) };
    // The first use's time stays: a later replay cannot stretch the grace of a racing refresh.
    OMNICRM_TRY(m_db.run("UPDATE refresh_tokens SET used_ms = CASE WHEN used THEN used_ms ELSE $2 END, "
                         "used = TRUE WHERE hash = $1",
                         { tokenHash, nowMs }));
    OMNICRM_TRY(tx.commit());
    return use;
}

Result<QList<TenantInfo>> PgDirectory::tenants()
{
    auto r = m_db.exec("SELECT id, name, created_ms FROM tenants ORDER BY name");
    if (!r)
        return r.error();
    QList<TenantInfo> list;
    for (int i = 0; i < r->rows(); ++i)
        list.append(TenantInfo { r->text(i, 0), r->text(i, 1), r->int64(i, 2) });
    return list;
}

Result<QList<UserInfo>> PgDirectory::users(const QString &tenantId)
{
    auto r = m_db.exec(
        sql("SELECT ", UserColumns).append(" FROM users WHERE tenant_id = $1 ORDER BY email").constData(),
        { tenantId });
    if (!r)
        return r.error();
    QList<UserInfo> list;
    for (int i = 0; i < r->rows(); ++i)
        list.append(readUser(*r, i));
    return list;
}

Status PgDirectory::updateUser(const char *statement, const QList<QVariant> &parameters)
{
    auto r = m_db.exec(statement, parameters);
    if (!r)
        return r.error();
    if (r->rows() == 0)
        return Error::make(ErrorCode::NotFound, QStringLiteral("no such user in this tenant"),
                           QStringLiteral("user"));
    return {};
}

Status PgDirectory::setUserDisabled(const QString &tenantId, const QString &userId, qint64 disabledAtMs)
{
    return updateUser("UPDATE users SET disabled_ms = $1 WHERE tenant_id = $2 AND id = $3 RETURNING id",
                      { disabledAtMs, tenantId, userId });
}

Status PgDirectory::setPendingTotpSecret(const QString &tenantId, const QString &userId,
                                         const QString &secret)
{
    return updateUser("UPDATE users SET totp_pending = $1 WHERE tenant_id = $2 AND id = $3 RETURNING id",
                      { secret, tenantId, userId });
}

Status PgDirectory::confirmPendingTotpSecret(const QString &tenantId, const QString &userId)
{
    auto r = m_db.exec("UPDATE users SET totp_secret = totp_pending, totp_pending = '' WHERE tenant_id = $1 "
                       "AND id = $2 AND totp_pending <> '' RETURNING id",
                       { tenantId, userId });
    if (!r)
        return r.error();
    if (r->rows() == 0)
        return Error::make(ErrorCode::NotFound, QStringLiteral("no two-factor enrolment is waiting"),
                           QStringLiteral("code"));
    return {};
}

Status PgDirectory::noteDeviceCursor(const QString &tenantId, const QString &deviceId, qint64 seq)
{
    return m_db.run("UPDATE devices SET acked_seq = $1 WHERE tenant_id = $2 AND id = $3 AND acked_seq < $1",
                    { seq, tenantId, deviceId });
}

Status PgDirectory::forgetRefreshTokensIssuedBefore(qint64 ms)
{
    return m_db.run("DELETE FROM refresh_tokens WHERE created_ms < $1", { ms });
}

Result<QByteArray> PgDirectory::signingKey()
{
    QByteArray key(32, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(key.data()), int(key.size())) != 1)
        return Error::make(ErrorCode::Io, QStringLiteral("no random bytes for the token key"));
    // The first instance's key wins; every instance then reads the same one.
    OMNICRM_TRY(m_db.run(
        "INSERT INTO secrets(name, value) VALUES ('access-token-key', $1) ON CONFLICT DO NOTHING", { key }));
    auto r = m_db.exec("SELECT value FROM secrets WHERE name = 'access-token-key'");
    if (!r)
        return r.error();
    if (r->rows() == 0)
        return Error::make(ErrorCode::Database, QStringLiteral("no token key stored"));
    return r->bytes(0, 0);
}

PgStorage::PgStorage(std::unique_ptr<PgConnection> connection, QString url)
    : m_url(std::move(url))
    , m_instanceId(newId())
    , m_connection(std::move(connection))
    , m_directory(std::make_unique<PgDirectory>(*m_connection))
{
}

PgStorage::~PgStorage() = default;

Result<std::unique_ptr<PgStorage>> PgStorage::open(const QString &url)
{
    auto connection = PgConnection::connect(url);
    if (!connection)
        return connection.error();
    OMNICRM_TRY((*connection)->run("SET client_min_messages = warning"));
    OMNICRM_TRY((*connection)->runScript(Schema));
    return std::unique_ptr<PgStorage>(new PgStorage(std::move(connection).value(), url));
}

Directory &PgStorage::directory()
{
    return *m_directory;
}

Result<TenantLog *> PgStorage::tenantLog(const QString &tenantId)
{
    if (const auto it = m_logs.constFind(tenantId); it != m_logs.constEnd())
        return static_cast<TenantLog *>(it->get());
    const auto tenant = m_directory->tenantById(tenantId);
    if (!tenant)
        return tenant.error();
    auto log = std::make_shared<PgTenantLog>(*m_connection, tenantId, m_instanceId);
    m_logs.insert(tenantId, log);
    return static_cast<TenantLog *>(log.get());
}

void PgStorage::setPushListener(PushListener listener)
{
    m_listener = std::move(listener);
    if (!m_listener) {
        m_notifier.reset();
        m_listenConnection.reset();
        return;
    }
    if (m_listenConnection)
        return;
    // LISTEN needs a connection of its own: the main one is busy inside transactions.
    auto connection = PgConnection::connect(m_url);
    if (!connection || !(*connection)->run("LISTEN omnicrm_push").ok()) {
        qWarning("omnicrm.server: cannot LISTEN for other server instances; their pushes reach clients at "
                 "the next pull");
        return;
    }
    m_listenConnection = std::move(connection).value();
    m_notifier
        = std::make_unique<QSocketNotifier>(PQsocket(m_listenConnection->handle()), QSocketNotifier::Read);
    QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(),
                     [this] { readNotifications(); });
}

void PgStorage::readNotifications()
{
    pg_conn *connection = m_listenConnection->handle();
    PQconsumeInput(connection);
    while (PGnotify *notification = PQnotifies(connection)) {
        // payload: "<instance id> <tenant id> <head>"
        const QStringList parts = QString::fromUtf8(notification->extra).split(u' ');
        PQfreemem(notification);
        if (parts.size() != 3 || parts.at(0) == m_instanceId || !m_listener)
            continue;
        m_listener(parts.at(1), parts.at(2).toLongLong());
    }
}

} // namespace OmniCrm
