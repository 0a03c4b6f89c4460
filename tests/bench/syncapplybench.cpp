// Sync merge benchmark, run on demand (never in CTest):
//   syncapplybench [dir]
// 1. apply: 100,000 remote field changes (10,000 new contacts × 10 fields, 100 transactions of
//    100 rows) merged into an empty encrypted store, in pulls of 20 transactions;
// 2. re-apply: the same changes as edits with newer clocks onto the existing rows;
// 3. pending: 100,000 outbox rows (100,000 contacts written locally, 1,000 per unit of work)
//    read back as transactions by pending().
#include "crmstore.h"
#include "replicastore.h"
#include "uuid7.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace OmniCrm;

namespace {

constexpr int kContacts = 10000;
constexpr int kRowsPerTransaction = 100;
constexpr int kTransactionsPerPull = 20;
constexpr int kLocalContacts = 100000;

QList<SyncTransaction> remoteTransactions(const QString &site, const QStringList &ids, quint64 hlc,
                                          const QString &suffix, bool insert)
{
    QList<SyncTransaction> transactions;
    for (int first = 0; first < ids.size(); first += kRowsPerTransaction) {
        SyncTransaction tx;
        tx.siteId = site;
        tx.localSeq = transactions.size() + 1 + (insert ? 0 : 1000000);
        tx.txId = newId();
        tx.hlc = hlc;
        for (int i = first; i < std::min<int>(first + kRowsPerTransaction, ids.size()); ++i) {
            QCborMap fields;
            if (insert)
                fields.insert(QStringLiteral("id"), ids[i]);
            fields.insert(QStringLiteral("full_name"), QStringLiteral("عميل %1 %2").arg(i).arg(suffix));
            fields.insert(QStringLiteral("sort_key"), QStringLiteral("عميل %1 %2").arg(i).arg(suffix));
            fields.insert(QStringLiteral("first_name"), QStringLiteral("عميل"));
            fields.insert(QStringLiteral("last_name"), QString::number(i));
            fields.insert(QStringLiteral("city"), QString(QStringLiteral("الرياض ") + suffix));
            fields.insert(QStringLiteral("country"), QStringLiteral("SA"));
            fields.insert(QStringLiteral("title"), QString(QStringLiteral("Manager ") + suffix));
            fields.insert(QStringLiteral("source"), QStringLiteral("bench"));
            fields.insert(QStringLiteral("notes"), QString(QStringLiteral("note ") + suffix));
            fields.insert(QStringLiteral("created_at"), qint64(1767225600000));
            tx.rows.append(RowChange { QStringLiteral("contact"), ids[i], 1, hlc, fields });
        }
        transactions.append(tx);
    }
    return transactions;
}

double applyAll(ReplicaStore &replica, QList<SyncTransaction> transactions, qint64 &serverSeq, int &fields)
{
    for (SyncTransaction &tx : transactions)
        tx.serverSeq = ++serverSeq;
    QElapsedTimer timer;
    timer.start();
    for (int first = 0; first < transactions.size(); first += kTransactionsPerPull) {
        auto report = replica.apply(transactions.mid(first, kTransactionsPerPull));
        if (!report)
            qFatal("apply failed: %s", qPrintable(report.error().detail));
        fields += report->fieldsWritten;
    }
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir temp;
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : temp.path();
    QTextStream out(stdout);
    const DatabaseKey key { QByteArray(32, 'b') };

    {
        auto store = CrmStore::openFile(dir + QStringLiteral("/apply.db"), key, OpenMode::Create);
        if (!store)
            qFatal("%s", qPrintable(store.error().detail));
        ReplicaStore replica(**store);
        const QString site = newId();
        QStringList ids;
        for (int i = 0; i < kContacts; ++i)
            ids.append(newId());
        const quint64 hlc = (*store)->clock().now();
        qint64 serverSeq = 0;
        int fields = 0;
        const double insertMs = applyAll(
            replica, remoteTransactions(site, ids, hlc + 1, QStringLiteral("a"), true), serverSeq, fields);
        out << "apply (new rows): " << fields << " fields in " << insertMs << " ms, "
            << qint64(fields / (insertMs / 1000.0)) << " fields/s\n";
        fields = 0;
        const double editMs = applyAll(
            replica, remoteTransactions(site, ids, hlc + 2, QStringLiteral("b"), false), serverSeq, fields);
        out << "apply (edits of existing rows): " << fields << " fields in " << editMs << " ms, "
            << qint64(fields / (editMs / 1000.0)) << " fields/s\n";
        out.flush();
    }
    {
        auto store = CrmStore::openFile(dir + QStringLiteral("/pending.db"), key, OpenMode::Create);
        if (!store)
            qFatal("%s", qPrintable(store.error().detail));
        ReplicaStore replica(**store);
        (void)replica.acknowledge(replica.pending(1)->value(0).localSeq); // the default pipeline
        QElapsedTimer timer;
        timer.start();
        for (int first = 0; first < kLocalContacts; first += 1000) {
            const Status done = inUnitOfWork((*store)->changeLog(), [&](UnitOfWork &work) -> Status {
                for (int i = first; i < first + 1000; ++i) {
                    Contact contact;
                    contact.fullName = QStringLiteral("عميل %1").arg(i);
                    contact.city = QStringLiteral("الرياض");
                    auto rowId = (*store)->contacts().insert(contact, {}, {}, work);
                    if (!rowId)
                        return rowId.error();
                }
                return {};
            });
            if (!done.ok())
                qFatal("%s", qPrintable(done.error().detail));
        }
        out << "write " << kLocalContacts << " contacts locally: " << timer.elapsed() << " ms\n";
        timer.restart();
        auto pending = replica.pending(1000000);
        if (!pending)
            qFatal("%s", qPrintable(pending.error().detail));
        qint64 rows = 0;
        for (const SyncTransaction &tx : *pending)
            rows += tx.rows.size();
        out << "pending(): " << pending->size() << " transactions, " << rows << " rows in " << timer.elapsed()
            << " ms\n";
    }
    return 0;
}
