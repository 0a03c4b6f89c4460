// SyncUi: the desktop app's sync, wired once by DesktopSession: the SyncController, the Sync and
// Conflicts tabs in Settings, the sync state in the status bar (click: the tab that needs the
// user), and live updates of open pages. Also the screenshot tour's sync pictures.
#pragma once

#include "synccontroller.h"

#include <QObject>

#include <functional>

namespace OmniCrm {

class BackgroundStore;
class ConflictsPanel;
class CrmStore;
class MainWindow;
class SettingsPage;
class SyncPanel;

class SyncUi : public QObject
{
    Q_OBJECT
public:
    SyncUi(CrmStore &store, BackgroundStore &reader, MainWindow &window, SettingsPage &settings,
           SyncControllerOptions options = {}, QObject *parent = nullptr);
    ~SyncUi() override;

    void start() { m_controller.start(); }
    SyncController &controller() { return m_controller; }
    SyncPanel *panel() const { return m_panel; }
    ConflictsPanel *conflicts() const { return m_conflicts; }
    /// Opens Settings on the tab that needs the user: conflicts when some are open, else Sync.
    void showSettings();

    /// Screenshot tour steps (name, prepare): the Sync tab, the status bar's states, and the
    /// Conflicts tab with one conflict made on this store through the real merge engine.
    QList<std::pair<QString, std::function<void()>>> tourSteps();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showStatus(const SyncStatus &status);

    CrmStore &m_store;
    MainWindow &m_window;
    SettingsPage &m_settings;
    SyncController m_controller;
    SyncPanel *m_panel = nullptr; // owned by the settings page
    ConflictsPanel *m_conflicts = nullptr;
    int m_openConflicts = -1; // what the conflicts tab last showed
};

/// Makes one conflict on `store` for the screenshot tour: a contact edited here and, concurrently,
/// by a teammate whose edit wins (ReplicaStore merges it as a pull would). Does nothing when the
/// store already has an open conflict. Returns the error detail, empty on success.
QString makeTourConflict(CrmStore &store);

} // namespace OmniCrm
