#include "synccontroller.h"

#include "crmstore.h"
#include "syncworker.h"

#include <QUrl>

namespace OmniCrm {

namespace {

const QString kLastSyncedKey = QStringLiteral("sync.last_synced_at");

// Errors after which the client stops until the user acts (SyncClient::handleError and fail()).
bool isFinal(const QString &code)
{
    return code == u"unauthorized" || code == u"revoked" || code == u"rate_limited" || code == u"unsupported"
        || code == u"replica" || code == u"rejected" || code == u"checksum_mismatch";
}

} // namespace

template <typename F> void SyncController::onWorker(F &&call)
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, call = std::forward<F>(call)]() { call(*worker); },
        Qt::QueuedConnection);
}

SyncController::SyncController(CrmStore &store, SiblingOpener openSibling, SyncControllerOptions options,
                               QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_options(std::move(options))
{
    qRegisterMetaType<OmniCrm::SyncClient::State>();
    qRegisterMetaType<OmniCrm::ChangedRow>();
    qRegisterMetaType<QList<OmniCrm::ChangedRow>>();
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(m_options.localDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this,
            [this]() { onWorker([](SyncWorker &worker) { worker.localChangesAvailable(); }); });
    m_periodic.setInterval(m_options.periodicMs);
    connect(&m_periodic, &QTimer::timeout, this,
            [this]() { onWorker([](SyncWorker &worker) { worker.syncNow(); }); });

    auto sibling = openSibling();
    if (!sibling) {
        m_openError = sibling.error().detail;
        return;
    }
    m_worker = new SyncWorker(std::move(sibling).value(), m_options.timing);
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("omnicrm-sync"));
    connectWorker();
    followLocalChanges();
    m_thread.start();
}

SyncController::~SyncController()
{
    if (m_worker) {
        // The worker, its client and its store connection go on their own thread.
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker]() { delete worker; }, Qt::BlockingQueuedConnection);
        m_worker = nullptr;
    }
    m_thread.quit();
    m_thread.wait();
}

void SyncController::connectWorker()
{
    connect(m_worker, &SyncWorker::notConfigured, this, [this](bool serverSet) {
        if (m_signingIn)
            return; // the answer to a start() that a sign-in overtook
        m_periodic.stop();
        SyncStatus status;
        status.phase = serverSet ? SyncStatus::Phase::SignedOut : SyncStatus::Phase::NotConfigured;
        setStatus(status);
    });
    connect(m_worker, &SyncWorker::stateChanged, this, &SyncController::onState);
    connect(m_worker, &SyncWorker::failed, this, &SyncController::onFailed);
    connect(m_worker, &SyncWorker::changesProgress, this, [this](qint64 done, qint64 total) {
        if (m_status.phase != SyncStatus::Phase::Syncing)
            return;
        SyncStatus status = m_status;
        status.changesDone = done;
        status.changesTotal = total;
        setStatus(status);
    });
    connect(m_worker, &SyncWorker::snapshotProgress, this, [this](int chunks, qint64 rows) {
        if (m_status.phase != SyncStatus::Phase::Syncing)
            return;
        SyncStatus status = m_status;
        status.snapshotChunks = chunks;
        status.snapshotRows = rows;
        setStatus(status);
    });
    connect(m_worker, &SyncWorker::upToDate, this, [this](const QDateTime &at) {
        SyncStatus status = m_status;
        status.lastSynced = at;
        setStatus(status);
    });
    connect(m_worker, &SyncWorker::conflictCount, this, [this](int open) {
        SyncStatus status = m_status;
        status.openConflicts = open;
        setStatus(status);
    });
    connect(m_worker, &SyncWorker::credentialsStored, this, [this](const QString &deviceId) {
        const bool was = isSignedIn();
        m_deviceId = deviceId;
        if (was != isSignedIn())
            Q_EMIT signedInChanged(isSignedIn());
    });
    connect(m_worker, &SyncWorker::signInFinished, this,
            [this](bool ok, const QString &code, const QString &message) {
                m_signingIn = false;
                if (ok) {
                    m_fatal = false;
                    m_periodic.start();
                    Q_EMIT signInFinished(true, {}, false);
                    return;
                }
                SyncStatus status;
                status.phase = SyncStatus::Phase::SignedOut;
                status.lastSynced = m_status.lastSynced;
                status.openConflicts = m_status.openConflicts;
                setStatus(status);
                Q_EMIT signInFinished(false, SyncStatusText::reason(code, message),
                                      SyncStatusText::needsOneTimeCode(code, message));
            });
    connect(m_worker, &SyncWorker::remoteRowsApplied, this, &SyncController::onRemoteRows);
}

void SyncController::followLocalChanges()
{
    const auto changed = [this]() {
        if (!m_announcing && isSignedIn())
            m_debounce.start();
    };
    CrmStore &s = m_store;
    connect(&s.contacts(), &ContactService::contactSaved, this, changed);
    connect(&s.contacts(), &ContactService::contactRemoved, this, changed);
    connect(&s.companies(), &CompanyService::companySaved, this, changed);
    connect(&s.companies(), &CompanyService::companyRemoved, this, changed);
    connect(&s.leads(), &LeadService::leadSaved, this, changed);
    connect(&s.leads(), &LeadService::leadRemoved, this, changed);
    connect(&s.leads(), &LeadService::leadConverted, this, changed);
    connect(&s.deals(), &DealService::dealSaved, this, changed);
    connect(&s.deals(), &DealService::dealMoved, this, changed);
    connect(&s.deals(), &DealService::dealRemoved, this, changed);
    connect(&s.activities(), &ActivityService::activitySaved, this, changed);
    connect(&s.activities(), &ActivityService::activityRemoved, this, changed);
    connect(&s.products(), &ProductService::productSaved, this, changed);
    connect(&s.products(), &ProductService::productRemoved, this, changed);
    connect(&s.brands(), &BrandService::brandSaved, this, changed);
    connect(&s.brands(), &BrandService::brandRemoved, this, changed);
    connect(&s.imports(), &ImportService::batchImported, this, changed);
    connect(&s.imports(), &ImportService::batchUndone, this, changed);
}

SyncAccount SyncController::account() const
{
    auto account = SyncSettings(m_store.settings()).account();
    if (!account)
        return {};
    SyncAccount shown = *account;
    shown.deviceToken.clear();
    return shown;
}

QString SyncController::checkServerUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (text.trimmed().isEmpty())
        return tr("Enter the server's address, for example wss://sync.example.com:8443.");
    if (!url.isValid() || (url.scheme() != u"ws" && url.scheme() != u"wss") || url.host().isEmpty())
        return tr("The address must start with ws:// or wss:// and name a server, for example "
                  "wss://sync.example.com:8443.");
    return {};
}

void SyncController::start()
{
    if (!m_openError.isEmpty()) {
        onFailed(QStringLiteral("replica"), m_openError);
        return;
    }
    auto stored = SyncSettings(m_store.settings()).account();
    SyncStatus status;
    if (stored) {
        m_deviceId = decodeDeviceCredentials(stored->deviceToken).deviceId;
        if (!stored->isConfigured())
            status.phase = SyncStatus::Phase::NotConfigured;
        else if (decodeDeviceCredentials(stored->deviceToken).isEmpty())
            status.phase = SyncStatus::Phase::SignedOut;
        else
            status.phase = SyncStatus::Phase::Connecting;
    }
    if (auto last = m_store.settings().value(kLastSyncedKey); last && !last->isEmpty())
        status.lastSynced = QDateTime::fromMSecsSinceEpoch(last->toLongLong(), Qt::UTC);
    setStatus(status);
    if (status.phase == SyncStatus::Phase::Connecting)
        m_periodic.start();
    onWorker([](SyncWorker &worker) {
        worker.startLive();
        worker.recountConflicts();
    });
}

void SyncController::signIn(const SyncAccount &account, const QString &password, const QString &totp)
{
    SyncAccount wanted = account;
    wanted.serverUrl = wanted.serverUrl.trimmed();
    wanted.tenant = wanted.tenant.trimmed();
    wanted.email = wanted.email.trimmed();
    wanted.deviceToken.clear();
    QString problem = checkServerUrl(wanted.serverUrl);
    if (problem.isEmpty() && wanted.tenant.isEmpty())
        problem = tr("Enter your team's name on the server (the tenant).");
    if (problem.isEmpty() && !wanted.email.contains(u'@'))
        problem = tr("Enter the e-mail address you sign in with.");
    if (problem.isEmpty() && password.isEmpty())
        problem = tr("Enter your password.");
    if (!m_openError.isEmpty())
        problem = SyncStatusText::reason(QStringLiteral("replica"), m_openError);
    if (!problem.isEmpty()) {
        Q_EMIT signInFinished(false, problem, false);
        return;
    }
    m_fatal = false;
    m_signingIn = true;
    SyncStatus status;
    status.phase = SyncStatus::Phase::Connecting;
    status.lastSynced = m_status.lastSynced;
    status.openConflicts = m_status.openConflicts;
    setStatus(status);
    onWorker([wanted, password, totp](SyncWorker &worker) { worker.signIn(wanted, password, totp); });
}

void SyncController::signOut()
{
    m_signingIn = false;
    m_periodic.stop();
    m_debounce.stop();
    m_fatal = false;
    SyncStatus status;
    status.phase = SyncStatus::Phase::SignedOut;
    status.lastSynced = m_status.lastSynced;
    status.openConflicts = m_status.openConflicts;
    setStatus(status);
    onWorker([](SyncWorker &worker) { worker.stop(true); });
}

void SyncController::syncNow()
{
    onWorker([](SyncWorker &worker) { worker.syncNow(); });
}

void SyncController::localChangesMade()
{
    if (isSignedIn())
        m_debounce.start();
}

void SyncController::conflictsReviewed()
{
    onWorker([](SyncWorker &worker) { worker.recountConflicts(); });
}

void SyncController::dropConnection()
{
    onWorker([](SyncWorker &worker) { worker.dropConnection(); });
}

void SyncController::setStatus(const SyncStatus &status)
{
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged(m_status);
}

void SyncController::onState(SyncClient::State state)
{
    const auto phase = m_status.phase;
    if (phase == SyncStatus::Phase::NotConfigured || phase == SyncStatus::Phase::SignedOut)
        return; // a stopped client's last word, or a sign-in that has not succeeded yet
    SyncStatus status = m_status;
    switch (state) {
    case SyncClient::State::Offline:
        if (m_fatal)
            return;
        status.phase = SyncStatus::Phase::Offline;
        break;
    case SyncClient::State::Connecting:
        if (phase == SyncStatus::Phase::Offline || phase == SyncStatus::Phase::Error)
            return; // reconnecting: stay "offline" until it works, rather than flicker
        status.phase = SyncStatus::Phase::Connecting;
        break;
    case SyncClient::State::Syncing:
        if (phase != SyncStatus::Phase::Syncing) {
            status.snapshotChunks = 0;
            status.snapshotRows = 0;
            status.changesDone = 0;
            status.changesTotal = 0;
        }
        status.phase = SyncStatus::Phase::Syncing;
        m_fatal = false;
        break;
    case SyncClient::State::UpToDate:
        status.phase = SyncStatus::Phase::UpToDate;
        status.errorCode.clear();
        status.errorMessage.clear();
        break;
    case SyncClient::State::Error:
        return; // onFailed has the reason
    }
    setStatus(status);
}

void SyncController::onFailed(const QString &code, const QString &message)
{
    SyncStatus status = m_status;
    status.errorCode = code;
    status.errorMessage = message;
    if (isFinal(code)) {
        m_fatal = true;
        m_periodic.stop();
        status.phase = SyncStatus::Phase::Error;
    }
    setStatus(status);
}

void SyncController::onRemoteRows(const QList<ChangedRow> &rows)
{
    m_announcing = true;
    RemoteChanges::announce(m_store, rows);
    m_announcing = false;
    Q_EMIT remoteChangesApplied(rows);
}

} // namespace OmniCrm
