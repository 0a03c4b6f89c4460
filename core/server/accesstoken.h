// Short-lived access tokens: "v1.<payload>.<mac>", base64url, where payload is a CBOR map of the
// claims and mac is HMAC-SHA256 over "v1.<payload>" with the server's key. Anything altered —
// tenant, expiry, a single bit of the MAC — fails verification.
#pragma once

#include "hlc.h"
#include "result.h"

#include <QStringList>

namespace OmniCrm {

struct AccessClaims
{
    QString tenantId;
    QString userId;
    QString deviceId;
    QStringList roles;
    qint64 issuedAtMs = 0;
    qint64 expiresAtMs = 0;
};

class TokenSigner
{
public:
    explicit TokenSigner(QByteArray key); // 32 random bytes

    QString sign(const AccessClaims &claims) const;
    /// The claims, or KeyRejected naming why ("expired", "bad signature", "malformed").
    Result<AccessClaims> verify(const QString &token, qint64 nowMs) const;

private:
    QByteArray mac(const QByteArray &data) const;

    QByteArray m_key;
};

} // namespace OmniCrm
