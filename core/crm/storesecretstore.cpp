#include "storesecretstore.h"

namespace OmniCrm {

StoreSecretStore::StoreSecretStore(Database &db)
    : m_db(db)
{
}

Result<QByteArray> StoreSecretStore::read(const QString &account)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT secret FROM local_secret WHERE account = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, account);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error::make(ErrorCode::NotFound, QStringLiteral("no secret stored for %1").arg(account));
    return stmt->blob(0);
}

Status StoreSecretStore::write(const QString &account, const QByteArray &secret)
{
    auto stmt
        = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO local_secret (account, secret) VALUES (?, ?)"));
    if (!stmt)
        return stmt.error();
    return stmt->bind(1, account).bind(2, secret).run();
}

Status StoreSecretStore::remove(const QString &account)
{
    auto stmt = m_db.prepare(QStringLiteral("DELETE FROM local_secret WHERE account = ?"));
    if (!stmt)
        return stmt.error();
    return stmt->bind(1, account).run();
}

} // namespace OmniCrm
