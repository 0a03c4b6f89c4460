// An in-memory Replica for the wire and server tests: rows as per-field last-writer-wins maps
// on (hlc, site id), causal length as a maximum, an outbox of whole local transactions.
#pragma once

#include "hlc.h"
#include "replica.h"

#include <QCborValue>
#include <QMap>

namespace OmniCrm::Test {

class MemoryReplica final : public Replica
{
public:
    struct Field
    {
        QCborValue value;
        quint64 hlc = 0;
        QString siteId;
    };
    struct Row
    {
        qint64 causalLength = 1;
        QMap<QString, Field> fields;
    };

    explicit MemoryReplica(QString siteId);

    /// One local transaction touching one row; returns its localSeq.
    qint64 write(const QString &table, const QString &rowId, const QCborMap &fields);
    /// One local transaction of several rows (each {table, rowId, fields}).
    qint64 writeRows(const QList<RowChange> &rows);

    QCborValue value(const QString &table, const QString &rowId, const QString &column) const;
    int rowCount() const { return int(m_rows.size()); }
    /// "table/rowId/column" → value, plus "table/rowId/#cl" → causal length: what two converged
    /// replicas must agree on.
    QMap<QString, QCborValue> contents() const;
    qint64 acknowledged() const { return m_acknowledged; }
    int appliedCount() const { return m_applied; }

    QString siteId() const override { return m_siteId; }
    Result<QList<SyncTransaction>> pending(int maxTransactions) const override;
    Status acknowledge(qint64 localSeq) override;
    Result<ApplyReport> apply(const QList<SyncTransaction> &transactions) override;
    Result<ApplyReport> applySnapshot(const QList<SyncTransaction> &chunk) override;
    qint64 cursor() const override { return m_cursor; }

private:
    void merge(const SyncTransaction &transaction, ApplyReport &report);

    QString m_siteId;
    SystemClock m_wallClock;
    HybridLogicalClock m_clock;
    QMap<std::pair<QString, QString>, Row> m_rows;
    QList<SyncTransaction> m_outbox;
    qint64 m_localSeq = 0;
    qint64 m_acknowledged = 0;
    qint64 m_cursor = 0;
    int m_applied = 0;
};

} // namespace OmniCrm::Test
