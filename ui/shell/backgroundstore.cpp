#include "backgroundstore.h"

#include <QSemaphore>

namespace OmniCrm {

BackgroundStore::BackgroundStore(std::unique_ptr<CrmStore> sibling, QObject *parent)
    : QObject(parent)
    , m_store(std::move(sibling))
{
    m_thread.setObjectName(QStringLiteral("omnicrm-store-reader"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

BackgroundStore::~BackgroundStore()
{
    // The store is closed on the thread that used it, after every queued job.
    CrmStore *store = m_store.release();
    QMetaObject::invokeMethod(
        m_worker, [store]() { delete store; }, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void BackgroundStore::post(std::function<void(CrmStore &)> task)
{
    CrmStore *store = m_store.get();
    QMetaObject::invokeMethod(
        m_worker, [store, task = std::move(task)]() { task(*store); }, Qt::QueuedConnection);
}

void BackgroundStore::drain()
{
    QSemaphore finished;
    QMetaObject::invokeMethod(
        m_worker, [&finished]() { finished.release(); }, Qt::QueuedConnection);
    finished.acquire();
}

} // namespace OmniCrm
