// Shared steps of the admin and housekeeping tests: which backends to run on, a clean
// PostgreSQL schema per test, and admin requests through a RawClient.
#pragma once

#include "pgconnection.h"
#include "serverfixture.h"
#include "syncmessages.h"

#include <QTest>

namespace OmniCrm::Test {

/// Global test data: "sqlite" always, "postgres" when OMNICRM_TEST_PG_URL is set.
inline void backendRows()
{
    QTest::addColumn<QString>("databaseUrl");
    QTest::newRow("sqlite") << QString();
#ifdef OMNICRM_HAVE_POSTGRES
    const QString url = qEnvironmentVariable("OMNICRM_TEST_PG_URL");
    if (!url.isEmpty())
        QTest::newRow("postgres") << url;
#endif
}

/// Empties the PostgreSQL database so each test starts from nothing; true on SQLite.
inline bool resetDatabase(const QString &url)
{
#ifdef OMNICRM_HAVE_POSTGRES
    if (url.isEmpty())
        return true;
    auto connection = PgConnection::connect(url);
    return connection.ok()
        && (*connection)
               ->runScript(
                   "SET client_min_messages = warning; DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
               .ok();
#else
    return url.isEmpty();
#endif
}

inline Wire::AdminRequest adminOp(Wire::AdminOp op, const QString &userId = {}, const QString &email = {},
                                  const QString &role = {}, const QString &password = {},
                                  const QString &deviceId = {})
{
    return Wire::AdminRequest { Wire::AdminVersion, op, userId, email, role, password, deviceId };
}

/// The error code of a reply, or its type name when it is not an error.
inline QString replyCode(const Result<Wire::Message> &reply)
{
    if (!reply.ok())
        return QStringLiteral("(no reply: %1)").arg(reply.error().detail);
    const auto *error = std::get_if<Wire::ErrorMessage>(&*reply);
    return error ? error->code : Wire::messageTypeName(*reply);
}

inline QString replyMessage(const Result<Wire::Message> &reply)
{
    const auto *error = reply.ok() ? std::get_if<Wire::ErrorMessage>(&*reply) : nullptr;
    return error ? error->message : QString();
}

inline Wire::AdminResult adminResult(const Result<Wire::Message> &reply)
{
    const auto *result = reply.ok() ? std::get_if<Wire::AdminResult>(&*reply) : nullptr;
    return result ? *result : Wire::AdminResult {};
}

} // namespace OmniCrm::Test
