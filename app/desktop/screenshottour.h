// ScreenshotTour: for review, shows every page of the main window in turn, waits until its reads
// have landed, and saves a PNG of the whole window per page, plus the global search with a
// query typed. Used by scripts/screenshots.sh under Xvfb; never part of normal use.
#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

namespace OmniCrm {

class BackgroundStore;
class MainWindow;

class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    ScreenshotTour(MainWindow &window, BackgroundStore &reader, QString outputDir, QString prefix,
                   QObject *parent = nullptr);
    /// Extra shots after the pages: each step prepares the window and names the PNG.
    void addStep(const QString &name, std::function<void()> prepare);
    void start();

Q_SIGNALS:
    void finished(int failures);

private:
    void next();
    void settleThen(std::function<void()> then);
    bool save(const QString &name);

    MainWindow &m_window;
    BackgroundStore &m_reader;
    QString m_dir;
    QString m_prefix;
    QList<std::pair<QString, std::function<void()>>> m_steps;
    int m_index = 0;
    int m_failures = 0;
};

} // namespace OmniCrm
