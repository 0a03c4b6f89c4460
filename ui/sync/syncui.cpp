#include "syncui.h"

#include "conflictreview.h"
#include "conflictspanel.h"
#include "crmstore.h"
#include "mainwindow.h"
#include "replicastore.h"
#include "settingspage.h"
#include "syncpanel.h"
#include "uiicons.h"

#include <QEvent>
#include <QLineEdit>

namespace OmniCrm {

SyncUi::SyncUi(CrmStore &store, BackgroundStore &reader, MainWindow &window, SettingsPage &settings,
               SyncControllerOptions options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_window(window)
    , m_settings(settings)
    , m_controller(
          store, [&store]() { return store.openSibling(); }, std::move(options))
{
    m_panel = new SyncPanel(m_controller, &settings);
    m_conflicts = new ConflictsPanel(store, reader, &settings);
    settings.addPanel(m_panel, uiIcon(QStringLiteral("folder-sync")));
    settings.addPanel(m_conflicts, uiIcon(QStringLiteral("dialog-warning")));

    connect(&m_controller, &SyncController::statusChanged, this, &SyncUi::showStatus);
    connect(&window, &MainWindow::syncStateActivated, this, &SyncUi::showSettings);
    connect(m_panel, &SyncPanel::conflictsRequested, this, [this]() {
        m_window.showPage(&m_settings);
        m_settings.showPanel(m_conflicts);
    });
    connect(m_conflicts, &ConflictsPanel::restored, this, [this](const QString &table, const QString &rowId) {
        // The restore wrote through the GUI store: the pages refresh, and the change is pushed.
        RemoteChanges::announce(m_store, { ChangedRow { table, rowId, false, {}, {} } });
        m_controller.localChangesMade();
    });
    connect(m_conflicts, &ConflictsPanel::reviewed, &m_controller, &SyncController::conflictsReviewed);
    connect(m_conflicts, &ConflictsPanel::statusMessage, &m_settings, &ShellPage::statusMessage);
    connect(&m_controller, &SyncController::remoteChangesApplied, this, [this]() {
        if (m_conflicts->isVisible())
            m_conflicts->reload();
    });
    window.installEventFilter(this);
    showStatus(m_controller.status());
}

SyncUi::~SyncUi() = default;

void SyncUi::showStatus(const SyncStatus &status)
{
    m_window.setSyncState(SyncStatusText::statusBar(status), SyncStatusText::details(status));
    if (status.openConflicts != m_openConflicts && m_conflicts->isVisible())
        m_conflicts->reload();
    m_openConflicts = status.openConflicts;
}

void SyncUi::showSettings()
{
    m_window.showPage(&m_settings);
    m_settings.showPanel(m_controller.status().openConflicts > 0 ? static_cast<QWidget *>(m_conflicts)
                                                                 : m_panel);
}

bool SyncUi::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::LanguageChange)
        showStatus(m_controller.status()); // the status bar in the new language
    return QObject::eventFilter(watched, event);
}

QList<std::pair<QString, std::function<void()>>> SyncUi::tourSteps()
{
    QList<std::pair<QString, std::function<void()>>> steps;
    // A fixed moment, so the pictures do not change from run to run.
    const QDateTime lastSynced(QDate::currentDate(), QTime(9, 41));
    const auto showFake = [this](SyncStatus status) {
        m_window.setSyncState(SyncStatusText::statusBar(status), SyncStatusText::details(status));
    };
    steps.append({ QStringLiteral("sync-settings"), [this]() {
                      m_window.showPage(&m_settings);
                      m_settings.showPanel(m_panel);
                      const auto fill = [this](const char *name, const QString &text) {
                          if (auto *edit = m_panel->findChild<QLineEdit *>(QLatin1String(name)))
                              edit->setText(text);
                      };
                      fill("syncServer", QStringLiteral("wss://sync.example.com:8443"));
                      fill("syncTenant", QStringLiteral("riyadh-sales"));
                      fill("syncEmail", QStringLiteral("rep@example.com"));
                  } });
    steps.append({ QStringLiteral("sync-status-syncing"), [showFake]() {
                      SyncStatus status;
                      status.phase = SyncStatus::Phase::Syncing;
                      status.changesDone = 40;
                      status.changesTotal = 120;
                      showFake(status);
                  } });
    steps.append({ QStringLiteral("sync-status-offline"), [showFake, lastSynced]() {
                      SyncStatus status;
                      status.phase = SyncStatus::Phase::Offline;
                      status.lastSynced = lastSynced;
                      showFake(status);
                  } });
    steps.append({ QStringLiteral("sync-status-error"), [showFake]() {
                      SyncStatus status;
                      status.phase = SyncStatus::Phase::Error;
                      status.errorCode = QStringLiteral("revoked");
                      showFake(status);
                  } });
    steps.append({ QStringLiteral("sync-conflicts"), [this, showFake, lastSynced]() {
                      if (const QString failed = makeTourConflict(m_store); !failed.isEmpty())
                          qWarning("omnicrm: tour conflict: %s", qPrintable(failed));
                      SyncStatus status;
                      status.phase = SyncStatus::Phase::UpToDate;
                      status.lastSynced = lastSynced;
                      status.openConflicts = 1;
                      showFake(status);
                      m_window.showPage(&m_settings);
                      m_settings.showPanel(m_conflicts);
                      m_conflicts->reload();
                  } });
    return steps;
}

QString makeTourConflict(CrmStore &store)
{
    ConflictReview review(store);
    if (auto open = review.openCount(); !open || *open > 0)
        return open ? QString() : open.error().detail;
    ContactDraft draft;
    draft.fullName = QStringLiteral("سارة العتيبي");
    draft.firstName = QStringLiteral("سارة");
    draft.lastName = QStringLiteral("العتيبي");
    draft.city = QStringLiteral("الرياض");
    auto id = store.contacts().create(draft);
    if (!id)
        return id.error().detail;
    if (auto edited = store.contacts().find(*id); edited) {
        ContactDraft local = draft;
        local.city = QStringLiteral("جدة"); // this device moved her to Jeddah …
        if (const Status saved = store.contacts().update(*id, local); !saved)
            return saved.error().detail;
    }
    ReplicaStore replica(store);
    SyncTransaction teammate; // … while a teammate, a minute later, moved her to Dammam
    teammate.siteId = QStringLiteral("7d2e41b0-5c3a-4f7e-9b61-0c8a2f9e5d13");
    teammate.localSeq = 1;
    teammate.txId = QStringLiteral("tour-teammate-edit");
    teammate.hlc = HybridLogicalClock::pack(QDateTime::currentMSecsSinceEpoch() + 60'000, 0);
    teammate.serverSeq = replica.cursor() + 1;
    RowChange change;
    change.table = QStringLiteral("contact");
    change.rowId = *id;
    change.hlc = teammate.hlc;
    change.fields.insert(QStringLiteral("city"), QStringLiteral("الدمام"));
    teammate.rows.append(change);
    auto applied = replica.apply({ teammate });
    return applied ? QString() : applied.error().detail;
}

} // namespace OmniCrm
