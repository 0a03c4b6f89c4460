#include "syncworker.h"

#include "conflictreview.h"
#include "crmstore.h"

#include <QLoggingCategory>

namespace OmniCrm {

Q_LOGGING_CATEGORY(lcSyncWorker, "omnicrm.ui.sync")

namespace {
const QString kLastSyncedKey = QStringLiteral("sync.last_synced_at");
} // namespace

// The store's ReplicaStore, telling the worker which rows each pull or snapshot chunk wrote.
class SyncWorker::ObservedReplica final : public Replica
{
public:
    ObservedReplica(CrmStore &store, SyncWorker &worker)
        : m_inner(store)
        , m_worker(worker)
    {
    }
    QString siteId() const override { return m_inner.siteId(); }
    Result<QList<SyncTransaction>> pending(int maxTransactions) const override
    {
        return m_inner.pending(maxTransactions);
    }
    Status acknowledge(qint64 localSeq) override { return m_inner.acknowledge(localSeq); }
    qint64 cursor() const override { return m_inner.cursor(); }
    Result<ApplyReport> apply(const QList<SyncTransaction> &transactions) override
    {
        return observe(m_inner.apply(transactions), transactions);
    }
    Result<ApplyReport> applySnapshot(const QList<SyncTransaction> &chunk) override
    {
        return observe(m_inner.applySnapshot(chunk), chunk);
    }

private:
    Result<ApplyReport> observe(Result<ApplyReport> report, const QList<SyncTransaction> &transactions)
    {
        // Rows other sites wrote may have merged (pages refresh) or lost and been logged (the
        // conflict count changes, though only local losers count in report->conflicts).
        if (report && (report->fieldsWritten > 0 || report->conflicts > 0 || report->transactions > 0))
            m_worker.onApplied(RemoteChanges::rowsOf(transactions, m_inner.siteId()), report->conflicts);
        return report;
    }

    ReplicaStore m_inner;
    SyncWorker &m_worker;
};

SyncWorker::SyncWorker(std::unique_ptr<CrmStore> store, SyncClientConfig timing)
    : m_store(std::move(store))
    , m_timing(std::move(timing))
{
    m_replica = std::make_unique<ObservedReplica>(*m_store, *this);
    m_settings = std::make_unique<SyncSettings>(m_store->settings());
}

SyncWorker::~SyncWorker()
{
    // Before the replica and the store it uses go (stopped ones waiting for deleteLater do not
    // touch them any more).
    if (m_client) {
        m_client->disconnect(this);
        delete m_client;
    }
}

void SyncWorker::startLive()
{
    stopClient();
    auto account = m_settings->account();
    if (!account) {
        Q_EMIT failed(QStringLiteral("replica"), account.error().detail);
        return;
    }
    const bool hasToken = !decodeDeviceCredentials(account->deviceToken).isEmpty();
    if (!account->isConfigured() || !hasToken) {
        Q_EMIT notConfigured(account->isConfigured());
        return;
    }
    startClient(*account, {}, {});
}

void SyncWorker::signIn(const SyncAccount &account, const QString &password, const QString &totp)
{
    stopClient();
    auto stored = m_settings->account();
    if (!stored) {
        Q_EMIT signInFinished(false, QStringLiteral("replica"), stored.error().detail);
        return;
    }
    SyncAccount wanted = account;
    // Another server, tenant or user: the old device tokens do not apply (as omnicrm-cli sync).
    const bool same = stored->serverUrl == account.serverUrl && stored->tenant == account.tenant
        && stored->email == account.email;
    wanted.deviceToken = same ? stored->deviceToken : QString();
    if (const Status saved = m_settings->setAccount(wanted); !saved) {
        Q_EMIT signInFinished(false, QStringLiteral("replica"), saved.error().detail);
        return;
    }
    m_signingIn = true;
    // A sign-in always proves the password, even when an old token is still stored.
    wanted.deviceToken.clear();
    startClient(wanted, password, totp);
}

void SyncWorker::startClient(const SyncAccount &account, const QString &password, const QString &totp)
{
    m_account = account;
    SyncClientConfig config = m_timing;
    config.url = QUrl(account.serverUrl);
    config.tenant = account.tenant;
    config.email = account.email;
    config.password = password;
    config.totp = totp;
    if (config.deviceName.isEmpty())
        config.deviceName = QStringLiteral("OmniCRM desktop");
    m_client = new SyncClient(*m_replica, config, m_clock, this);
    m_client->setCredentials(decodeDeviceCredentials(account.deviceToken));
    m_client->setCredentialsSource([this]() {
        auto stored = m_settings->account();
        return stored ? decodeDeviceCredentials(stored->deviceToken) : DeviceCredentials {};
    });
    connect(m_client, &SyncClient::credentialsChanged, this, &SyncWorker::onCredentials);
    connect(m_client, &SyncClient::stateChanged, this, &SyncWorker::onState);
    connect(m_client, &SyncClient::errorOccurred, this, &SyncWorker::onError);
    connect(m_client, &SyncClient::progress, this, [this](qint64 cursor, qint64 head) {
        if (m_chunks == 0)
            Q_EMIT changesProgress(std::max<qint64>(0, cursor - m_baseCursor),
                                   std::max<qint64>(0, head - m_baseCursor));
    });
    connect(m_client, &SyncClient::snapshotChunkApplied, this, [this](int rows) {
        ++m_chunks;
        m_rows += rows;
        Q_EMIT snapshotProgress(m_chunks, m_rows);
    });
    connect(m_client, &SyncClient::upToDate, this, [this]() {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (const Status saved
            = m_store->settings().setValue(kLastSyncedKey, QString::number(now.toMSecsSinceEpoch()));
            !saved)
            qCWarning(lcSyncWorker) << "last sync time:" << saved.error().detail;
        Q_EMIT upToDate(now);
    });
    recountConflicts();
    m_client->start();
}

void SyncWorker::stopClient()
{
    m_signingIn = false;
    if (!m_client)
        return;
    m_client->disconnect(this);
    m_client->stop();
    // Often called from inside one of the client's own signals: delete it once that returned.
    m_client->deleteLater();
    m_client = nullptr;
}

void SyncWorker::stop(bool forgetToken)
{
    stopClient();
    if (forgetToken) {
        if (const Status cleared = m_settings->clearDeviceToken(); !cleared)
            Q_EMIT failed(QStringLiteral("replica"), cleared.error().detail);
        Q_EMIT credentialsStored(QString());
    }
    Q_EMIT stateChanged(SyncClient::State::Offline);
}

void SyncWorker::syncNow()
{
    if (m_client)
        m_client->syncNow();
}

void SyncWorker::localChangesAvailable()
{
    if (m_client)
        m_client->localChangesAvailable();
}

void SyncWorker::dropConnection()
{
    if (m_client)
        m_client->dropConnection();
}

void SyncWorker::recountConflicts()
{
    auto open = ConflictReview(*m_store).openCount();
    if (open)
        Q_EMIT conflictCount(*open);
}

void SyncWorker::onCredentials(const DeviceCredentials &credentials)
{
    m_account.deviceToken = credentials.isEmpty() ? QString() : encodeDeviceCredentials(credentials);
    if (const Status saved = m_settings->setAccount(m_account); !saved)
        qCWarning(lcSyncWorker) << "device token:" << saved.error().detail;
    Q_EMIT credentialsStored(credentials.isEmpty() ? QString() : credentials.deviceId);
    if (m_signingIn && !credentials.isEmpty()) {
        m_signingIn = false;
        Q_EMIT signInFinished(true, {}, {});
    }
}

void SyncWorker::onState(SyncClient::State state)
{
    if (state == SyncClient::State::Syncing && m_state != SyncClient::State::Syncing) {
        m_baseCursor = m_replica->cursor();
        m_chunks = 0;
        m_rows = 0;
    }
    m_state = state;
    if (m_signingIn && state == SyncClient::State::Offline) {
        // The first connection of a sign-in failed: say so rather than retry behind the form.
        stopClient();
        Q_EMIT signInFinished(false, QStringLiteral("offline"),
                              QStringLiteral("could not reach %1").arg(m_account.serverUrl));
        return;
    }
    Q_EMIT stateChanged(state);
}

void SyncWorker::onError(const QString &code, const QString &message)
{
    if (m_signingIn) {
        stopClient();
        Q_EMIT signInFinished(false, code, message);
        Q_EMIT stateChanged(SyncClient::State::Offline);
        return;
    }
    Q_EMIT failed(code, message);
}

void SyncWorker::onApplied(const QList<ChangedRow> &rows, int conflicts)
{
    if (!rows.isEmpty())
        Q_EMIT remoteRowsApplied(rows);
    if (conflicts > 0 || !rows.isEmpty())
        recountConflicts();
}

} // namespace OmniCrm
