// omnicrm-bench: timed drivers for the store's speed targets (issue 2). Prints one line per
// figure; never part of the test suite. Usage:
//   omnicrm-bench import [--rows N]            import of an N-row contact CSV (default 100,000)
//   omnicrm-bench search|page [--cache DIR]    on a 1,000,000-contact store (built once into DIR)
//   omnicrm-bench encryption                   same workload encrypted and unencrypted
//   omnicrm-bench all [--cache DIR]
#include "benchdata.h"
#include "crmstore.h"
#include "demoseeder.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace OmniCrm;

namespace {

const DatabaseKey kKey { QByteArray(32, '\x5a') };

void say(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString &what, const Error &error)
{
    say(QStringLiteral("FAILED %1: %2").arg(what, error.detail));
    std::exit(1);
}

template <typename T> T need(Result<T> result, const QString &what)
{
    if (!result)
        fail(what, result.error());
    return std::move(result).value();
}

struct Percentiles
{
    double p50 = 0, p95 = 0, max = 0;
};

Percentiles percentiles(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) {
        return samples.at(std::min<qsizetype>(samples.size() - 1, qsizetype(q * samples.size())));
    };
    return { at(0.50), at(0.95), samples.last() };
}

double lastCheckpointSeconds = 0; // of the last importSeconds()
double lastImportCpuSeconds = 0; // the importing thread's CPU time in the last importSeconds()

double threadCpuSeconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

double importSeconds(const QString &dbPath, const DatabaseKey &key, const QString &csv)
{
    auto store = need(CrmStore::openFile(dbPath, key, OpenMode::Create), QStringLiteral("create store"));
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = threadCpuSeconds();
    ImportOptions options;
    auto summary = need(store->imports().importFile(csv, options), QStringLiteral("import"));
    const double seconds = timer.nsecsElapsed() / 1e9;
    lastImportCpuSeconds = threadCpuSeconds() - cpuBefore;
    if (summary.imported == 0)
        fail(QStringLiteral("import"), Error::make(ErrorCode::Parse, QStringLiteral("nothing imported")));
    // What the import leaves in the write-ahead log for a later checkpoint, timed on its own.
    timer.restart();
    if (const Status done = store->database().checkpoint(); !done)
        fail(QStringLiteral("checkpoint"), done.error());
    lastCheckpointSeconds = timer.nsecsElapsed() / 1e9;
    return seconds;
}

void benchImport(int rows)
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("contacts.csv"));
    if (!Bench::writeContactCsv(csv, rows, 7))
        fail(QStringLiteral("write csv"), Error::make(ErrorCode::Io, csv));
    const double seconds = importSeconds(dir.filePath(QStringLiteral("a.db")), kKey, csv);
    // The storing thread's CPU time is what bounds the import (reading runs beside it), and it
    // varies less than wall time on a machine doing other work.
    say(QStringLiteral("import: %1 rows committed in %2 s (%3 rows/s), encrypted store; "
                       "storing thread CPU %4 s; the checkpoint after it: %5 s")
            .arg(rows)
            .arg(seconds, 0, 'f', 2)
            .arg(int(rows / seconds))
            .arg(lastImportCpuSeconds, 0, 'f', 2)
            .arg(lastCheckpointSeconds, 0, 'f', 2));
}

std::unique_ptr<CrmStore> millionStore(const QString &cacheDir)
{
    QDir().mkpath(cacheDir);
    const QString path = QDir(cacheDir).filePath(QStringLiteral("million.db"));
    if (QFile::exists(path))
        return need(CrmStore::openFile(path, kKey, OpenMode::Existing), QStringLiteral("open cached store"));
    auto store = need(CrmStore::openFile(path, kKey, OpenMode::Create), QStringLiteral("create store"));
    say(QStringLiteral("building a 1,000,000-contact store in %1 (once; reused next time)").arg(path));
    QElapsedTimer timer;
    timer.start();
    SeedOptions options;
    options.contacts = 1000000;
    options.companies = 5000;
    options.deals = 0;
    options.leads = 0;
    options.activities = 0;
    options.seed = 42;
    options.progress = [&](qint64 done, qint64 planned) {
        if (done % 100000 < 5000)
            say(QStringLiteral("  seeded %1 / %2 (%3 s)")
                    .arg(done)
                    .arg(planned)
                    .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    };
    need(DemoSeeder(*store).seed(options), QStringLiteral("seed"));
    say(QStringLiteral("seed: 1,000,000 contacts in %1 s").arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    return store;
}

void benchSearch(CrmStore &store)
{
    const QStringList prefixes { QStringLiteral("محم"), QStringLiteral("أحم"), QStringLiteral("عبد"),
                                 QStringLiteral("الع"), QStringLiteral("فهد"), QStringLiteral("نور"),
                                 QStringLiteral("سار"), QStringLiteral("الق"), QStringLiteral("خال"),
                                 QStringLiteral("الش"), QStringLiteral("سلط"), QStringLiteral("فاط") };
    QList<double> ms;
    for (int round = 0; round < 20; ++round) {
        for (const QString &prefix : prefixes) {
            QElapsedTimer timer;
            timer.start();
            auto results = need(store.search().search(prefix, 20), QStringLiteral("search"));
            ms.append(timer.nsecsElapsed() / 1e6);
            if (results.isEmpty())
                fail(QStringLiteral("search"), Error::make(ErrorCode::NotFound, prefix));
        }
    }
    const Percentiles p = percentiles(ms);
    say(QStringLiteral(
            "search (3-letter Arabic prefix, 20 results, %1 queries): p50 %2 ms, p95 %3 ms, max %4 ms")
            .arg(ms.size())
            .arg(p.p50, 0, 'f', 2)
            .arg(p.p95, 0, 'f', 2)
            .arg(p.max, 0, 'f', 2));
}

void benchPage(CrmStore &store)
{
    // Cursors at random depths come from one walk of the list (keyset pages of 10,000).
    QList<std::optional<Cursor>> cursors { std::nullopt };
    std::optional<Cursor> after;
    while (true) {
        auto page = need(store.contacts().page(after, 10000), QStringLiteral("walk"));
        if (page.nextCursor.isEmpty())
            break;
        after = Cursor::decode(page.nextCursor);
        cursors.append(after);
    }
    QRandomGenerator rng(3);
    QList<double> ms;
    for (int i = 0; i < 300; ++i) {
        const auto &cursor = cursors.at(rng.bounded(int(cursors.size())));
        QElapsedTimer timer;
        timer.start();
        auto page = need(store.contacts().page(cursor, 200), QStringLiteral("page"));
        ms.append(timer.nsecsElapsed() / 1e6);
        if (page.rows.isEmpty())
            fail(QStringLiteral("page"), Error::make(ErrorCode::NotFound, QStringLiteral("empty page")));
    }
    const Percentiles p = percentiles(ms);
    say(QStringLiteral("page of 200 at random depths of a %1-row list: p50 %2 ms, p95 %3 ms, max %4 ms")
            .arg(cursors.size() * 10000)
            .arg(p.p50, 0, 'f', 2)
            .arg(p.p95, 0, 'f', 2)
            .arg(p.max, 0, 'f', 2));
}

double workloadSeconds(const QString &dbPath, const DatabaseKey &key, const QString &csv)
{
    QElapsedTimer timer;
    timer.start();
    importSeconds(dbPath, key, csv);
    auto store = need(CrmStore::openFile(dbPath, key, OpenMode::Existing), QStringLiteral("reopen"));
    for (int i = 0; i < 200; ++i)
        need(store->search().search(i % 2 ? QStringLiteral("محم") : QStringLiteral("055"), 20),
             QStringLiteral("search"));
    std::optional<Cursor> after;
    while (true) {
        auto page = need(store->contacts().page(after, 200), QStringLiteral("page"));
        if (page.nextCursor.isEmpty())
            break;
        after = Cursor::decode(page.nextCursor);
    }
    return timer.nsecsElapsed() / 1e9;
}

void benchEncryption()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("contacts.csv"));
    if (!Bench::writeContactCsv(csv, 50000, 11))
        fail(QStringLiteral("write csv"), Error::make(ErrorCode::Io, csv));
    QList<double> plain;
    QList<double> encrypted;
    for (int run = 0; run < 3; ++run) {
        plain.append(
            workloadSeconds(dir.filePath(QStringLiteral("plain%1.db").arg(run)), DatabaseKey {}, csv));
        encrypted.append(workloadSeconds(dir.filePath(QStringLiteral("enc%1.db").arg(run)), kKey, csv));
    }
    std::sort(plain.begin(), plain.end());
    std::sort(encrypted.begin(), encrypted.end());
    say(QStringLiteral("encryption (import 50,000 + 200 searches + full list walk, median of 3): "
                       "plain %1 s, encrypted %2 s, ratio %3x")
            .arg(plain.at(1), 0, 'f', 2)
            .arg(encrypted.at(1), 0, 'f', 2)
            .arg(encrypted.at(1) / plain.at(1), 0, 'f', 2));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const QString what = args.value(0, QStringLiteral("all"));
    const auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 ? args.value(at + 1, fallback) : fallback;
    };
    const QString cache
        = option(QStringLiteral("--cache"), QDir::temp().filePath(QStringLiteral("omnicrm-bench")));
    if (what == u"import" || what == u"all")
        benchImport(option(QStringLiteral("--rows"), QStringLiteral("100000")).toInt());
    if (what == u"search" || what == u"page" || what == u"all") {
        auto store = millionStore(cache);
        if (what != u"page")
            benchSearch(*store);
        if (what != u"search")
            benchPage(*store);
    }
    if (what == u"encryption" || what == u"all")
        benchEncryption();
    return 0;
}
