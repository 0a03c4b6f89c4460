// SecretStore: where a store's raw key is kept when the machine has a keychain.
// The rule that is not obvious: "no entry" (ErrorCode::NotFound) and "no keychain answers here"
// (ErrorCode::NoKeyAvailable) are different errors, because only the second one means the caller
// should fall back to a passphrase.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace OmniCrm {

class SecretStore
{
public:
    virtual ~SecretStore() = default;

    /// True when a keychain answers here and can be read and written.
    virtual bool available() = 0;
    /// The secret kept under `account`; NotFound when there is none, NoKeyAvailable when no
    /// keychain answers.
    virtual Result<QByteArray> read(const QString &account) = 0;
    /// Stores `secret` under `account`, replacing an older one.
    virtual Status write(const QString &account, const QByteArray &secret) = 0;
    /// Removes the secret; removing one that is not there succeeds.
    virtual Status remove(const QString &account) = 0;
};

} // namespace OmniCrm
