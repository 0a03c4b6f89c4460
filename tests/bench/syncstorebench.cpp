// omnicrm-syncstorebench: sync between real encrypted stores through a real server on 127.0.0.1
// (issue 4), run on demand, never in CTest. Server, client A and client B each run on their own
// thread, as they would on their own machines.
//  1. inserts: A commits N field changes (new contacts), then "edits": A changes N fields of
//     those contacts. Timed from "A's changes are committed" to "B has applied them all", with
//     the split: A's outbox reads and acknowledgements, the server's busy time (frames, storage,
//     pokes), B's apply, and B's other busy time (reading the changes frames).
//  2. snapshot: a team's data (contacts with a phone and an e-mail each, companies, deals; R rows)
//     pushed by another store, then synced into an empty encrypted store C (the snapshot path).
// Usage: omnicrm-syncstorebench [--fields N] [--rows-per-tx N] [--snapshot-rows R]
//                               [--database postgres://…] [--only sync|snapshot]
#include "recordtable.h"
#include "syncsite.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace OmniCrm;
using namespace OmniCrm::Bench;

namespace {

const QString kPassword = QStringLiteral("bench-password");

void say(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QString ms(qint64 ns)
{
    return QString::number(double(ns) / 1e6, 'f', 0) + QStringLiteral(" ms");
}

void check(const Status &status, const char *what)
{
    if (!status.ok())
        qFatal("%s: %s", what, qPrintable(status.error().detail));
}

SyncClientConfig clientConfig(int port, const QString &tenant, const QString &email)
{
    SyncClientConfig config;
    config.url = QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(port));
    config.tenant = tenant;
    config.email = email;
    config.password = kPassword;
    return config;
}

Contact benchContact(int i)
{
    Contact contact;
    contact.fullName = QStringLiteral("عميل رقم %1").arg(i);
    contact.firstName = QStringLiteral("عميل");
    contact.lastName = QStringLiteral("رقم %1").arg(i);
    contact.title = QStringLiteral("مدير مبيعات");
    contact.city = QStringLiteral("الرياض");
    contact.country = QStringLiteral("SA");
    contact.address = QStringLiteral("حي العليا، شارع %1").arg(i % 300);
    contact.website = QStringLiteral("https://example-%1.sa").arg(i % 5000);
    contact.source = QStringLiteral("bench");
    contact.notes = QStringLiteral("ملاحظة عن العميل %1").arg(i);
    return contact;
}

/// The outbox after a write: transactions, fields and the last localSeq.
struct Outbox
{
    qint64 transactions = 0;
    qint64 rows = 0;
    qint64 fields = 0;
    qint64 lastSeq = 0;
};

Outbox readOutbox(ClientSite &site)
{
    Outbox outbox;
    site.call([&] {
        auto pending = site.replica().pending(std::numeric_limits<int>::max());
        check(pending ? Status() : Status(pending.error()), "pending");
        for (const SyncTransaction &tx : *pending) {
            ++outbox.transactions;
            outbox.rows += tx.rows.size();
            for (const RowChange &row : tx.rows)
                outbox.fields += row.fields.size();
            outbox.lastSeq = tx.localSeq;
        }
    });
    return outbox;
}

/// Times A → server → B for what A committed last (its whole outbox).
void timeSync(const QString &label, ServerSite &server, ClientSite &a, ClientSite &b)
{
    const Outbox outbox = readOutbox(a);
    const qint64 target = b.replica().appliedCursor + outbox.transactions;
    for (TimedReplica *replica : { &a.replica(), &b.replica() }) {
        replica->pendingNs = 0;
        replica->acknowledgeNs = 0;
        replica->applyNs = 0;
        replica->fieldsWritten = 0;
    }
    server.busy.reset();
    a.busy.reset();
    b.busy.reset();
    QElapsedTimer timer;
    timer.start();
    a.call([&] { a.client().localChangesAvailable(); });
    if (!waitUntil([&] { return a.replica().acknowledged >= outbox.lastSeq; }, 600'000))
        qFatal("%s: A's changes were not acknowledged", qPrintable(label));
    const qint64 pushedNs = timer.nsecsElapsed();
    if (!waitUntil([&] { return b.replica().appliedCursor >= target; }, 600'000))
        qFatal("%s: B did not receive everything", qPrintable(label));
    const qint64 totalNs = timer.nsecsElapsed();
    const qint64 serverNs = server.busy.busyNs();
    const qint64 aNs = a.busy.busyNs();
    const qint64 bNs = b.busy.busyNs();
    say(QStringLiteral("%1: %2 fields in %3 rows, %4 transactions: A committed → B applied %5 "
                       "(%6 fields/s); A acknowledged after %7")
            .arg(label)
            .arg(outbox.fields)
            .arg(outbox.rows)
            .arg(outbox.transactions)
            .arg(ms(totalNs))
            .arg(qint64(double(outbox.fields) * 1e9 / double(totalNs)))
            .arg(ms(pushedNs)));
    say(QStringLiteral("  split (CPU time per thread; they overlap): push: A outbox reads %1, acks %2, "
                       "A other %3 | server %4 | pull: B frames %5 | apply %6 (%7 fields written)")
            .arg(ms(a.replica().pendingNs))
            .arg(ms(a.replica().acknowledgeNs))
            .arg(ms(aNs - a.replica().pendingNs - a.replica().acknowledgeNs))
            .arg(ms(serverNs))
            .arg(ms(bNs - b.replica().applyNs))
            .arg(ms(b.replica().applyNs))
            .arg(b.replica().fieldsWritten.load()));
}

void verifySame(ClientSite &a, ClientSite &b, const QStringList &ids)
{
    for (qsizetype i = 0; i < ids.size(); i += std::max<qsizetype>(1, ids.size() / 50)) {
        Contact left;
        Contact right;
        a.call([&] { left = a.store().contacts().find(ids[i]).value(); });
        b.call([&] {
            auto found = b.store().contacts().find(ids[i]);
            if (!found)
                qFatal("B lacks contact %s", qPrintable(ids[i]));
            right = *found;
        });
        if (left.fullName != right.fullName || left.title != right.title || left.notes != right.notes)
            qFatal("A and B differ on contact %s", qPrintable(ids[i]));
    }
}

void runSync(ServerSite &server, const QString &dir, int fields, int rowsPerTx)
{
    check(
        [&] {
            Status added;
            server.call([&] {
                added = server.addUser(QStringLiteral("bench"), QStringLiteral("a@bench.sa"), kPassword);
            });
            return added;
        }(),
        "add user");
    const SyncClientConfig config
        = clientConfig(server.port, QStringLiteral("bench"), QStringLiteral("a@bench.sa"));
    ClientSite a(dir + QStringLiteral("/a.db"), config);
    ClientSite b(dir + QStringLiteral("/b.db"), config);
    for (ClientSite *site : { &a, &b }) {
        site->startAndWait();
        if (!site->openError.isEmpty())
            qFatal("store: %s", qPrintable(site->openError));
        site->call([site] { site->client().start(); });
    }
    if (!waitUntil([&] { return a.upToDate && b.upToDate; }, 60'000))
        qFatal("clients did not connect");

    // Inserts: new contacts, every column set, until `fields` fields are in the outbox.
    QStringList ids;
    a.call([&] {
        qint64 written = 0;
        int next = 0;
        while (written < fields) {
            check(inUnitOfWork(a.store().changeLog(),
                               [&](UnitOfWork &work) -> Status {
                                   for (int i = 0; i < rowsPerTx; ++i) {
                                       Contact contact = benchContact(next++);
                                       auto rowId = a.store().contacts().insert(contact, {}, {}, work);
                                       if (!rowId)
                                           return rowId.error();
                                       ids.append(contact.meta.id);
                                   }
                                   return {};
                               }),
                  "insert contacts");
            auto pending = a.replica().pending(std::numeric_limits<int>::max());
            written = 0;
            for (const SyncTransaction &tx : *pending)
                for (const RowChange &row : tx.rows)
                    written += row.fields.size();
        }
    });
    timeSync(QStringLiteral("inserts"), server, a, b);
    verifySame(a, b, ids);

    // Edits: thirteen columns of the same contacts (as many fields as their inserts carried).
    a.call([&] {
        RecordTable table(a.store().database(), QStringLiteral("contact"));
        const int perRow = 13;
        const int rows = std::min<int>(int(ids.size()), (fields + perRow - 1) / perRow);
        for (int first = 0; first < rows; first += rowsPerTx) {
            check(inUnitOfWork(
                      a.store().changeLog(),
                      [&](UnitOfWork &work) -> Status {
                          for (int i = first; i < std::min(rows, first + rowsPerTx); ++i) {
                              const QString name = QStringLiteral("عميل معدّل %1").arg(i);
                              const Fields changed {
                                  { QStringLiteral("full_name"), name },
                                  { QStringLiteral("sort_key"), name },
                                  { QStringLiteral("first_name"), QStringLiteral("عميل معدّل") },
                                  { QStringLiteral("last_name"), QString::number(i) },
                                  { QStringLiteral("title"), QStringLiteral("مدير عام") },
                                  { QStringLiteral("city"), QStringLiteral("جدة") },
                                  { QStringLiteral("country"), QStringLiteral("AE") },
                                  { QStringLiteral("primary_phone"),
                                    QStringLiteral("+9715%1").arg(i, 8, 10, QLatin1Char('0')) },
                                  { QStringLiteral("primary_email"), QStringLiteral("c%1@new.ae").arg(i) },
                                  { QStringLiteral("address"), QStringLiteral("حي الروضة %1").arg(i) },
                                  { QStringLiteral("website"), QStringLiteral("https://new-%1.sa").arg(i) },
                                  { QStringLiteral("source"), QStringLiteral("bench-edit") },
                                  { QStringLiteral("notes"), QStringLiteral("ملاحظة جديدة %1").arg(i) },
                              };
                              OMNICRM_TRY(table.update(ids[i], changed, work));
                          }
                          return {};
                      }),
                  "edit contacts");
        }
    });
    timeSync(QStringLiteral("edits"), server, a, b);
    verifySame(a, b, ids);
    for (ClientSite *site : { &a, &b })
        site->call([site] { site->client().stop(); });
}

/// A team's data in one store: companies, contacts with a phone and an e-mail, deals.
void writeTeamData(CrmStore &store, int rows)
{
    const int companies = rows / 20;
    const int contacts = rows / 4;
    const int deals = rows - companies - 3 * contacts;
    const Pipeline pipeline = store.pipelines().defaultPipeline().value();
    const QString stage = pipeline.stages.first().meta.id;
    QStringList companyIds;
    QStringList contactIds;
    const auto inChunks = [&](int count, const std::function<Status(int, UnitOfWork &)> &one) {
        for (int first = 0; first < count; first += 500)
            check(inUnitOfWork(store.changeLog(),
                               [&](UnitOfWork &work) -> Status {
                                   for (int i = first; i < std::min(count, first + 500); ++i)
                                       OMNICRM_TRY(one(i, work));
                                   return {};
                               }),
                  "team data");
    };
    inChunks(companies, [&](int i, UnitOfWork &work) -> Status {
        Company company;
        company.name = QStringLiteral("شركة %1 للتجارة").arg(i);
        company.city = QStringLiteral("الدمام");
        company.country = QStringLiteral("SA");
        company.industry = QStringLiteral("تجزئة");
        auto rowId = store.companies().insert(company, {}, work);
        if (!rowId)
            return rowId.error();
        companyIds.append(company.meta.id);
        return {};
    });
    inChunks(contacts, [&](int i, UnitOfWork &work) -> Status {
        Contact contact = benchContact(i);
        contact.companyId = companyIds.value(i % std::max(1, companies));
        ContactPhone phone;
        phone.e164 = QStringLiteral("+9665%1").arg(i, 8, 10, QLatin1Char('0'));
        phone.national = QStringLiteral("05%1").arg(i, 8, 10, QLatin1Char('0'));
        phone.raw = phone.national;
        phone.isPrimary = true;
        contact.phones.append(phone);
        ContactEmail email;
        email.email = QStringLiteral("client%1@example.sa").arg(i);
        email.isPrimary = true;
        contact.emails.append(email);
        auto rowId = store.contacts().insert(contact, {}, {}, work);
        if (!rowId)
            return rowId.error();
        contactIds.append(contact.meta.id);
        return {};
    });
    inChunks(deals, [&](int i, UnitOfWork &work) -> Status {
        Deal deal;
        deal.title = QStringLiteral("صفقة %1").arg(i);
        deal.pipelineId = pipeline.meta.id;
        deal.stageId = stage;
        deal.contactId = contactIds.value(i % std::max(1, contacts));
        deal.companyId = companyIds.value(i % std::max(1, companies));
        deal.amountMinor = 100'000 + i;
        auto rowId = store.deals().insert(deal, work);
        return rowId ? Status() : Status(rowId.error());
    });
}

void runSnapshot(ServerSite &server, const QString &dir, int rows)
{
    check(
        [&] {
            Status added;
            server.call([&] {
                added = server.addUser(QStringLiteral("snap"), QStringLiteral("a@snap.sa"), kPassword);
            });
            return added;
        }(),
        "add user");
    const SyncClientConfig config
        = clientConfig(server.port, QStringLiteral("snap"), QStringLiteral("a@snap.sa"));
    ClientSite team(dir + QStringLiteral("/team.db"), config);
    team.startAndWait();
    if (!team.openError.isEmpty())
        qFatal("store: %s", qPrintable(team.openError));
    StoreStats expected;
    team.call([&] {
        writeTeamData(team.store(), rows);
        expected = team.store().stats().value();
    });
    const Outbox outbox = readOutbox(team);
    QElapsedTimer timer;
    timer.start();
    team.call([&] { team.client().start(); });
    if (!waitUntil([&] { return team.replica().acknowledged >= outbox.lastSeq; }, 600'000))
        qFatal("the team's data was not pushed");
    say(QStringLiteral("team data: %1 rows (%2 contacts, %3 companies, %4 deals, a phone and an e-mail per "
                       "contact), %5 fields pushed in %6")
            .arg(outbox.rows)
            .arg(expected.contacts)
            .arg(expected.companies)
            .arg(expected.deals)
            .arg(outbox.fields)
            .arg(ms(timer.nsecsElapsed())));
    // Its own pushes come back to it in pulls: let them finish, or they compete with the sync timed below.
    if (!waitUntil([&] { return team.upToDate.load(); }, 600'000))
        qFatal("the team's store did not get up to date");
    team.call([&] { team.client().stop(); });

    ClientSite fresh(dir + QStringLiteral("/fresh.db"), config);
    fresh.startAndWait();
    if (!fresh.openError.isEmpty())
        qFatal("store: %s", qPrintable(fresh.openError));
    server.busy.reset();
    fresh.busy.reset();
    timer.restart();
    fresh.call([&] { fresh.client().syncOnce(); });
    if (!waitUntil([&] { return fresh.finished.load(); }, 600'000) || !fresh.finishedOk)
        qFatal("the initial sync did not finish");
    const qint64 totalNs = timer.nsecsElapsed();
    StoreStats got;
    fresh.call([&] { got = fresh.store().stats().value(); });
    if (got.contacts != expected.contacts || got.companies != expected.companies
        || got.deals < expected.deals)
        qFatal("the new store has %lld contacts, %lld companies, %lld deals", got.contacts, got.companies,
               got.deals);
    const qint64 mergeNs = fresh.replica().snapshotNs + fresh.replica().applyNs;
    say(QStringLiteral("initial sync into an empty encrypted store: %1 rows (%2 fields) in %3 "
                       "(snapshot apply %4, checkpoint apply with the search rebuild %5, server %6, "
                       "client other %7; CPU times, they overlap)")
            .arg(fresh.replica().snapshotRows.load())
            .arg(fresh.replica().fieldsWritten.load())
            .arg(ms(totalNs))
            .arg(ms(fresh.replica().snapshotNs))
            .arg(ms(fresh.replica().applyNs))
            .arg(ms(server.busy.busyNs()))
            .arg(ms(fresh.busy.busyNs() - mergeNs)));
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_NO_GLIB", "1"); // the plain UNIX event dispatcher: its busy time is what we measure
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    const int fields = option(QStringLiteral("--fields"), QStringLiteral("100000")).toInt();
    const int rowsPerTx = option(QStringLiteral("--rows-per-tx"), QStringLiteral("100")).toInt();
    const int snapshotRows = option(QStringLiteral("--snapshot-rows"), QStringLiteral("100000")).toInt();
    const QString database = option(QStringLiteral("--database"), QString());
    const QString only = option(QStringLiteral("--only"), QString());

    QTemporaryDir temp;
    ServerSite server(temp.filePath(QStringLiteral("server")), database);
    server.startAndWait();
    if (!server.startError.isEmpty())
        qFatal("server: %s", qPrintable(server.startError));
    say(QStringLiteral("server: %1, on its own thread; stores are SQLCipher files")
            .arg(database.isEmpty() ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL")));
    if (only.isEmpty() || only == u"sync")
        runSync(server, temp.path(), fields, rowsPerTx);
    if (only.isEmpty() || only == u"snapshot")
        runSnapshot(server, temp.path(), snapshotRows);
    return 0;
}
