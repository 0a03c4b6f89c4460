// Proves ConflictService: a value that lost to another device's concurrent edit is listed with
// both values, and restore() writes it back as a new local change that syncs everywhere.
#include "conflictservice.h"
#include "replicatestsupport.h"

#include <QTest>

using namespace OmniCrm;
using namespace OmniCrm::Test;

#define VERIFY_OK(expr)                                                                                      \
    do {                                                                                                     \
        const auto &verify_result_ = (expr);                                                                 \
        QVERIFY2(verify_result_.ok(), why(verify_result_));                                                  \
    } while (false)

class tst_ConflictService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_replicas.clear(); }

    void losingEditIsListedAndRestoredEverywhere();
    void restoreBringsBackTheWholeLosingWrite();
    void unknownOrRestoredConflictIsAnError();

private:
    Status syncAll()
    {
        for (int round = 0; round < 2; ++round) {
            for (auto &replica : m_replicas) {
                OMNICRM_TRY(pushAll(replica->replica(), m_relay));
                OMNICRM_TRY(pullAll(replica->replica(), m_relay));
            }
        }
        return {};
    }
    Status rename(TestReplica &replica, const QString &id, const QString &name, const QString &title)
    {
        ContactDraft draft;
        draft.fullName = name;
        draft.title = title;
        return replica.store().contacts().update(id, draft);
    }
    /// Creates a contact on A, then A and B edit it concurrently, B last: A's edit loses.
    QString concurrentEdits()
    {
        ContactDraft draft;
        draft.fullName = QStringLiteral("Ahmed");
        auto id = a().store().contacts().create(draft);
        if (!id || !syncAll().ok())
            return {};
        if (!rename(a(), *id, QStringLiteral("Ahmed Alqahtani"), QStringLiteral("CEO")).ok())
            return {};
        m_time.nowMs += 60 * 1000;
        if (!rename(b(), *id, QStringLiteral("Ahmad"), QStringLiteral("CFO")).ok() || !syncAll().ok())
            return {};
        return *id;
    }
    TestReplica &a() { return *m_replicas[0]; }
    TestReplica &b() { return *m_replicas[1]; }

    SimulatedTime m_time;
    Relay m_relay;
    std::vector<std::unique_ptr<TestReplica>> m_replicas;
};

void tst_ConflictService::init()
{
    m_time = SimulatedTime();
    m_relay = Relay();
    m_replicas.clear();
    for (int i = 0; i < 2; ++i) {
        m_replicas.push_back(std::make_unique<TestReplica>(m_time, 0));
        QVERIFY(m_replicas.back()->create().isEmpty());
    }
}

void tst_ConflictService::losingEditIsListedAndRestoredEverywhere()
{
    const QString id = concurrentEdits();
    QVERIFY(!id.isEmpty());
    ConflictService conflicts(a().store());
    auto list = conflicts.list();
    VERIFY_OK(list);
    const auto title = std::find_if(list->begin(), list->end(),
                                    [](const ConflictRecord &c) { return c.column == u"title"; });
    QVERIFY(title != list->end());
    QCOMPARE(title->table, QStringLiteral("contact"));
    QCOMPARE(title->rowId, id);
    QCOMPARE(title->losingValue.toString(), QStringLiteral("CEO"));
    QCOMPARE(title->winningValue.toString(), QStringLiteral("CFO"));
    QCOMPARE(title->losingSite, a().site());
    QCOMPARE(title->winningSite, b().site());
    QVERIFY(title->winningHlc > title->losingHlc);
    QCOMPARE(a().store().contacts().find(id)->title, QStringLiteral("CFO"));

    VERIFY_OK(conflicts.restore(title->id));
    QCOMPARE(a().store().contacts().find(id)->title, QStringLiteral("CEO"));
    auto pending = a().replica().pending(10);
    VERIFY_OK(pending);
    QCOMPARE(pending->size(), 1); // a new local change, captured like an edit
    VERIFY_OK(syncAll());
    QCOMPARE(b().store().contacts().find(id)->title, QStringLiteral("CEO"));

    auto open = conflicts.list();
    VERIFY_OK(open);
    QVERIFY(
        std::none_of(open->begin(), open->end(), [&](const ConflictRecord &c) { return c.id == title->id; }));
    auto all = conflicts.list(100, true);
    VERIFY_OK(all);
    QVERIFY(std::any_of(all->begin(), all->end(),
                        [&](const ConflictRecord &c) { return c.id == title->id && c.restoredAt; }));
}

void tst_ConflictService::restoreBringsBackTheWholeLosingWrite()
{
    const QString id = concurrentEdits();
    QVERIFY(!id.isEmpty());
    ConflictService conflicts(a().store());
    auto list = conflicts.list();
    VERIFY_OK(list);
    const auto name = std::find_if(list->begin(), list->end(),
                                   [](const ConflictRecord &c) { return c.column == u"full_name"; });
    QVERIFY(name != list->end());
    VERIFY_OK(conflicts.restore(name->id));
    auto contact = a().store().contacts().find(id);
    VERIFY_OK(contact);
    QCOMPARE(contact->fullName, QStringLiteral("Ahmed Alqahtani"));
    QCOMPARE(contact->title, QStringLiteral("CEO")); // same losing write, restored with it
    auto hits = a().store().search().search(QStringLiteral("Alqahtani"), 10);
    VERIFY_OK(hits);
    QVERIFY(std::any_of(hits->begin(), hits->end(), [&](const SearchResult &r) { return r.id == id; }));
    auto open = conflicts.list();
    VERIFY_OK(open);
    QVERIFY(open->isEmpty());
}

void tst_ConflictService::unknownOrRestoredConflictIsAnError()
{
    ConflictService conflicts(a().store());
    const Status missing = conflicts.restore(QStringLiteral("00000000-0000-7000-8000-000000000000"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);

    QVERIFY(!concurrentEdits().isEmpty());
    auto list = conflicts.list();
    VERIFY_OK(list);
    QVERIFY(!list->isEmpty());
    VERIFY_OK(conflicts.restore(list->first().id));
    const Status twice = conflicts.restore(list->first().id);
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().code, ErrorCode::Conflict);
}

QTEST_GUILESS_MAIN(tst_ConflictService)
#include "tst_conflictservice.moc"
