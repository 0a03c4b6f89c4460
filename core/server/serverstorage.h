// The server's storage behind interfaces, so the embedded SQLite backend and a later PostgreSQL
// one are interchangeable. The rule that is not obvious: a TenantLog is obtained by tenant id and
// only ever sees that tenant's data; callers take the id from a verified token, never from what
// a client sent.
#pragma once

#include "result.h"
#include "syncmessages.h"
#include "synctransaction.h"

#include <QHash>
#include <QStringList>

#include <functional>
#include <memory>

namespace OmniCrm {

struct TenantInfo
{
    QString id; // UUIDv7
    QString name;
    qint64 createdAtMs = 0;
};

struct UserInfo
{
    QString id;
    QString tenantId;
    QString email; // lower-case
    QString passwordHash; // Argon2id encoded string
    QStringList roles;
    QString totpSecret; // base32; empty when the user has no second factor
    QString totpPending; // base32; an enrolment not confirmed yet (not required at sign-in)
    qint64 disabledAtMs = 0; // 0 while the user may sign in

    bool isDisabled() const { return disabledAtMs != 0; }
};

struct DeviceInfo
{
    QString id;
    QString tenantId;
    QString userId;
    QString siteId;
    QString name;
    qint64 createdAtMs = 0;
    qint64 lastSeenMs = 0;
    qint64 revokedAtMs = 0; // 0 while the device may sync
    qint64 ackedSeq = 0; // the newest cursor the device said it has applied (hello, pull)

    bool isRevoked() const { return revokedAtMs != 0; }
};

/// A refresh token looked up and marked as used in one step.
struct RefreshTokenUse
{
    QString tenantId;
    QString deviceId;
    bool wasUsedBefore = false; // used already: a replay, or two connections of one device racing
    qint64 issuedAtMs = 0; // tokens rotate on every use, so this is the device's last refresh
    qint64 firstUsedAtMs = 0; // when it was used first (0: unknown, or this use is the first)
};

/// Tenants, users, devices, refresh tokens and the token-signing key.
class Directory
{
public:
    virtual ~Directory() = default;

    virtual Result<TenantInfo> createTenant(const QString &name) = 0; // Duplicate when taken
    virtual Result<TenantInfo> tenantByName(const QString &name) = 0; // NotFound
    virtual Result<TenantInfo> tenantById(const QString &id) = 0;

    virtual Result<UserInfo> addUser(const QString &tenantId, const QString &email,
                                     const QString &passwordHash, const QStringList &roles)
        = 0;
    virtual Result<UserInfo> userByEmail(const QString &tenantId, const QString &email) = 0;
    virtual Result<UserInfo> userById(const QString &tenantId, const QString &userId) = 0;
    virtual Status setPasswordHash(const QString &tenantId, const QString &userId, const QString &hash) = 0;
    virtual Status setTotpSecret(const QString &tenantId, const QString &userId, const QString &secret) = 0;

    // Administration (admin messages; always within the tenant the caller's token names).
    virtual Result<QList<TenantInfo>> tenants() = 0;
    virtual Result<QList<UserInfo>> users(const QString &tenantId) = 0; // by email
    /// 0 enables the user again.
    virtual Status setUserDisabled(const QString &tenantId, const QString &userId, qint64 disabledAtMs) = 0;
    /// A new secret waiting for confirmation; empty forgets it.
    virtual Status setPendingTotpSecret(const QString &tenantId, const QString &userId, const QString &secret)
        = 0;
    /// Makes the pending secret the required one (NotFound when none is pending).
    virtual Status confirmPendingTotpSecret(const QString &tenantId, const QString &userId) = 0;
    /// Raises the device's acknowledged cursor to seq (never lowers it).
    virtual Status noteDeviceCursor(const QString &tenantId, const QString &deviceId, qint64 seq) = 0;
    /// Forgets refresh tokens issued before the given time (expired ones).
    virtual Status forgetRefreshTokensIssuedBefore(qint64 ms) = 0;

    /// The device of (user, site), created on first login.
    virtual Result<DeviceInfo> deviceFor(const QString &tenantId, const QString &userId,
                                         const QString &siteId, const QString &name, qint64 nowMs)
        = 0;
    virtual Result<DeviceInfo> device(const QString &tenantId, const QString &deviceId) = 0;
    virtual Result<QList<DeviceInfo>> devices(const QString &tenantId) = 0;
    /// Of `deviceIds` (any tenant's), those that exist and are not revoked, each with its tenant:
    /// the server's periodic check of every connected device, in one query rather than one each.
    virtual Result<QHash<QString, QString>> activeDevices(const QStringList &deviceIds) = 0;
    /// Revokes the device and forgets its refresh tokens.
    virtual Status revokeDevice(const QString &tenantId, const QString &deviceId, qint64 nowMs) = 0;
    virtual Status touchDevice(const QString &tenantId, const QString &deviceId, qint64 nowMs) = 0;

    virtual Status storeRefreshToken(const QByteArray &tokenHash, const QString &tenantId,
                                     const QString &deviceId, qint64 nowMs)
        = 0;
    /// Marks it used and notes when it was first used. NotFound for a token never issued (or
    /// forgotten with its device).
    virtual Result<RefreshTokenUse> useRefreshToken(const QByteArray &tokenHash, qint64 nowMs) = 0;

    /// The HMAC key for access tokens, created (random) on first use and kept.
    virtual Result<QByteArray> signingKey() = 0;
};

struct PushOutcome
{
    QList<qint64> applied; // localSeqs stored now or before
    qint64 headSeq = 0;
    bool grew = false; // at least one transaction was new
};

/// What TenantLog::collectGarbage removed.
struct GarbageCollected
{
    qint64 tombstones = 0; // deleted rows forgotten with their fields
    qint64 logEntries = 0; // log entries that touched nothing but those rows
};

struct SnapshotPosition
{
    qint64 atSeq = 0; // the snapshot describes fields written up to this serverSeq
    QString afterTable; // the last row sent (empty to start)
    QString afterRowId;
};

struct SnapshotPage
{
    QList<Wire::SnapshotRow> rows;
    SnapshotPosition next;
    bool done = false;
};

/// One tenant's log and materialised per-field last-writer-wins state.
class TenantLog
{
public:
    virtual ~TenantLog() = default;

    virtual Result<qint64> head() = 0;
    /// Stores the transactions not stored yet (by siteId, localSeq) in one write transaction,
    /// each with the next serverSeq, and merges them into the state. All or nothing.
    virtual Result<PushOutcome> push(const QList<SyncTransaction> &transactions) = 0;
    virtual Result<Wire::Changes> changesAfter(qint64 after, int limit) = 0;
    virtual Result<SnapshotPage> snapshot(const SnapshotPosition &from, int limit) = 0;
    /// The checkpoint of a whole snapshot at atSeq (what snapshot() pages deliver, in order).
    virtual Result<Wire::Checkpoint> checkpoint(qint64 atSeq) = 0;
    /// Forgets deleted rows (even causal length) that no log entry after `horizon` touched, and
    /// the log entries up to `horizon` that touched nothing else. The caller passes the lowest
    /// acknowledged cursor of the tenant's active devices, so every device that may still pull
    /// has seen those deletes; a new device starts from a snapshot, which never needed them.
    virtual Result<GarbageCollected> collectGarbage(qint64 horizon) = 0;
};

class ServerStorage
{
public:
    virtual ~ServerStorage() = default;

    virtual Directory &directory() = 0;
    /// The tenant's log, opened on first use; NotFound for a tenant the directory does not know.
    virtual Result<TenantLog *> tenantLog(const QString &tenantId) = 0;

    /// Called from the event loop when another server instance sharing this storage grew a
    /// tenant's log (PostgreSQL LISTEN/NOTIFY). Storage no other instance can share never calls
    /// it. An empty function stops listening.
    using PushListener = std::function<void(const QString &tenantId, qint64 headSeq)>;
    virtual void setPushListener(PushListener listener) { Q_UNUSED(listener) }
};

/// Opens the storage a --database URL names: empty or sqlite: → SQLite files under dataDir;
/// postgres:// → Unsupported in this build.
Result<std::unique_ptr<ServerStorage>> openServerStorage(const QString &dataDir, const QString &databaseUrl);

} // namespace OmniCrm
