#include "sqlitedirectory.h"

#include "migrator.h"
#include "uuid7.h"

#include <QDateTime>
#include <QFile>

#include <openssl/rand.h>

namespace OmniCrm {

namespace {

const QString Schema = QStringLiteral(R"(
CREATE TABLE IF NOT EXISTS tenants(
    id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE, created_ms INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS users(
    id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL REFERENCES tenants(id), email TEXT NOT NULL,
    password_hash TEXT NOT NULL, roles TEXT NOT NULL, totp_secret TEXT NOT NULL DEFAULT '',
    created_ms INTEGER NOT NULL, UNIQUE(tenant_id, email));
CREATE TABLE IF NOT EXISTS devices(
    id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL REFERENCES tenants(id), user_id TEXT NOT NULL REFERENCES users(id),
    site_id TEXT NOT NULL, name TEXT NOT NULL, created_ms INTEGER NOT NULL, last_seen_ms INTEGER NOT NULL DEFAULT 0,
    revoked_ms INTEGER NOT NULL DEFAULT 0, UNIQUE(tenant_id, user_id, site_id));
CREATE TABLE IF NOT EXISTS refresh_tokens(
    hash BLOB PRIMARY KEY, tenant_id TEXT NOT NULL, device_id TEXT NOT NULL REFERENCES devices(id),
    used INTEGER NOT NULL DEFAULT 0, created_ms INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS secrets(name TEXT PRIMARY KEY, value BLOB NOT NULL);
)");

// Directories of the first release have these tables and user_version 0: version 1 creates them
// only where missing.
QList<Migration> directoryMigrations()
{
    return {
        { 1, QStringLiteral("tenants, users, devices, refresh tokens"), Schema },
        { 2, QStringLiteral("disabled users, two-factor enrolment, devices' acknowledged cursors"),
          QStringLiteral("ALTER TABLE users ADD COLUMN totp_pending TEXT NOT NULL DEFAULT '';\n"
                         "ALTER TABLE users ADD COLUMN disabled_ms INTEGER NOT NULL DEFAULT 0;\n"
                         "ALTER TABLE devices ADD COLUMN acked_seq INTEGER NOT NULL DEFAULT 0;\n") },
        { 3, QStringLiteral("when a refresh token was first used (two connections of one device may race)"),
          QStringLiteral("ALTER TABLE refresh_tokens ADD COLUMN used_ms INTEGER NOT NULL DEFAULT 0;\n") },
    };
}

const QString UserColumns
    = QStringLiteral("id, tenant_id, email, password_hash, roles, totp_secret, totp_pending, disabled_ms");

UserInfo readUser(const Statement &s)
{
    return UserInfo { s.text(0), s.text(1), s.text(2), s.text(3), s.text(4).split(u',', Qt::SkipEmptyParts),
                      s.text(5), s.text(6), s.int64(7) };
}

const QString DeviceColumns = QStringLiteral(
    "id, tenant_id, user_id, site_id, name, created_ms, last_seen_ms, revoked_ms, acked_seq");

DeviceInfo readDevice(const Statement &s)
{
    return DeviceInfo { s.text(0),  s.text(1),  s.text(2),  s.text(3), s.text(4),
                        s.int64(5), s.int64(6), s.int64(7), s.int64(8) };
}

} // namespace

SqliteDirectory::SqliteDirectory(Database db)
    : m_db(std::move(db))
{
}

Result<std::unique_ptr<SqliteDirectory>> SqliteDirectory::open(const QString &path)
{
    auto db
        = Database::open(path, DatabaseKey {}, QFile::exists(path) ? OpenMode::Existing : OpenMode::Create);
    if (!db)
        return db.error();
    OMNICRM_TRY(db->exec(QStringLiteral("PRAGMA synchronous = FULL;")));
    OMNICRM_TRY(Migrator(directoryMigrations()).migrate(*db));
    return std::unique_ptr<SqliteDirectory>(new SqliteDirectory(std::move(db).value()));
}

Result<TenantInfo> SqliteDirectory::createTenant(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 100)
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("a tenant name has 1 to 100 characters"), QStringLiteral("name"));
    if (tenantByName(trimmed).ok())
        return Error::make(ErrorCode::Duplicate, QStringLiteral("tenant \"%1\" already exists").arg(trimmed),
                           QStringLiteral("name"));
    TenantInfo tenant { newId(), trimmed, QDateTime::currentMSecsSinceEpoch() };
    auto insert = m_db.prepare(QStringLiteral("INSERT INTO tenants(id, name, created_ms) VALUES (?, ?, ?)"));
    if (!insert)
        return insert.error();
    OMNICRM_TRY(insert->bind(1, tenant.id).bind(2, tenant.name).bind(3, tenant.createdAtMs).run());
    return tenant;
}

Result<TenantInfo> SqliteDirectory::tenantWhere(const QString &column, const QString &value)
{
    auto s = m_db.prepare(QStringLiteral("SELECT id, name, created_ms FROM tenants WHERE ") + column
                          + QStringLiteral(" = ?"));
    if (!s)
        return s.error();
    s->bind(1, value);
    auto row = s->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error::make(ErrorCode::NotFound, QStringLiteral("no tenant \"%1\"").arg(value));
    return TenantInfo { s->text(0), s->text(1), s->int64(2) };
}

Result<TenantInfo> SqliteDirectory::tenantByName(const QString &name)
{
    return tenantWhere(QStringLiteral("name"), name.trimmed());
}

Result<TenantInfo> SqliteDirectory::tenantById(const QString &id)
{
    return tenantWhere(QStringLiteral("id"), id);
}

Result<UserInfo> SqliteDirectory::addUser(const QString &tenantId, const QString &email,
                                          const QString &passwordHash, const QStringList &roles)
{
    const QString normalized = email.trimmed().toLower();
    if (!normalized.contains(u'@') || normalized.size() > 254)
        return Error::make(ErrorCode::InvalidEmail,
                           QStringLiteral("\"%1\" is not an email address").arg(email),
                           QStringLiteral("email"));
    if (userByEmail(tenantId, normalized).ok())
        return Error::make(ErrorCode::Duplicate, QStringLiteral("user %1 already exists").arg(normalized),
                           QStringLiteral("email"));
    UserInfo user { newId(), tenantId, normalized, passwordHash, roles, {}, {}, 0 };
    auto insert = m_db.prepare(QStringLiteral("INSERT INTO users(id, tenant_id, email, password_hash, roles, "
                                              "created_ms) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    OMNICRM_TRY(insert->bind(1, user.id)
                    .bind(2, tenantId)
                    .bind(3, normalized)
                    .bind(4, passwordHash)
                    .bind(5, roles.join(u','))
                    .bind(6, QDateTime::currentMSecsSinceEpoch())
                    .run());
    return user;
}

Result<UserInfo> SqliteDirectory::userWhere(const QString &tenantId, const QString &column,
                                            const QString &value)
{
    auto s = m_db.prepare(QStringLiteral("SELECT ") + UserColumns
                          + QStringLiteral(" FROM users WHERE tenant_id = ? AND ") + column
                          + QStringLiteral(" = ?"));
    if (!s)
        return s.error();
    s->bind(1, tenantId).bind(2, value);
    auto row = s->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error::make(ErrorCode::NotFound, QStringLiteral("no user %1 in this tenant").arg(value));
    return readUser(*s);
}

Result<UserInfo> SqliteDirectory::userByEmail(const QString &tenantId, const QString &email)
{
    return userWhere(tenantId, QStringLiteral("email"), email.trimmed().toLower());
}

Result<UserInfo> SqliteDirectory::userById(const QString &tenantId, const QString &userId)
{
    return userWhere(tenantId, QStringLiteral("id"), userId);
}

Status SqliteDirectory::setPasswordHash(const QString &tenantId, const QString &userId, const QString &hash)
{
    auto s
        = m_db.prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE tenant_id = ? AND id = ?"));
    if (!s)
        return s.error();
    OMNICRM_TRY(s->bind(1, hash).bind(2, tenantId).bind(3, userId).run());
    if (m_db.changes() == 0)
        return Error::make(ErrorCode::NotFound, QStringLiteral("no user %1 in this tenant").arg(userId));
    return {};
}

Status SqliteDirectory::setTotpSecret(const QString &tenantId, const QString &userId, const QString &secret)
{
    auto s = m_db.prepare(QStringLiteral("UPDATE users SET totp_secret = ? WHERE tenant_id = ? AND id = ?"));
    if (!s)
        return s.error();
    OMNICRM_TRY(s->bind(1, secret).bind(2, tenantId).bind(3, userId).run());
    if (m_db.changes() == 0)
        return Error::make(ErrorCode::NotFound, QStringLiteral("no user %1 in this tenant").arg(userId));
    return {};
}

Result<DeviceInfo> SqliteDirectory::deviceFor(const QString &tenantId, const QString &userId,
                                              const QString &siteId, const QString &name, qint64 nowMs)
{
    auto find
        = m_db.prepare(QStringLiteral("SELECT ") + DeviceColumns
                       + QStringLiteral(" FROM devices WHERE tenant_id = ? AND user_id = ? AND site_id = ?"));
    if (!find)
        return find.error();
    find->bind(1, tenantId).bind(2, userId).bind(3, siteId);
    auto row = find->step();
    if (!row)
        return row.error();
    if (*row)
        return readDevice(*find);
    DeviceInfo device { newId(), tenantId, userId, siteId, name.left(100), nowMs, nowMs, 0, 0 };
    auto insert = m_db.prepare(
        QStringLiteral("INSERT INTO devices(id, tenant_id, user_id, site_id, name, created_ms, "
                       "last_seen_ms) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    OMNICRM_TRY(insert->bind(1, device.id)
                    .bind(2, tenantId)
                    .bind(3, userId)
                    .bind(4, siteId)
                    .bind(5, device.name)
                    .bind(6, nowMs)
                    .bind(7, nowMs)
                    .run());
    return device;
}

Result<DeviceInfo> SqliteDirectory::device(const QString &tenantId, const QString &deviceId)
{
    auto s = m_db.cached(QStringLiteral("SELECT ") + DeviceColumns
                         + QStringLiteral(" FROM devices WHERE tenant_id = ? AND id = ?"));
    if (!s)
        return s.error();
    (*s)->bind(1, tenantId).bind(2, deviceId);
    auto row = (*s)->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error::make(ErrorCode::NotFound, QStringLiteral("no device %1 in this tenant").arg(deviceId));
    DeviceInfo device = readDevice(**s);
    (*s)->reset();
    return device;
}

Result<QList<DeviceInfo>> SqliteDirectory::devices(const QString &tenantId)
{
    auto s = m_db.prepare(QStringLiteral("SELECT ") + DeviceColumns
                          + QStringLiteral(" FROM devices WHERE tenant_id = ? ORDER BY created_ms, id"));
    if (!s)
        return s.error();
    s->bind(1, tenantId);
    QList<DeviceInfo> list;
    while (true) {
        auto row = s->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        list.append(readDevice(*s));
    }
    return list;
}

Result<QHash<QString, QString>> SqliteDirectory::activeDevices(const QStringList &deviceIds)
{
    // In slices of at most 500 parameters (SQLite 3.15 allows 999 in one statement).
    constexpr qsizetype kSlice = 500;
    QHash<QString, QString> active;
    for (qsizetype first = 0; first < deviceIds.size(); first += kSlice) {
        const qsizetype count = std::min(kSlice, deviceIds.size() - first);
        QString marks = QStringLiteral("?");
        for (qsizetype i = 1; i < count; ++i)
            marks += QStringLiteral(", ?");
        auto s = m_db.cached(
            QStringLiteral("SELECT id, tenant_id FROM devices WHERE revoked_ms = 0 AND id IN (%1)")
                .arg(marks));
        if (!s)
            return s.error();
        for (qsizetype i = 0; i < count; ++i)
            (*s)->bind(int(i) + 1, deviceIds.at(first + i));
        while (true) {
            auto row = (*s)->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            active.insert((*s)->text(0), (*s)->text(1));
        }
    }
    return active;
}

Status SqliteDirectory::revokeDevice(const QString &tenantId, const QString &deviceId, qint64 nowMs)
{
    Transaction tx(m_db);
    OMNICRM_TRY(tx.began());
    auto s = m_db.prepare(QStringLiteral(
        "UPDATE devices SET revoked_ms = ? WHERE tenant_id = ? AND id = ? AND revoked_ms = 0"));
    if (!s)
        return s.error();
    OMNICRM_TRY(s->bind(1, nowMs).bind(2, tenantId).bind(3, deviceId).run());
    if (m_db.changes() == 0) {
        const auto existing = device(tenantId, deviceId);
        if (!existing)
            return existing.error();
        return {}; // already revoked
    }
    auto forget
        = m_db.prepare(QStringLiteral("DELETE FROM refresh_tokens WHERE tenant_id = ? AND device_id = ?"));
    if (!forget)
        return forget.error();
    OMNICRM_TRY(forget->bind(1, tenantId).bind(2, deviceId).run());
    return tx.commit();
}

Status SqliteDirectory::touchDevice(const QString &tenantId, const QString &deviceId, qint64 nowMs)
{
    auto s
        = m_db.cached(QStringLiteral("UPDATE devices SET last_seen_ms = ? WHERE tenant_id = ? AND id = ?"));
    if (!s)
        return s.error();
    return (*s)->bind(1, nowMs).bind(2, tenantId).bind(3, deviceId).run();
}

Status SqliteDirectory::storeRefreshToken(const QByteArray &tokenHash, const QString &tenantId,
                                          const QString &deviceId, qint64 nowMs)
{
    auto s = m_db.prepare(QStringLiteral(
        "INSERT INTO refresh_tokens(hash, tenant_id, device_id, created_ms) VALUES (?, ?, ?, ?)"));
    if (!s)
        return s.error();
    return s->bind(1, tokenHash).bind(2, tenantId).bind(3, deviceId).bind(4, nowMs).run();
}

Result<RefreshTokenUse> SqliteDirectory::useRefreshToken(const QByteArray &tokenHash, qint64 nowMs)
{
    Transaction tx(m_db);
    OMNICRM_TRY(tx.began());
    auto s = m_db.prepare(QStringLiteral(
        "SELECT tenant_id, device_id, used, created_ms, used_ms FROM refresh_tokens WHERE hash = ?"));
    if (!s)
        return s.error();
    s->bind(1, tokenHash);
    auto row = s->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error::make(ErrorCode::NotFound, QStringLiteral("unknown refresh token"));
    RefreshTokenUse use { s->text(0), s->text(1), s->int64(2) != 0, s->int64(3), s->int64(4) };
    // The first use's time stays: a later replay cannot stretch the grace of a racing refresh.
    auto mark = m_db.prepare(QStringLiteral("UPDATE refresh_tokens SET used_ms = CASE used WHEN 0 THEN ? "
                                            "ELSE used_ms END, used = 1 WHERE hash = ?"));
    if (!mark)
        return mark.error();
    OMNICRM_TRY(mark->bind(1, nowMs).bind(2, tokenHash).run());
    OMNICRM_TRY(tx.commit());
    return use;
}

Result<QList<TenantInfo>> SqliteDirectory::tenants()
{
    auto s = m_db.prepare(QStringLiteral("SELECT id, name, created_ms FROM tenants ORDER BY name"));
    if (!s)
        return s.error();
    QList<TenantInfo> list;
    while (true) {
        auto row = s->step();
        if (!row)
            return row.error();
        if (!*row)
            return list;
        list.append(TenantInfo { s->text(0), s->text(1), s->int64(2) });
    }
}

Result<QList<UserInfo>> SqliteDirectory::users(const QString &tenantId)
{
    auto s = m_db.prepare(QStringLiteral("SELECT ") + UserColumns
                          + QStringLiteral(" FROM users WHERE tenant_id = ? ORDER BY email"));
    if (!s)
        return s.error();
    s->bind(1, tenantId);
    QList<UserInfo> list;
    while (true) {
        auto row = s->step();
        if (!row)
            return row.error();
        if (!*row)
            return list;
        list.append(readUser(*s));
    }
}

Status SqliteDirectory::updateUser(const QString &tenantId, const QString &userId, const QString &assignments,
                                   const QVariant &value)
{
    auto s = m_db.prepare(QStringLiteral("UPDATE users SET ") + assignments
                          + QStringLiteral(" WHERE tenant_id = ? AND id = ?"));
    if (!s)
        return s.error();
    int index = 1;
    if (value.isValid()) {
        if (value.typeId() == QMetaType::QString)
            s->bind(index++, value.toString());
        else
            s->bind(index++, value.toLongLong());
    }
    OMNICRM_TRY(s->bind(index, tenantId).bind(index + 1, userId).run());
    if (m_db.changes() == 0)
        return Error::make(ErrorCode::NotFound, QStringLiteral("no user %1 in this tenant").arg(userId),
                           QStringLiteral("user"));
    return {};
}

Status SqliteDirectory::setUserDisabled(const QString &tenantId, const QString &userId, qint64 disabledAtMs)
{
    return updateUser(tenantId, userId, QStringLiteral("disabled_ms = ?"), disabledAtMs);
}

Status SqliteDirectory::setPendingTotpSecret(const QString &tenantId, const QString &userId,
                                             const QString &secret)
{
    return updateUser(tenantId, userId, QStringLiteral("totp_pending = ?"), secret);
}

Status SqliteDirectory::confirmPendingTotpSecret(const QString &tenantId, const QString &userId)
{
    auto s = m_db.prepare(QStringLiteral("UPDATE users SET totp_secret = totp_pending, totp_pending = '' "
                                         "WHERE tenant_id = ? AND id = ? AND totp_pending != ''"));
    if (!s)
        return s.error();
    OMNICRM_TRY(s->bind(1, tenantId).bind(2, userId).run());
    if (m_db.changes() == 0)
        return Error::make(ErrorCode::NotFound, QStringLiteral("no two-factor enrolment is waiting"),
                           QStringLiteral("code"));
    return {};
}

Status SqliteDirectory::noteDeviceCursor(const QString &tenantId, const QString &deviceId, qint64 seq)
{
    auto s = m_db.cached(
        QStringLiteral("UPDATE devices SET acked_seq = ? WHERE tenant_id = ? AND id = ? AND acked_seq < ?"));
    if (!s)
        return s.error();
    return (*s)->bind(1, seq).bind(2, tenantId).bind(3, deviceId).bind(4, seq).run();
}

Status SqliteDirectory::forgetRefreshTokensIssuedBefore(qint64 ms)
{
    auto s = m_db.prepare(QStringLiteral("DELETE FROM refresh_tokens WHERE created_ms < ?"));
    if (!s)
        return s.error();
    return s->bind(1, ms).run();
}

Result<QByteArray> SqliteDirectory::signingKey()
{
    auto s = m_db.prepare(QStringLiteral("SELECT value FROM secrets WHERE name = 'access-token-key'"));
    if (!s)
        return s.error();
    auto row = s->step();
    if (!row)
        return row.error();
    if (*row && s->blob(0).size() == 32)
        return s->blob(0);
    QByteArray key(32, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(key.data()), int(key.size())) != 1)
        return Error::make(ErrorCode::Io, QStringLiteral("no random bytes for the token key"));
    auto insert = m_db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO secrets(name, value) VALUES ('access-token-key', ?)"));
    if (!insert)
        return insert.error();
    OMNICRM_TRY(insert->bind(1, key).run());
    return key;
}

} // namespace OmniCrm
