#include "authservice.h"

#include <QCryptographicHash>
#include <QUrl>
#include <QtEndian>

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

namespace OmniCrm {

namespace {

Error unauthorized(const QString &why)
{
    return Error::make(ErrorCode::KeyRejected, why);
}

QByteArray tokenHash(const QString &token)
{
    return QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256);
}

QByteArray fromBase32(const QString &text)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        const char16_t u = c.toUpper().unicode();
        int value = -1;
        if (u >= u'A' && u <= u'Z')
            value = u - u'A';
        else if (u >= u'2' && u <= u'7')
            value = u - u'2' + 26;
        else if (u == u'=' || u == u' ')
            continue;
        if (value < 0)
            return {};
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            out.append(char((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    return out;
}

QString toBase32(const QByteArray &bytes)
{
    static const char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : bytes) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            out.append(QLatin1Char(Alphabet[(buffer >> (bits - 5)) & 0x1f]));
            bits -= 5;
        }
    }
    if (bits > 0)
        out.append(QLatin1Char(Alphabet[(buffer << (5 - bits)) & 0x1f]));
    return out;
}

} // namespace

AuthService::AuthService(Directory &directory, const PasswordHasher &hasher, const Clock &clock,
                         AuthConfig config, QByteArray key, QString dummyHash)
    : m_directory(directory)
    , m_hasher(hasher)
    , m_clock(clock)
    , m_config(config)
    , m_signer(std::move(key))
    , m_userFailures(config.maxFailuresPerUser, config.failureWindowMs)
    , m_addressFailures(config.maxFailuresPerAddress, config.failureWindowMs)
    , m_dummyHash(std::move(dummyHash))
{
}

Result<std::unique_ptr<AuthService>> AuthService::create(Directory &directory, const PasswordHasher &hasher,
                                                         const Clock &clock, AuthConfig config)
{
    auto key = directory.signingKey();
    if (!key)
        return key.error();
    auto dummyHash = hasher.hash(QStringLiteral("not a password anyone has"));
    if (!dummyHash)
        return dummyHash.error();
    return std::unique_ptr<AuthService>(new AuthService(
        directory, hasher, clock, config, std::move(key).value(), std::move(dummyHash).value()));
}

static QString hotp(const QByteArray &secret, qint64 counterValue)
{
    uchar counter[8];
    qToBigEndian(quint64(counterValue), counter);
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha1(), secret.constData(), int(secret.size()), counter, sizeof counter, mac, &length);
    const int offset = mac[length - 1] & 0x0f;
    const quint32 binary = (quint32(mac[offset] & 0x7f) << 24) | (quint32(mac[offset + 1]) << 16)
        | (quint32(mac[offset + 2]) << 8) | quint32(mac[offset + 3]);
    return QStringLiteral("%1").arg(binary % 1000000, 6, 10, QLatin1Char('0'));
}

bool AuthService::verifyTotp(const QString &base32Secret, const QString &code, qint64 nowMs)
{
    const QByteArray secret = fromBase32(base32Secret);
    if (secret.isEmpty() || code.size() != 6)
        return false;
    const qint64 step = nowMs / 1000 / 30;
    for (qint64 candidate = step - 1; candidate <= step + 1; ++candidate)
        if (hotp(secret, candidate) == code)
            return true;
    return false;
}

QString AuthService::totpCode(const QString &base32Secret, qint64 nowMs)
{
    const QByteArray secret = fromBase32(base32Secret);
    return secret.isEmpty() ? QString() : hotp(secret, nowMs / 1000 / 30);
}

Result<Wire::Tokens> AuthService::issue(const UserInfo &user, const DeviceInfo &device)
{
    const qint64 now = m_clock.nowMs();
    AccessClaims claims { user.tenantId, user.id, device.id, user.roles, now, now + m_config.accessTtlMs };
    QByteArray random(32, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(random.data()), int(random.size())) != 1)
        return Error::make(ErrorCode::Io, QStringLiteral("no random bytes for a refresh token"));
    const QString refreshToken = QString::fromLatin1(
        random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    OMNICRM_TRY(m_directory.storeRefreshToken(tokenHash(refreshToken), user.tenantId, device.id, now));
    return Wire::Tokens { device.id, m_signer.sign(claims), refreshToken, claims.expiresAtMs };
}

Result<Wire::Tokens> AuthService::login(const Wire::Login &login, const QString &peerAddress)
{
    const qint64 now = m_clock.nowMs();
    const QString userKey = login.tenant.trimmed().toLower() + u'/' + login.email.trimmed().toLower();
    const QString addressKey = QStringLiteral("address:") + peerAddress;
    if (m_userFailures.isBlocked(userKey, now) || m_addressFailures.isBlocked(addressKey, now))
        return Error::make(ErrorCode::KeyRejected,
                           QStringLiteral("too many failed sign-ins; try again later"),
                           QStringLiteral("rate_limit"));
    const auto fail = [&](const QString &why) -> Error {
        m_userFailures.recordFailure(userKey, now);
        m_addressFailures.recordFailure(addressKey, now);
        return unauthorized(why);
    };
    const QString wrong = QStringLiteral("wrong tenant, email or password");
    const auto unknown = [&](const Error &error) -> Error {
        if (error.code != ErrorCode::NotFound)
            return error;
        (void)m_hasher.verify(m_dummyHash, login.password);
        return fail(wrong);
    };
    const auto tenant = m_directory.tenantByName(login.tenant);
    if (!tenant)
        return unknown(tenant.error());
    const auto user = m_directory.userByEmail(tenant->id, login.email);
    if (!user)
        return unknown(user.error());
    if (!m_hasher.verify(user->passwordHash, login.password))
        return fail(wrong);
    if (user->isDisabled())
        return unauthorized(QStringLiteral("this account is disabled; ask the team's admin"));
    if (!user->totpSecret.isEmpty() && !verifyTotp(user->totpSecret, login.totp, now))
        return fail(QStringLiteral("a valid one-time code is required"));
    if (login.siteId.trimmed().isEmpty())
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("login without a site id"),
                           QStringLiteral("site"));
    const auto device = m_directory.deviceFor(tenant->id, user->id, login.siteId, login.deviceName, now);
    if (!device)
        return device.error();
    if (device->isRevoked())
        return unauthorized(QStringLiteral("this device was revoked; sign in from a new store"));
    m_userFailures.clear(userKey);
    return issue(*user, *device);
}

Result<Wire::Tokens> AuthService::refresh(const QString &refreshToken)
{
    const qint64 now = m_clock.nowMs();
    const auto use = m_directory.useRefreshToken(tokenHash(refreshToken), now);
    if (!use)
        return use.error().code == ErrorCode::NotFound ? unauthorized(QStringLiteral("unknown refresh token"))
                                                       : use.error();
    // An expired token is only refused, even when retried: being old is not being copied.
    if (now - use->issuedAtMs > m_config.refreshIdleTtlMs)
        return unauthorized(QStringLiteral("refresh token expired; sign in again"));
    const bool racing = use->firstUsedAtMs > 0 && now - use->firstUsedAtMs <= m_config.refreshRaceGraceMs;
    if (use->wasUsedBefore && !racing) {
        // A rotated token came back: it was copied. Cut the device off entirely.
        OMNICRM_TRY(revokeDevice(use->tenantId, use->deviceId));
        return unauthorized(QStringLiteral("refresh token reused; the device was revoked"));
    }
    const auto device = m_directory.device(use->tenantId, use->deviceId);
    if (!device)
        return device.error();
    if (device->isRevoked())
        return unauthorized(QStringLiteral("this device was revoked"));
    const auto user = m_directory.userById(use->tenantId, device->userId);
    if (!user)
        return user.error();
    if (user->isDisabled())
        return unauthorized(QStringLiteral("this account is disabled; ask the team's admin"));
    return issue(*user, *device);
}

Result<AuthSession> AuthService::verify(const QString &accessToken)
{
    auto claims = m_signer.verify(accessToken, m_clock.nowMs());
    if (!claims)
        return claims.error();
    const auto device = m_directory.device(claims->tenantId, claims->deviceId);
    if (!device)
        return unauthorized(QStringLiteral("access token refused: unknown device"));
    if (device->isRevoked())
        return unauthorized(QStringLiteral("this device was revoked"));
    const auto user = m_directory.userById(claims->tenantId, claims->userId);
    if (!user || user->isDisabled())
        return unauthorized(QStringLiteral("this account is disabled; ask the team's admin"));
    return AuthSession { std::move(claims).value(), device->siteId };
}

Status AuthService::checkDevice(const AuthSession &session)
{
    const auto device = m_directory.device(session.claims.tenantId, session.claims.deviceId);
    if (!device)
        return device.error();
    if (device->isRevoked())
        return unauthorized(QStringLiteral("this device was revoked"));
    return {};
}

Status AuthService::revokeDevice(const QString &tenantId, const QString &deviceId)
{
    return m_directory.revokeDevice(tenantId, deviceId, m_clock.nowMs());
}

Result<QString> AuthService::hashPassword(const QString &password) const
{
    return m_hasher.hash(password);
}

Status AuthService::forgetExpiredRefreshTokens()
{
    return m_directory.forgetRefreshTokensIssuedBefore(m_clock.nowMs() - m_config.refreshIdleTtlMs);
}

Result<Wire::TotpResult> AuthService::beginTotpEnrolment(const AuthSession &session)
{
    const auto user = m_directory.userById(session.claims.tenantId, session.claims.userId);
    if (!user)
        return user.error();
    const auto tenant = m_directory.tenantById(session.claims.tenantId);
    if (!tenant)
        return tenant.error();
    QByteArray random(20, '\0'); // 160 bits, as RFC 4226 recommends
    if (RAND_bytes(reinterpret_cast<unsigned char *>(random.data()), int(random.size())) != 1)
        return Error::make(ErrorCode::Io, QStringLiteral("no random bytes for a two-factor secret"));
    const QString secret = toBase32(random);
    OMNICRM_TRY(m_directory.setPendingTotpSecret(session.claims.tenantId, session.claims.userId, secret));
    const QString issuer = QStringLiteral("OmniCRM");
    const QString label = issuer + u':' + user->email + QStringLiteral(" (") + tenant->name + u')';
    const QString uri
        = QStringLiteral("otpauth://totp/%1?secret=%2&issuer=%3&algorithm=SHA1&digits=6&period=30")
              .arg(QString::fromLatin1(QUrl::toPercentEncoding(label, ":@")), secret,
                   QString::fromLatin1(QUrl::toPercentEncoding(issuer)));
    return Wire::TotpResult { secret, uri, false };
}

Result<Wire::TotpResult> AuthService::confirmTotpEnrolment(const AuthSession &session, const QString &code)
{
    const qint64 now = m_clock.nowMs();
    const QString key = QStringLiteral("totp:") + session.claims.tenantId + u'/' + session.claims.userId;
    if (m_userFailures.isBlocked(key, now))
        return Error::make(ErrorCode::KeyRejected, QStringLiteral("too many wrong codes; try again later"),
                           QStringLiteral("rate_limit"));
    const auto user = m_directory.userById(session.claims.tenantId, session.claims.userId);
    if (!user)
        return user.error();
    if (user->totpPending.isEmpty())
        return Error::make(ErrorCode::NotFound,
                           QStringLiteral("no two-factor enrolment is waiting; start it again"),
                           QStringLiteral("code"));
    if (!verifyTotp(user->totpPending, code.trimmed(), now)) {
        m_userFailures.recordFailure(key, now);
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("the code does not match; check the phone's clock and try the "
                                          "newest code"),
                           QStringLiteral("code"));
    }
    OMNICRM_TRY(m_directory.confirmPendingTotpSecret(session.claims.tenantId, session.claims.userId));
    m_userFailures.clear(key);
    return Wire::TotpResult { {}, {}, true };
}

} // namespace OmniCrm
