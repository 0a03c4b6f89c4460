#include "providerchain.h"
#include "jsonschemavalidator.h"
#include "privacyredactor.h"
#include "spendledger.h"

#include <QLoggingCategory>
#include <QPointer>

namespace OmniCrm {

Q_LOGGING_CATEGORY(lcChain, "omnicrm.ai.chain")

struct ProviderChain::Member
{
    std::unique_ptr<Provider> provider;
    ProviderConfig config;
    std::unique_ptr<CircuitBreaker> breaker; // none for the offline engine
};

template <typename T> struct ProviderChain::Run
{
    using Call = std::function<void(Member &member, ProviderCallback<T> done)>;
    using Accept = std::function<std::optional<ProviderFailure>(Member &member, T &value)>;

    Capability capability = Capability::Chat;
    bool privacyModeAllowed = true; // false for audio, which cannot be redacted
    QString onlyId; // non-empty: this provider alone
    Call call;
    Accept accept;
    ProviderCallback<T> done;
    size_t index = 0;
    int attempt = 0;
    QStringList failures;
};

ProviderChain::ProviderChain(const Clock &clock, RandomSource &random, SpendLedger &spend,
                             const PhoneNormalizer &phones, ChainPolicy policy, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_random(random)
    , m_spend(spend)
    , m_phones(phones)
    , m_policy(policy)
{
    auto offline = std::make_unique<OfflineProvider>();
    m_offline = offline.get();
    auto member = std::make_unique<Member>();
    member->config.id = OfflineProvider::Id;
    member->config.model = OfflineProvider::Model;
    member->provider = std::move(offline);
    m_members.push_back(std::move(member));
}

ProviderChain::~ProviderChain() = default;

void ProviderChain::addProvider(std::unique_ptr<Provider> provider, const ProviderConfig &config)
{
    auto member = std::make_unique<Member>();
    member->provider = std::move(provider);
    member->config = config;
    member->breaker
        = std::make_unique<CircuitBreaker>(m_clock, m_policy.breakerThreshold, m_policy.breakerCoolDownMs);
    m_members.insert(m_members.end() - 1, std::move(member));
}

QStringList ProviderChain::order() const
{
    QStringList ids;
    for (const auto &member : m_members)
        ids << member->provider->id();
    return ids;
}

bool ProviderChain::hasOnlineProvider(Capability capability) const
{
    return std::any_of(m_members.cbegin(), m_members.cend(), [capability](const auto &member) {
        return !member->provider->isOffline() && member->config.enabled
            && member->provider->capabilities().testFlag(capability);
    });
}

CircuitBreaker::State ProviderChain::breakerState(const QString &providerId) const
{
    for (const auto &member : m_members)
        if (member->provider->id() == providerId && member->breaker)
            return member->breaker->state();
    return CircuitBreaker::State::Closed;
}

QString ProviderChain::skipReason(Member &member, Capability capability, bool privacyModeAllowed)
{
    Provider &provider = *member.provider;
    if (!provider.capabilities().testFlag(capability))
        return QStringLiteral("cannot do this");
    if (provider.isOffline())
        return {};
    if (!member.config.enabled)
        return QStringLiteral("disabled");
    if (member.config.privacyMode && !privacyModeAllowed)
        return QStringLiteral("privacy mode: audio cannot be redacted");
    const ModelPrice price = member.config.priceOf(provider.model());
    const bool paid = price.inputPer1k > 0 || price.outputPer1k > 0;
    if (paid && m_capMicros > 0) {
        auto spent = m_spend.spentMicros(SpendLedger::monthOf(m_clock.nowMs()));
        if (!spent)
            return QStringLiteral("spend unknown (%1); paid calls refused").arg(spent.error().detail);
        if (*spent >= m_capMicros)
            return QStringLiteral("monthly spend cap reached");
    }
    // Last, because letting a half-open breaker's trial call through is a commitment.
    if (!member.breaker->allowCall())
        return QStringLiteral("circuit open after repeated failures");
    return {};
}

void ProviderChain::recordSpend(const Member &member, const QString &model, const TokenUsage &usage)
{
    if (member.provider->isOffline())
        return;
    const qint64 cost = member.config.priceOf(model).costMicros(usage.promptTokens, usage.completionTokens);
    Status recorded = m_spend.record(SpendLedger::monthOf(m_clock.nowMs()), member.provider->id(), model,
                                     cost, usage.promptTokens, usage.completionTokens);
    if (!recorded)
        qCWarning(lcChain) << "could not record AI spend:" << recorded.error().detail;
}

template <typename T> void ProviderChain::next(std::shared_ptr<Run<T>> run)
{
    while (run->index < m_members.size()) {
        Member &member = *m_members[run->index];
        const QString id = member.provider->id();
        QString reason;
        if (!run->onlyId.isEmpty() && id != run->onlyId)
            reason = QStringLiteral("not asked");
        else
            reason = skipReason(member, run->capability, run->privacyModeAllowed);
        if (reason.isEmpty())
            break;
        if (run->onlyId.isEmpty() || id == run->onlyId) {
            run->failures << QStringLiteral("%1: %2").arg(id, reason);
            Q_EMIT providerSkipped(id, reason);
        }
        ++run->index;
    }
    if (run->index >= m_members.size()) {
        ProviderFailure failure;
        failure.providerId = QStringLiteral("chain");
        failure.error = Error::make(
            ErrorCode::Unsupported,
            run->failures.isEmpty()
                ? QStringLiteral("no provider can do this")
                : QStringLiteral("no provider answered (%1)").arg(run->failures.join(QStringLiteral("; "))));
        if (!run->onlyId.isEmpty() && run->failures.isEmpty())
            failure.error
                = Error::make(ErrorCode::NotFound, QStringLiteral("no provider %1").arg(run->onlyId));
        run->done(ProviderResult<T>::failed(failure));
        return;
    }
    attempt(run);
}

template <typename T> void ProviderChain::attempt(std::shared_ptr<Run<T>> run)
{
    Member &member = *m_members[run->index];
    QPointer<ProviderChain> guard(this);
    run->call(member, [guard, run](ProviderResult<T> result) {
        if (guard)
            guard->finish(run, std::move(result));
    });
}

template <typename T> void ProviderChain::finish(std::shared_ptr<Run<T>> run, ProviderResult<T> result)
{
    Member &member = *m_members[run->index];
    const QString id = member.provider->id();
    if (result.ok()) {
        if (auto rejected = run->accept(member, *result.value)) {
            result.failure = *rejected;
            result.value.reset();
        } else {
            if (member.breaker)
                member.breaker->recordSuccess();
            run->done(std::move(result));
            return;
        }
    }
    if (result.failure.providerId.isEmpty())
        result.failure.providerId = id;
    if (member.breaker && result.failure.retryable() && run->attempt == 0) {
        if (const auto delay = m_policy.retry.delayMs(result.failure.retryAfterMs, m_random)) {
            run->attempt = 1;
            qCInfo(lcChain) << "retrying" << id << "in" << *delay << "ms after" << result.failure.httpStatus;
            Q_EMIT retryScheduled(id, *delay);
            QTimer::singleShot(std::chrono::milliseconds(*delay), this, [this, run] { attempt(run); });
            return;
        }
    }
    if (member.breaker)
        member.breaker->recordFailure();
    qCInfo(lcChain) << "provider failed:" << result.failure.describe();
    run->failures << result.failure.describe();
    Q_EMIT attemptFailed(id, result.failure.error.detail);
    ++run->index;
    run->attempt = 0;
    next(run);
}

void ProviderChain::chat(const ChatRequest &request, ProviderCallback<ChatResult> done)
{
    chatWith(QString(), request, std::move(done));
}

void ProviderChain::chatWith(const QString &providerId, const ChatRequest &request,
                             ProviderCallback<ChatResult> done)
{
    auto run = std::make_shared<Run<ChatResult>>();
    run->capability = Capability::Chat;
    run->onlyId = providerId;
    run->done = std::move(done);
    const PhoneNormalizer &phones = m_phones;
    run->call = [request, &phones](Member &member, ProviderCallback<ChatResult> answer) {
        ChatRequest sent = request;
        std::shared_ptr<PrivacyRedactor> redactor;
        if (member.config.privacyMode && !member.provider->isOffline()) {
            redactor = std::make_shared<PrivacyRedactor>(phones);
            for (ChatMessage &message : sent.messages)
                message.content = redactor->redact(message.content, request.personalNames);
        }
        member.provider->chat(sent, CallOptions { member.config.timeoutMs },
                              [redactor, answer = std::move(answer)](ProviderResult<ChatResult> result) {
                                  if (result.ok() && redactor)
                                      result.value->object
                                          = redactor->restore(QJsonValue(result.value->object)).toObject();
                                  answer(std::move(result));
                              });
    };
    run->accept = [this, schema = request.schema](Member &member,
                                                  ChatResult &value) -> std::optional<ProviderFailure> {
        recordSpend(member, value.model,
                    value.usage); // the tokens were spent even when the answer is refused
        Status valid = JsonSchemaValidator::validate(value.object, schema);
        if (!valid) {
            ProviderFailure failure;
            failure.providerId = member.provider->id();
            failure.error
                = Error::make(ErrorCode::Parse,
                              QStringLiteral("answer does not fit the schema: %1").arg(valid.error().detail),
                              valid.error().field);
            return failure;
        }
        Q_EMIT answered(value.providerId, value.model);
        return std::nullopt;
    };
    next(run);
}

void ProviderChain::embed(const QStringList &texts, ProviderCallback<EmbeddingResult> done)
{
    auto run = std::make_shared<Run<EmbeddingResult>>();
    run->capability = Capability::Embeddings;
    run->done = std::move(done);
    const PhoneNormalizer &phones = m_phones;
    run->call = [texts, &phones](Member &member, ProviderCallback<EmbeddingResult> answer) {
        QStringList sent = texts;
        if (member.config.privacyMode) {
            PrivacyRedactor redactor(phones);
            for (QString &text : sent)
                text = redactor.redact(text);
        }
        member.provider->embed(sent, CallOptions { member.config.timeoutMs }, std::move(answer));
    };
    run->accept = [this](Member &member, EmbeddingResult &value) -> std::optional<ProviderFailure> {
        recordSpend(member, value.model, value.usage);
        Q_EMIT answered(value.providerId, value.model);
        return std::nullopt;
    };
    next(run);
}

void ProviderChain::transcribe(const QString &audioPath, ProviderCallback<TranscriptionResult> done)
{
    auto run = std::make_shared<Run<TranscriptionResult>>();
    run->capability = Capability::Transcription;
    run->privacyModeAllowed = false;
    run->done = std::move(done);
    run->call = [audioPath](Member &member, ProviderCallback<TranscriptionResult> answer) {
        member.provider->transcribe(audioPath, CallOptions { member.config.timeoutMs }, std::move(answer));
    };
    run->accept = [this](Member &, TranscriptionResult &value) -> std::optional<ProviderFailure> {
        Q_EMIT answered(value.providerId, value.model);
        return std::nullopt;
    };
    next(run);
}

} // namespace OmniCrm
