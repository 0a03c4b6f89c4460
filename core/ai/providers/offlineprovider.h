// OfflineProvider: the built-in engine as the chain's last provider. It answers only the chat
// tasks an offline engine has been registered for (lead extraction and the like, written in
// their own folders); free chat, translation, embeddings and transcription are "not supported
// offline". It never leaves the machine and costs nothing.
#pragma once

#include "provider.h"

#include <QHash>

namespace OmniCrm {

class OfflineProvider final : public Provider
{
public:
    using TaskHandler = std::function<Result<QJsonObject>(const ChatRequest &request)>;

    static inline const QString Id = QStringLiteral("offline");
    static inline const QString Model = QStringLiteral("builtin");

    QString id() const override { return Id; }
    QString model() const override { return Model; }
    Capabilities capabilities() const override { return Capability::Chat; }
    bool isOffline() const override { return true; }

    /// Lets the offline engine for `task` answer chat requests of that task.
    void setTaskHandler(const QString &task, TaskHandler handler);
    bool supportsTask(const QString &task) const { return m_handlers.contains(task); }

    void chat(const ChatRequest &request, const CallOptions &options,
              ProviderCallback<ChatResult> done) override;
    void embed(const QStringList &texts, const CallOptions &options,
               ProviderCallback<EmbeddingResult> done) override;
    void transcribe(const QString &audioPath, const CallOptions &options,
                    ProviderCallback<TranscriptionResult> done) override;

private:
    QHash<QString, TaskHandler> m_handlers;
};

} // namespace OmniCrm
