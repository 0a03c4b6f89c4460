// StoreSecretStore: a SecretStore kept inside the encrypted store (table local_secret), for
// machines where no OS keychain answers (headless tools, CI). The secrets are as safe as the
// store's key; they are never synced and never written to settings.
#pragma once

#include "database.h"
#include "secretstore.h"

namespace OmniCrm {

class StoreSecretStore final : public SecretStore
{
public:
    explicit StoreSecretStore(Database &db);

    bool available() override { return true; }
    Result<QByteArray> read(const QString &account) override;
    Status write(const QString &account, const QByteArray &secret) override;
    Status remove(const QString &account) override;

private:
    Database &m_db;
};

} // namespace OmniCrm
