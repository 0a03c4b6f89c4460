#include "passwordhasher.h"

#include <argon2.h>
#include <openssl/rand.h>

namespace OmniCrm {

PasswordHasher::PasswordHasher(KdfParams params)
    : m_params(params)
{
}

Result<QString> PasswordHasher::hash(const QString &password) const
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray salt(16, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), int(salt.size())) != 1)
        return Error::make(ErrorCode::Io, QStringLiteral("no random bytes for a password salt"));
    const size_t length = argon2_encodedlen(m_params.iterations, m_params.memoryKib, m_params.parallelism,
                                            uint32_t(salt.size()), 32, Argon2_id);
    QByteArray encoded(qsizetype(length), '\0');
    const int rc = argon2id_hash_encoded(m_params.iterations, m_params.memoryKib, m_params.parallelism,
                                         utf8.constData(), size_t(utf8.size()), salt.constData(),
                                         size_t(salt.size()), 32, encoded.data(), length);
    if (rc != ARGON2_OK)
        return Error::make(
            ErrorCode::Io,
            QStringLiteral("Argon2id failed: %1").arg(QString::fromUtf8(argon2_error_message(rc))));
    return QString::fromLatin1(encoded.constData());
}

bool PasswordHasher::verify(const QString &encodedHash, const QString &password) const
{
    if (!encodedHash.startsWith(QStringLiteral("$argon2id$")))
        return false;
    const QByteArray encoded = encodedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return argon2id_verify(encoded.constData(), utf8.constData(), size_t(utf8.size())) == ARGON2_OK;
}

QString PasswordHasher::weakness(const QString &password)
{
    if (password.size() < 8)
        return QStringLiteral("a password has at least 8 characters");
    if (password.size() > 200)
        return QStringLiteral("a password has at most 200 characters");
    return {};
}

} // namespace OmniCrm
