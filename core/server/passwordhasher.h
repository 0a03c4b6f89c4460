// Argon2id password hashes in the standard encoded form ($argon2id$v=19$m=…,t=…,p=…$salt$hash),
// so the cost travels with each hash and can be raised later without breaking old ones.
#pragma once

#include "passphrasekeyfile.h"
#include "result.h"

namespace OmniCrm {

class PasswordHasher
{
public:
    explicit PasswordHasher(KdfParams params = KdfParams::strong());

    Result<QString> hash(const QString &password) const;
    /// True when password matches; false for a wrong password or a hash that is not Argon2id.
    bool verify(const QString &encodedHash, const QString &password) const;

    /// Minimum length and the like; empty when acceptable, else why not.
    static QString weakness(const QString &password);

private:
    KdfParams m_params;
};

} // namespace OmniCrm
