#include "storekeys.h"

#include "secretstore.h"
#include "uuid7.h"

#include <openssl/rand.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace OmniCrm {

namespace {

const QString ManifestFormat = QStringLiteral("omnicrm-store/1");
const QString ManifestFormatPrefix = QStringLiteral("omnicrm-store/");
const QString KeychainModeName = QStringLiteral("keychain");
const QString PassphraseModeName = QStringLiteral("passphrase");
const QString PassphraseHint = QStringLiteral("set OMNICRM_PASSPHRASE or pass --passphrase-file");
constexpr qsizetype MaxManifestSize = 64 * 1024;

Error manifestCorrupt(const QString &path, const QString &what)
{
    return Error::make(ErrorCode::StoreCorrupt, QStringLiteral("store file %1: %2").arg(path, what));
}

Status writeManifest(const QString &path, const StoreManifest &manifest)
{
    QJsonObject json;
    json.insert(QStringLiteral("format"), ManifestFormat);
    json.insert(QStringLiteral("store_id"), manifest.storeId);
    json.insert(QStringLiteral("key_mode"),
                manifest.keyMode == KeyMode::Keychain ? KeychainModeName : PassphraseModeName);
    json.insert(QStringLiteral("created_at"), manifest.createdAt);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(ErrorCode::Io,
                           QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    file.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error::make(ErrorCode::Io,
                           QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Result<QByteArray> newKey()
{
    QByteArray key(PassphraseKeyFile::KeySize, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(key.data()), int(key.size())) != 1)
        return Error::make(ErrorCode::Io, QStringLiteral("the system random generator failed"));
    return key;
}

} // namespace

StoreKeys::StoreKeys(SecretStore &secrets, KdfParams kdf)
    : m_secrets(secrets)
    , m_kdf(kdf)
{
}

QString StoreKeys::defaultDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("OMNICRM_STORE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/store");
}

QString StoreKeys::databasePath(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("omnicrm.db"));
}

QString StoreKeys::manifestPath(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("store.json"));
}

QString StoreKeys::keyFilePath(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("key.json"));
}

QString StoreKeys::keychainAccount(const QString &storeId)
{
    return QStringLiteral("store-key/") + storeId;
}

Result<StoreManifest> StoreKeys::manifest(const QString &dir)
{
    const QString path = manifestPath(dir);
    QFile file(path);
    if (!file.exists()) {
        if (QFileInfo::exists(databasePath(dir)))
            return manifestCorrupt(
                path, QStringLiteral("missing beside the database; without it the key cannot be found"));
        return Error::make(ErrorCode::StoreNotFound, QStringLiteral("no OmniCRM store in %1").arg(dir));
    }
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > MaxManifestSize)
        return manifestCorrupt(path, QStringLiteral("%1 bytes is far too large").arg(file.size()));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return manifestCorrupt(path, QStringLiteral("not a JSON object (%1)").arg(parseError.errorString()));
    const QJsonObject json = document.object();

    const QString format = json.value(QStringLiteral("format")).toString(ManifestFormat);
    if (format != ManifestFormat) {
        if (format.startsWith(ManifestFormatPrefix))
            return Error::make(ErrorCode::Unsupported,
                               QStringLiteral("%1 has format \"%2\"; this version reads only \"%3\"")
                                   .arg(path, format, ManifestFormat));
        return manifestCorrupt(path, QStringLiteral("unknown format \"%1\"").arg(format));
    }

    StoreManifest manifest;
    manifest.storeId = json.value(QStringLiteral("store_id")).toString();
    if (!isValidId(manifest.storeId))
        return manifestCorrupt(path, QStringLiteral("\"store_id\" is not a UUID"));
    const QString mode = json.value(QStringLiteral("key_mode")).toString();
    if (mode == KeychainModeName)
        manifest.keyMode = KeyMode::Keychain;
    else if (mode == PassphraseModeName)
        manifest.keyMode = KeyMode::Passphrase;
    else
        return manifestCorrupt(path, QStringLiteral("unknown \"key_mode\" \"%1\"").arg(mode));
    manifest.createdAt = json.value(QStringLiteral("created_at")).toString();
    return manifest;
}

Result<QByteArray> StoreKeys::createKey(const QString &dir, const std::optional<QString> &passphrase)
{
    if (passphrase && passphrase->isEmpty())
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("the passphrase is empty"),
                           QStringLiteral("passphrase"));
    for (const QString &path : { manifestPath(dir), databasePath(dir), keyFilePath(dir) }) {
        if (QFileInfo::exists(path))
            return Error::make(
                ErrorCode::StoreExists,
                QStringLiteral("%1 already exists; a new key would orphan that store").arg(path));
    }
    if (!passphrase && !m_secrets.available())
        return Error::make(ErrorCode::NoKeyAvailable,
                           QStringLiteral("no keychain answers here; ") + PassphraseHint);
    if (!QDir().mkpath(dir))
        return Error::make(ErrorCode::Io, QStringLiteral("cannot create the store folder %1").arg(dir));

    auto key = newKey();
    OMNICRM_TRY(key);
    StoreManifest manifest { newId(), passphrase ? KeyMode::Passphrase : KeyMode::Keychain,
                             QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) };

    const PassphraseKeyFile keyFile(keyFilePath(dir));
    const QString account = keychainAccount(manifest.storeId);
    if (passphrase) {
        const Status wrapped = keyFile.create(manifest.storeId, *key, *passphrase, m_kdf);
        if (!wrapped) {
            wipeSecret(*key);
            return wrapped.error();
        }
    } else if (const Status stored = m_secrets.write(account, *key); !stored) {
        wipeSecret(*key);
        if (stored.error().code == ErrorCode::NoKeyAvailable)
            return Error::make(ErrorCode::NoKeyAvailable,
                               stored.error().detail + QStringLiteral("; ") + PassphraseHint);
        return stored.error();
    }

    // store.json last: until it exists there is no store, and a failure leaves nothing behind.
    if (const Status written = writeManifest(manifestPath(dir), manifest); !written) {
        wipeSecret(*key);
        if (passphrase)
            QFile::remove(keyFile.path());
        else
            (void)m_secrets.remove(account);
        return written.error();
    }
    return key;
}

Result<QByteArray> StoreKeys::unlock(const QString &dir, const PassphraseSource &askPassphrase)
{
    const auto manifest = StoreKeys::manifest(dir);
    OMNICRM_TRY(manifest);

    if (manifest->keyMode == KeyMode::Keychain) {
        auto key = m_secrets.read(keychainAccount(manifest->storeId));
        if (!key) {
            if (key.error().code == ErrorCode::NotFound)
                return Error::make(
                    ErrorCode::NoKeyAvailable,
                    QStringLiteral("the keychain holds no key for store %1 in %2 (its key stays in the "
                                   "keychain of the machine that created it)")
                        .arg(manifest->storeId, dir));
            if (key.error().code == ErrorCode::NoKeyAvailable)
                return Error::make(
                    ErrorCode::NoKeyAvailable,
                    QStringLiteral("store %1 keeps its key in the OS keychain, and no keychain answers "
                                   "here: %2")
                        .arg(dir, key.error().detail));
            return key.error();
        }
        if (key->size() != PassphraseKeyFile::KeySize) {
            wipeSecret(*key);
            return Error::make(ErrorCode::KeyRejected,
                               QStringLiteral("the keychain entry for store %1 is not a 256-bit key")
                                   .arg(manifest->storeId));
        }
        return key;
    }

    const PassphraseKeyFile keyFile(keyFilePath(dir));
    // Read the key file before asking, so nobody types a passphrase for a file that is broken.
    const auto fileStoreId = keyFile.storeId();
    if (!fileStoreId) {
        if (fileStoreId.error().code == ErrorCode::NotFound)
            return Error::make(ErrorCode::NoKeyAvailable,
                               QStringLiteral("store %1 keeps its key in %2, and that file is missing")
                                   .arg(dir, keyFile.path()));
        return fileStoreId.error();
    }
    if (*fileStoreId != manifest->storeId)
        return Error::make(ErrorCode::KeyRejected,
                           QStringLiteral("key file %1 belongs to store %2, not to store %3")
                               .arg(keyFile.path(), *fileStoreId, manifest->storeId));

    const std::optional<QString> passphrase = askPassphrase ? askPassphrase() : std::nullopt;
    if (!passphrase || passphrase->isEmpty())
        return Error::make(ErrorCode::NoKeyAvailable,
                           QStringLiteral("passphrase required for store %1; ").arg(dir) + PassphraseHint);
    return keyFile.unwrap(*passphrase, manifest->storeId);
}

Status StoreKeys::changePassphrase(const QString &dir, const QString &oldPassphrase,
                                   const QString &newPassphrase)
{
    const auto manifest = StoreKeys::manifest(dir);
    OMNICRM_TRY(manifest);
    if (manifest->keyMode != KeyMode::Passphrase)
        return Error::make(
            ErrorCode::Unsupported,
            QStringLiteral("store %1 keeps its key in the OS keychain and has no passphrase").arg(dir));
    return PassphraseKeyFile(keyFilePath(dir)).rewrap(oldPassphrase, newPassphrase, m_kdf);
}

Result<std::optional<QString>> readPassphraseFromEnvOrFile(const QString &passphraseFile)
{
    if (!passphraseFile.isEmpty()) {
        QFile file(passphraseFile);
        if (!file.open(QIODevice::ReadOnly))
            return Error::make(
                ErrorCode::Io,
                QStringLiteral("cannot read passphrase file %1: %2").arg(passphraseFile, file.errorString()));
        QByteArray bytes = file.readAll();
        qsizetype length = bytes.size();
        if (bytes.endsWith("\r\n"))
            length -= 2;
        else if (bytes.endsWith('\n'))
            length -= 1;
        QString passphrase = QString::fromUtf8(bytes.constData(), length);
        wipeSecret(bytes);
        if (passphrase.isEmpty())
            return Error::make(ErrorCode::InvalidArgument,
                               QStringLiteral("passphrase file %1 is empty").arg(passphraseFile));
        return std::optional<QString>(std::move(passphrase));
    }
    QString fromEnvironment = qEnvironmentVariable(PassphraseEnvironmentVariable);
    if (fromEnvironment.isEmpty())
        return std::optional<QString>();
    return std::optional<QString>(std::move(fromEnvironment));
}

} // namespace OmniCrm
