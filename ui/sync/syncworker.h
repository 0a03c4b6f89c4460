// SyncWorker: the sync client and its store connection, on the sync thread. It owns a sibling
// connection to the store (CrmStore::openSibling), the ReplicaStore over it and the SyncClient,
// stores the device tokens the server issues (SyncSettings, as omnicrm-cli does), and reports
// everything by queued signals: SyncController on the GUI thread is its only user.
// Every public function runs on the sync thread (SyncController invokes them queued).
#pragma once

#include "remotechanges.h"
#include "replicastore.h"
#include "syncclient.h"
#include "syncsettings.h"

#include <QDateTime>
#include <QObject>

#include <memory>

namespace OmniCrm {

class CrmStore;

class SyncWorker : public QObject
{
    Q_OBJECT
public:
    /// `timing` gives the client's intervals and batch sizes; url, tenant and e-mail come from the
    /// store's SyncSettings.
    SyncWorker(std::unique_ptr<CrmStore> store, SyncClientConfig timing);
    ~SyncWorker() override;

    /// Starts live sync with the stored account and device token; reports notConfigured() when
    /// there is none.
    void startLive();
    /// Saves the account (forgetting any token of another one) and signs in with the password;
    /// the client stays live afterwards. signInFinished() says how the sign-in went.
    void signIn(const OmniCrm::SyncAccount &account, const QString &password, const QString &totp);
    /// Stops syncing; `forgetToken` signs this device out.
    void stop(bool forgetToken);
    void syncNow();
    void localChangesAvailable();
    /// Counts the open conflicts again (after a restore or a dismiss on the GUI thread).
    void recountConflicts();
    /// Drops the connection as a network failure would (tests).
    void dropConnection();

Q_SIGNALS:
    void notConfigured(bool serverSet);
    void stateChanged(OmniCrm::SyncClient::State state);
    void changesProgress(qint64 done, qint64 total);
    void snapshotProgress(int chunks, qint64 rows);
    void failed(const QString &code, const QString &message);
    void upToDate(const QDateTime &at);
    void signInFinished(bool ok, const QString &code, const QString &message);
    /// The device token changed; empty deviceId: this device is signed out.
    void credentialsStored(const QString &deviceId);
    void remoteRowsApplied(const QList<OmniCrm::ChangedRow> &rows);
    void conflictCount(int open);

private:
    class ObservedReplica;

    void startClient(const SyncAccount &account, const QString &password, const QString &totp);
    void stopClient();
    void onCredentials(const DeviceCredentials &credentials);
    void onState(SyncClient::State state);
    void onError(const QString &code, const QString &message);
    void onApplied(const QList<ChangedRow> &rows, int conflicts);

    std::unique_ptr<CrmStore> m_store;
    SyncClientConfig m_timing;
    std::unique_ptr<ObservedReplica> m_replica;
    std::unique_ptr<SyncSettings> m_settings;
    SyncClient *m_client = nullptr; // a child; replaced on every start
    const SystemClock m_clock;
    SyncAccount m_account;
    bool m_signingIn = false;
    SyncClient::State m_state = SyncClient::State::Offline;
    qint64 m_baseCursor = 0;
    int m_chunks = 0;
    qint64 m_rows = 0;
};

} // namespace OmniCrm
