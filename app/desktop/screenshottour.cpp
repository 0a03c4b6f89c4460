#include "screenshottour.h"

#include "backgroundstore.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QScreen>
#include <QTimer>
#include <QWindow>

namespace OmniCrm {

namespace {
constexpr int kSettleMs = 400;

QString slug(QString text)
{
    text = text.toLower();
    for (QChar &c : text) {
        if (!c.isLetterOrNumber())
            c = u'-';
    }
    return text;
}
} // namespace

ScreenshotTour::ScreenshotTour(MainWindow &window, BackgroundStore &reader, QString outputDir, QString prefix,
                               QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_reader(reader)
    , m_dir(std::move(outputDir))
    , m_prefix(std::move(prefix))
{
    for (int i = 0; i < m_window.pageCount(); ++i) {
        const QString name = QStringLiteral("%1-%2")
                                 .arg(i + 1, 2, 10, QLatin1Char('0'))
                                 .arg(m_window.pageAt(i)->objectName());
        m_steps.append({ name, [this, i]() {
                            m_window.showPage(i);
                        } });
    }
}

void ScreenshotTour::addStep(const QString &name, std::function<void()> prepare)
{
    m_steps.append({ name, std::move(prepare) });
}

void ScreenshotTour::start()
{
    QDir().mkpath(m_dir);
    m_index = 0;
    QTimer::singleShot(kSettleMs, this, &ScreenshotTour::next);
}

void ScreenshotTour::settleThen(std::function<void()> then)
{
    // Reads queued by the page land first, then the widgets get a moment to lay out and paint.
    QTimer::singleShot(kSettleMs, this, [this, then = std::move(then)]() {
        m_reader.drain();
        QCoreApplication::processEvents();
        QTimer::singleShot(kSettleMs, this, then);
    });
}

void ScreenshotTour::next()
{
    if (m_index >= m_steps.size()) {
        Q_EMIT finished(m_failures);
        return;
    }
    const auto &[name, prepare] = m_steps.at(m_index);
    prepare();
    settleThen([this, name = name]() {
        if (!save(name))
            ++m_failures;
        ++m_index;
        next();
    });
}

bool ScreenshotTour::save(const QString &name)
{
    // The whole screen, so dialogs and popups over the window are in the picture too.
    QScreen *screen
        = m_window.windowHandle() ? m_window.windowHandle()->screen() : QGuiApplication::primaryScreen();
    QPixmap shot = screen ? screen->grabWindow(0) : QPixmap();
    if (shot.isNull())
        shot = m_window.grab();
    const QString path = QDir(m_dir).filePath(m_prefix + u'-' + slug(name) + QStringLiteral(".png"));
    return shot.save(path);
}

} // namespace OmniCrm
