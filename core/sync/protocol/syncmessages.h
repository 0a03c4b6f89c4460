// The messages of the sync wire protocol (DESIGN §5). Each travels as one CBOR map in one
// WebSocket binary frame: {"v": protocol version, "type": name, …fields}. Keys a peer does not
// know are ignored, so a newer peer may add fields without breaking an older one.
//
// Conversation: the client sends Login (or Refresh) to obtain tokens, then Hello with its access
// token; everything after Hello is scoped by the tenant inside that token. Push → Ack; Pull →
// Changes; SnapshotRequest → SnapshotChunk … (done) → Checkpoint. The server sends Poke when the
// tenant's log grew, Error before closing a connection it refuses.
#pragma once

#include "adminmessages.h"
#include "synctransaction.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace OmniCrm::Wire {

inline constexpr int ProtocolVersion = 1;

struct Hello
{
    int protocolVersion = ProtocolVersion;
    int schemaVersion = 0;
    QString siteId;
    qint64 cursor = 0;
    QString accessToken;
    friend bool operator==(const Hello &, const Hello &) = default;
};

/// The server's answer to a valid Hello.
struct Welcome
{
    int protocolVersion = ProtocolVersion;
    qint64 headSeq = 0; // the tenant's newest serverSeq
    QString deviceId;
    friend bool operator==(const Welcome &, const Welcome &) = default;
};

struct Login
{
    QString tenant; // the tenant's name
    QString email;
    QString password;
    QString totp; // optional second factor
    QString siteId; // the replica that becomes this device
    QString deviceName;
    friend bool operator==(const Login &, const Login &) = default;
};

/// Tokens for a device: the answer to Login and to Refresh.
struct Tokens
{
    QString deviceId;
    QString accessToken;
    QString refreshToken;
    qint64 accessExpiresAtMs = 0;
    friend bool operator==(const Tokens &, const Tokens &) = default;
};

struct Refresh
{
    QString refreshToken;
    friend bool operator==(const Refresh &, const Refresh &) = default;
};

struct Push
{
    QList<SyncTransaction> transactions;
    friend bool operator==(const Push &, const Push &) = default;
};

struct Rejection
{
    qint64 localSeq = 0;
    QString reason;
    friend bool operator==(const Rejection &, const Rejection &) = default;
};

struct Ack
{
    QList<qint64> applied; // localSeqs now durable (including ones already stored before)
    QList<Rejection> rejected;
    qint64 headSeq = 0;
    friend bool operator==(const Ack &, const Ack &) = default;
};

struct Pull
{
    qint64 after = 0;
    int limit = 0; // transactions; 0 lets the server choose
    friend bool operator==(const Pull &, const Pull &) = default;
};

struct Changes
{
    qint64 from = 0; // the "after" asked for
    qint64 to = 0; // the last serverSeq included (== from when empty)
    QList<SyncTransaction> transactions;
    bool more = false; // more transactions follow `to`
    friend bool operator==(const Changes &, const Changes &) = default;
};

/// One field of the server's materialised per-field last-writer-wins state.
struct SnapshotField
{
    QString column;
    QCborValue value;
    quint64 hlc = 0;
    QString siteId; // the writer, the tie-break of equal hlcs
    friend bool operator==(const SnapshotField &, const SnapshotField &) = default;
};

struct SnapshotRow
{
    QString table;
    QString rowId;
    qint64 causalLength = 1;
    QList<SnapshotField> fields;
    friend bool operator==(const SnapshotRow &, const SnapshotRow &) = default;
};

struct SnapshotRequest
{
    QByteArray resume; // empty to start; else the `next` of the last chunk received
    int limit = 0; // rows; 0 lets the server choose
    friend bool operator==(const SnapshotRequest &, const SnapshotRequest &) = default;
};

struct SnapshotChunk
{
    QByteArray next; // opaque resumable cursor for the next request
    QList<SnapshotRow> rows;
    bool done = false; // a Checkpoint follows
    friend bool operator==(const SnapshotChunk &, const SnapshotChunk &) = default;
};

/// Ends a snapshot: the rows sent describe the tenant as of serverSeq; checksum is the
/// SnapshotDigest over every field sent, in order.
struct Checkpoint
{
    qint64 serverSeq = 0;
    qint64 fieldCount = 0;
    QByteArray checksum;
    friend bool operator==(const Checkpoint &, const Checkpoint &) = default;
};

struct Poke
{
    qint64 headSeq = 0;
    friend bool operator==(const Poke &, const Poke &) = default;
};

struct Ping
{
    qint64 nonce = 0;
    friend bool operator==(const Ping &, const Ping &) = default;
};

struct Pong
{
    qint64 nonce = 0;
    friend bool operator==(const Pong &, const Pong &) = default;
};

struct ErrorMessage
{
    QString code; // stable machine name: "bad_frame", "unauthorized", "rate_limited", …
    QString message; // English detail
    friend bool operator==(const ErrorMessage &, const ErrorMessage &) = default;
};

using Message = std::variant<Hello, Welcome, Login, Tokens, Refresh, Push, Ack, Pull, Changes,
                             SnapshotRequest, SnapshotChunk, Checkpoint, Poke, Ping, Pong, ErrorMessage,
                             AdminRequest, AdminResult, TotpRequest, TotpResult>;

/// The wire name of the message's type ("hello", "push", …).
QString messageTypeName(const Message &message);

} // namespace OmniCrm::Wire
