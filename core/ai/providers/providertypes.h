// The values that travel through the provider chain: requests, results that always name the
// provider and model that produced them, and failures that say whether another try may help.
#pragma once

#include "result.h"

#include <QFlags>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace OmniCrm {

enum class Capability {
    Chat = 0x1, // chat with a JSON schema
    Embeddings = 0x2,
    Transcription = 0x4,
};
Q_DECLARE_FLAGS(Capabilities, Capability)
Q_DECLARE_OPERATORS_FOR_FLAGS(Capabilities)

struct ChatMessage
{
    QString role; // "system", "user", "assistant"
    QString content;
};

struct ChatRequest
{
    /// What the call is for ("extract_lead", "translate", …): the offline provider answers only
    /// the tasks its engines cover.
    QString task;
    QList<ChatMessage> messages;
    /// The JSON schema the answer must satisfy (an object schema).
    QJsonObject schema;
    QString schemaName = QStringLiteral("answer");
    /// Names the caller knows are personal (customer, contact): replaced in privacy mode.
    QStringList personalNames;
};

struct TokenUsage
{
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
};

struct ChatResult
{
    QJsonObject object;
    QString providerId;
    QString model;
    TokenUsage usage;
};

struct EmbeddingResult
{
    QList<QList<double>> vectors; // one per input, in input order
    QString providerId;
    QString model;
    TokenUsage usage;
};

struct TranscriptionResult
{
    QString text;
    QString providerId;
    QString model;
};

/// Why one provider call failed. `retryable` is true for 429 and 5xx only.
struct ProviderFailure
{
    Error error;
    QString providerId;
    int httpStatus = 0; // 0 when no HTTP answer came
    qint64 retryAfterMs = -1; // from Retry-After, -1 when absent
    bool timedOut = false;

    bool retryable() const { return httpStatus == 429 || (httpStatus >= 500 && httpStatus <= 599); }
    /// "groq: HTTP 500: …" for logs and the chain's summary (never holds a key).
    QString describe() const;
};

/// A provider call's value or its failure.
template <typename T> struct ProviderResult
{
    std::optional<T> value;
    ProviderFailure failure;

    bool ok() const { return value.has_value(); }
    static ProviderResult success(T v) { return ProviderResult { std::move(v), {} }; }
    static ProviderResult failed(ProviderFailure f) { return ProviderResult { std::nullopt, std::move(f) }; }
};

template <typename T> using ProviderCallback = std::function<void(ProviderResult<T>)>;

struct CallOptions
{
    int timeoutMs = 30000;
};

} // namespace OmniCrm
