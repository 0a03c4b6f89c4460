// Proves that replicas converge whatever happens between them: for each seed, 3–5 real encrypted
// stores with clocks skewed by up to ±10 minutes make random creates, edits, deletes and
// re-creates of contacts, companies, deals and tags through the services, while an in-process
// relay orders their transactions. Replicas go offline for many steps, get batches twice or old
// batches again, crash between push and acknowledge, and are closed and reopened from disk.
// At the end, after a full exchange:
// - every replica holds the same rows and values (canonical dump of every synced table) and the
//   same search documents for them;
// - every pushed row exists with the highest causal length any device gave it;
// - no pushed write is lost silently: each field write is the final value, or was replaced by a
//   later write of its own site, or by a write whose writer had it (the write names it as the
//   value it replaced, and names only writes that exist and came before it), or is in some
//   replica's conflict log.
// OMNICRM_CONVERGENCE_SEEDS=1000 runs more seeds (default 200); OMNICRM_CONVERGENCE_FIRST_SEED
// starts elsewhere, to replay one failure.
#include "mergerules.h"
#include "replicatestsupport.h"

#include <QCborArray>
#include <QCborMap>
#include <QRandomGenerator>
#include <QTest>

using namespace OmniCrm;
using namespace OmniCrm::Test;

namespace {

#define TRY_OR_DETAIL(expr)                                                                                  \
    do {                                                                                                     \
        const Status try_status_ = (expr);                                                                   \
        if (!try_status_.ok())                                                                               \
            return try_status_.error().detail;                                                               \
    } while (false)

constexpr qint64 kMaxSkewMs = 10 * 60 * 1000;
constexpr int kStepsPerSeed = 36;

const QStringList kNames = { QStringLiteral("محمد"),  QStringLiteral("سارة"),    QStringLiteral("Omar"),
                             QStringLiteral("Layla"), QStringLiteral("عبدالله"), QStringLiteral("Noura") };
const QStringList kCities
    = { QStringLiteral("الرياض"), QStringLiteral("Jeddah"), QStringLiteral("الدمام"), {} };
const QStringList kTags
    = { QStringLiteral("VIP"), QStringLiteral("vip"), QStringLiteral("عميل مهم"), QStringLiteral("Gold") };

/// A failed service call that random operations may cause (editing a row this replica never
/// saw, a deal whose contact was deleted) is skipped; anything else fails the seed.
bool expectedRefusal(const Error &error)
{
    return error.code == ErrorCode::NotFound || error.code == ErrorCode::InvalidArgument
        || error.code == ErrorCode::MissingField;
}

class World
{
public:
    explicit World(quint32 seed)
        : m_rng(seed)
    {
    }

    QString run()
    {
        const int replicas = 3 + int(m_rng.bounded(3));
        for (int i = 0; i < replicas; ++i) {
            const qint64 skew = qint64(m_rng.bounded(2 * kMaxSkewMs + 1)) - kMaxSkewMs;
            m_replicas.push_back(std::make_unique<TestReplica>(m_time, skew));
            m_offline.push_back(0);
            const QString error = m_replicas.back()->create();
            if (!error.isEmpty())
                return error;
        }
        for (int step = 0; step < kStepsPerSeed; ++step) {
            m_time.nowMs += qint64(m_rng.bounded(4000));
            const int r = int(m_rng.bounded(int(m_replicas.size())));
            const Status done = act(r);
            if (!done.ok())
                return QStringLiteral("step %1 on replica %2: %3").arg(step).arg(r).arg(done.error().detail);
        }
        for (int round = 0; round < 3; ++round) {
            for (auto &replica : m_replicas) {
                TRY_OR_DETAIL(pushAll(replica->replica(), m_relay));
                TRY_OR_DETAIL(pullAll(replica->replica(), m_relay));
            }
        }
        return check();
    }

private:
    int pick(int n) { return int(m_rng.bounded(n)); }
    bool chance(int percent) { return int(m_rng.bounded(100)) < percent; }
    template <typename T> const T &any(const QList<T> &list) { return list.at(pick(int(list.size()))); }

    Status act(int r)
    {
        TestReplica &replica = *m_replicas[r];
        if (m_offline[r] > 0)
            --m_offline[r];
        const int roll = pick(100);
        if (roll < 14)
            return m_offline[r] > 0 ? Status() : syncOnce(replica);
        if (roll < 18) {
            m_offline[r] = 5 + pick(15); // a partition: many steps without the server
            return {};
        }
        if (roll < 21)
            return reopen(replica);
        return service(replica, roll);
    }

    Status reopen(TestReplica &replica)
    {
        const QString error = replica.reopen();
        return error.isEmpty() ? Status() : Error::make(ErrorCode::Io, error);
    }

    Status syncOnce(TestReplica &replica)
    {
        ReplicaStore *store = &replica.replica();
        auto pending = store->pending(1 + pick(6));
        if (!pending)
            return pending.error();
        if (!pending->isEmpty()) {
            const qint64 acked = m_relay.push(*pending);
            if (chance(15)) {
                // Crash between push and acknowledge: the outbox still has them; the relay's
                // (site, localSeq) check drops the second push.
                OMNICRM_TRY(reopen(replica));
                store = &replica.replica();
            } else {
                OMNICRM_TRY(store->acknowledge(acked));
            }
        }
        const int batch = 1 + pick(8);
        const QList<SyncTransaction> transactions = m_relay.pull(store->cursor(), batch);
        if (!transactions.isEmpty()) {
            auto applied = store->apply(transactions);
            if (!applied)
                return applied.error();
            if (chance(20)) { // delivered twice
                auto again = store->apply(transactions);
                if (!again)
                    return again.error();
                if (again->transactions != 0)
                    return Error::make(ErrorCode::Conflict,
                                       QStringLiteral("a duplicate delivery was applied again"));
            }
        }
        if (chance(15) && store->cursor() > 0) { // an old batch again, after newer ones
            const int from = pick(int(store->cursor()));
            auto stale = store->apply(m_relay.pull(from, std::min(batch, int(store->cursor()) - from)));
            if (!stale)
                return stale.error();
            if (stale->transactions != 0)
                return Error::make(ErrorCode::Conflict, QStringLiteral("a stale delivery was applied again"));
        }
        return {};
    }

    QStringList ids(TestReplica &replica, const QString &table, bool aliveOnly = false)
    {
        auto stmt = replica.store().database().prepare(
            QStringLiteral("SELECT id FROM %1 %2 ORDER BY id")
                .arg(table, aliveOnly ? QStringLiteral("WHERE cl % 2 = 1") : QString()));
        QStringList out;
        if (!stmt)
            return out;
        while (true) {
            auto row = stmt->step();
            if (!row || !*row)
                return out;
            out.append(stmt->text(0));
        }
    }

    QStringList randomTags()
    {
        QStringList tags;
        for (const QString &tag : kTags) {
            if (chance(25))
                tags.append(tag);
        }
        return tags;
    }

    Status service(TestReplica &replica, int roll)
    {
        CrmStore &store = replica.store();
        const Status done = [&]() -> Status {
            if (roll < 36) {
                ContactDraft draft;
                draft.fullName = any(kNames) + u' ' + QString::number(pick(1000));
                draft.city = any(kCities);
                draft.tags = randomTags();
                if (chance(30))
                    draft.phones = { PhoneDraft { QStringLiteral("05%1").arg(50000000 + pick(9999999)) } };
                auto id = store.contacts().create(draft);
                return id ? Status() : Status(id.error());
            }
            if (roll < 62)
                return editContact(replica);
            if (roll < 70) {
                const QStringList contacts = ids(replica, QStringLiteral("contact"));
                if (contacts.isEmpty())
                    return {};
                const QString id = any(contacts);
                return chance(60) ? store.contacts().remove(id) : store.contacts().restore(id);
            }
            if (roll < 80) {
                const QStringList companies = ids(replica, QStringLiteral("company"));
                CompanyDraft draft;
                draft.name = QStringLiteral("شركة ") + QString::number(pick(50));
                draft.city = any(kCities);
                draft.notes = chance(50) ? QStringLiteral("note %1").arg(pick(100)) : QString();
                if (companies.isEmpty() || chance(35)) {
                    auto id = store.companies().create(draft);
                    return id ? Status() : Status(id.error());
                }
                const QString id = any(companies);
                if (chance(20))
                    return chance(60) ? store.companies().remove(id) : store.companies().restore(id);
                return store.companies().update(id, draft);
            }
            return dealOperation(replica);
        }();
        if (!done.ok() && expectedRefusal(done.error()))
            return {};
        return done;
    }

    Status editContact(TestReplica &replica)
    {
        CrmStore &store = replica.store();
        const QStringList contacts = ids(replica, QStringLiteral("contact"));
        if (contacts.isEmpty())
            return {};
        const QString id = any(contacts);
        auto contact = store.contacts().find(id);
        if (!contact)
            return contact.error();
        auto tags = store.contacts().tagsOf(id);
        if (!tags)
            return tags.error();
        ContactDraft draft;
        draft.fullName = contact->fullName;
        draft.companyId = contact->companyId;
        draft.city = contact->city;
        draft.title = contact->title;
        draft.notes = contact->notes;
        draft.tags = *tags;
        for (const ContactPhone &phone : contact->phones)
            draft.phones.append(PhoneDraft { phone.raw, phone.label });
        for (const ContactEmail &email : contact->emails)
            draft.emails.append(email.email);
        switch (pick(6)) {
        case 0:
            draft.fullName = any(kNames) + u' ' + QString::number(pick(1000));
            break;
        case 1:
            draft.city = any(kCities);
            break;
        case 2:
            draft.notes = chance(30) ? QString() : QStringLiteral("notes %1").arg(pick(1000));
            break;
        case 3:
            draft.title = QStringLiteral("title %1").arg(pick(5));
            break;
        case 4:
            draft.tags = randomTags();
            break;
        default: {
            const QStringList companies = ids(replica, QStringLiteral("company"), true);
            draft.companyId = companies.isEmpty() || chance(20) ? QString() : any(companies);
            break;
        }
        }
        return store.contacts().update(id, draft);
    }

    Status dealOperation(TestReplica &replica)
    {
        CrmStore &store = replica.store();
        const QStringList deals = ids(replica, QStringLiteral("deal"));
        if (deals.isEmpty() || chance(35)) {
            DealDraft draft;
            draft.title = QStringLiteral("صفقة %1").arg(pick(100));
            draft.amountMinor = 100 * pick(100000);
            const QStringList contacts = ids(replica, QStringLiteral("contact"), true);
            if (!contacts.isEmpty() && chance(50))
                draft.contactId = any(contacts);
            auto id = store.deals().create(draft);
            return id ? Status() : Status(id.error());
        }
        const QString id = any(deals);
        if (chance(20))
            return chance(60) ? store.deals().remove(id) : store.deals().restore(id);
        auto deal = store.deals().find(id);
        if (!deal)
            return deal.error();
        DealDraft draft;
        draft.title = chance(50) ? QStringLiteral("صفقة %1").arg(pick(100)) : deal->title;
        draft.pipelineId = deal->pipelineId;
        draft.stageId = deal->stageId;
        draft.contactId = deal->contactId;
        draft.companyId = deal->companyId;
        draft.amountMinor = chance(50) ? 100 * pick(100000) : deal->amountMinor;
        draft.currency = deal->currency;
        return store.deals().update(id, draft);
    }

    struct FieldWrite
    {
        QVariant value;
        quint64 hlc = 0;
        QString site;
        int order = 0;
        std::optional<FieldStamp> replaced; // what its writer had when it wrote
    };

    QString check()
    {
        const QString reference = canonicalDump(m_replicas.front()->store());
        if (reference.startsWith(u"error"))
            return reference;
        const QString searched = searchDump(m_replicas.front()->store());
        if (searched.startsWith(u"error"))
            return searched;
        for (size_t i = 1; i < m_replicas.size(); ++i) {
            const QString other = searchDump(m_replicas[i]->store());
            if (other != searched)
                return QStringLiteral("replica %1 indexes differently from replica 0:\n%2")
                    .arg(i)
                    .arg(firstDifference(searched, other));
        }
        for (size_t i = 1; i < m_replicas.size(); ++i) {
            const QString dump = canonicalDump(m_replicas[i]->store());
            if (dump != reference)
                return QStringLiteral("replica %1 differs from replica 0:\n%2")
                    .arg(i)
                    .arg(firstDifference(reference, dump));
        }

        // Every write the relay holds, per field; the highest causal length per row.
        QHash<QString, QList<FieldWrite>> writes; // "table|row|column"
        QHash<QString, qint64> lengths; // "table|row"
        int order = 0;
        for (const SyncTransaction &tx : m_relay.log()) {
            for (const RowChange &row : tx.rows) {
                qint64 &length = lengths[row.table + u'|' + row.rowId];
                length = std::max(length, row.causalLength);
                for (auto it = row.fields.constBegin(); it != row.fields.constEnd(); ++it) {
                    const QString column = it.key().toString();
                    if (column == u"id" || column == u"cl")
                        continue;
                    std::optional<FieldStamp> replaced;
                    if (const QCborArray was = row.replaced.value(column).toArray(); !was.isEmpty())
                        replaced = FieldStamp { quint64(was.at(0).toInteger()), was.at(1).toString() };
                    writes[row.table + u'|' + row.rowId + u'|' + column].append(
                        FieldWrite { syncValueFromCbor(it.value()), row.hlc, tx.siteId, order++, replaced });
                }
            }
        }
        // A replaced clock names a change of that row that came before it (or the row's creation).
        QSet<QString> stamps; // "table|row|hlc|site"
        for (const SyncTransaction &tx : m_relay.log())
            for (const RowChange &row : tx.rows)
                stamps.insert(row.table + u'|' + row.rowId + u'|' + QString::number(row.hlc) + u'|'
                              + tx.siteId);
        for (auto it = writes.constBegin(); it != writes.constEnd(); ++it) {
            const QString rowKey = it.key().section(u'|', 0, 1);
            for (const FieldWrite &write : it.value()) {
                if (!write.replaced || write.replaced->hlc == 0) // 0: rows every device creates alike
                    continue;
                if (write.replaced->hlc >= write.hlc
                    || !stamps.contains(rowKey + u'|' + QString::number(write.replaced->hlc) + u'|'
                                        + write.replaced->site))
                    return QStringLiteral("%1: the write %2 of site %3 says it replaced %4 of site %5, "
                                          "which no earlier change of the row wrote")
                        .arg(it.key(), valueText(write.value), write.site)
                        .arg(write.replaced->hlc)
                        .arg(write.replaced->site);
            }
        }
        QSet<QString> logged; // "table|row|column|value"
        for (auto &replica : m_replicas) {
            auto conflicts = SyncRepository(replica->store().database()).conflicts(1000000, true);
            if (!conflicts)
                return conflicts.error().detail;
            for (const ConflictRecord &c : *conflicts)
                logged.insert(c.table + u'|' + c.rowId + u'|' + c.column + u'|' + valueText(c.losingValue));
        }
        SyncRepository reference0(m_replicas.front()->store().database());
        for (auto it = lengths.constBegin(); it != lengths.constEnd(); ++it) {
            const QStringList key = it.key().split(u'|');
            auto row = reference0.row(key[0], key[1], {});
            if (!row)
                return row.error().detail;
            if (!row->exists || row->causalLength != it.value())
                return QStringLiteral("%1 %2: causal length %3, pushed %4")
                    .arg(key[0], key[1])
                    .arg(row->causalLength)
                    .arg(it.value());
        }
        for (auto it = writes.constBegin(); it != writes.constEnd(); ++it) {
            const QStringList key = it.key().split(u'|');
            auto row = reference0.row(key[0], key[1], { key[2] });
            if (!row)
                return row.error().detail;
            const QString final = valueText(row->values.value(key[2]));
            for (const FieldWrite &write : it.value()) {
                if (valueText(write.value) == final)
                    continue;
                const bool ownLater
                    = std::any_of(it.value().begin(), it.value().end(), [&](const FieldWrite &w) {
                          return w.site == write.site && w.order > write.order && w.hlc >= write.hlc;
                      });
                if (ownLater)
                    continue;
                const bool seenByLater
                    = std::any_of(it.value().begin(), it.value().end(), [&](const FieldWrite &w) {
                          return w.replaced && w.replaced->hlc == write.hlc && w.replaced->site == write.site;
                      });
                if (seenByLater)
                    continue;
                if (!logged.contains(it.key() + u'|' + valueText(write.value)))
                    return QStringLiteral(
                               "%1: the write %2 of site %3 is gone and in no conflict log (final %4)")
                        .arg(it.key(), valueText(write.value), write.site, final);
            }
        }
        return {};
    }

    static QString valueText(const QVariant &value)
    {
        return value.isNull() ? QStringLiteral("∅") : value.toString();
    }

    /// The lines only one side has (a few of them), for the failure message.
    static QString firstDifference(const QString &a, const QString &b)
    {
        const QStringList left = a.split(u'\n');
        const QStringList right = b.split(u'\n');
        QStringList out;
        for (const QString &line : left) {
            if (!right.contains(line) && out.size() < 6)
                out.append(u"- " + line);
        }
        for (const QString &line : right) {
            if (!left.contains(line) && out.size() < 12)
                out.append(u"+ " + line);
        }
        return out.join(u'\n');
    }

    QRandomGenerator m_rng;
    SimulatedTime m_time;
    Relay m_relay;
    std::vector<std::unique_ptr<TestReplica>> m_replicas;
    std::vector<int> m_offline;
};

} // namespace

class tst_Convergence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomHistoriesConverge_data();
    void randomHistoriesConverge();
};

void tst_Convergence::randomHistoriesConverge_data()
{
    // Rows of 50 seeds each, so a long run stays under QtTest's per-function watchdog.
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("count");
    const int seeds = qEnvironmentVariableIsSet("OMNICRM_CONVERGENCE_SEEDS")
        ? qEnvironmentVariableIntValue("OMNICRM_CONVERGENCE_SEEDS")
        : 200;
    const int start = qEnvironmentVariableIntValue("OMNICRM_CONVERGENCE_FIRST_SEED");
    for (int first = start; first < start + seeds; first += 50) {
        const int count = std::min(50, start + seeds - first);
        QTest::addRow("seeds %d-%d", first, first + count - 1) << first << count;
    }
}

void tst_Convergence::randomHistoriesConverge()
{
    QFETCH(int, first);
    QFETCH(int, count);
    for (int seed = first; seed < first + count; ++seed) {
        World world { quint32(seed) };
        const QString failure = world.run();
        QVERIFY2(failure.isEmpty(), why(QStringLiteral("seed %1: %2").arg(seed).arg(failure)));
    }
}

QTEST_GUILESS_MAIN(tst_Convergence)
#include "tst_convergence.moc"
