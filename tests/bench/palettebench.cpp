// omnicrm-palettebench: how fast the global search (Ctrl+K) answers on a big store (issue 3).
// Opens the contact store omnicrm-listbench built (--cache DIR, --rows N; build it with
// omnicrm-listbench first), types --queries random 3-letter prefixes of stored names into a
// real CommandPalette one key at a time, and prints the time from the last keystroke to the
// results on screen (p50, p95, max), debounce included.
// Usage: omnicrm-palettebench [--rows N] [--cache DIR] [--queries Q]
#include "backgroundstore.h"
#include "commandpalette.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QRandomGenerator>

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

QString option(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int rows = option(args, QStringLiteral("--rows"), QStringLiteral("1000000")).toInt();
    const int queries = option(args, QStringLiteral("--queries"), QStringLiteral("200")).toInt();
    const QString cache
        = option(args, QStringLiteral("--cache"), QDir::temp().filePath(QStringLiteral("omnicrm-listbench")));
    const QString path = QDir(cache).filePath(QStringLiteral("contacts-%1.db").arg(rows));
    auto store = CrmStore::openFile(path, kKey, OpenMode::Existing);
    if (!store) {
        say(QStringLiteral("FAILED open %1 (build it with omnicrm-listbench --rows %2): %3")
                .arg(path)
                .arg(rows)
                .arg(store.error().detail));
        return 1;
    }
    auto sibling = (*store)->openSibling();
    if (!sibling) {
        say(QStringLiteral("FAILED sibling: ") + sibling.error().detail);
        return 1;
    }
    BackgroundStore reader(std::move(sibling).value());

    // Prefixes of names really in the store, drawn from random pages.
    QStringList names;
    auto page = (*store)->contacts().page(std::nullopt, 2000);
    if (!page || page->rows.isEmpty()) {
        say(QStringLiteral("FAILED: the store has no contacts"));
        return 1;
    }
    for (const auto &row : page->rows)
        names.append(row.fullName);

    CommandPalette palette(reader);
    palette.popup();
    QList<double> millis;
    int empty = 0;
    auto *random = QRandomGenerator::global();
    for (int i = 0; i < queries; ++i) {
        const QString name = names.at(random->bounded(int(names.size())));
        const QString word = name.section(u' ', int(random->bounded(2)), int(random->bounded(2))).trimmed();
        const QString prefix = (word.isEmpty() ? name : word).left(3);
        if (!palette.input()->text().isEmpty()) {
            QEventLoop settle;
            QObject::connect(&palette, &CommandPalette::resultsShown, &settle, &QEventLoop::quit);
            palette.input()->clear();
            settle.exec(); // the clear's empty result
        }
        QElapsedTimer timer;
        for (const QChar c : prefix) {
            QKeyEvent key(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
            timer.start(); // from the last keystroke
            QApplication::sendEvent(palette.input(), &key);
        }
        QEventLoop wait;
        QObject::connect(&palette, &CommandPalette::resultsShown, &wait, &QEventLoop::quit);
        wait.exec();
        palette.results()->repaint();
        millis.append(timer.nsecsElapsed() / 1e6);
        if (palette.results()->count() == 0)
            ++empty;
    }
    std::sort(millis.begin(), millis.end());
    const auto at = [&](double q) {
        return millis.at(std::min<qsizetype>(millis.size() - 1, qsizetype(q * millis.size())));
    };
    say(QStringLiteral("palette search on %1 contacts, %2 three-letter prefixes (60 ms debounce included): "
                       "p50 %3 ms, p95 %4 ms, max %5 ms; %6 with no result")
            .arg(rows)
            .arg(queries)
            .arg(at(0.5), 0, 'f', 1)
            .arg(at(0.95), 0, 'f', 1)
            .arg(millis.last(), 0, 'f', 1)
            .arg(empty));
    return 0;
}
