#include "inmemorysecretstore.h"

#include "passphrasekeyfile.h"

namespace OmniCrm {

namespace {
Error unavailableError()
{
    return Error::make(ErrorCode::NoKeyAvailable, QStringLiteral("the in-memory keychain is switched off"));
}
} // namespace

InMemorySecretStore::InMemorySecretStore(bool available)
    : m_available(available)
{
}

InMemorySecretStore::~InMemorySecretStore()
{
    for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it)
        wipeSecret(it.value());
}

Result<QByteArray> InMemorySecretStore::read(const QString &account)
{
    if (!m_available)
        return unavailableError();
    const auto it = m_secrets.constFind(account);
    if (it == m_secrets.constEnd())
        return Error::make(ErrorCode::NotFound, QStringLiteral("no secret for account %1").arg(account));
    return it.value();
}

Status InMemorySecretStore::write(const QString &account, const QByteArray &secret)
{
    if (!m_available)
        return unavailableError();
    // A deep copy, so wiping the caller's buffer cannot reach ours and the other way round.
    m_secrets.insert(account, QByteArray(secret.constData(), secret.size()));
    return {};
}

Status InMemorySecretStore::remove(const QString &account)
{
    if (!m_available)
        return unavailableError();
    auto it = m_secrets.find(account);
    if (it != m_secrets.end()) {
        wipeSecret(it.value());
        m_secrets.erase(it);
    }
    return {};
}

} // namespace OmniCrm
