// StoreKeys: the key policy for one store folder. The folder holds omnicrm.db (the encrypted
// database, which StoreKeys never opens, writes or removes), store.json (the store id and where
// its key is kept) and, in passphrase mode only, key.json (the key wrapped by a passphrase).
// The rule that is not obvious: a new store's key goes to the OS keychain unless a passphrase is
// given; where no keychain answers and no passphrase is given, nothing is created and the error
// says how to supply one. Unlocking never falls back from one mode to the other.
#pragma once

#include "passphrasekeyfile.h"
#include "result.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace OmniCrm {

class SecretStore;

enum class KeyMode { Keychain, Passphrase };

/// What store.json records: {"format":"omnicrm-store/1","store_id":uuid,
/// "key_mode":"keychain"|"passphrase","created_at":ISO 8601 UTC}.
struct StoreManifest
{
    QString storeId;
    KeyMode keyMode = KeyMode::Keychain;
    QString createdAt;
};

/// Answers the passphrase for a store in passphrase mode, or nullopt when there is none.
using PassphraseSource = std::function<std::optional<QString>()>;

class StoreKeys
{
public:
    /// `kdf` is the Argon2id cost for keys wrapped from now on (createKey, changePassphrase).
    explicit StoreKeys(SecretStore &secrets, KdfParams kdf = KdfParams::strong());

    /// Where a store lives unless told otherwise: $OMNICRM_STORE, else <app data>/store.
    static QString defaultDirectory();
    static QString databasePath(const QString &dir); // dir/omnicrm.db
    static QString manifestPath(const QString &dir); // dir/store.json
    static QString keyFilePath(const QString &dir); // dir/key.json
    /// The keychain account that holds a store's key.
    static QString keychainAccount(const QString &storeId);

    /// Reads store.json. StoreNotFound when the folder holds no store, StoreCorrupt when
    /// store.json is missing beside a database or cannot be read.
    static Result<StoreManifest> manifest(const QString &dir);

    /// Makes a new random 256-bit key for a store in `dir` (created when missing) and returns
    /// it, for the caller to create omnicrm.db with. With a passphrase the key is wrapped in
    /// key.json; without one it goes to the keychain, and NoKeyAvailable when none answers.
    /// StoreExists when the folder already holds a store, its database or a key file.
    Result<QByteArray> createKey(const QString &dir, const std::optional<QString> &passphrase);

    /// The key of the store in `dir`. `askPassphrase` is called only in passphrase mode, after
    /// the key file has been read. KeyRejected for a wrong passphrase; NoKeyAvailable when the
    /// keychain does not answer or has no entry, or when no passphrase is given.
    Result<QByteArray> unlock(const QString &dir, const PassphraseSource &askPassphrase);

    /// Re-wraps the key under a new passphrase; the database is not touched. Unsupported for a
    /// store in keychain mode; KeyRejected, with key.json unchanged, when `oldPassphrase` is wrong.
    Status changePassphrase(const QString &dir, const QString &oldPassphrase, const QString &newPassphrase);

private:
    SecretStore &m_secrets;
    KdfParams m_kdf;
};

/// The environment variable a headless tool reads the passphrase from.
inline constexpr char PassphraseEnvironmentVariable[] = "OMNICRM_PASSPHRASE";

/// The passphrase for a headless tool: the contents of `passphraseFile` when it is given (one
/// trailing newline removed), else OMNICRM_PASSPHRASE when set and not empty, else nullopt.
/// Never from a command-line argument. Io when the file cannot be read; InvalidArgument when it
/// is empty.
Result<std::optional<QString>> readPassphraseFromEnvOrFile(const QString &passphraseFile);

} // namespace OmniCrm
