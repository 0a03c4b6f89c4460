// omnicrm-syncbench: field changes from client A through an in-process server on 127.0.0.1 to
// client B (both in-memory replicas), then a snapshot for a new client C. Prints one line per
// figure; never part of the test suite. Usage: omnicrm-syncbench [--fields N] (default 100,000)
#include "memoryreplica.h"
#include "serverfixture.h"
#include "syncclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <cstdio>

using namespace OmniCrm;
using namespace OmniCrm::Test;

namespace {

constexpr int FieldsPerTransaction = 5;

void say(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int fields = 100'000;
    const QStringList args = app.arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--fields")); at >= 0 && at + 1 < args.size())
        fields = args.at(at + 1).toInt();
    const int transactions = fields / FieldsPerTransaction;

    ServerFixture fixture;
    if (!fixture.startError().isEmpty()) {
        say(QStringLiteral("server did not start: ") + fixture.startError());
        return 1;
    }
    fixture.addTenantWithUser(QStringLiteral("bench"), QStringLiteral("a@bench.sa"),
                              QStringLiteral("bench-password"));
    SystemClock clock;
    SyncClientConfig config;
    config.url = fixture.url();
    config.tenant = QStringLiteral("bench");
    config.email = QStringLiteral("a@bench.sa");
    config.password = QStringLiteral("bench-password");
    config.pushBatch = 500;
    config.pullLimit = 500;

    MemoryReplica a(QStringLiteral("site-a"));
    MemoryReplica b(QStringLiteral("site-b"));
    SyncClient clientA(a, config, clock);
    SyncClient clientB(b, config, clock);
    clientA.start();
    clientB.start();
    if (!waitFor(
            [&] {
                return clientA.state() == SyncClient::State::UpToDate
                    && clientB.state() == SyncClient::State::UpToDate;
            },
            30000)) {
        say(QStringLiteral("clients did not connect"));
        return 1;
    }

    for (int t = 0; t < transactions; ++t) {
        QCborMap values;
        for (int f = 0; f < FieldsPerTransaction; ++f)
            values.insert(QStringLiteral("field_%1").arg(f), QStringLiteral("قيمة %1-%2").arg(t).arg(f));
        a.write(QStringLiteral("contacts"), QStringLiteral("row-%1").arg(t, 8, 10, QLatin1Char('0')), values);
    }

    QElapsedTimer timer;
    timer.start();
    clientA.localChangesAvailable();
    const bool pushed = waitFor([&] { return a.acknowledged() == transactions; }, 600000);
    const qint64 pushMs = timer.elapsed();
    const bool arrived = waitFor([&] { return b.cursor() >= transactions; }, 600000);
    const qint64 totalMs = timer.elapsed();
    if (!pushed || !arrived || a.contents() != b.contents()) {
        say(QStringLiteral("FAILED: pushed=%1 arrived=%2 converged=%3")
                .arg(pushed)
                .arg(arrived)
                .arg(a.contents() == b.contents()));
        return 1;
    }
    say(QStringLiteral("%1 field changes in %2 transactions, A → server → B").arg(fields).arg(transactions));
    say(QStringLiteral("A pushed and acknowledged: %1 ms (%2 fields/s)")
            .arg(pushMs)
            .arg(qint64(fields) * 1000 / std::max<qint64>(pushMs, 1)));
    say(QStringLiteral("B up to date:               %1 ms after the first push (%2 fields/s end to end)")
            .arg(totalMs)
            .arg(qint64(fields) * 1000 / std::max<qint64>(totalMs, 1)));

    MemoryReplica c(QStringLiteral("site-c"));
    SyncClient clientC(c, config, clock);
    bool finished = false;
    bool ok = false;
    QObject::connect(&clientC, &SyncClient::finished, [&](bool result) {
        finished = true;
        ok = result;
    });
    timer.restart();
    clientC.syncOnce();
    waitFor([&] { return finished; }, 600000);
    const qint64 snapshotMs = timer.elapsed();
    if (!ok || c.contents() != a.contents()) {
        say(QStringLiteral("FAILED: snapshot for C"));
        return 1;
    }
    say(QStringLiteral("C snapshot of %1 rows:       %2 ms (checksum matched)")
            .arg(transactions)
            .arg(snapshotMs));
    clientA.stop();
    clientB.stop();
    return 0;
}
