#include "replicastore.h"

#include "crmstore.h"
#include "mergerules.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QDateTime>
#include <QLoggingCategory>
#include <QScopeGuard>

namespace OmniCrm {

Q_LOGGING_CATEGORY(lcReplica, "omnicrm.sync.replica")

namespace {

const QString kCursorKey = QStringLiteral("sync_cursor");
// "1" from the first snapshot chunk merged until search is rebuilt (replicastore.h).
const QString kSearchRebuildKey = QStringLiteral("sync_search_rebuild");

// What a pushed field carries: the outbox writes booleans as CBOR true/false, the wire carries
// null, integer, text, bytes or double only.
QCborMap wireFields(const QByteArray &cbor)
{
    QCborMap fields = QCborValue::fromCbor(cbor).toMap();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.value().isBool())
            it.value() = QCborValue(qint64(it.value().toBool() ? 1 : 0));
    }
    return fields;
}

/// The outbox's replaced clocks as pushed: column → [hlc, site id], this store's site named.
QCborMap wireReplaced(const QByteArray &cbor, const QString &ownSite)
{
    QCborMap replaced;
    if (cbor.isEmpty())
        return replaced;
    const QCborMap stored = QCborValue::fromCbor(cbor).toMap();
    for (auto it = stored.constBegin(); it != stored.constEnd(); ++it) {
        const QCborArray clock = it.value().toArray();
        const QString site = clock.at(1).toString();
        replaced.insert(it.key(), QCborArray { clock.at(0), site.isEmpty() ? ownSite : site });
    }
    return replaced;
}

/// The clock a row change says `column`'s writer replaced, if it says.
std::optional<FieldStamp> replacedBy(const RowChange &change, const QString &column)
{
    const QCborValue clock = change.replaced.value(column);
    if (!clock.isArray())
        return std::nullopt;
    return FieldStamp { quint64(clock.toArray().at(0).toInteger()), clock.toArray().at(1).toString() };
}

} // namespace

ReplicaStore::ReplicaStore(CrmStore &store)
    : m_store(store)
    , m_sync(store.database())
    , m_meta(store.database())
    , m_search(store.database(), store.phones())
{
    auto cursor = m_meta.value(kCursorKey, QStringLiteral("0"));
    if (cursor)
        m_cursor = cursor->toLongLong();
    else
        qCWarning(lcReplica) << "cannot read the sync cursor:" << cursor.error().detail;
    auto rebuild = m_meta.value(kSearchRebuildKey, QStringLiteral("0"));
    m_searchRebuildPending = !rebuild || *rebuild == u"1"; // unreadable: rebuilding is always safe
}

QString ReplicaStore::siteId() const
{
    return m_store.siteId();
}

qint64 ReplicaStore::cursor() const
{
    return m_cursor;
}

Result<QList<SyncTransaction>> ReplicaStore::pending(int maxTransactions) const
{
    QList<SyncTransaction> transactions;
    if (maxTransactions <= 0)
        return transactions;
    auto acked = m_sync.acknowledgedSeq();
    if (!acked)
        return acked.error();
    auto rows = m_sync.outboxAfter(*acked, maxTransactions);
    if (!rows)
        return rows.error();
    for (const OutboxRow &row : *rows) {
        if (transactions.isEmpty() || transactions.last().txId != row.txId) {
            SyncTransaction transaction;
            transaction.siteId = siteId();
            transaction.txId = row.txId;
            transactions.append(transaction);
        }
        SyncTransaction &transaction = transactions.last();
        transaction.localSeq = row.seq;
        transaction.hlc = std::max(transaction.hlc, row.hlc);
        transaction.rows.append(RowChange { row.table, row.rowId, row.causalLength, row.hlc,
                                            wireFields(row.fields), wireReplaced(row.replaced, siteId()) });
    }
    return transactions;
}

Status ReplicaStore::acknowledge(qint64 localSeq)
{
    return m_sync.acknowledge(localSeq);
}

Result<ApplyReport> ReplicaStore::apply(const QList<SyncTransaction> &transactions)
{
    return applyFrom(transactions, Source::Changes);
}

Result<ApplyReport> ReplicaStore::applySnapshot(const QList<SyncTransaction> &chunk)
{
    return applyFrom(chunk, Source::Snapshot);
}

Result<ApplyReport> ReplicaStore::applyFrom(const QList<SyncTransaction> &transactions, Source source)
{
    ApplyReport report;
    if (transactions.isEmpty())
        return report;
    if (m_tables.isEmpty()) {
        auto tables = m_sync.syncedTables();
        if (!tables)
            return tables.error();
        m_tables = std::move(tables).value();
        auto required = m_sync.requiredColumns();
        if (!required)
            return required.error();
        m_required = std::move(required).value();
    }
    m_touched.clear();
    m_touchedSet.clear();
    m_now = QDateTime::currentMSecsSinceEpoch();

    // A snapshot comes in key order (table name, then id) and in chunks, so a chunk can hold rows
    // whose references come in a later one (a deal before its pipeline and stage). The server's
    // state is whole: the references hold once every chunk is in. Changes are whole transactions
    // in server order, so their references are checked (at commit).
    if (source == Source::Snapshot)
        OMNICRM_TRY(m_sync.setForeignKeys(false));
    const auto enforce = qScopeGuard([&] {
        if (source == Source::Snapshot)
            (void)m_sync.setForeignKeys(true);
    });
    Transaction tx(m_store.database());
    OMNICRM_TRY(tx.began());
    OMNICRM_TRY(m_sync.deferForeignKeys());
    qint64 cursor = m_cursor;
    bool received = false;
    for (const SyncTransaction &transaction : transactions) {
        if (source == Source::Snapshot) {
            // The server's merged state: every field is merged (LWW keeps what is newer here).
            OMNICRM_TRY(mergeTransaction(transaction, report));
        } else {
            cursor = std::max(cursor, transaction.serverSeq);
            if (transaction.siteId == siteId())
                continue; // our own, pushed earlier: already here
            auto applied = m_sync.appliedSeq(transaction.siteId);
            if (!applied)
                return applied.error();
            if (transaction.localSeq <= *applied)
                continue; // delivered twice
            OMNICRM_TRY(mergeTransaction(transaction, report));
            OMNICRM_TRY(m_sync.setAppliedSeq(transaction.siteId, transaction.localSeq));
        }
        ++report.transactions;

        quint64 newest = transaction.hlc;
        for (const RowChange &row : transaction.rows)
            newest = std::max(newest, row.hlc);
        auto clock = m_store.clock().receive(newest, kMaxClockDriftMs);
        if (clock)
            received = true;
        else
            qCWarning(lcReplica) << "not following the clock of site" << transaction.siteId << ":"
                                 << clock.error().detail;
    }
    if (source == Source::Snapshot) {
        // Not indexed row by row: the whole index is rebuilt once the snapshot is complete.
        m_touched.clear();
        m_touchedSet.clear();
        if (!m_searchRebuildPending)
            OMNICRM_TRY(m_meta.setValue(kSearchRebuildKey, QStringLiteral("1")));
    } else if (m_searchRebuildPending) {
        m_touched.clear();
        m_touchedSet.clear();
        OMNICRM_TRY(m_search.rebuildAll());
        OMNICRM_TRY(m_meta.setValue(kSearchRebuildKey, QStringLiteral("0")));
    } else {
        OMNICRM_TRY(refreshSearch());
    }
    if (cursor != m_cursor)
        OMNICRM_TRY(m_meta.setValue(kCursorKey, QString::number(cursor)));
    if (received)
        OMNICRM_TRY(m_store.changeLog().saveClock(m_store.clock().last()));
    OMNICRM_TRY(tx.commit());
    m_cursor = cursor;
    m_searchRebuildPending = source == Source::Snapshot;
    return report;
}

Status ReplicaStore::mergeTransaction(const SyncTransaction &transaction, ApplyReport &report)
{
    for (const RowChange &row : transaction.rows)
        OMNICRM_TRY(mergeRow(transaction.siteId, row, report));
    return {};
}

QString ReplicaStore::siteOf(const FieldClock &clock) const
{
    return clock.site.isEmpty() ? siteId() : clock.site;
}

std::optional<FieldStamp> ReplicaStore::localReplaced(const StoredRow &row, const QString &column) const
{
    const auto it = row.replaced.constFind(column);
    if (it == row.replaced.constEnd())
        return std::nullopt;
    return FieldStamp { it->hlc, siteOf(*it) };
}

Status ReplicaStore::mergeRow(const QString &site, const RowChange &change, ApplyReport &report)
{
    const auto table = m_tables.constFind(change.table);
    if (table == m_tables.constEnd())
        return {}; // a table of a newer schema: nothing here to merge into
    const QStringList &columns = *table;
    const FieldClock remote { change.hlc, site };
    const qint64 changedAt = HybridLogicalClock::millis(change.hlc);

    // The fields this store knows; other columns (a newer schema's) are dropped, never guessed.
    Fields incoming;
    for (auto it = change.fields.constBegin(); it != change.fields.constEnd(); ++it) {
        const QString column = it.key().toString();
        if (columns.contains(column))
            incoming.append({ column, syncValueFromCbor(it.value()) });
    }

    auto stored = m_sync.row(change.table, change.rowId, columns);
    if (!stored)
        return stored.error();
    if (!stored->exists) {
        OMNICRM_TRY(
            m_sync.insertRow(change.table, change.rowId, incoming, change.causalLength, remote, changedAt));
        report.fieldsWritten += int(incoming.size());
        const Touched touched { change.table, change.rowId };
        if (!m_touchedSet.contains(touched)) {
            m_touchedSet.insert(touched);
            m_touched.append(touched);
        }
        return {};
    }

    // An insert states every column: the ones it left out were null at its clock. Merging them
    // too keeps two inserts of one row (tags and links have derived ids) converging clock and all.
    // A NOT NULL column it left out is one its (older) schema lacks: that one keeps its value.
    if (change.fields.contains(QStringLiteral("id"))) {
        for (const QString &column : columns) {
            const bool present = std::any_of(incoming.begin(), incoming.end(),
                                             [&](const auto &field) { return field.first == column; });
            if (!present && !m_required.contains(change.table + u'.' + column))
                incoming.append({ column, QVariant() });
        }
    }

    Fields winners;
    QStringList reclocked; // columns whose clock becomes the remote one
    ReplacedClocks replaced; // of the reclocked columns, what their writer replaced
    for (const auto &[column, value] : incoming) {
        bool rowClock = false;
        const FieldClock local = stored->clockOf(column, &rowClock);
        const QVariant current = stored->values.value(column);
        const FieldStamp localStamp { local.hlc, siteOf(local) };
        const FieldStamp remoteStamp { remote.hlc, remote.site };
        const std::optional<FieldStamp> remoteReplaced = replacedBy(change, column);
        const bool differs = !sameSyncValue(current, value);
        if (remoteWins(remoteStamp, localStamp)) {
            if (differs) {
                winners.append({ column, value });
                if (isConcurrentLoss(localStamp, remoteStamp, current.isNull() && rowClock, remoteReplaced)) {
                    OMNICRM_TRY(logConflict(change.table, change.rowId, column, current,
                                            FieldClock { local.hlc, localStamp.site }, value, remote));
                    ++report.conflicts;
                }
            }
            if (local.hlc != remote.hlc || local.site != remote.site) {
                reclocked.append(column);
                if (remoteReplaced)
                    replaced.append({ column, FieldClock { remoteReplaced->hlc, remoteReplaced->site } });
            }
        } else if (differs
                   && isConcurrentLoss(remoteStamp, localStamp, false, localReplaced(*stored, column))) {
            OMNICRM_TRY(logConflict(change.table, change.rowId, column, value, remote, current,
                                    FieldClock { local.hlc, localStamp.site }));
        }
    }
    OMNICRM_TRY(m_sync.setFieldClocks(change.table, change.rowId, reclocked, remote, replaced));
    const qint64 causalLength = std::max(stored->causalLength, change.causalLength);
    if (winners.isEmpty() && causalLength == stored->causalLength)
        return {};
    OMNICRM_TRY(m_sync.updateRow(change.table, change.rowId, winners, causalLength, changedAt));
    report.fieldsWritten += int(winners.size());
    const Touched touched { change.table, change.rowId };
    if (!m_touchedSet.contains(touched)) {
        m_touchedSet.insert(touched);
        m_touched.append(touched);
    }
    return {};
}

Status ReplicaStore::logConflict(const QString &table, const QString &rowId, const QString &column,
                                 const QVariant &losing, const FieldClock &losingClock,
                                 const QVariant &winning, const FieldClock &winningClock)
{
    ConflictRecord conflict;
    conflict.table = table;
    conflict.rowId = rowId;
    conflict.column = column;
    conflict.losingValue = losing;
    conflict.losingHlc = losingClock.hlc;
    conflict.losingSite = losingClock.site;
    conflict.winningValue = winning;
    conflict.winningHlc = winningClock.hlc;
    conflict.winningSite = winningClock.site;
    conflict.loggedAt = m_now;
    return m_sync.addConflict(conflict);
}

Status ReplicaStore::refreshSearch()
{
    // A merged row can change what other records show in search: a phone or e-mail its contact,
    // a company's name its contacts and deals, a contact's name its deals.
    QList<Touched> records;
    QSet<Touched> seen;
    const auto add = [&](const QString &table, const QString &id) {
        const Touched record { table, id };
        if (!id.isEmpty() && !seen.contains(record)) {
            seen.insert(record);
            records.append(record);
        }
    };
    for (const Touched &row : std::as_const(m_touched)) {
        if (row.table == u"contact_phone" || row.table == u"contact_email") {
            auto contact = m_sync.textOf(row.table, row.id, QStringLiteral("contact_id"));
            if (!contact)
                return contact.error();
            add(QStringLiteral("contact"), *contact);
            continue;
        }
        add(row.table, row.id);
        if (row.table == u"company") {
            auto contacts = m_sync.idsWhere(QStringLiteral("contact"), QStringLiteral("company_id"), row.id);
            if (!contacts)
                return contacts.error();
            for (const QString &id : std::as_const(*contacts))
                add(QStringLiteral("contact"), id);
        }
        if (row.table == u"company" || row.table == u"contact") {
            const QString column
                = row.table == u"company" ? QStringLiteral("company_id") : QStringLiteral("contact_id");
            auto deals = m_sync.idsWhere(QStringLiteral("deal"), column, row.id);
            if (!deals)
                return deals.error();
            for (const QString &id : std::as_const(*deals))
                add(QStringLiteral("deal"), id);
        }
    }
    for (const Touched &record : std::as_const(records))
        OMNICRM_TRY(m_search.refresh(record.table, record.id));
    m_touched.clear();
    m_touchedSet.clear();
    return {};
}

} // namespace OmniCrm
