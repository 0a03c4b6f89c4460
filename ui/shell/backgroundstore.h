// BackgroundStore: runs store queries on a thread of their own, over a second connection to the
// same encrypted store (CrmStore::openSibling), and hands each result back on the GUI thread.
// Lists, search and dashboards read through it so the GUI thread never waits on SQLite; single
// small writes from forms stay on the GUI thread's own CrmStore.
//
// The one rule: a job touches only the CrmStore it is given, never a widget or the GUI store.
#pragma once

#include "crmstore.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace OmniCrm {

class BackgroundStore : public QObject
{
    Q_OBJECT
public:
    /// Takes the sibling connection; it is used and destroyed on the worker thread.
    explicit BackgroundStore(std::unique_ptr<CrmStore> sibling, QObject *parent = nullptr);
    ~BackgroundStore() override;

    /// Runs `job(store)` on the worker thread, then `done(result)` on this object's thread,
    /// unless `receiver` was destroyed meanwhile. Jobs run one at a time in the order given.
    template <typename T>
    void run(QObject *receiver, std::function<T(CrmStore &)> job, std::function<void(T)> done)
    {
        QPointer<QObject> guard(receiver);
        post([this, guard, job = std::move(job), done = std::move(done)](CrmStore &store) mutable {
            auto result = std::make_shared<T>(job(store));
            QMetaObject::invokeMethod(
                this,
                [guard, result, done = std::move(done)]() {
                    if (guard)
                        done(std::move(*result));
                },
                Qt::QueuedConnection);
        });
    }

    /// Blocks until every job posted so far has finished (tests and shutdown only).
    void drain();

private:
    void post(std::function<void(CrmStore &)> task);

    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread
    std::unique_ptr<CrmStore> m_store;
};

} // namespace OmniCrm
