// Provider: one source of AI answers (an HTTP endpoint or the built-in offline engine).
// The rule that is not obvious: every call answers through its callback later, from the event
// loop, never before it returns, and never blocks; callers that must wait use waitForResult().
#pragma once

#include "providertypes.h"

#include <QEventLoop>
#include <QTimer>

namespace OmniCrm {

class Provider
{
public:
    virtual ~Provider() = default;

    virtual QString id() const = 0;
    /// The chat model (also what results record when the provider has one model).
    virtual QString model() const = 0;
    virtual Capabilities capabilities() const = 0;
    /// True only for the built-in engine, which never leaves the machine and costs nothing.
    virtual bool isOffline() const { return false; }

    /// Messages + schema → a JSON object (the provider checks that it is JSON, the chain that it
    /// fits the schema).
    virtual void chat(const ChatRequest &request, const CallOptions &options,
                      ProviderCallback<ChatResult> done)
        = 0;
    virtual void embed(const QStringList &texts, const CallOptions &options,
                       ProviderCallback<EmbeddingResult> done)
        = 0;
    /// Audio file → text.
    virtual void transcribe(const QString &audioPath, const CallOptions &options,
                            ProviderCallback<TranscriptionResult> done)
        = 0;
};

/// Hands `result` to `done` from the event loop, for answers known before any I/O.
template <typename T> void answerLater(ProviderCallback<T> done, ProviderResult<T> result)
{
    QTimer::singleShot(
        0, [done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); });
}

/// Runs an asynchronous call and waits for its answer in a local event loop. For the CLI and
/// tests only: never call it on the GUI thread.
template <typename T, typename Start> T waitForResult(Start start)
{
    std::optional<T> result;
    QEventLoop loop;
    start([&](T value) {
        result = std::move(value);
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

} // namespace OmniCrm
