// SyncController: background sync for the desktop app. It runs a SyncWorker (the SyncClient over
// its own connection to the store) on a thread of its own, so the GUI never waits on the network
// or on merging, and turns what the worker reports into one SyncStatus for the status bar and the
// Sync settings. It syncs at start, when the server pokes, shortly after local changes (debounced),
// and every periodicMs; the client reconnects with backoff while offline. After a pull it makes the
// open pages refresh (RemoteChanges::announce on the GUI store).
#pragma once

#include "remotechanges.h"
#include "syncclient.h"
#include "syncsettings.h"
#include "syncstatus.h"

#include <QObject>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>

namespace OmniCrm {

class CrmStore;
class SyncWorker;

struct SyncControllerOptions
{
    int localDebounceMs = 1500; // a burst of edits is pushed once
    int periodicMs = 60'000; // a pull even when no poke came
    SyncClientConfig timing; // the client's intervals and batch sizes (url etc. are ignored)
};

class SyncController : public QObject
{
    Q_OBJECT
public:
    using SiblingOpener = std::function<Result<std::unique_ptr<CrmStore>>()>;

    SyncController(CrmStore &store, SiblingOpener openSibling, SyncControllerOptions options = {},
                   QObject *parent = nullptr);
    ~SyncController() override;

    /// Starts syncing when a server and a device token are stored; reports the status otherwise.
    void start();
    /// Signs in (saves the account and the device token the server issues) and keeps syncing.
    /// signInFinished() follows. Bad input is refused at once with the reason.
    void signIn(const SyncAccount &account, const QString &password, const QString &totp = {});
    void signOut();
    void syncNow();
    /// Local changes were made outside the GUI store's services (an import, a restore).
    void localChangesMade();
    /// A conflict was restored or dismissed: count them again.
    void conflictsReviewed();
    /// Drops the connection as a network failure would (tests).
    void dropConnection();

    SyncStatus status() const { return m_status; }
    /// The stored account (server, tenant, e-mail); the token is never handed out.
    SyncAccount account() const;
    QString deviceId() const { return m_deviceId; }
    bool isSignedIn() const { return !m_deviceId.isEmpty(); }

    /// "ws://host:port" or "wss://host:port" with a host, else why not (translated).
    static QString checkServerUrl(const QString &url);

Q_SIGNALS:
    void statusChanged(const OmniCrm::SyncStatus &status);
    void signInFinished(bool ok, const QString &reason, bool needsOneTimeCode);
    void signedInChanged(bool signedIn);
    /// A pull wrote these rows (after the pages were told).
    void remoteChangesApplied(const QList<OmniCrm::ChangedRow> &rows);

private:
    void connectWorker();
    void followLocalChanges();
    void setStatus(const SyncStatus &status);
    void onState(SyncClient::State state);
    void onFailed(const QString &code, const QString &message);
    void onRemoteRows(const QList<ChangedRow> &rows);
    template <typename F> void onWorker(F &&call);

    CrmStore &m_store;
    SyncControllerOptions m_options;
    QThread m_thread;
    SyncWorker *m_worker = nullptr; // lives on m_thread
    QString m_openError;
    SyncStatus m_status;
    QString m_deviceId;
    QTimer m_debounce;
    QTimer m_periodic;
    bool m_announcing = false; // our own signals for remote rows are not local changes
    bool m_fatal = false;
    bool m_signingIn = false;
};

} // namespace OmniCrm
