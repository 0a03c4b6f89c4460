// InMemorySecretStore: a SecretStore that keeps secrets in a map, for tests and for tools that
// must not reach the OS keychain. setAvailable(false) makes it behave like a machine where no
// keychain answers.
#pragma once

#include "secretstore.h"

#include <QHash>

namespace OmniCrm {

class InMemorySecretStore final : public SecretStore
{
public:
    explicit InMemorySecretStore(bool available = true);
    ~InMemorySecretStore() override;

    bool available() override { return m_available; }
    Result<QByteArray> read(const QString &account) override;
    Status write(const QString &account, const QByteArray &secret) override;
    Status remove(const QString &account) override;

    void setAvailable(bool available) { m_available = available; }
    qsizetype count() const { return m_secrets.size(); }

private:
    QHash<QString, QByteArray> m_secrets;
    bool m_available = true;
};

} // namespace OmniCrm
