// KeychainSecretStore: the OS keychain (Secret Service, macOS Keychain, Windows Credential Store)
// through QtKeychain, under the service name "OmniCRM".
// The rule that is not obvious: each call waits for its job in a local QEventLoop. That is meant
// for the CLI and for app start-up, before any window is shown; never call it from a live GUI.
// A QCoreApplication must exist. Where no keychain answers (no D-Bus session, no secret service,
// a keychain that does not answer within the timeout) every call fails with NoKeyAvailable.
#pragma once

#include "secretstore.h"

#include <chrono>

namespace OmniCrm {

class KeychainSecretStore final : public SecretStore
{
public:
    static constexpr std::chrono::milliseconds DefaultTimeout { 30000 };

    explicit KeychainSecretStore(QString service = QStringLiteral("OmniCRM"),
                                 std::chrono::milliseconds timeout = DefaultTimeout);

    /// Probes the keychain by writing and removing a small entry of its own.
    bool available() override;
    Result<QByteArray> read(const QString &account) override;
    Status write(const QString &account, const QByteArray &secret) override;
    Status remove(const QString &account) override;

    QString service() const { return m_service; }

private:
    QString m_service;
    std::chrono::milliseconds m_timeout;
};

} // namespace OmniCrm
