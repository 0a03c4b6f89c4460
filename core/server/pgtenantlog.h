// One tenant's TenantLog in the shared PostgreSQL database: every statement filtered by the
// tenant id this object was made for.
#pragma once

#include "serverstorage.h"

namespace OmniCrm {

class PgConnection;

class PgTenantLog final : public TenantLog
{
public:
    PgTenantLog(PgConnection &connection, QString tenantId, QString instanceId);

    Result<qint64> head() override;
    Result<PushOutcome> push(const QList<SyncTransaction> &transactions) override;
    Result<Wire::Changes> changesAfter(qint64 after, int limit) override;
    Result<SnapshotPage> snapshot(const SnapshotPosition &from, int limit) override;
    Result<Wire::Checkpoint> checkpoint(qint64 atSeq) override;
    Result<GarbageCollected> collectGarbage(qint64 horizon) override; // in *tenantloggc.cpp

private:
    Status merge(const QList<std::pair<const SyncTransaction *, qint64>> &stored);

    PgConnection &m_db;
    QString m_tenantId;
    QString m_instanceId;
};

} // namespace OmniCrm
