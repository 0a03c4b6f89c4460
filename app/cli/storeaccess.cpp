#include "storeaccess.h"

#include "storekeys.h"

#include <QDir>

namespace OmniCrm {

namespace {

const QString PassphraseHint = QStringLiteral("set OMNICRM_PASSPHRASE or pass --passphrase-file FILE");

/// A passphrase that cannot be read is a key that is not available: the store stays shut.
Error passphraseUnavailable(const Error &error)
{
    return Error::make(ErrorCode::NoKeyAvailable, error.detail, error.field);
}

} // namespace

StoreAccess::StoreAccess(SecretStore &secrets, KdfParams kdf)
    : m_secrets(secrets)
    , m_kdf(kdf)
{
}

QString StoreAccess::defaultDirectory()
{
    return StoreKeys::defaultDirectory();
}

QString StoreAccess::directory() const
{
    return QDir::cleanPath(m_dir.isEmpty() ? defaultDirectory() : m_dir);
}

bool StoreAccess::isPassphraseMode() const
{
    const auto manifest = StoreKeys::manifest(directory());
    return manifest && manifest->keyMode == KeyMode::Passphrase;
}

Result<std::optional<QString>> StoreAccess::passphrase() const
{
    auto passphrase = readPassphraseFromEnvOrFile(m_passphraseFile);
    if (!passphrase)
        return passphraseUnavailable(passphrase.error());
    return passphrase;
}

Result<std::unique_ptr<CrmStore>> StoreAccess::open()
{
    const QString dir = directory();
    std::optional<Error> readError;
    StoreKeys keys(m_secrets, m_kdf);
    auto store = CrmStore::open(dir, keys, [this, &readError]() -> std::optional<QString> {
        auto passphrase = this->passphrase();
        if (!passphrase) {
            readError = passphrase.error();
            return std::nullopt;
        }
        return *passphrase;
    });
    if (store)
        return store;
    if (readError)
        return *readError;
    if (store.error().code == ErrorCode::StoreNotFound)
        return Error::make(ErrorCode::StoreNotFound,
                           store.error().detail
                               + QStringLiteral("; create one with \"omnicrm-cli init\" or choose another "
                                                "with --store DIR or OMNICRM_STORE"));
    return store.error();
}

Result<std::unique_ptr<CrmStore>> StoreAccess::create(bool allowKeychain)
{
    const auto passphrase = this->passphrase();
    if (!passphrase)
        return passphrase.error();
    if (!*passphrase && !allowKeychain)
        return Error::make(ErrorCode::NoKeyAvailable,
                           QStringLiteral("--no-keychain needs a passphrase: ") + PassphraseHint);
    StoreKeys keys(m_secrets, m_kdf);
    return CrmStore::create(directory(), keys, *passphrase);
}

Status StoreAccess::changePassphrase(const QString &newPassphraseFile)
{
    const auto oldPassphrase = passphrase();
    if (!oldPassphrase)
        return oldPassphrase.error();
    if (!*oldPassphrase)
        return Error::make(ErrorCode::NoKeyAvailable,
                           QStringLiteral("the current passphrase is needed: ") + PassphraseHint);

    std::optional<QString> newPassphrase;
    if (!newPassphraseFile.isEmpty()) {
        auto fromFile = readPassphraseFromEnvOrFile(newPassphraseFile);
        if (!fromFile)
            return passphraseUnavailable(fromFile.error());
        newPassphrase = *fromFile;
    } else if (QString fromEnvironment = qEnvironmentVariable(NewPassphraseEnvironmentVariable);
               !fromEnvironment.isEmpty()) {
        newPassphrase = std::move(fromEnvironment);
    }
    if (!newPassphrase)
        return Error::make(ErrorCode::NoKeyAvailable,
                           QStringLiteral("the new passphrase is needed: set OMNICRM_NEW_PASSPHRASE or "
                                          "pass --new-passphrase-file FILE"));

    StoreKeys keys(m_secrets, m_kdf);
    return keys.changePassphrase(directory(), **oldPassphrase, *newPassphrase);
}

} // namespace OmniCrm
