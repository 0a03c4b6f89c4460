#include "keychainsecretstore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <memory>

namespace OmniCrm {

namespace {

const QString ProbeAccount = QStringLiteral("omnicrm-keychain-probe");

Error jobError(const QKeychain::Job &job, const QString &what, const QString &account)
{
    const QString detail = QStringLiteral("keychain %1 for account %2 failed: %3 (QtKeychain error %4)")
                               .arg(what, account, job.errorString())
                               .arg(int(job.error()));
    switch (job.error()) {
    case QKeychain::NoError:
        break;
    case QKeychain::EntryNotFound:
        return Error::make(ErrorCode::NotFound, detail);
    case QKeychain::AccessDeniedByUser:
        return Error::make(ErrorCode::Cancelled, detail);
    case QKeychain::CouldNotDeleteEntry:
        return Error::make(ErrorCode::Io, detail);
    case QKeychain::AccessDenied:
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // Without a D-Bus session or secret service QtKeychain reports OtherError at once:
        // that, like the others here, means "no keychain answers", so callers may fall back.
        return Error::make(ErrorCode::NoKeyAvailable, detail);
    }
    return Error::make(ErrorCode::NoKeyAvailable, detail);
}

/// Starts `job` and waits for it; false when it did not finish within `timeout`. A job that
/// timed out is left to delete itself when it finishes, because deleting a running job would
/// pull its state from under a pending keychain callback.
bool runJob(QKeychain::Job *job, std::chrono::milliseconds timeout)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false); // never a plain-text file instead of the keychain
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&finished, &loop] {
        finished = true;
        loop.quit();
    });
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(timeout);
    job->start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!finished) {
        QObject::disconnect(job, nullptr, &loop, nullptr);
        job->setAutoDelete(true);
    }
    return finished;
}

Error timeoutError(const QString &what, std::chrono::milliseconds timeout)
{
    return Error::make(
        ErrorCode::NoKeyAvailable,
        QStringLiteral("the keychain did not answer a %1 within %2 ms").arg(what).arg(timeout.count()));
}

Error noApplicationError()
{
    return Error::make(ErrorCode::NoKeyAvailable,
                       QStringLiteral("the keychain needs a QCoreApplication, and there is none"));
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, std::chrono::milliseconds timeout)
    : m_service(std::move(service))
    , m_timeout(timeout)
{
}

bool KeychainSecretStore::available()
{
    // A write, not a read: a secret service without an unlocked collection (gnome-keyring
    // started by D-Bus activation on a headless machine) answers reads with "not found" but
    // cannot store anything.
    if (!write(ProbeAccount, QByteArrayLiteral("probe")).ok())
        return false;
    return remove(ProbeAccount).ok();
}

Result<QByteArray> KeychainSecretStore::read(const QString &account)
{
    if (!QCoreApplication::instance())
        return noApplicationError();
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(account);
    if (!runJob(job, m_timeout))
        return timeoutError(QStringLiteral("read"), m_timeout);
    const std::unique_ptr<QKeychain::ReadPasswordJob> owned(job);
    if (job->error() != QKeychain::NoError)
        return jobError(*job, QStringLiteral("read"), account);
    return job->binaryData();
}

Status KeychainSecretStore::write(const QString &account, const QByteArray &secret)
{
    if (!QCoreApplication::instance())
        return noApplicationError();
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(account);
    job->setBinaryData(secret);
    if (!runJob(job, m_timeout))
        return timeoutError(QStringLiteral("write"), m_timeout);
    const std::unique_ptr<QKeychain::WritePasswordJob> owned(job);
    if (job->error() != QKeychain::NoError)
        return jobError(*job, QStringLiteral("write"), account);
    return {};
}

Status KeychainSecretStore::remove(const QString &account)
{
    if (!QCoreApplication::instance())
        return noApplicationError();
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(account);
    if (!runJob(job, m_timeout))
        return timeoutError(QStringLiteral("removal"), m_timeout);
    const std::unique_ptr<QKeychain::DeletePasswordJob> owned(job);
    if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
        return {};
    return jobError(*job, QStringLiteral("removal"), account);
}

} // namespace OmniCrm
