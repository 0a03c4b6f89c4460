// PassphraseKeyFile: a store's 32-byte raw key wrapped by a passphrase, in a small JSON file.
// Argon2id derives a wrapping key from the passphrase; AES-256-GCM seals the store key with the
// format version and the store id as associated data. Changing the passphrase re-wraps the same
// key, so the database file is never rewritten.
// The rule that is not obvious: a GCM tag that does not verify cannot tell a wrong passphrase
// from an altered file, so both are ErrorCode::KeyRejected, and the file is left as it was.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace OmniCrm {

/// Argon2id cost. strong() is the default for real stores; tests pass a tiny cost.
struct KdfParams
{
    quint32 memoryKib = 128 * 1024;
    quint32 iterations = 3;
    quint32 parallelism = 1;

    /// About 0.35 s on a 2020s desktop core (128 MiB, 3 passes, 1 lane).
    static KdfParams strong() { return {}; }
    /// The cheapest cost Argon2id accepts with some margin: for tests only.
    static KdfParams fastForTests() { return KdfParams { 64, 1, 1 }; }
    /// The cost for keys this process wraps: strong, unless the test hook
    /// OMNICRM_KDF=fast-for-tests asks for the cheap one.
    static KdfParams fromEnvironment();

    /// Empty when the cost is inside the bounds this version accepts from a file, else why not.
    QString invalidReason() const;

    friend bool operator==(const KdfParams &, const KdfParams &) = default;
};

/// The file's contents as written: {"format":"omnicrm-key/1","store_id":…,"kdf":"argon2id",
/// "m_kib":…,"t":…,"p":…,"salt":b64,"nonce":b64,"wrapped":b64 (ciphertext and tag)}.
class PassphraseKeyFile
{
public:
    static constexpr qsizetype KeySize = 32;
    static inline const QString Format = QStringLiteral("omnicrm-key/1");

    explicit PassphraseKeyFile(QString path);

    QString path() const { return m_path; }

    /// Wraps `key` (32 bytes) with `passphrase` and writes the file atomically, readable by its
    /// owner only (0600). Refuses with StoreExists when the file is already there.
    Status create(const QString &storeId, const QByteArray &key, const QString &passphrase,
                  const KdfParams &params = KdfParams::strong()) const;

    /// The store key. KeyRejected for a wrong passphrase, an altered file, or a file that
    /// belongs to another store than `expectedStoreId` (when given); NotFound when the file is
    /// missing; StoreCorrupt or Unsupported when it cannot be read as this format.
    Result<QByteArray> unwrap(const QString &passphrase, const QString &expectedStoreId = {}) const;

    /// Re-wraps the same key under `newPassphrase` with a fresh salt and nonce, keeping the
    /// file's cost unless `params` is given. The old file stays in place until the new one is
    /// complete, and is untouched when `oldPassphrase` is wrong.
    Status rewrap(const QString &oldPassphrase, const QString &newPassphrase,
                  const std::optional<KdfParams> &params = std::nullopt) const;

    /// The store id and cost recorded in the file, without a passphrase.
    Result<QString> storeId() const;
    Result<KdfParams> kdfParams() const;

private:
    QString m_path;
};

/// Overwrites the bytes of `secret` (OPENSSL_cleanse) and empties it.
void wipeSecret(QByteArray &secret);

} // namespace OmniCrm
