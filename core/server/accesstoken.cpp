#include "accesstoken.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace OmniCrm {

namespace {

constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

Error refused(const QString &why)
{
    return Error::make(ErrorCode::KeyRejected, QStringLiteral("access token refused: ") + why);
}

} // namespace

TokenSigner::TokenSigner(QByteArray key)
    : m_key(std::move(key))
{
}

QByteArray TokenSigner::mac(const QByteArray &data) const
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), m_key.constData(), int(m_key.size()),
         reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()), out, &length);
    return QByteArray(reinterpret_cast<const char *>(out), int(length));
}

QString TokenSigner::sign(const AccessClaims &claims) const
{
    QCborArray roles;
    for (const QString &role : claims.roles)
        roles.append(role);
    const QCborMap payload {
        { QStringLiteral("t"), claims.tenantId },     { QStringLiteral("u"), claims.userId },
        { QStringLiteral("d"), claims.deviceId },     { QStringLiteral("r"), roles },
        { QStringLiteral("iat"), claims.issuedAtMs }, { QStringLiteral("exp"), claims.expiresAtMs }
    };
    const QByteArray signedPart = "v1." + QCborValue(payload).toCbor().toBase64(Base64Url);
    return QString::fromLatin1(signedPart + '.' + mac(signedPart).toBase64(Base64Url));
}

Result<AccessClaims> TokenSigner::verify(const QString &token, qint64 nowMs) const
{
    const QByteArray bytes = token.toLatin1();
    const qsizetype lastDot = bytes.lastIndexOf('.');
    if (!bytes.startsWith("v1.") || lastDot <= 3 || bytes.size() > 4096)
        return refused(QStringLiteral("malformed"));
    const QByteArray signedPart = bytes.left(lastDot);
    const auto decodedMac = QByteArray::fromBase64Encoding(
        bytes.mid(lastDot + 1), Base64Url | QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray expected = mac(signedPart);
    if (!decodedMac || decodedMac.decoded.size() != expected.size()
        || CRYPTO_memcmp(decodedMac.decoded.constData(), expected.constData(), size_t(expected.size())) != 0)
        return refused(QStringLiteral("bad signature"));
    const auto payloadBytes = QByteArray::fromBase64Encoding(
        signedPart.mid(3), Base64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!payloadBytes)
        return refused(QStringLiteral("malformed"));
    QCborParserError parseError;
    const QCborMap payload = QCborValue::fromCbor(payloadBytes.decoded, &parseError).toMap();
    if (parseError.error != QCborError::NoError)
        return refused(QStringLiteral("malformed"));
    AccessClaims claims;
    claims.tenantId = payload.value(QStringLiteral("t")).toString();
    claims.userId = payload.value(QStringLiteral("u")).toString();
    claims.deviceId = payload.value(QStringLiteral("d")).toString();
    for (const QCborValue &role : payload.value(QStringLiteral("r")).toArray())
        claims.roles.append(role.toString());
    claims.issuedAtMs = payload.value(QStringLiteral("iat")).toInteger();
    claims.expiresAtMs = payload.value(QStringLiteral("exp")).toInteger();
    if (claims.tenantId.isEmpty() || claims.userId.isEmpty() || claims.deviceId.isEmpty())
        return refused(QStringLiteral("missing claims"));
    if (nowMs >= claims.expiresAtMs)
        return refused(QStringLiteral("expired"));
    return claims;
}

} // namespace OmniCrm
