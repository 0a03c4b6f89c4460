// StoreAccess: how the CLI reaches a store: its folder (--store, else OMNICRM_STORE, else the
// platform's application-data folder) and its key (the OS keychain, or a passphrase read from
// --passphrase-file or OMNICRM_PASSPHRASE). The rule that is not obvious: a passphrase never
// comes from the command line, where other users of the machine could read it.
#pragma once

#include "crmstore.h"
#include "passphrasekeyfile.h"

#include <memory>
#include <optional>

namespace OmniCrm {

class SecretStore;

/// The environment variable that holds the new passphrase for change-passphrase.
inline constexpr char NewPassphraseEnvironmentVariable[] = "OMNICRM_NEW_PASSPHRASE";
class StoreAccess
{
public:
    StoreAccess(SecretStore &secrets, KdfParams kdf);

    /// An empty folder means the default one.
    void setDirectory(const QString &dir) { m_dir = dir; }
    void setPassphraseFile(const QString &path) { m_passphraseFile = path; }
    QString directory() const;

    /// Opens the store; the passphrase is read only when its key needs one.
    Result<std::unique_ptr<CrmStore>> open();
    /// Creates a store: passphrase mode when a passphrase is given, else the keychain unless
    /// `allowKeychain` is false. NoKeyAvailable, with how to supply one, when neither is there.
    Result<std::unique_ptr<CrmStore>> create(bool allowKeychain);
    /// Re-wraps the key under the passphrase from `newPassphraseFile` or OMNICRM_NEW_PASSPHRASE.
    Status changePassphrase(const QString &newPassphraseFile);

    bool isPassphraseMode() const;
    /// The OS keychain this tool was given (AI provider keys go there when it answers).
    SecretStore &secrets() { return m_secrets; }
    static QString defaultDirectory();

private:
    Result<std::optional<QString>> passphrase() const;

    SecretStore &m_secrets;
    KdfParams m_kdf;
    QString m_dir;
    QString m_passphraseFile;
};

} // namespace OmniCrm
