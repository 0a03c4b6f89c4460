// What sync moves between a replica and the server (DESIGN §5): whole local transactions, each
// the changed fields of the rows one unit of work touched. Shared by the wire protocol, the
// server's log and the client's merge engine; none of them may split a transaction.
#pragma once

#include <QCborMap>
#include <QList>
#include <QString>

namespace OmniCrm {

/// One row's changed fields in one transaction. fields maps column → value (CBOR: null, integer,
/// text, bytes or double); every field carries the row change's hlc for per-field merging.
/// replaced maps a column an update changed → [hlc, site id] of the value its writer replaced
/// (what it had seen); absent where unknown (inserts, snapshots, older clients).
struct RowChange
{
    QString table;
    QString rowId; // the row's UUIDv7 "id", never the local rowid
    qint64 causalLength = 1; // odd alive, even deleted (DESIGN §5)
    quint64 hlc = 0; // HybridLogicalClock timestamp
    QCborMap fields;
    QCborMap replaced = {};

    friend bool operator==(const RowChange &, const RowChange &) = default;
};

/// A whole local transaction as pushed by its site. (siteId, localSeq) identifies it for
/// idempotent pushes; localSeq grows with every transaction a site commits. serverSeq is 0 until
/// the server has assigned its per-tenant sequence.
struct SyncTransaction
{
    QString siteId;
    qint64 localSeq = 0;
    QString txId;
    quint64 hlc = 0; // the newest hlc of its rows
    QList<RowChange> rows;
    qint64 serverSeq = 0;

    friend bool operator==(const SyncTransaction &, const SyncTransaction &) = default;
};

} // namespace OmniCrm
