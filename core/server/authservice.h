// Sign-in, tokens and devices. Access tokens are short-lived and signed; refresh tokens rotate on
// every use and an old one replayed after a short grace revokes its device (someone copied it). Failed logins
// are rate-limited per user and per address. The tenant of everything after sign-in comes from the verified
// token, never from a request.
#pragma once

#include "accesstoken.h"
#include "hlc.h"
#include "loginratelimiter.h"
#include "passwordhasher.h"
#include "serverstorage.h"

namespace OmniCrm {

struct AuthConfig
{
    qint64 accessTtlMs = 15 * 60 * 1000;
    int maxFailuresPerUser = 5;
    int maxFailuresPerAddress = 20;
    qint64 failureWindowMs = 15 * 60 * 1000;
    qint64 refreshIdleTtlMs = 60LL * 24 * 60 * 60 * 1000; // a device unrefreshed this long signs in again
    // A refresh token used again this soon after its first use is two connections of one device
    // (the background sync and the admin page) refreshing together, not a copy: both get tokens.
    qint64 refreshRaceGraceMs = 30'000;
};

/// Who is on the other end of a connection, once its token was verified.
struct AuthSession
{
    AccessClaims claims;
    QString siteId; // the device's replica
};

class AuthService
{
public:
    /// Reads (or creates) the signing key from the directory.
    static Result<std::unique_ptr<AuthService>> create(Directory &directory, const PasswordHasher &hasher,
                                                       const Clock &clock, AuthConfig config = {});

    /// KeyRejected for wrong credentials or a revoked device; KeyRejected with field
    /// "rate_limit" while the user or the address is blocked.
    Result<Wire::Tokens> login(const Wire::Login &login, const QString &peerAddress);
    Result<Wire::Tokens> refresh(const QString &refreshToken);
    /// The session of a valid, unexpired token whose device is not revoked.
    Result<AuthSession> verify(const QString &accessToken);
    /// Ok while the session's device may still sync.
    Status checkDevice(const AuthSession &session);
    Status revokeDevice(const QString &tenantId, const QString &deviceId);

    /// RFC 6238 (SHA-1, 30 s, 6 digits, ±1 step) against a base32 secret.
    static bool verifyTotp(const QString &base32Secret, const QString &code, qint64 nowMs);
    /// The RFC 6238 code of a base32 secret at a time (tests and tools); empty for a bad secret.
    static QString totpCode(const QString &base32Secret, qint64 nowMs);

    /// Two-factor enrolment of the session's user: a new random secret, pending until confirmed,
    /// with its otpauth:// URI.
    Result<Wire::TotpResult> beginTotpEnrolment(const AuthSession &session);
    /// Confirms the pending secret with a current code; it is required from the next sign-in on.
    /// Wrong codes count as failed sign-ins of the user (rate-limited).
    Result<Wire::TotpResult> confirmTotpEnrolment(const AuthSession &session, const QString &code);

    /// An Argon2id hash of a new password (admin: add user, reset password).
    Result<QString> hashPassword(const QString &password) const;
    /// Forgets refresh tokens idle longer than refreshIdleTtlMs (housekeeping).
    Status forgetExpiredRefreshTokens();
    const AuthConfig &config() const { return m_config; }

private:
    AuthService(Directory &directory, const PasswordHasher &hasher, const Clock &clock, AuthConfig config,
                QByteArray key, QString dummyHash);
    Result<Wire::Tokens> issue(const UserInfo &user, const DeviceInfo &device);

    Directory &m_directory;
    const PasswordHasher &m_hasher;
    const Clock &m_clock;
    AuthConfig m_config;
    TokenSigner m_signer;
    LoginRateLimiter m_userFailures;
    LoginRateLimiter m_addressFailures;
    QString m_dummyHash; // verified against for unknown users, so timing does not tell who exists
};

} // namespace OmniCrm
