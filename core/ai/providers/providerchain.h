// ProviderChain: asks the configured providers in order and falls back to the next one on any
// failure; the built-in OfflineProvider is always present and always last. Per provider: its own
// timeout, one retry on 429/5xx after a jittered backoff (or the server's Retry-After, within
// limits), a circuit breaker, privacy mode (personal data replaced by placeholders before the
// request leaves and restored in the answer), and the monthly spend cap, checked before a paid
// call. A chat answer that is not JSON or does not fit the schema counts as a failure.
//
// Everything is asynchronous: callbacks come from the event loop of the chain's thread.
#pragma once

#include "circuitbreaker.h"
#include "offlineprovider.h"
#include "providerconfig.h"
#include "retrypolicy.h"

#include <QObject>

#include <memory>
#include <vector>

namespace OmniCrm {

class PhoneNormalizer;
class SpendLedger;

struct ChainPolicy
{
    RetryPolicy retry;
    int breakerThreshold = 3; // consecutive failed calls that open a provider's breaker
    qint64 breakerCoolDownMs = 60000; // open → half-open
};

class ProviderChain : public QObject
{
    Q_OBJECT
public:
    ProviderChain(const Clock &clock, RandomSource &random, SpendLedger &spend, const PhoneNormalizer &phones,
                  ChainPolicy policy = {}, QObject *parent = nullptr);
    ~ProviderChain() override;

    /// Appends an HTTP provider (before the offline one). `config` gives its timeout, privacy
    /// mode and prices; a disabled config keeps it in the list but never calls it.
    void addProvider(std::unique_ptr<Provider> provider, const ProviderConfig &config);
    OfflineProvider &offline() { return *m_offline; }

    void setMonthlyCapMicros(qint64 capMicros) { m_capMicros = capMicros; }
    qint64 monthlyCapMicros() const { return m_capMicros; }

    /// Provider ids in the order they are tried; "offline" is last.
    QStringList order() const;
    /// True when an enabled provider other than the offline engine can do `capability`.
    bool hasOnlineProvider(Capability capability) const;
    /// The breaker state of a provider (Closed for unknown ids and the offline engine).
    CircuitBreaker::State breakerState(const QString &providerId) const;

    void chat(const ChatRequest &request, ProviderCallback<ChatResult> done);
    /// The same, but only through provider `providerId` (no fallback): "provider test".
    void chatWith(const QString &providerId, const ChatRequest &request, ProviderCallback<ChatResult> done);
    void embed(const QStringList &texts, ProviderCallback<EmbeddingResult> done);
    void transcribe(const QString &audioPath, ProviderCallback<TranscriptionResult> done);

Q_SIGNALS:
    void providerSkipped(const QString &providerId, const QString &reason);
    void attemptFailed(const QString &providerId, const QString &reason);
    void retryScheduled(const QString &providerId, qint64 delayMs);
    void answered(const QString &providerId, const QString &model);

private:
    struct Member;
    template <typename T> struct Run;

    template <typename T> void next(std::shared_ptr<Run<T>> run);
    template <typename T> void attempt(std::shared_ptr<Run<T>> run);
    template <typename T> void finish(std::shared_ptr<Run<T>> run, ProviderResult<T> result);
    QString skipReason(Member &member, Capability capability, bool privacyModeAllowed);
    void recordSpend(const Member &member, const QString &model, const TokenUsage &usage);

    const Clock &m_clock;
    RandomSource &m_random;
    SpendLedger &m_spend;
    const PhoneNormalizer &m_phones;
    ChainPolicy m_policy;
    qint64 m_capMicros = 0;
    std::vector<std::unique_ptr<Member>> m_members; // HTTP providers in order, then the offline one
    OfflineProvider *m_offline = nullptr;
};

} // namespace OmniCrm
