#include "serverstorage.h"

#include "sqlitestorage.h"
#ifdef OMNICRM_HAVE_POSTGRES
#include "pgstorage.h"
#endif

namespace OmniCrm {

Result<std::unique_ptr<ServerStorage>> openServerStorage(const QString &dataDir, const QString &databaseUrl)
{
    if (databaseUrl.startsWith(QStringLiteral("postgres://"))
        || databaseUrl.startsWith(QStringLiteral("postgresql://"))) {
#ifdef OMNICRM_HAVE_POSTGRES
        auto storage = PgStorage::open(databaseUrl);
        if (!storage)
            return storage.error();
        return std::unique_ptr<ServerStorage>(std::move(storage).value());
#else
        return Error::make(ErrorCode::Unsupported,
                           QStringLiteral("PostgreSQL backend not available in this build"),
                           QStringLiteral("database"));
#endif
    }
    if (!databaseUrl.isEmpty() && !databaseUrl.startsWith(QStringLiteral("sqlite:")))
        return Error::make(
            ErrorCode::InvalidArgument,
            QStringLiteral("unknown database URL \"%1\" (use sqlite: or postgres://)").arg(databaseUrl),
            QStringLiteral("database"));
    QString dir = dataDir;
    if (databaseUrl.startsWith(QStringLiteral("sqlite:")) && databaseUrl.size() > 7)
        dir = databaseUrl.mid(7);
    auto storage = SqliteStorage::open(dir);
    if (!storage)
        return storage.error();
    return std::unique_ptr<ServerStorage>(std::move(storage).value());
}

} // namespace OmniCrm
