// ProviderConfig and AiSettings: what the user configured for the AI providers (Settings → AI):
// the ordered list, each provider's endpoint, models, timeout, prices and privacy mode, and the
// monthly spend cap. The rule that is not obvious: an API key is never part of it; it lives in
// the SecretStore under secretAccount().
#pragma once

#include "result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QUrl>

namespace OmniCrm {

enum class ProviderKind {
    OpenAiCompatible, // OpenAI, Groq, llama.cpp server, Ollama's /v1, any compatible endpoint
    Ollama, // Ollama's native /api
};

/// Price of one model per 1,000 tokens, in the cap's currency.
struct ModelPrice
{
    double inputPer1k = 0;
    double outputPer1k = 0;

    /// The cost of a call in micro-units (millionths) of the currency, rounded up.
    qint64 costMicros(qint64 promptTokens, qint64 completionTokens) const;
};

struct ProviderConfig
{
    QString id; // "groq", "local-ollama": [a-z0-9._-], unique
    ProviderKind kind = ProviderKind::OpenAiCompatible;
    QUrl baseUrl; // "https://api.groq.com/openai/v1", "http://127.0.0.1:11434"
    QString model;
    QString embeddingModel; // empty: no embeddings from this provider
    QString transcriptionModel; // empty: no transcription
    int timeoutMs = 30000;
    bool enabled = true;
    bool privacyMode = false; // personal data replaced by placeholders before sending
    QHash<QString, ModelPrice> prices; // model → price

    static QString kindName(ProviderKind kind);
    static Result<ProviderKind> kindFromName(const QString &name);

    /// The SecretStore account of this provider's API key.
    QString secretAccount() const;
    ModelPrice priceOf(const QString &modelName) const { return prices.value(modelName); }

    /// InvalidArgument naming the field ("base_url", "timeout_ms", …) and what is wrong with it.
    Status validate() const;

    QJsonObject toJson() const;
    static Result<ProviderConfig> fromJson(const QJsonObject &json);
};

struct AiSettings
{
    QList<ProviderConfig> providers; // in the order the chain tries them
    qint64 monthlyCapMicros = 0; // 0: no cap
    QString capCurrency = QStringLiteral("USD");

    const ProviderConfig *find(const QString &id) const;
    /// Each provider valid, ids unique, cap not negative.
    Status validate() const;

    QJsonObject toJson() const;
    static Result<AiSettings> fromJson(const QJsonObject &json);
};

} // namespace OmniCrm

Q_DECLARE_METATYPE(OmniCrm::ProviderConfig)
