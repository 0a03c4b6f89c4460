// runOffThread: one slow call (Argon2id key wrapping, a keychain round trip) on a thread of its
// own, its result delivered on the caller's thread, so a dialog stays responsive meanwhile.
#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace OmniCrm {

template <typename T> void runOffThread(QObject *context, std::function<T()> job, std::function<void(T)> done)
{
    auto result = std::make_shared<std::optional<T>>();
    QThread *thread = QThread::create([job = std::move(job), result]() { result->emplace(job()); });
    QPointer<QObject> guard(context);
    QObject::connect(thread, &QThread::finished, context, [thread, result, done = std::move(done), guard]() {
        thread->deleteLater();
        if (guard)
            done(std::move(**result));
    });
    thread->start();
}

} // namespace OmniCrm
