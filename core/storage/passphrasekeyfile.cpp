#include "passphrasekeyfile.h"

#include <argon2.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <limits>
#include <memory>

namespace OmniCrm {

namespace {

constexpr qsizetype SaltSize = 16;
constexpr qsizetype NonceSize = 12;
constexpr qsizetype TagSize = 16;
constexpr qsizetype MaxFileSize = 64 * 1024; // a key file is a few hundred bytes
const QString KdfName = QStringLiteral("argon2id");
const QString FormatPrefix = QStringLiteral("omnicrm-key/");

struct ParsedFile
{
    QString storeId;
    KdfParams params;
    QByteArray salt;
    QByteArray nonce;
    QByteArray wrapped; // ciphertext followed by the GCM tag
};

/// Wipes a QByteArray when it leaves scope, on every return path.
class SecretGuard
{
public:
    explicit SecretGuard(QByteArray &bytes)
        : m_bytes(bytes)
    {
    }
    ~SecretGuard() { wipeSecret(m_bytes); }
    SecretGuard(const SecretGuard &) = delete;
    SecretGuard &operator=(const SecretGuard &) = delete;

private:
    QByteArray &m_bytes;
};

struct CipherContextDeleter
{
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, CipherContextDeleter>;

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

unsigned char *bytes(QByteArray &data)
{
    return reinterpret_cast<unsigned char *>(data.data());
}

QByteArray associatedData(const QString &storeId)
{
    return PassphraseKeyFile::Format.toUtf8() + '\n' + storeId.toUtf8();
}

Result<QByteArray> randomBytes(qsizetype size)
{
    QByteArray out(size, '\0');
    if (RAND_bytes(bytes(out), int(size)) != 1)
        return Error::make(ErrorCode::Io, QStringLiteral("the system random generator failed"));
    return out;
}

Error corrupt(const QString &path, const QString &what)
{
    return Error::make(ErrorCode::StoreCorrupt, QStringLiteral("key file %1: %2").arg(path, what));
}

/// The wrapping key for `passphrase`. The passphrase is NFC-normalized first, so the same
/// Arabic text typed through different input methods gives the same key.
Result<QByteArray> deriveKey(const QString &passphrase, const QByteArray &salt, const KdfParams &params)
{
    QByteArray secret = passphrase.normalized(QString::NormalizationForm_C).toUtf8();
    const SecretGuard secretGuard(secret);
    QByteArray derived(PassphraseKeyFile::KeySize, '\0');
    const int rc = argon2id_hash_raw(params.iterations, params.memoryKib, params.parallelism,
                                     secret.constData(), size_t(secret.size()), salt.constData(),
                                     size_t(salt.size()), derived.data(), size_t(derived.size()));
    if (rc != ARGON2_OK) {
        wipeSecret(derived);
        return Error::make(
            ErrorCode::Io,
            QStringLiteral("argon2id failed: %1").arg(QString::fromUtf8(argon2_error_message(rc))));
    }
    return derived;
}

Result<QByteArray> seal(const QByteArray &wrappingKey, const QByteArray &nonce, const QByteArray &aad,
                        const QByteArray &plain)
{
    const CipherContext ctx(EVP_CIPHER_CTX_new());
    QByteArray out(plain.size() + TagSize, '\0');
    int length = 0;
    int finalLength = 0;
    const bool ok = ctx && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, int(NonceSize), nullptr) == 1
        && EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, bytes(wrappingKey), bytes(nonce)) == 1
        && EVP_EncryptUpdate(ctx.get(), nullptr, &length, bytes(aad), int(aad.size())) == 1
        && EVP_EncryptUpdate(ctx.get(), bytes(out), &length, bytes(plain), int(plain.size())) == 1
        && EVP_EncryptFinal_ex(ctx.get(), bytes(out) + length, &finalLength) == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, int(TagSize), bytes(out) + plain.size()) == 1;
    if (!ok)
        return Error::make(ErrorCode::Io, QStringLiteral("AES-256-GCM encryption failed"));
    return out;
}

/// The plain key, or an empty array when the tag does not verify.
Result<QByteArray> unseal(const QByteArray &wrappingKey, const QByteArray &nonce, const QByteArray &aad,
                          const QByteArray &sealed)
{
    const qsizetype plainSize = sealed.size() - TagSize;
    const CipherContext ctx(EVP_CIPHER_CTX_new());
    QByteArray plain(plainSize, '\0');
    QByteArray tag = sealed.right(TagSize);
    int length = 0;
    int finalLength = 0;
    const bool ready = ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, int(NonceSize), nullptr) == 1
        && EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, bytes(wrappingKey), bytes(nonce)) == 1
        && EVP_DecryptUpdate(ctx.get(), nullptr, &length, bytes(aad), int(aad.size())) == 1
        && EVP_DecryptUpdate(ctx.get(), bytes(plain), &length, bytes(sealed), int(plainSize)) == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, int(TagSize), tag.data()) == 1;
    if (!ready) {
        wipeSecret(plain);
        return Error::make(ErrorCode::Io, QStringLiteral("AES-256-GCM decryption could not start"));
    }
    if (EVP_DecryptFinal_ex(ctx.get(), bytes(plain) + length, &finalLength) != 1) {
        wipeSecret(plain);
        return QByteArray();
    }
    return plain;
}

Result<QByteArray> decodeField(const QJsonObject &json, const QString &name, qsizetype size,
                               const QString &path)
{
    const QJsonValue value = json.value(name);
    if (!value.isString())
        return corrupt(path, QStringLiteral("field \"%1\" is missing or not a string").arg(name));
    auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok)
        return corrupt(path, QStringLiteral("field \"%1\" is not valid base64").arg(name));
    if (decoded.decoded.size() != size)
        return corrupt(path,
                       QStringLiteral("field \"%1\" holds %2 bytes instead of %3")
                           .arg(name)
                           .arg(decoded.decoded.size())
                           .arg(size));
    return decoded.decoded;
}

Result<quint32> cost(const QJsonObject &json, const QString &name, const QString &path)
{
    const qint64 value = json.value(name).toInteger(-1);
    if (value < 0)
        return corrupt(path, QStringLiteral("field \"%1\" is missing or not a whole number").arg(name));
    if (value > qint64(std::numeric_limits<quint32>::max()))
        return corrupt(path, QStringLiteral("field \"%1\" is out of range (%2)").arg(name).arg(value));
    return quint32(value);
}

Result<ParsedFile> readFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error::make(ErrorCode::NotFound, QStringLiteral("key file %1 does not exist").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io,
                           QStringLiteral("cannot read key file %1: %2").arg(path, file.errorString()));
    if (file.size() > MaxFileSize)
        return corrupt(path, QStringLiteral("%1 bytes is far too large for a key file").arg(file.size()));
    const QByteArray text = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error::make(ErrorCode::Io,
                           QStringLiteral("cannot read key file %1: %2").arg(path, file.errorString()));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return corrupt(path,
                       QStringLiteral("not valid JSON (%1 at offset %2)")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    if (!document.isObject())
        return corrupt(path, QStringLiteral("not a JSON object"));
    const QJsonObject json = document.object();

    const QString format = json.value(QStringLiteral("format")).toString();
    if (format != PassphraseKeyFile::Format) {
        if (format.startsWith(FormatPrefix))
            return Error::make(ErrorCode::Unsupported,
                               QStringLiteral("key file %1 has format \"%2\"; this version reads only \"%3\"")
                                   .arg(path, format, PassphraseKeyFile::Format));
        return corrupt(path, QStringLiteral("not an OmniCRM key file (format \"%1\")").arg(format));
    }
    const QString kdf = json.value(QStringLiteral("kdf")).toString();
    if (kdf != KdfName)
        return Error::make(
            ErrorCode::Unsupported,
            QStringLiteral("key file %1 uses key derivation \"%2\"; this version knows only \"%3\"")
                .arg(path, kdf, KdfName));

    ParsedFile parsed;
    parsed.storeId = json.value(QStringLiteral("store_id")).toString();
    if (parsed.storeId.isEmpty())
        return corrupt(path, QStringLiteral("field \"store_id\" is missing or empty"));

    const auto memory = cost(json, QStringLiteral("m_kib"), path);
    OMNICRM_TRY(memory);
    const auto iterations = cost(json, QStringLiteral("t"), path);
    OMNICRM_TRY(iterations);
    const auto parallelism = cost(json, QStringLiteral("p"), path);
    OMNICRM_TRY(parallelism);
    parsed.params = KdfParams { *memory, *iterations, *parallelism };
    if (const QString why = parsed.params.invalidReason(); !why.isEmpty())
        return corrupt(path, why);

    auto salt = decodeField(json, QStringLiteral("salt"), SaltSize, path);
    OMNICRM_TRY(salt);
    auto nonce = decodeField(json, QStringLiteral("nonce"), NonceSize, path);
    OMNICRM_TRY(nonce);
    auto wrapped = decodeField(json, QStringLiteral("wrapped"), PassphraseKeyFile::KeySize + TagSize, path);
    OMNICRM_TRY(wrapped);
    parsed.salt = std::move(salt).value();
    parsed.nonce = std::move(nonce).value();
    parsed.wrapped = std::move(wrapped).value();
    return parsed;
}

/// Seals `key` under `passphrase` and writes the whole file atomically with mode 0600.
Status writeFile(const QString &path, const QString &storeId, const QByteArray &key,
                 const QString &passphrase, const KdfParams &params)
{
    auto salt = randomBytes(SaltSize);
    OMNICRM_TRY(salt);
    auto nonce = randomBytes(NonceSize);
    OMNICRM_TRY(nonce);
    auto wrappingKey = deriveKey(passphrase, *salt, params);
    OMNICRM_TRY(wrappingKey);
    const SecretGuard wrappingGuard(*wrappingKey);
    const auto sealed = seal(*wrappingKey, *nonce, associatedData(storeId), key);
    OMNICRM_TRY(sealed);

    QJsonObject json;
    json.insert(QStringLiteral("format"), PassphraseKeyFile::Format);
    json.insert(QStringLiteral("store_id"), storeId);
    json.insert(QStringLiteral("kdf"), KdfName);
    json.insert(QStringLiteral("m_kib"), qint64(params.memoryKib));
    json.insert(QStringLiteral("t"), qint64(params.iterations));
    json.insert(QStringLiteral("p"), qint64(params.parallelism));
    json.insert(QStringLiteral("salt"), QString::fromLatin1(salt->toBase64()));
    json.insert(QStringLiteral("nonce"), QString::fromLatin1(nonce->toBase64()));
    json.insert(QStringLiteral("wrapped"), QString::fromLatin1(sealed->toBase64()));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(ErrorCode::Io,
                           QStringLiteral("cannot write key file %1: %2").arg(path, file.errorString()));
    // Before any byte is written: the temporary file becomes the key file on commit.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error::make(
            ErrorCode::Io,
            QStringLiteral("cannot make key file %1 private: %2").arg(path, file.errorString()));
    file.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error::make(ErrorCode::Io,
                           QStringLiteral("cannot write key file %1: %2").arg(path, file.errorString()));
    return {};
}

Result<QByteArray> unwrapParsed(const ParsedFile &parsed, const QString &passphrase, const QString &path)
{
    auto wrappingKey = deriveKey(passphrase, parsed.salt, parsed.params);
    OMNICRM_TRY(wrappingKey);
    const SecretGuard wrappingGuard(*wrappingKey);
    auto key = unseal(*wrappingKey, parsed.nonce, associatedData(parsed.storeId), parsed.wrapped);
    OMNICRM_TRY(key);
    if (key->isEmpty())
        return Error::make(ErrorCode::KeyRejected,
                           QStringLiteral("the passphrase is wrong, or key file %1 was altered").arg(path));
    return key;
}

} // namespace

KdfParams KdfParams::fromEnvironment()
{
    if (qEnvironmentVariable("OMNICRM_KDF") == u"fast-for-tests")
        return fastForTests();
    return strong();
}

QString KdfParams::invalidReason() const
{
    constexpr quint32 MaxMemoryKib = 4u * 1024 * 1024; // 4 GiB
    constexpr quint32 MaxIterations = 64;
    constexpr quint32 MaxParallelism = 16;
    if (parallelism < 1 || parallelism > MaxParallelism)
        return QStringLiteral("Argon2id parallelism %1 is outside 1..%2")
            .arg(parallelism)
            .arg(MaxParallelism);
    if (iterations < 1 || iterations > MaxIterations)
        return QStringLiteral("Argon2id passes %1 are outside 1..%2").arg(iterations).arg(MaxIterations);
    if (memoryKib < 8 * parallelism || memoryKib > MaxMemoryKib)
        return QStringLiteral("Argon2id memory %1 KiB is outside %2..%3 KiB")
            .arg(memoryKib)
            .arg(8 * parallelism)
            .arg(MaxMemoryKib);
    return {};
}

PassphraseKeyFile::PassphraseKeyFile(QString path)
    : m_path(std::move(path))
{
}

Status PassphraseKeyFile::create(const QString &storeId, const QByteArray &key, const QString &passphrase,
                                 const KdfParams &params) const
{
    if (key.size() != KeySize)
        return Error::make(
            ErrorCode::InvalidArgument,
            QStringLiteral("a store key must have %1 bytes, not %2").arg(KeySize).arg(key.size()));
    if (storeId.isEmpty())
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("a key file needs a store id"));
    if (passphrase.isEmpty())
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("the passphrase is empty"),
                           QStringLiteral("passphrase"));
    if (const QString why = params.invalidReason(); !why.isEmpty())
        return Error::make(ErrorCode::InvalidArgument, why);
    if (QFileInfo::exists(m_path))
        return Error::make(ErrorCode::StoreExists, QStringLiteral("key file %1 already exists").arg(m_path));
    return writeFile(m_path, storeId, key, passphrase, params);
}

Result<QByteArray> PassphraseKeyFile::unwrap(const QString &passphrase, const QString &expectedStoreId) const
{
    const auto parsed = readFile(m_path);
    OMNICRM_TRY(parsed);
    if (!expectedStoreId.isEmpty() && parsed->storeId != expectedStoreId)
        return Error::make(ErrorCode::KeyRejected,
                           QStringLiteral("key file %1 belongs to store %2, not to store %3")
                               .arg(m_path, parsed->storeId, expectedStoreId));
    return unwrapParsed(*parsed, passphrase, m_path);
}

Status PassphraseKeyFile::rewrap(const QString &oldPassphrase, const QString &newPassphrase,
                                 const std::optional<KdfParams> &params) const
{
    if (newPassphrase.isEmpty())
        return Error::make(ErrorCode::InvalidArgument, QStringLiteral("the new passphrase is empty"),
                           QStringLiteral("passphrase"));
    if (params) {
        if (const QString why = params->invalidReason(); !why.isEmpty())
            return Error::make(ErrorCode::InvalidArgument, why);
    }
    const auto parsed = readFile(m_path);
    OMNICRM_TRY(parsed);
    auto key = unwrapParsed(*parsed, oldPassphrase, m_path);
    OMNICRM_TRY(key);
    const SecretGuard keyGuard(*key);
    return writeFile(m_path, parsed->storeId, *key, newPassphrase, params.value_or(parsed->params));
}

Result<QString> PassphraseKeyFile::storeId() const
{
    const auto parsed = readFile(m_path);
    OMNICRM_TRY(parsed);
    return parsed->storeId;
}

Result<KdfParams> PassphraseKeyFile::kdfParams() const
{
    const auto parsed = readFile(m_path);
    OMNICRM_TRY(parsed);
    return parsed->params;
}

void wipeSecret(QByteArray &secret)
{
    if (!secret.isEmpty())
        OPENSSL_cleanse(secret.data(), size_t(secret.size()));
    secret.clear();
}

} // namespace OmniCrm
