// omnicrm-listbench: how the contact list feels on a big store (issue 3). On a store of N
// contacts (built once from benchdata's CSV through the real import, then reused from --cache),
// a RecordListModel over the reader thread feeds a QTableView while a timer scrolls it from the
// top to --scroll rows down. Prints:
//   - fetch to rows shown: from RecordListModel::fetchMore to the view's next paint with the rows
//     (p50, p95, max over every chunk of the walk, the first one apart);
//   - the worst GUI-thread stall while scrolling: the longest gap between two ticks of a 1 ms
//     timer on the GUI thread, and how many gaps passed 16 ms and 50 ms.
// Usage: omnicrm-listbench [--rows N] [--cache DIR] [--scroll ROWS] [--sort name|updated] [--desc]
// Runs offscreen unless DISPLAY is set (QT_QPA_PLATFORM overrides both).
#include "benchdata.h"
#include "crmstore.h"
#include "recordlistsources.h"

#include "backgroundstore.h"
#include "recordlistmodel.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace OmniCrm;

namespace {

const DatabaseKey kKey { QByteArray(32, '\x5b') };

void say(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString &what, const QString &detail)
{
    say(QStringLiteral("FAILED %1: %2").arg(what, detail));
    std::exit(1);
}

QString option(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
}

struct Spread
{
    double p50 = 0, p95 = 0, max = 0;
};

Spread spread(QList<double> samples)
{
    if (samples.isEmpty())
        return {};
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) {
        return samples.at(std::min<qsizetype>(samples.size() - 1, qsizetype(q * samples.size())));
    };
    return { at(0.5), at(0.95), samples.last() };
}

/// The store of `rows` contacts in `cacheDir`, imported once from a generated CSV.
std::unique_ptr<CrmStore> contactStore(const QString &cacheDir, int rows)
{
    QDir().mkpath(cacheDir);
    const QString path = QDir(cacheDir).filePath(QStringLiteral("contacts-%1.db").arg(rows));
    if (QFile::exists(path)) {
        auto store = CrmStore::openFile(path, kKey, OpenMode::Existing);
        if (!store)
            fail(QStringLiteral("open cached store"), store.error().detail);
        return std::move(store).value();
    }
    say(QStringLiteral("building a %1-contact store in %2 (once; reused next time)").arg(rows).arg(path));
    auto store = CrmStore::openFile(path, kKey, OpenMode::Create);
    if (!store)
        fail(QStringLiteral("create store"), store.error().detail);
    const QString csv = QDir(cacheDir).filePath(QStringLiteral("contacts-%1.csv").arg(rows));
    if (!Bench::writeContactCsv(csv, rows, 11))
        fail(QStringLiteral("write csv"), csv);
    QElapsedTimer timer;
    timer.start();
    auto summary = (*store)->imports().importFile(csv, ImportOptions {});
    QFile::remove(csv);
    if (!summary) {
        QFile::remove(path);
        fail(QStringLiteral("import"), summary.error().detail);
    }
    say(QStringLiteral("import: %1 contacts in %2 s")
            .arg(summary->imported)
            .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    return std::move(store).value();
}

/// RecordListModel that notes when each fetchMore was asked for.
class TimedListModel final : public RecordListModel
{
public:
    using RecordListModel::RecordListModel;
    QElapsedTimer *clock = nullptr;
    qint64 askedAt = -1;

    void fetchMore(const QModelIndex &parent) override
    {
        if (canFetchMore(parent) && askedAt < 0)
            askedAt = clock->nsecsElapsed();
        RecordListModel::fetchMore(parent);
    }
};

/// Times each chunk from fetchMore to the first paint of the view after the rows arrived.
class PaintWatch final : public QObject
{
public:
    TimedListModel *model = nullptr;
    QElapsedTimer *clock = nullptr;
    bool awaitingPaint = false;
    qint64 askedAt = -1;
    QList<double> chunkMs;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && awaitingPaint) {
            awaitingPaint = false;
            chunkMs.append((clock->nsecsElapsed() - askedAt) / 1e6);
        }
        return QObject::eventFilter(watched, event);
    }
    void rowsArrived()
    {
        if (model->askedAt < 0)
            return;
        askedAt = model->askedAt;
        model->askedAt = -1;
        awaitingPaint = true;
    }
};

/// QTableView that times its own painting, to tell drawing from the rest of a stall.
class TimedView final : public QTableView
{
public:
    QElapsedTimer *clock = nullptr;
    QList<double> paintMs;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        const qint64 start = clock->nsecsElapsed();
        QTableView::paintEvent(event);
        paintMs.append((clock->nsecsElapsed() - start) / 1e6);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && !qEnvironmentVariableIsSet("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int rows = option(args, QStringLiteral("--rows"), QStringLiteral("1000000")).toInt();
    const int scrollRows = option(args, QStringLiteral("--scroll"), QStringLiteral("20000")).toInt();
    const QString cacheDir
        = option(args, QStringLiteral("--cache"), QDir::temp().filePath(QStringLiteral("omnicrm-listbench")));
    const QString sortName = option(args, QStringLiteral("--sort"), QStringLiteral("name"));
    const ListSort sort { listOrderFromName(sortName).value_or(ListOrder::Name),
                          args.contains(QStringLiteral("--desc")) };
    if (rows <= 0 || scrollRows <= 0)
        fail(QStringLiteral("usage"), QStringLiteral("--rows and --scroll take positive numbers"));

    auto store = contactStore(cacheDir, rows);
    auto sibling = store->openSibling();
    if (!sibling)
        fail(QStringLiteral("open reader"), sibling.error().detail);
    BackgroundStore reader(std::move(sibling).value());
    const auto source = std::make_shared<ContactListSource>();

    QElapsedTimer clock;
    clock.start();
    TimedListModel model(reader, source);
    model.clock = &clock;
    TimedView view;
    view.clock = &clock;
    view.setModel(&model);
    view.verticalHeader()->hide();
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 10);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.resize(1000, 700);
    PaintWatch watch;
    watch.model = &model;
    watch.clock = &clock;
    view.viewport()->installEventFilter(&watch);
    QObject::connect(&model, &RecordListModel::chunkLoaded, &watch, [&watch]() { watch.rowsArrived(); });

    // The first screen: the query is asked for before the window shows, as a page does.
    model.askedAt = clock.nsecsElapsed();
    model.setQuery(source->queryFor({}, sort));
    view.show();

    // The stall meter: a 1 ms timer on the GUI thread; a late tick is the event loop blocked.
    qint64 lastTick = clock.nsecsElapsed();
    double worstGapMs = 0;
    int over16 = 0;
    int over50 = 0;
    bool scrolling = false;
    QTimer tick;
    tick.setInterval(1);
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, [&]() {
        const qint64 now = clock.nsecsElapsed();
        const double gap = (now - lastTick) / 1e6;
        lastTick = now;
        if (!scrolling)
            return;
        worstGapMs = std::max(worstGapMs, gap);
        over16 += gap > 16 ? 1 : 0;
        over50 += gap > 50 ? 1 : 0;
    });
    tick.start();

    // The scroller: a flick of about 120 rows every 16 ms frame; at the bottom of what is loaded
    // the view itself asks the model for more (QAbstractItemView fetches at the scroll maximum).
    const int rowHeight = view.verticalHeader()->defaultSectionSize();
    qint64 scrollStart = 0;
    double scrollSeconds = 0;
    QTimer frame;
    frame.setInterval(16);
    QObject::connect(&frame, &QTimer::timeout, [&]() {
        if (!scrolling) {
            if (model.rowCount() == 0 || watch.chunkMs.isEmpty())
                return; // the first screen is not up yet
            scrolling = true;
            scrollStart = clock.nsecsElapsed();
            lastTick = scrollStart;
        }
        QScrollBar *bar = view.verticalScrollBar();
        bar->setValue(bar->value() + 120 * rowHeight);
        if (view.rowAt(0) >= scrollRows
            || (!model.canFetchMore({}) && !model.isLoading() && bar->value() == bar->maximum())) {
            scrollSeconds = (clock.nsecsElapsed() - scrollStart) / 1e9;
            frame.stop();
            QTimer::singleShot(50, &app, &QCoreApplication::quit);
        }
    });
    frame.start();
    QTimer::singleShot(600000, &app,
                       [&]() { fail(QStringLiteral("scroll"), QStringLiteral("took over 10 minutes")); });
    app.exec();

    if (watch.chunkMs.isEmpty())
        fail(QStringLiteral("scroll"), QStringLiteral("no chunk was shown"));
    const double firstMs = watch.chunkMs.takeFirst();
    const Spread chunks = spread(watch.chunkMs);
    say(QStringLiteral("list of %1 contacts, sorted by %2%3; scrolled to row %4 (%5 rows loaded) in %6 s")
            .arg(rows)
            .arg(sortName, sort.descending ? QStringLiteral(" descending") : QString())
            .arg(view.rowAt(0))
            .arg(model.rowCount())
            .arg(scrollSeconds, 0, 'f', 2));
    say(QStringLiteral("first screen: fetch to rows shown %1 ms").arg(firstMs, 0, 'f', 1));
    say(QStringLiteral("fetchMore to rows shown, %1 chunks of %2: p50 %3 ms, p95 %4 ms, max %5 ms")
            .arg(watch.chunkMs.size())
            .arg(RecordListModel::kChunk)
            .arg(chunks.p50, 0, 'f', 1)
            .arg(chunks.p95, 0, 'f', 1)
            .arg(chunks.max, 0, 'f', 1));
    say(QStringLiteral("GUI thread while scrolling: longest stall %1 ms; gaps over 16 ms: %2, over 50 ms: %3")
            .arg(worstGapMs, 0, 'f', 1)
            .arg(over16)
            .arg(over50));
    const Spread paints = spread(view.paintMs);
    say(QStringLiteral("of which painting the table, %1 paints: p50 %2 ms, p95 %3 ms, max %4 ms")
            .arg(view.paintMs.size())
            .arg(paints.p50, 0, 'f', 1)
            .arg(paints.p95, 0, 'f', 1)
            .arg(paints.max, 0, 'f', 1));
    reader.drain();
    return 0;
}
