// One tenant's TenantLog in one plain SQLite file: the log of whole transactions (unique by
// site and local sequence) and the materialised per-field last-writer-wins state for snapshots.
#pragma once

#include "database.h"
#include "serverstorage.h"

namespace OmniCrm {

class SqliteTenantLog final : public TenantLog
{
public:
    static Result<std::unique_ptr<SqliteTenantLog>> open(const QString &path);

    Result<qint64> head() override;
    Result<PushOutcome> push(const QList<SyncTransaction> &transactions) override;
    Result<Wire::Changes> changesAfter(qint64 after, int limit) override;
    Result<SnapshotPage> snapshot(const SnapshotPosition &from, int limit) override;
    Result<Wire::Checkpoint> checkpoint(qint64 atSeq) override;
    Result<GarbageCollected> collectGarbage(qint64 horizon) override; // in *tenantloggc.cpp

private:
    explicit SqliteTenantLog(Database db);
    Result<bool> alreadyStored(const SyncTransaction &transaction);
    Status merge(const SyncTransaction &transaction, qint64 seq);

    Database m_db;
};

} // namespace OmniCrm
