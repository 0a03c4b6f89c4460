#include "offlineprovider.h"

namespace OmniCrm {

namespace {

ProviderFailure notOffline(const QString &what)
{
    ProviderFailure failure;
    failure.providerId = OfflineProvider::Id;
    failure.error
        = Error::make(ErrorCode::Unsupported, QStringLiteral("%1 is not supported offline").arg(what));
    return failure;
}

} // namespace

void OfflineProvider::setTaskHandler(const QString &task, TaskHandler handler)
{
    m_handlers.insert(task, std::move(handler));
}

void OfflineProvider::chat(const ChatRequest &request, const CallOptions &, ProviderCallback<ChatResult> done)
{
    const auto handler = m_handlers.constFind(request.task);
    if (handler == m_handlers.constEnd()) {
        answerLater(std::move(done),
                    ProviderResult<ChatResult>::failed(notOffline(
                        request.task.isEmpty() ? QStringLiteral("free chat")
                                               : QStringLiteral("task \"%1\"").arg(request.task))));
        return;
    }
    Result<QJsonObject> answer = (*handler)(request);
    if (!answer) {
        ProviderFailure failure;
        failure.providerId = Id;
        failure.error = answer.error();
        answerLater(std::move(done), ProviderResult<ChatResult>::failed(failure));
        return;
    }
    answerLater(std::move(done), ProviderResult<ChatResult>::success(ChatResult { *answer, Id, Model, {} }));
}

void OfflineProvider::embed(const QStringList &, const CallOptions &, ProviderCallback<EmbeddingResult> done)
{
    answerLater(std::move(done),
                ProviderResult<EmbeddingResult>::failed(notOffline(QStringLiteral("embedding"))));
}

void OfflineProvider::transcribe(const QString &, const CallOptions &,
                                 ProviderCallback<TranscriptionResult> done)
{
    answerLater(std::move(done),
                ProviderResult<TranscriptionResult>::failed(notOffline(QStringLiteral("transcription"))));
}

} // namespace OmniCrm
