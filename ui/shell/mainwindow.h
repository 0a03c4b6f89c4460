// MainWindow: the shell. A navigation rail on the reading-start side, the current page beside it,
// a status bar that carries the store and sync state, and Ctrl+K for the global search. It owns no
// rules and no queries: main.cpp gives it pages, and pages own their views and services.
#pragma once

#include "shellpage.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QVBoxLayout;
class QListWidget;
class QToolButton;
class QStackedWidget;

namespace OmniCrm {

class BackgroundStore;
class CommandPalette;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(BackgroundStore &reader, QWidget *parent = nullptr);

    /// Adds a page to the navigation, in order. The window takes ownership.
    void addPage(ShellPage *page);
    ShellPage *currentPage() const;
    int pageCount() const;
    ShellPage *pageAt(int index) const;
    void showPage(int index);
    void showPage(ShellPage *page);
    /// Opens the page that lists `kind` on the record; false when no page does.
    bool showRecord(RecordKind kind, const QString &id);

    /// An action that belongs to no single page (Import…), shown under the navigation and
    /// reachable by its shortcut from anywhere.
    void addGlobalAction(QAction *action);

    /// "Brand — OmniCRM" in the title bar; empty brand shows "OmniCRM" alone.
    void setBrandName(const QString &brand);
    /// The permanent status-bar text for sync (offline, syncing 40%, up to date, error …);
    /// empty hides it (sync not configured). `details` is its tooltip.
    void setSyncState(const QString &text, const QString &details = {});
    CommandPalette *commandPalette() const { return m_palette; }

public Q_SLOTS:
    void openCommandPalette();

Q_SIGNALS:
    /// The user clicked the sync state in the status bar.
    void syncStateActivated();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateTitle();

    QListWidget *m_nav = nullptr;
    QVBoxLayout *m_actions = nullptr;
    QStackedWidget *m_stack = nullptr;
    QToolButton *m_syncLabel = nullptr;
    CommandPalette *m_palette = nullptr;
    QString m_brand;
};

} // namespace OmniCrm
