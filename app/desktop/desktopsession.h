// DesktopSession: everything that lives while a store is open in the desktop app, wired once:
// the reader thread, the forms, the pages in navigation order, the locale following the store's
// preferences, the active brand's theme and the idle lock. main.cpp creates one and hands it the
// store StoreOpener opened.
#pragma once

#include "crmstore.h"
#include "hlc.h"
#include "localizer.h"
#include "storeopener.h"

#include <QObject>

#include <memory>
#include <optional>

namespace OmniCrm {

class AiProvidersPanel;
class AiSession;
class BackgroundStore;
class BrandTheme;
class DashboardPage;
class DuplicatesPage;
class IdleLock;
class MainWindow;
class RecordForms;
class SyncUi;

struct SessionOptions
{
    QString language; // "ar"/"en" for this session only; empty: the store's preference
    QString screenshotDir; // save every page as PNG and quit
    bool exitWhenReady = false; // quit once the first page shows data (start-up benchmark)
};

class DesktopSession : public QObject
{
    Q_OBJECT
public:
    explicit DesktopSession(SessionOptions options, QObject *parent = nullptr);
    ~DesktopSession() override;

    /// Before a store is open: the language the welcome wizard chose.
    void setLanguage(const QString &language);
    /// Screenshot mode on an empty folder: pictures of the welcome wizard, then quit.
    void watchOnboarding(StoreOpener &opener);
    /// Builds the window over the opened store. False when the store cannot be used.
    bool open(std::unique_ptr<CrmStore> store, const std::optional<WelcomeChoices> &firstRun,
              UnlockDialog::Check unlockCheck, KeyMode keyMode);

private:
    void applyFirstRun(const WelcomeChoices &choices);
    void buildPages();
    void openImportWizard();
    void lock();
    void afterFirstPaint();

    SessionOptions m_options;
    SystemClock m_adminClock; // the Team admin page's token expiry checks
    Localizer m_localizer;
    std::unique_ptr<CrmStore> m_store;
    std::unique_ptr<BackgroundStore> m_reader;
    std::unique_ptr<RecordForms> m_forms;
    std::unique_ptr<BrandTheme> m_theme;
    std::unique_ptr<IdleLock> m_idle;
    std::unique_ptr<SyncUi> m_sync; // after the window, before the reader and the store
    std::unique_ptr<AiSession> m_ai; // the capture page's AI services; outlives the pages
    std::unique_ptr<MainWindow> m_window; // last: pages go before the reader and the store
    DashboardPage *m_dashboard = nullptr; // owned by m_window
    DuplicatesPage *m_duplicates = nullptr; // owned by m_window
    AiProvidersPanel *m_aiProviders = nullptr; // owned by the Settings page
    UnlockDialog::Check m_unlockCheck;
    KeyMode m_keyMode = KeyMode::Keychain;
};

} // namespace OmniCrm
