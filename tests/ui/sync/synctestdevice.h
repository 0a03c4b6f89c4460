// Shared set-up for the desktop sync tests: one "device" is an encrypted store with its reader
// thread (as the desktop app wires them) and a SyncController with short test timings; a
// server is the in-process omnicrm server of tests/sync/support on 127.0.0.1.
#pragma once

#include "serverfixture.h"
#include "synccontroller.h"
#include "uitestsupport.h"

#include <QSignalSpy>

namespace OmniCrm::Test {

inline const QString kTenant = QStringLiteral("acme");
inline const QString kEmail = QStringLiteral("rep@example.com");
inline const QString kPassword = QStringLiteral("correct horse battery");

inline SyncControllerOptions testSyncOptions()
{
    SyncControllerOptions options;
    options.localDebounceMs = 20;
    options.periodicMs = 60'000; // never within a test: pokes and local changes drive it
    options.timing.reconnectInitialMs = 50;
    options.timing.reconnectMaxMs = 200;
    return options;
}

class SyncTestDevice
{
public:
    QString create()
    {
        if (QString failed = m_store.create(); !failed.isEmpty())
            return failed;
        m_controller = std::make_unique<SyncController>(
            store(), [this]() { return store().openSibling(); }, testSyncOptions());
        return {};
    }
    /// A new controller over the same store, as the next start of the app makes.
    void restartController()
    {
        m_controller.reset();
        m_controller = std::make_unique<SyncController>(
            store(), [this]() { return store().openSibling(); }, testSyncOptions());
    }
    void reset()
    {
        m_controller.reset();
        m_store.reset();
    }

    /// Signs in against `url` and waits for the answer; empty on success, else the reason.
    QString signIn(const QUrl &url, const QString &password = kPassword)
    {
        QSignalSpy finished(m_controller.get(), &SyncController::signInFinished);
        m_controller->signIn({ url.toString(), kTenant, kEmail, {} }, password);
        if (finished.isEmpty() && !finished.wait(10'000))
            return QStringLiteral("no answer to the sign-in");
        return finished.first().at(0).toBool() ? QString() : finished.first().at(1).toString();
    }
    /// Waits until the controller says up to date.
    bool waitUpToDate(int timeoutMs = 10'000)
    {
        return QTest::qWaitFor([this]() { return phase() == SyncStatus::Phase::UpToDate; }, timeoutMs);
    }
    SyncStatus::Phase phase() const { return m_controller->status().phase; }

    CrmStore &store() { return m_store.store(); }
    BackgroundStore &reader() { return m_store.reader(); }
    SyncController &controller() { return *m_controller; }

private:
    UiStoreFixture m_store;
    std::unique_ptr<SyncController> m_controller;
};

} // namespace OmniCrm::Test
