#include "messagecodec.h"

#include "adminmessagecodec.h"
#include "cborbytes.h"
#include "snapshotrowreader.h"
#include "transactioncodec.h"

#include <QCborArray>
#include <QCborMap>

namespace OmniCrm::Wire {

namespace {

constexpr qsizetype MaxShortText = MaxSnapshotText; // names, emails, ids, codes
constexpr qsizetype MaxTokenText = 4096;
constexpr qsizetype MaxMessageText = 4096;

template <class... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template <class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

Error parseError(QString detail)
{
    return Error::make(ErrorCode::Parse, std::move(detail));
}

QCborArray encodeTransactions(const QList<SyncTransaction> &transactions)
{
    QCborArray array;
    for (const SyncTransaction &transaction : transactions)
        array.append(encodeTransaction(transaction));
    return array;
}

QCborMap encodeBody(const Message &message)
{
    QCborMap m;
    std::visit(
        Overloaded {
            [&](const Hello &h) {
                m.insert(QStringLiteral("pv"), h.protocolVersion);
                m.insert(QStringLiteral("schema"), h.schemaVersion);
                m.insert(QStringLiteral("site"), h.siteId);
                m.insert(QStringLiteral("cursor"), h.cursor);
                m.insert(QStringLiteral("token"), h.accessToken);
            },
            [&](const Welcome &w) {
                m.insert(QStringLiteral("pv"), w.protocolVersion);
                m.insert(QStringLiteral("head"), w.headSeq);
                m.insert(QStringLiteral("device"), w.deviceId);
            },
            [&](const Login &l) {
                m.insert(QStringLiteral("tenant"), l.tenant);
                m.insert(QStringLiteral("email"), l.email);
                m.insert(QStringLiteral("password"), l.password);
                if (!l.totp.isEmpty())
                    m.insert(QStringLiteral("totp"), l.totp);
                m.insert(QStringLiteral("site"), l.siteId);
                m.insert(QStringLiteral("deviceName"), l.deviceName);
            },
            [&](const Tokens &t) {
                m.insert(QStringLiteral("device"), t.deviceId);
                m.insert(QStringLiteral("access"), t.accessToken);
                m.insert(QStringLiteral("refresh"), t.refreshToken);
                m.insert(QStringLiteral("expires"), t.accessExpiresAtMs);
            },
            [&](const Refresh &r) { m.insert(QStringLiteral("refresh"), r.refreshToken); },
            [&](const Push &p) { m.insert(QStringLiteral("txs"), encodeTransactions(p.transactions)); },
            [&](const Ack &a) {
                QCborArray applied;
                for (qint64 seq : a.applied)
                    applied.append(seq);
                QCborArray rejected;
                for (const Rejection &r : a.rejected)
                    rejected.append(QCborMap { { QStringLiteral("lseq"), r.localSeq },
                                               { QStringLiteral("reason"), r.reason } });
                m.insert(QStringLiteral("applied"), applied);
                m.insert(QStringLiteral("rejected"), rejected);
                m.insert(QStringLiteral("head"), a.headSeq);
            },
            [&](const Pull &p) {
                m.insert(QStringLiteral("after"), p.after);
                m.insert(QStringLiteral("limit"), p.limit);
            },
            [&](const Changes &c) {
                m.insert(QStringLiteral("from"), c.from);
                m.insert(QStringLiteral("to"), c.to);
                m.insert(QStringLiteral("txs"), encodeTransactions(c.transactions));
                m.insert(QStringLiteral("more"), c.more);
            },
            [&](const SnapshotRequest &s) {
                m.insert(QStringLiteral("resume"), s.resume);
                m.insert(QStringLiteral("limit"), s.limit);
            },
            [&](const SnapshotChunk &s) {
                QCborArray rows;
                for (const SnapshotRow &row : s.rows) {
                    QCborArray fields;
                    for (const SnapshotField &f : row.fields)
                        fields.append(QCborArray { f.column, f.value, qint64(f.hlc), f.siteId });
                    rows.append(QCborMap { { QStringLiteral("t"), row.table },
                                           { QStringLiteral("id"), row.rowId },
                                           { QStringLiteral("cl"), row.causalLength },
                                           { QStringLiteral("f"), fields } });
                }
                m.insert(QStringLiteral("next"), s.next);
                m.insert(QStringLiteral("rows"), rows);
                m.insert(QStringLiteral("done"), s.done);
            },
            [&](const Checkpoint &c) {
                m.insert(QStringLiteral("seq"), c.serverSeq);
                m.insert(QStringLiteral("fields"), c.fieldCount);
                m.insert(QStringLiteral("sha256"), c.checksum);
            },
            [&](const Poke &p) { m.insert(QStringLiteral("head"), p.headSeq); },
            [&](const Ping &p) { m.insert(QStringLiteral("nonce"), p.nonce); },
            [&](const Pong &p) { m.insert(QStringLiteral("nonce"), p.nonce); },
            [&](const ErrorMessage &e) {
                m.insert(QStringLiteral("code"), e.code);
                m.insert(QStringLiteral("message"), e.message);
            },
            [&](const auto &admin) { encodeAdminBody(m, admin); },
        },
        message);
    return m;
}

Result<QList<SyncTransaction>> decodeTransactions(const QCborMap &map, const DecodeLimits &limits)
{
    const QCborValue value = map.value(QStringLiteral("txs"));
    if (!value.isArray())
        return parseError(QStringLiteral("\"txs\": expected an array"));
    const QCborArray array = value.toArray();
    if (array.size() > limits.maxTransactions)
        return parseError(QStringLiteral("%1 transactions in one message (at most %2)")
                              .arg(array.size())
                              .arg(limits.maxTransactions));
    int rowBudget = limits.maxRows;
    QList<SyncTransaction> transactions;
    transactions.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto transaction = decodeTransaction(array.at(i), limits, rowBudget);
        if (!transaction)
            return parseError(QStringLiteral("txs[%1]: ").arg(i) + transaction.error().detail);
        transactions.append(std::move(transaction).value());
    }
    return transactions;
}

Result<QList<SnapshotRow>> decodeSnapshotRows(const QCborMap &map, const DecodeLimits &limits)
{
    const QCborValue value = map.value(QStringLiteral("rows"));
    if (!value.isArray())
        return parseError(QStringLiteral("\"rows\": expected an array"));
    const QCborArray array = value.toArray();
    if (array.size() > limits.maxRows)
        return parseError(
            QStringLiteral("%1 snapshot rows (at most %2)").arg(array.size()).arg(limits.maxRows));
    QList<SnapshotRow> rows;
    rows.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        // Where an error is, named only when there is one.
        const auto whereOf = [i] {
            return QStringLiteral("rows[%1]").arg(i);
        };
        if (!array.at(i).isMap())
            return parseError(whereOf() + QStringLiteral(": expected a map"));
        const QCborMap r = array.at(i).toMap();
        SnapshotRow row;
        const auto table = textAt(r, u"t", true, MaxShortText);
        const auto rowId = textAt(r, u"id", true, MaxShortText);
        const auto causal = integerAt(r, u"cl", true);
        if (!table || !rowId || !causal)
            return parseError(whereOf() + QStringLiteral(": ")
                              + (!table       ? table.error()
                                     : !rowId ? rowId.error()
                                              : causal.error())
                                    .detail);
        if (*causal < 1)
            return parseError(whereOf() + QStringLiteral(".cl: a causal length is at least 1"));
        row.table = *table;
        row.rowId = *rowId;
        row.causalLength = *causal;
        const QCborValue fieldsValue = r.value(QStringLiteral("f"));
        if (!fieldsValue.isArray())
            return parseError(whereOf() + QStringLiteral(".f: expected an array"));
        const QCborArray fields = fieldsValue.toArray();
        if (fields.size() > limits.maxFieldsPerRow)
            return parseError(whereOf() + QStringLiteral(".f: too many fields"));
        row.fields.reserve(fields.size());
        for (const QCborValue &fieldValue : fields) {
            // Each text converted once: a snapshot chunk holds some 20,000 fields.
            const QCborArray f = fieldValue.toArray();
            const bool shaped = fieldValue.isArray() && f.size() >= 4 && f.at(0).isString()
                && f.at(2).isInteger() && f.at(3).isString();
            const QString column = shaped ? f.at(0).toString() : QString();
            const QString site = shaped ? f.at(3).toString() : QString();
            if (!shaped || column.isEmpty() || column.size() > MaxShortText || !isFieldValue(f.at(1))
                || f.at(2).toInteger() < 0 || site.size() > MaxShortText)
                return parseError(whereOf() + QStringLiteral(".f: expected [column, value, hlc, site]"));
            row.fields.append(SnapshotField { column, f.at(1), quint64(f.at(2).toInteger()), site });
        }
        rows.append(std::move(row));
    }
    return rows;
}

Result<int> limitAt(const QCborMap &map)
{
    const auto limit = integerAt(map, u"limit", false);
    if (!limit)
        return limit.error();
    if (*limit < 0 || *limit > 1'000'000)
        return parseError(QStringLiteral("\"limit\": out of range"));
    return int(*limit);
}

#define WIRE_TRY_ASSIGN(target, expr)                                                                        \
    do {                                                                                                     \
        auto wire_value_ = (expr);                                                                           \
        if (!wire_value_.ok())                                                                               \
            return wire_value_.error();                                                                      \
        target = std::move(wire_value_).value();                                                             \
    } while (false)

// `rows`: a chunk's rows when the frame was read as a stream (snapshotrowreader.h), else nothing.
Result<Message> decodeBody(const QString &type, const QCborMap &m, const DecodeLimits &limits,
                           std::optional<QList<SnapshotRow>> &rows)
{
    if (type == u"hello") {
        Hello h;
        qint64 pv = 0;
        qint64 schema = 0;
        WIRE_TRY_ASSIGN(pv, integerAt(m, u"pv", true));
        WIRE_TRY_ASSIGN(schema, integerAt(m, u"schema", false));
        WIRE_TRY_ASSIGN(h.siteId, textAt(m, u"site", true, MaxShortText));
        WIRE_TRY_ASSIGN(h.cursor, integerAt(m, u"cursor", false));
        WIRE_TRY_ASSIGN(h.accessToken, textAt(m, u"token", true, MaxTokenText));
        if (pv < 0 || pv > 1'000'000 || schema < 0 || schema > 1'000'000 || h.cursor < 0)
            return parseError(QStringLiteral("hello: version or cursor out of range"));
        h.protocolVersion = int(pv);
        h.schemaVersion = int(schema);
        return Message(h);
    }
    if (type == u"welcome") {
        Welcome w;
        qint64 pv = 0;
        WIRE_TRY_ASSIGN(pv, integerAt(m, u"pv", true));
        WIRE_TRY_ASSIGN(w.headSeq, integerAt(m, u"head", true));
        WIRE_TRY_ASSIGN(w.deviceId, textAt(m, u"device", false, MaxShortText));
        if (pv < 0 || pv > 1'000'000)
            return parseError(QStringLiteral("welcome: version out of range"));
        w.protocolVersion = int(pv);
        return Message(w);
    }
    if (type == u"login") {
        Login l;
        WIRE_TRY_ASSIGN(l.tenant, textAt(m, u"tenant", true, MaxShortText));
        WIRE_TRY_ASSIGN(l.email, textAt(m, u"email", true, MaxShortText));
        WIRE_TRY_ASSIGN(l.password, textAt(m, u"password", true, MaxShortText));
        WIRE_TRY_ASSIGN(l.totp, textAt(m, u"totp", false, 16));
        WIRE_TRY_ASSIGN(l.siteId, textAt(m, u"site", true, MaxShortText));
        WIRE_TRY_ASSIGN(l.deviceName, textAt(m, u"deviceName", false, MaxShortText));
        return Message(l);
    }
    if (type == u"tokens") {
        Tokens t;
        WIRE_TRY_ASSIGN(t.deviceId, textAt(m, u"device", true, MaxShortText));
        WIRE_TRY_ASSIGN(t.accessToken, textAt(m, u"access", true, MaxTokenText));
        WIRE_TRY_ASSIGN(t.refreshToken, textAt(m, u"refresh", true, MaxTokenText));
        WIRE_TRY_ASSIGN(t.accessExpiresAtMs, integerAt(m, u"expires", false));
        return Message(t);
    }
    if (type == u"refresh") {
        Refresh r;
        WIRE_TRY_ASSIGN(r.refreshToken, textAt(m, u"refresh", true, MaxTokenText));
        return Message(r);
    }
    if (type == u"push") {
        Push p;
        WIRE_TRY_ASSIGN(p.transactions, decodeTransactions(m, limits));
        return Message(p);
    }
    if (type == u"ack") {
        Ack a;
        const QCborValue applied = m.value(QStringLiteral("applied"));
        const QCborValue rejected = m.value(QStringLiteral("rejected"));
        if (!applied.isArray() || !rejected.isArray())
            return parseError(QStringLiteral("ack: \"applied\" and \"rejected\" must be arrays"));
        if (applied.toArray().size() > limits.maxTransactions
            || rejected.toArray().size() > limits.maxTransactions)
            return parseError(QStringLiteral("ack: too many entries"));
        for (const QCborValue &seq : applied.toArray()) {
            if (!seq.isInteger())
                return parseError(QStringLiteral("ack.applied: expected integers"));
            a.applied.append(seq.toInteger());
        }
        for (const QCborValue &r : rejected.toArray()) {
            if (!r.isMap())
                return parseError(QStringLiteral("ack.rejected: expected maps"));
            Rejection rejection;
            WIRE_TRY_ASSIGN(rejection.localSeq, integerAt(r.toMap(), u"lseq", true));
            WIRE_TRY_ASSIGN(rejection.reason, textAt(r.toMap(), u"reason", false, MaxMessageText));
            a.rejected.append(rejection);
        }
        WIRE_TRY_ASSIGN(a.headSeq, integerAt(m, u"head", true));
        return Message(a);
    }
    if (type == u"pull") {
        Pull p;
        WIRE_TRY_ASSIGN(p.after, integerAt(m, u"after", true));
        WIRE_TRY_ASSIGN(p.limit, limitAt(m));
        if (p.after < 0)
            return parseError(QStringLiteral("pull: negative \"after\""));
        return Message(p);
    }
    if (type == u"changes") {
        Changes c;
        WIRE_TRY_ASSIGN(c.from, integerAt(m, u"from", true));
        WIRE_TRY_ASSIGN(c.to, integerAt(m, u"to", true));
        WIRE_TRY_ASSIGN(c.transactions, decodeTransactions(m, limits));
        WIRE_TRY_ASSIGN(c.more, boolAt(m, u"more"));
        return Message(c);
    }
    if (type == u"snapshot") {
        SnapshotRequest s;
        WIRE_TRY_ASSIGN(s.resume, bytesAt(m, u"resume", false));
        WIRE_TRY_ASSIGN(s.limit, limitAt(m));
        if (s.resume.size() > MaxTokenText)
            return parseError(QStringLiteral("snapshot: \"resume\" too long"));
        return Message(s);
    }
    if (type == u"chunk") {
        SnapshotChunk s;
        WIRE_TRY_ASSIGN(s.next, bytesAt(m, u"next", false));
        if (rows)
            s.rows = std::move(*rows);
        else
            WIRE_TRY_ASSIGN(s.rows, decodeSnapshotRows(m, limits));
        WIRE_TRY_ASSIGN(s.done, boolAt(m, u"done"));
        return Message(s);
    }
    if (type == u"checkpoint") {
        Checkpoint c;
        WIRE_TRY_ASSIGN(c.serverSeq, integerAt(m, u"seq", true));
        WIRE_TRY_ASSIGN(c.fieldCount, integerAt(m, u"fields", true));
        WIRE_TRY_ASSIGN(c.checksum, bytesAt(m, u"sha256", true));
        if (c.checksum.size() != 32)
            return parseError(QStringLiteral("checkpoint: \"sha256\" is not 32 bytes"));
        return Message(c);
    }
    if (type == u"poke") {
        Poke p;
        WIRE_TRY_ASSIGN(p.headSeq, integerAt(m, u"head", true));
        return Message(p);
    }
    if (type == u"ping" || type == u"pong") {
        qint64 nonce = 0;
        WIRE_TRY_ASSIGN(nonce, integerAt(m, u"nonce", false));
        return type == u"ping" ? Message(Ping { nonce }) : Message(Pong { nonce });
    }
    if (type == u"error") {
        ErrorMessage e;
        WIRE_TRY_ASSIGN(e.code, textAt(m, u"code", true, MaxShortText));
        WIRE_TRY_ASSIGN(e.message, textAt(m, u"message", false, MaxMessageText));
        return Message(e);
    }
    if (isAdminType(type))
        return decodeAdminBody(type, m);
    return Error::make(ErrorCode::Unsupported,
                       QStringLiteral("unknown message type \"%1\"").arg(type.left(40)));
}

} // namespace

QString messageTypeName(const Message &message)
{
    static const char *const names[]
        = { "hello", "welcome", "login",    "tokens",       "refresh",    "push",       "ack",
            "pull",  "changes", "snapshot", "chunk",        "checkpoint", "poke",       "ping",
            "pong",  "error",   "admin",    "admin_result", "totp",       "totp_result" };
    static_assert(std::size(names) == std::variant_size_v<Message>);
    return QString::fromLatin1(names[message.index()]);
}

namespace {

// A snapshot chunk written straight into its frame (some 20,000 fields; cborbytes.h): the same
// bytes as the QCborMap encodeBody() would build for it, without building it.
QByteArray encodeChunk(const SnapshotChunk &chunk)
{
    using namespace CborBytes;
    QByteArray frame;
    appendMapHead(frame, 5);
    appendText(frame, u"next");
    appendBytes(frame, chunk.next);
    appendText(frame, u"rows");
    appendArrayHead(frame, quint64(chunk.rows.size()));
    for (const SnapshotRow &row : chunk.rows) {
        appendMapHead(frame, 4);
        appendText(frame, u"t");
        appendText(frame, row.table);
        appendText(frame, u"id");
        appendText(frame, row.rowId);
        appendText(frame, u"cl");
        appendInteger(frame, row.causalLength);
        appendText(frame, u"f");
        appendArrayHead(frame, quint64(row.fields.size()));
        for (const SnapshotField &f : row.fields) {
            appendArrayHead(frame, 4);
            appendText(frame, f.column);
            appendValue(frame, f.value);
            appendInteger(frame, qint64(f.hlc));
            appendText(frame, f.siteId);
        }
    }
    appendText(frame, u"done");
    frame.append(char(chunk.done ? 0xf5 : 0xf4));
    appendText(frame, u"v");
    appendInteger(frame, qint64(ProtocolVersion));
    appendText(frame, u"type");
    appendText(frame, u"chunk");
    return frame;
}

} // namespace

QByteArray encodeMessage(const Message &message)
{
    if (const auto *chunk = std::get_if<SnapshotChunk>(&message))
        return encodeChunk(*chunk);
    QCborMap map = encodeBody(message);
    map.insert(QStringLiteral("v"), ProtocolVersion);
    map.insert(QStringLiteral("type"), messageTypeName(message));
    return QCborValue(map).toCbor();
}

namespace {

// Version, type and body of a message read into `map` (and `rows`, see decodeBody).
Result<Message> decodeMap(const QCborMap &map, const DecodeLimits &limits,
                          std::optional<QList<SnapshotRow>> &rows)
{
    const auto version = integerAt(map, u"v", true);
    if (!version)
        return version.error();
    if (*version != ProtocolVersion)
        return Error::make(
            ErrorCode::Unsupported,
            QStringLiteral("protocol version %1 (this build speaks %2)").arg(*version).arg(ProtocolVersion));
    const auto type = textAt(map, u"type", true, 32);
    if (!type)
        return type.error();
    auto message = decodeBody(*type, map, limits, rows);
    if (!message)
        return Error::make(message.error().code, *type + QStringLiteral(": ") + message.error().detail);
    return message;
}

// A frame that passed checkCborStructure(), built as a QCborValue tree first.
Result<Message> decodeTree(const QByteArray &frame, const DecodeLimits &limits)
{
    QCborParserError error;
    const QCborValue root = QCborValue::fromCbor(frame, &error);
    if (error.error != QCborError::NoError)
        return parseError(QStringLiteral("malformed CBOR: ") + error.errorString());
    if (!root.isMap())
        return parseError(QStringLiteral("a message is a CBOR map"));
    std::optional<QList<SnapshotRow>> noRows;
    return decodeMap(root.toMap(), limits, noRows);
}

} // namespace

Result<Message> decodeMessage(const QByteArray &frame, const DecodeLimits &limits)
{
    // Read as a stream, a snapshot chunk's rows straight into SnapshotRow and every limit checked
    // on the way (snapshotrowreader.h). A frame the stream reading gives up on (any other message
    // with a container in it, or anything wrong) is checked and decoded as a tree, which names
    // what is wrong.
    QCborMap map;
    std::optional<QList<SnapshotRow>> rows;
    if (readMessageMap(frame, limits, map, rows))
        return decodeMap(map, limits, rows);
    return decodeMessageAsTree(frame, limits);
}

Result<Message> decodeMessageAsTree(const QByteArray &frame, const DecodeLimits &limits)
{
    OMNICRM_TRY(checkCborStructure(frame, limits));
    return decodeTree(frame, limits);
}

} // namespace OmniCrm::Wire
