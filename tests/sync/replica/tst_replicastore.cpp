// Proves ReplicaStore's merge rules on two or three real stores: whole transactions out of the
// outbox, per-field last-writer-wins with the site id breaking ties, causal length for delete and
// re-create, add-wins tag links, idempotent and own-transaction-skipping apply, unknown tables and
// columns ignored, merged rows kept out of the outbox and in search, and far-future clocks.
#include "replicatestsupport.h"

#include "uuid7.h"

#include <QCborArray>
#include <QCborMap>
#include <QTest>

using namespace OmniCrm;
using namespace OmniCrm::Test;

#define VERIFY_OK(expr)                                                                                      \
    do {                                                                                                     \
        const auto &verify_result_ = (expr);                                                                 \
        QVERIFY2(verify_result_.ok(), why(verify_result_));                                                  \
    } while (false)

class tst_ReplicaStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void pendingIsWholeTransactionsAndAckPrunes();
    void fieldsMergeLastWriterWins();
    void editsMadeAfterSeeingTheValueAreNotConflicts();
    void lateEditAlreadyReplacedByItsSuccessorIsNotAConflict();
    void writerThatDoesNotSayWhatItReplacedIsLogged();
    void equalClocksBreakTiesBySite();
    void deleteWinsLivenessButConcurrentEditIsKept();
    void recreateAfterDeleteWins();
    void tagLinkAddWinsOverConcurrentRemove();
    void sameTagCreatedOnTwoDevicesMerges();
    void reapplyIsIdempotent();
    void ownTransactionsOnlyAdvanceTheCursor();
    void snapshotChunksMergeWithoutMovingTheCursor();
    void snapshotChunkMayReferToALaterChunk();
    void unknownTablesAndColumnsAreIgnored();
    void mergedRowsAreNotPushedAgain();
    void searchFollowsMergedRows();
    void snapshotIsSearchableOnceComplete();
    void farFutureClockStillConverges();
    void cursorAndClockSurviveReopen();
    void defaultPipelineIsOneRowOnEveryDevice();

private:
    Status sync(TestReplica &replica)
    {
        OMNICRM_TRY(pushAll(replica.replica(), m_relay));
        return pullAll(replica.replica(), m_relay);
    }
    Status syncAll()
    {
        for (int round = 0; round < 2; ++round) {
            for (auto &replica : m_replicas)
                OMNICRM_TRY(sync(*replica));
        }
        return {};
    }
    TestReplica &a() { return *m_replicas[0]; }
    TestReplica &b() { return *m_replicas[1]; }
    QString createContact(TestReplica &replica, const QString &name, const QStringList &tags = {})
    {
        ContactDraft draft;
        draft.fullName = name;
        draft.tags = tags;
        auto id = replica.store().contacts().create(draft);
        return id ? *id : QString();
    }
    Status editContact(TestReplica &replica, const QString &id,
                       const std::function<void(ContactDraft &)> &edit)
    {
        auto contact = replica.store().contacts().find(id);
        if (!contact)
            return contact.error();
        auto tags = replica.store().contacts().tagsOf(id);
        if (!tags)
            return tags.error();
        ContactDraft draft;
        draft.fullName = contact->fullName;
        draft.companyId = contact->companyId;
        draft.city = contact->city;
        draft.notes = contact->notes;
        draft.title = contact->title;
        draft.tags = *tags;
        edit(draft);
        return replica.store().contacts().update(id, draft);
    }
    QString field(TestReplica &replica, const QString &table, const QString &id, const QString &column)
    {
        auto text = SyncRepository(replica.store().database()).textOf(table, id, column);
        return text ? *text : QStringLiteral("<error>");
    }
    qint64 causalLength(TestReplica &replica, const QString &table, const QString &id)
    {
        auto row = SyncRepository(replica.store().database()).row(table, id, {});
        return row && row->exists ? row->causalLength : -1;
    }
    bool searchFinds(TestReplica &replica, const QString &text, const QString &id)
    {
        auto hits = replica.store().search().search(text, 50);
        return hits
            && std::any_of(hits->begin(), hits->end(), [&](const SearchResult &r) { return r.id == id; });
    }
    QList<ConflictRecord> conflictsOf(TestReplica &replica)
    {
        auto list = SyncRepository(replica.store().database()).conflicts(1000, true);
        return list ? *list : QList<ConflictRecord>();
    }
    /// Settles A's outbox (as if pushed) and returns the clock row `id` was created with (0: error).
    quint64 settledClock(const QString &id)
    {
        auto pending = a().replica().pending(10);
        if (!pending || pending->isEmpty() || !a().replica().acknowledge(pending->last().localSeq).ok())
            return 0;
        auto row = SyncRepository(a().store().database()).row(QStringLiteral("contact"), id, {});
        return row && row->exists ? row->rowClock.hlc : 0;
    }
    /// A hand-made transaction of another site changing one row.
    SyncTransaction remoteChange(const QString &site, qint64 localSeq, const RowChange &row)
    {
        SyncTransaction tx;
        tx.siteId = site;
        tx.localSeq = localSeq;
        tx.txId = newId();
        tx.hlc = row.hlc;
        tx.rows = { row };
        tx.serverSeq = m_relay.head() + 100 + localSeq;
        return tx;
    }

    SimulatedTime m_time;
    Relay m_relay;
    std::vector<std::unique_ptr<TestReplica>> m_replicas;
};

void tst_ReplicaStore::init()
{
    m_time = SimulatedTime();
    m_relay = Relay();
    m_replicas.clear();
    for (qint64 skew : { qint64(0), qint64(-5 * 60 * 1000) }) {
        m_replicas.push_back(std::make_unique<TestReplica>(m_time, skew));
        const QString error = m_replicas.back()->create();
        QVERIFY2(error.isEmpty(), why(error));
    }
}

void tst_ReplicaStore::cleanup()
{
    m_replicas.clear();
}

void tst_ReplicaStore::pendingIsWholeTransactionsAndAckPrunes()
{
    VERIFY_OK(pushAll(a().replica(), m_relay)); // the default pipeline
    const QString id = createContact(a(), QStringLiteral("سارة"), { QStringLiteral("VIP") });
    QVERIFY(!id.isEmpty());
    auto pending = a().replica().pending(10);
    VERIFY_OK(pending);
    QCOMPARE(pending->size(), 1);
    const SyncTransaction &tx = pending->first();
    QCOMPARE(tx.siteId, a().site());
    QStringList tables;
    for (const RowChange &row : tx.rows) {
        tables.append(row.table);
        QVERIFY(row.hlc <= tx.hlc);
    }
    QVERIFY(tables.contains(QStringLiteral("contact")));
    QVERIFY(tables.contains(QStringLiteral("tag")));
    QVERIFY(tables.contains(QStringLiteral("tag_link")));
    QVERIFY(!tx.txId.isEmpty());

    const QString second = createContact(a(), QStringLiteral("Omar"));
    auto both = a().replica().pending(10);
    VERIFY_OK(both);
    QCOMPARE(both->size(), 2);
    QVERIFY(both->at(1).localSeq > both->at(0).localSeq);
    QCOMPARE(both->at(0), tx); // reading again gives the same transaction

    VERIFY_OK(a().replica().acknowledge(tx.localSeq));
    auto rest = a().replica().pending(10);
    VERIFY_OK(rest);
    QCOMPARE(rest->size(), 1);
    QCOMPARE(rest->first().rows.first().rowId, second);
    VERIFY_OK(a().replica().acknowledge(rest->first().localSeq));
    auto none = a().replica().pending(10);
    VERIFY_OK(none);
    QVERIFY(none->isEmpty());
}

void tst_ReplicaStore::fieldsMergeLastWriterWins()
{
    const QString id = createContact(a(), QStringLiteral("Khalid"));
    VERIFY_OK(syncAll());
    // Concurrent: A sets the city, B the notes, both the title; B writes last.
    VERIFY_OK(editContact(a(), id, [](ContactDraft &d) {
        d.city = QStringLiteral("Riyadh");
        d.title = QStringLiteral("Manager");
    }));
    m_time.nowMs += 10 * 60 * 1000; // B's skew is -5 min: its edit is still later
    VERIFY_OK(editContact(b(), id, [](ContactDraft &d) {
        d.notes = QStringLiteral("call back");
        d.title = QStringLiteral("Director");
    }));
    VERIFY_OK(syncAll());
    for (auto *replica : { &a(), &b() }) {
        QCOMPARE(field(*replica, QStringLiteral("contact"), id, QStringLiteral("city")),
                 QStringLiteral("Riyadh"));
        QCOMPARE(field(*replica, QStringLiteral("contact"), id, QStringLiteral("notes")),
                 QStringLiteral("call back"));
        QCOMPARE(field(*replica, QStringLiteral("contact"), id, QStringLiteral("title")),
                 QStringLiteral("Director"));
    }
    QCOMPARE(canonicalDump(a().store()), canonicalDump(b().store()));
    // A's title lost to a concurrent edit: A's log has it, with both values.
    const QList<ConflictRecord> conflicts = conflictsOf(a());
    QVERIFY(std::any_of(conflicts.begin(), conflicts.end(), [&](const ConflictRecord &c) {
        return c.column == u"title" && c.losingValue.toString() == u"Manager"
            && c.winningValue.toString() == u"Director" && c.losingSite == a().site();
    }));
}

void tst_ReplicaStore::editsMadeAfterSeeingTheValueAreNotConflicts()
{
    // A and B take turns, each after syncing: every overwrite was made by someone who saw the
    // value, so nobody's conflict list fills up with ordinary teamwork.
    const QString id = createContact(a(), QStringLiteral("Khalid"));
    VERIFY_OK(syncAll());
    const QStringList titles { QStringLiteral("Manager"), QStringLiteral("Director"), QStringLiteral("CEO"),
                               QStringLiteral("Chair") };
    for (int i = 0; i < titles.size(); ++i) {
        VERIFY_OK(editContact(i % 2 == 0 ? a() : b(), id, [&](ContactDraft &d) { d.title = titles[i]; }));
        VERIFY_OK(syncAll());
    }
    for (auto *replica : { &a(), &b() }) {
        QCOMPARE(field(*replica, QStringLiteral("contact"), id, QStringLiteral("title")), titles.last());
        QCOMPARE(conflictsOf(*replica).size(), 0);
    }
}

void tst_ReplicaStore::lateEditAlreadyReplacedByItsSuccessorIsNotAConflict()
{
    // Site X renamed A's contact, then site Y renamed it again after seeing X's name. A gets Y's
    // change first and X's late: X's name lost to a write made with it in view, not a conflict.
    const QString id = createContact(a(), QStringLiteral("Khalid"));
    const quint64 created = settledClock(id);
    QVERIFY(created > 0);
    const QString x = QStringLiteral("01900000-0000-7000-8000-00000000000a");
    const QString y = QStringLiteral("01900000-0000-7000-8000-00000000000b");
    const auto rename
        = [&](const QString &name, quint64 hlc, quint64 replacedHlc, const QString &replacedSite) {
              return RowChange { QStringLiteral("contact"),
                                 id,
                                 1,
                                 hlc,
                                 QCborMap { { QStringLiteral("full_name"), name } },
                                 QCborMap { { QStringLiteral("full_name"),
                                              QCborArray { qint64(replacedHlc), replacedSite } } } };
          };
    VERIFY_OK(a().replica().apply(
        { remoteChange(y, 1, rename(QStringLiteral("Khalid Y"), created + 20, created + 10, x)) }));
    VERIFY_OK(a().replica().apply(
        { remoteChange(x, 1, rename(QStringLiteral("Khalid X"), created + 10, created, a().site())) }));
    QCOMPARE(field(a(), QStringLiteral("contact"), id, QStringLiteral("full_name")),
             QStringLiteral("Khalid Y"));
    const QList<ConflictRecord> conflicts = conflictsOf(a());
    QVERIFY(std::none_of(conflicts.begin(), conflicts.end(),
                         [](const ConflictRecord &c) { return c.losingValue.toString() == u"Khalid X"; }));
}

void tst_ReplicaStore::writerThatDoesNotSayWhatItReplacedIsLogged()
{
    // An older client's update carries no replaced clocks: overwriting another site's value is
    // then logged, as before, so nothing is lost silently.
    const QString id = createContact(a(), QStringLiteral("Khalid"));
    const quint64 created = settledClock(id);
    QVERIFY(created > 0);
    RowChange change { QStringLiteral("contact"), id, 1, created + 10,
                       QCborMap { { QStringLiteral("full_name"), QStringLiteral("Khalid Z") } } };
    VERIFY_OK(a().replica().apply(
        { remoteChange(QStringLiteral("01900000-0000-7000-8000-00000000000c"), 1, change) }));
    const QList<ConflictRecord> conflicts = conflictsOf(a());
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().losingValue.toString(), QStringLiteral("Khalid"));
    QCOMPARE(conflicts.first().winningValue.toString(), QStringLiteral("Khalid Z"));
}

void tst_ReplicaStore::equalClocksBreakTiesBySite()
{
    const QString id = createContact(a(), QStringLiteral("Layla"));
    const quint64 hlc = settledClock(id); // also the city's: the insert left it unset
    QVERIFY(hlc > 0);
    const QString lower = QString(a().site()).replace(0, 8, QStringLiteral("00000000"));
    const QString higher = QString(a().site()).replace(0, 8, QStringLiteral("ffffffff"));

    RowChange change { QStringLiteral("contact"), id, 1, hlc,
                       QCborMap { { QStringLiteral("city"), QStringLiteral("Jeddah") } } };
    auto lost = a().replica().apply({ remoteChange(lower, 1, change) });
    VERIFY_OK(lost);
    QCOMPARE(lost->transactions, 1);
    QCOMPARE(lost->fieldsWritten, 0);
    QCOMPARE(field(a(), QStringLiteral("contact"), id, QStringLiteral("city")), QString());

    auto won = a().replica().apply({ remoteChange(higher, 1, change) });
    VERIFY_OK(won);
    QCOMPARE(won->fieldsWritten, 1);
    QCOMPARE(field(a(), QStringLiteral("contact"), id, QStringLiteral("city")), QStringLiteral("Jeddah"));
}

void tst_ReplicaStore::deleteWinsLivenessButConcurrentEditIsKept()
{
    const QString id = createContact(a(), QStringLiteral("Faisal"));
    VERIFY_OK(syncAll());
    VERIFY_OK(a().store().contacts().remove(id));
    m_time.nowMs += 60 * 1000;
    VERIFY_OK(editContact(b(), id, [](ContactDraft &d) { d.fullName = QStringLiteral("Faisal Alharbi"); }));
    VERIFY_OK(syncAll());
    for (auto *replica : { &a(), &b() }) {
        QCOMPARE(causalLength(*replica, QStringLiteral("contact"), id), 2);
        QCOMPARE(field(*replica, QStringLiteral("contact"), id, QStringLiteral("full_name")),
                 QStringLiteral("Faisal Alharbi"));
        QVERIFY(!searchFinds(*replica, QStringLiteral("Faisal"), id));
    }
    QCOMPARE(canonicalDump(a().store()), canonicalDump(b().store()));
    // Restoring brings the edit back everywhere.
    VERIFY_OK(a().store().contacts().restore(id));
    VERIFY_OK(syncAll());
    QCOMPARE(causalLength(b(), QStringLiteral("contact"), id), 3);
    QVERIFY(searchFinds(b(), QStringLiteral("Alharbi"), id));
}

void tst_ReplicaStore::recreateAfterDeleteWins()
{
    const QString id = createContact(a(), QStringLiteral("Noura"));
    VERIFY_OK(syncAll());
    VERIFY_OK(a().store().contacts().remove(id)); // cl 2
    VERIFY_OK(b().store().contacts().remove(id)); // cl 2, concurrently
    VERIFY_OK(b().store().contacts().restore(id)); // cl 3: the longer history
    VERIFY_OK(syncAll());
    QCOMPARE(causalLength(a(), QStringLiteral("contact"), id), 3);
    QCOMPARE(causalLength(b(), QStringLiteral("contact"), id), 3);
    QVERIFY(searchFinds(a(), QStringLiteral("Noura"), id));
}

void tst_ReplicaStore::tagLinkAddWinsOverConcurrentRemove()
{
    const QString id = createContact(a(), QStringLiteral("Huda"), { QStringLiteral("VIP") });
    VERIFY_OK(syncAll());
    VERIFY_OK(editContact(a(), id, [](ContactDraft &d) { d.tags.clear(); })); // remove
    VERIFY_OK(editContact(b(), id, [](ContactDraft &d) { d.tags.clear(); })); // remove and add again
    VERIFY_OK(editContact(b(), id, [](ContactDraft &d) { d.tags = { QStringLiteral("vip") }; }));
    VERIFY_OK(syncAll());
    for (auto *replica : { &a(), &b() }) {
        auto tags = replica->store().contacts().tagsOf(id);
        VERIFY_OK(tags);
        QCOMPARE(*tags, QStringList { QStringLiteral("VIP") });
    }
    QCOMPARE(canonicalDump(a().store()), canonicalDump(b().store()));
}

void tst_ReplicaStore::sameTagCreatedOnTwoDevicesMerges()
{
    const QString id = createContact(a(), QStringLiteral("Reem"));
    VERIFY_OK(syncAll());
    VERIFY_OK(editContact(a(), id, [](ContactDraft &d) { d.tags = { QStringLiteral("Gold") }; }));
    VERIFY_OK(editContact(b(), id, [](ContactDraft &d) { d.tags = { QStringLiteral("gold") }; }));
    VERIFY_OK(syncAll());
    for (auto *replica : { &a(), &b() }) {
        auto tags = replica->store().contacts().tagsOf(id);
        VERIFY_OK(tags);
        QCOMPARE(tags->size(), 1);
        QCOMPARE(tags->first().toLower(), QStringLiteral("gold"));
    }
    QCOMPARE(canonicalDump(a().store()), canonicalDump(b().store()));
}

void tst_ReplicaStore::reapplyIsIdempotent()
{
    createContact(a(), QStringLiteral("Yousef"));
    VERIFY_OK(pushAll(a().replica(), m_relay));
    const QList<SyncTransaction> batch = m_relay.pull(0, 100);
    auto first = b().replica().apply(batch);
    VERIFY_OK(first);
    QCOMPARE(first->transactions, batch.size());
    const QString dump = canonicalDump(b().store());
    auto again = b().replica().apply(batch);
    VERIFY_OK(again);
    QCOMPARE(again->transactions, 0);
    QCOMPARE(again->fieldsWritten, 0);
    QCOMPARE(canonicalDump(b().store()), dump);
    QCOMPARE(b().replica().cursor(), m_relay.head());
}

void tst_ReplicaStore::ownTransactionsOnlyAdvanceTheCursor()
{
    createContact(a(), QStringLiteral("Mona"));
    VERIFY_OK(pushAll(a().replica(), m_relay));
    const QString dump = canonicalDump(a().store());
    auto own = a().replica().apply(m_relay.pull(0, 100));
    VERIFY_OK(own);
    QCOMPARE(own->transactions, 0);
    QCOMPARE(a().replica().cursor(), m_relay.head());
    QCOMPARE(canonicalDump(a().store()), dump);
}

// A snapshot carries the server's state as transactions with localSeq 0: each is merged (none is
// taken for "delivered twice"), and the cursor waits for the checkpoint.
void tst_ReplicaStore::snapshotChunksMergeWithoutMovingTheCursor()
{
    const QString id = createContact(a(), QStringLiteral("Huda"));
    SyncTransaction chunk
        = remoteChange(newId(), 0,
                       RowChange { QStringLiteral("contact"), id, 1, a().store().clock().now() + 1000,
                                   QCborMap { { QStringLiteral("city"), QStringLiteral("Abha") } } });
    chunk.serverSeq = 0;
    const qint64 cursor = a().replica().cursor();
    auto applied = a().replica().applySnapshot({ chunk, chunk });
    VERIFY_OK(applied);
    QCOMPARE(applied->transactions, 2);
    QCOMPARE(field(a(), QStringLiteral("contact"), id, QStringLiteral("city")), QStringLiteral("Abha"));
    QCOMPARE(a().replica().cursor(), cursor);
}

// Snapshots come in key order: a chunk can hold a row whose reference arrives in a later chunk
// (a deal before its pipeline and stage). Changes are whole transactions: their references are
// still checked.
void tst_ReplicaStore::snapshotChunkMayReferToALaterChunk()
{
    const QString site = newId();
    const QString companyId = newId();
    const QString contactId = newId();
    const quint64 hlc = a().store().clock().now() + 1000;
    const auto insert = [&](const QString &table, const QString &id, QCborMap fields) {
        fields.insert(QStringLiteral("id"), id);
        fields.insert(QStringLiteral("created_at"), qint64(1767225600000));
        SyncTransaction tx = remoteChange(site, 0, RowChange { table, id, 1, hlc, fields });
        tx.serverSeq = 0;
        return tx;
    };
    const SyncTransaction contact = insert(QStringLiteral("contact"), contactId,
                                           QCborMap { { QStringLiteral("full_name"), QStringLiteral("Reem") },
                                                      { QStringLiteral("sort_key"), QStringLiteral("reem") },
                                                      { QStringLiteral("company_id"), companyId } });
    VERIFY_OK(a().replica().applySnapshot({ contact }));
    VERIFY_OK(a().replica().applySnapshot(
        { insert(QStringLiteral("company"), companyId,
                 QCborMap { { QStringLiteral("name"), QStringLiteral("Nakheel") },
                            { QStringLiteral("sort_key"), QStringLiteral("nakheel") } }) }));
    QCOMPARE(field(a(), QStringLiteral("contact"), contactId, QStringLiteral("company_id")), companyId);

    SyncTransaction dangling = insert(QStringLiteral("contact"), newId(),
                                      QCborMap { { QStringLiteral("full_name"), QStringLiteral("Omar") },
                                                 { QStringLiteral("sort_key"), QStringLiteral("omar") },
                                                 { QStringLiteral("company_id"), newId() } });
    dangling.localSeq = 1;
    dangling.serverSeq = a().replica().cursor() + 1;
    QVERIFY(!a().replica().apply({ dangling }).ok());
}

void tst_ReplicaStore::unknownTablesAndColumnsAreIgnored()
{
    const QString id = createContact(a(), QStringLiteral("Salem"));
    const QString newer = newId();
    RowChange known { QStringLiteral("contact"), id, 1, a().store().clock().now() + 1000,
                      QCborMap { { QStringLiteral("city"), QStringLiteral("Dammam") },
                                 { QStringLiteral("loyalty_tier"), QStringLiteral("gold") },
                                 { QStringLiteral("sync_hlc"), 1 } } };
    RowChange unknown { QStringLiteral("loyalty_program"), newId(), 1, known.hlc,
                        QCborMap { { QStringLiteral("id"), newId() }, { QStringLiteral("name"), 1 } } };
    SyncTransaction tx = remoteChange(newer, 1, known);
    tx.rows.append(unknown);
    auto applied = a().replica().apply({ tx });
    VERIFY_OK(applied);
    QCOMPARE(applied->fieldsWritten, 1);
    QCOMPARE(field(a(), QStringLiteral("contact"), id, QStringLiteral("city")), QStringLiteral("Dammam"));
    QCOMPARE(field(a(), QStringLiteral("contact"), id, QStringLiteral("full_name")), QStringLiteral("Salem"));
}

void tst_ReplicaStore::mergedRowsAreNotPushedAgain()
{
    VERIFY_OK(pushAll(b().replica(), m_relay)); // B's default pipeline
    createContact(a(), QStringLiteral("Amal"));
    VERIFY_OK(sync(a()));
    VERIFY_OK(sync(b()));
    auto pending = b().replica().pending(10);
    VERIFY_OK(pending);
    QVERIFY(pending->isEmpty());
}

void tst_ReplicaStore::searchFollowsMergedRows()
{
    CompanyDraft company;
    company.name = QStringLiteral("Almarai");
    auto companyId = a().store().companies().create(company);
    VERIFY_OK(companyId);
    ContactDraft draft;
    draft.fullName = QStringLiteral("Tariq");
    draft.companyId = *companyId;
    draft.phones = { PhoneDraft { QStringLiteral("0555123456") } };
    auto id = a().store().contacts().create(draft);
    VERIFY_OK(id);
    VERIFY_OK(syncAll());
    QVERIFY(searchFinds(b(), QStringLiteral("Tariq"), *id));
    QVERIFY(searchFinds(b(), QStringLiteral("0555123456"), *id));
    QVERIFY(searchFinds(b(), QStringLiteral("Almarai"), *id));

    company.name = QStringLiteral("Nadec");
    VERIFY_OK(a().store().companies().update(*companyId, company));
    VERIFY_OK(editContact(a(), *id, [](ContactDraft &d) { d.fullName = QStringLiteral("Zaid"); }));
    VERIFY_OK(syncAll());
    QVERIFY(searchFinds(b(), QStringLiteral("Zaid"), *id));
    QVERIFY(!searchFinds(b(), QStringLiteral("Tariq"), *id));
    QVERIFY(searchFinds(b(), QStringLiteral("Nadec"), *id));
}

// Snapshot chunks are merged without indexing; the checkpoint's apply rebuilds search once, even
// when the store was closed between the chunks and the checkpoint (a snapshot cut off).
void tst_ReplicaStore::snapshotIsSearchableOnceComplete()
{
    CompanyDraft company;
    company.name = QStringLiteral("Almarai");
    auto companyId = a().store().companies().create(company);
    VERIFY_OK(companyId);
    ContactDraft draft;
    draft.fullName = QStringLiteral("Tariq");
    draft.companyId = *companyId;
    draft.phones = { PhoneDraft { QStringLiteral("0555123456") } };
    auto id = a().store().contacts().create(draft);
    VERIFY_OK(id);
    ContactDraft gone;
    gone.fullName = QStringLiteral("Badr");
    auto goneId = a().store().contacts().create(gone);
    VERIFY_OK(goneId);
    VERIFY_OK(a().store().contacts().remove(*goneId));
    VERIFY_OK(pushAll(a().replica(), m_relay));

    // A's log as a snapshot (serverSeq and localSeq 0), in two chunks.
    QList<SyncTransaction> snapshot = m_relay.log();
    for (SyncTransaction &transaction : snapshot)
        transaction.serverSeq = transaction.localSeq = 0;
    const qsizetype half = snapshot.size() / 2;
    VERIFY_OK(b().replica().applySnapshot(snapshot.mid(0, half)));
    QVERIFY(b().reopen().isEmpty());
    VERIFY_OK(b().replica().applySnapshot(snapshot.mid(half)));
    SyncTransaction checkpoint;
    checkpoint.siteId = b().site();
    checkpoint.txId = QStringLiteral("checkpoint");
    checkpoint.serverSeq = m_relay.head();
    VERIFY_OK(b().replica().apply({ checkpoint }));
    QCOMPARE(b().replica().cursor(), m_relay.head());
    QVERIFY(searchFinds(b(), QStringLiteral("Tariq"), *id));
    QVERIFY(searchFinds(b(), QStringLiteral("0555123456"), *id));
    QVERIFY(searchFinds(b(), QStringLiteral("Almarai"), *id));
    QVERIFY(searchFinds(b(), QStringLiteral("Almarai"), *companyId));
    QVERIFY(!searchFinds(b(), QStringLiteral("Badr"), *goneId));
}

void tst_ReplicaStore::farFutureClockStillConverges()
{
    // A third device whose date is two hours ahead: its clocks are beyond A's drift limit.
    m_replicas.push_back(std::make_unique<TestReplica>(m_time, 2 * 3600 * 1000));
    QVERIFY(m_replicas.back()->create().isEmpty());
    TestReplica &c = *m_replicas.back();
    const QString id = createContact(a(), QStringLiteral("Majed"));
    VERIFY_OK(syncAll());
    VERIFY_OK(editContact(c, id, [](ContactDraft &d) { d.city = QStringLiteral("Abha"); }));
    VERIFY_OK(syncAll());
    QCOMPARE(field(a(), QStringLiteral("contact"), id, QStringLiteral("city")), QStringLiteral("Abha"));
    QVERIFY(HybridLogicalClock::millis(a().store().clock().last()) < m_time.nowMs + 3600 * 1000);
    // A edits the same field after seeing C's value: the edit wins everywhere, as it did on A.
    VERIFY_OK(editContact(a(), id, [](ContactDraft &d) { d.city = QStringLiteral("Taif"); }));
    VERIFY_OK(syncAll());
    for (auto &replica : m_replicas)
        QCOMPARE(field(*replica, QStringLiteral("contact"), id, QStringLiteral("city")),
                 QStringLiteral("Taif"));
    QCOMPARE(canonicalDump(a().store()), canonicalDump(c.store()));
}

void tst_ReplicaStore::cursorAndClockSurviveReopen()
{
    createContact(a(), QStringLiteral("Basma"));
    VERIFY_OK(syncAll());
    const qint64 cursor = b().replica().cursor();
    QVERIFY(cursor > 0);
    const QString site = b().site();
    QVERIFY(b().reopen().isEmpty());
    QCOMPARE(b().replica().cursor(), cursor);
    QCOMPARE(b().site(), site);
}

void tst_ReplicaStore::defaultPipelineIsOneRowOnEveryDevice()
{
    // Both devices made the default pipeline when their store was created.
    VERIFY_OK(syncAll());
    for (auto *replica : { &a(), &b() }) {
        auto pipelines = replica->store().pipelines().all();
        VERIFY_OK(pipelines);
        QCOMPARE(pipelines->size(), 1);
        QCOMPARE(pipelines->first().stages.size(), 6);
        QVERIFY(conflictsOf(*replica).isEmpty());
    }
    QCOMPARE(canonicalDump(a().store()), canonicalDump(b().store()));

    // A teammate renames a stage; a device that joins afterwards brings its own default copy,
    // which is older than any edit: the rename stays, on the newcomer too.
    auto pipeline = a().store().pipelines().defaultPipeline();
    VERIFY_OK(pipeline);
    const QString stageId = pipeline->stages.first().meta.id;
    RowChange rename { QStringLiteral("stage"), stageId, 1, a().store().clock().now(),
                       QCborMap { { QStringLiteral("name_en"), QStringLiteral("Discovery") } } };
    QVERIFY(m_relay.push({ remoteChange(newId(), 1, rename) }) == 1);
    m_replicas.push_back(std::make_unique<TestReplica>(m_time, 0));
    QVERIFY(m_replicas.back()->create().isEmpty());
    VERIFY_OK(syncAll());
    for (auto &replica : m_replicas) {
        auto pipelines = replica->store().pipelines().all();
        VERIFY_OK(pipelines);
        QCOMPARE(pipelines->size(), 1);
        QCOMPARE(field(*replica, QStringLiteral("stage"), stageId, QStringLiteral("name_en")),
                 QStringLiteral("Discovery"));
    }
    QCOMPARE(canonicalDump(a().store()), canonicalDump(m_replicas.back()->store()));
}

QTEST_GUILESS_MAIN(tst_ReplicaStore)
#include "tst_replicastore.moc"
