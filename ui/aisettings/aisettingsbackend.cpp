#include "aisettingsbackend.h"

#include "aiservices.h"
#include "hlc.h"
#include "keychainsecretstore.h"
#include "providerchainbuilder.h"

#include <QDateTime>
#include <QJsonArray>

namespace OmniCrm {

namespace {

/// Runs `job` with the AI services of the worker's store and a keychain made on this thread.
template <typename T>
T withServices(CrmStore &store, const AiSettingsBackend::KeychainFactory &keychain,
               const std::function<T(AiServices &)> &job)
{
    std::unique_ptr<SecretStore> secrets;
    if (keychain)
        secrets = keychain();
    else
        secrets = std::make_unique<KeychainSecretStore>(QStringLiteral("OmniCRM"),
                                                        std::chrono::milliseconds(10000));
    SystemClock clock;
    AiServices ai(store.database(), store.settings(), store.phones(), *secrets, clock);
    return job(ai);
}

ChatRequest testRequest()
{
    ChatRequest request;
    request.task = QStringLiteral("provider_test");
    request.schema = QJsonObject {
        { QStringLiteral("type"), QStringLiteral("object") },
        { QStringLiteral("properties"),
          QJsonObject { { QStringLiteral("reply"),
                          QJsonObject { { QStringLiteral("type"), QStringLiteral("string") } } } } },
        { QStringLiteral("required"), QJsonArray { QStringLiteral("reply") } },
    };
    request.messages = { { QStringLiteral("system"), QStringLiteral("Answer {\"reply\": \"ok\"}.") },
                         { QStringLiteral("user"), QStringLiteral("ok") } };
    return request;
}

} // namespace

AiSettingsBackend::AiSettingsBackend(CrmStore &store, KeychainFactory keychain, QObject *parent)
    : QObject(parent)
    , m_keychain(std::move(keychain))
{
    if (auto sibling = store.openSibling())
        m_worker = std::make_unique<BackgroundStore>(std::move(sibling).value());
    else
        qWarning("omnicrm: AI settings: %s", qPrintable(sibling.error().detail));
}

AiSettingsBackend::~AiSettingsBackend() = default;

void AiSettingsBackend::drain()
{
    if (m_worker)
        m_worker->drain();
}

void AiSettingsBackend::load(QObject *receiver, std::function<void(Result<AiSettingsSnapshot>)> done)
{
    if (!m_worker)
        return done(Error::make(ErrorCode::StoreNotFound, QStringLiteral("no worker connection")));
    m_worker->run<Result<AiSettingsSnapshot>>(
        receiver,
        [keychain = m_keychain](CrmStore &store) {
            return withServices<Result<AiSettingsSnapshot>>(
                store, keychain, [](AiServices &ai) -> Result<AiSettingsSnapshot> {
                    auto settings = ai.settings().load();
                    if (!settings)
                        return settings.error();
                    AiSettingsSnapshot snapshot;
                    for (const ProviderConfig &config : std::as_const(settings->providers)) {
                        auto key = ai.settings().apiKey(config);
                        snapshot.providers.append({ config, key.ok() && !key->isEmpty() });
                    }
                    snapshot.monthlyCapMicros = settings->monthlyCapMicros;
                    snapshot.capCurrency = settings->capCurrency;
                    auto spent
                        = ai.ledger().spentMicros(SpendLedger::monthOf(QDateTime::currentMSecsSinceEpoch()));
                    if (!spent)
                        return spent.error();
                    snapshot.spentThisMonthMicros = *spent;
                    return snapshot;
                });
        },
        std::move(done));
}

void AiSettingsBackend::save(const AiSettings &settings, const QHash<QString, QByteArray> &newKeys,
                             const QStringList &removedIds, QObject *receiver,
                             std::function<void(Status)> done)
{
    if (!m_worker)
        return done(Error::make(ErrorCode::StoreNotFound, QStringLiteral("no worker connection")));
    m_worker->run<Status>(
        receiver,
        [keychain = m_keychain, settings, newKeys, removedIds](CrmStore &store) {
            return withServices<Status>(store, keychain, [&](AiServices &ai) -> Status {
                OMNICRM_TRY(settings.validate()); // nothing is written when any provider is wrong
                auto saved = ai.settings().load();
                if (!saved)
                    return saved.error();
                for (const QString &id : removedIds) {
                    if (saved->find(id))
                        OMNICRM_TRY(ai.settings().removeProvider(id));
                }
                for (const ProviderConfig &config : settings.providers) {
                    const QByteArray key = newKeys.value(config.id);
                    if (!key.isEmpty())
                        OMNICRM_TRY(ai.settings().addProvider(config, key));
                }
                return ai.settings().save(settings);
            });
        },
        std::move(done));
}

void AiSettingsBackend::test(const ProviderConfig &config, const QByteArray &apiKey, QObject *receiver,
                             std::function<void(ConnectionTest)> done)
{
    if (!m_worker) {
        ConnectionTest failed;
        failed.failure.error = Error::make(ErrorCode::StoreNotFound, QStringLiteral("no worker connection"));
        return done(failed);
    }
    m_worker->run<ConnectionTest>(
        receiver,
        [keychain = m_keychain, config, apiKey](CrmStore &store) {
            return withServices<ConnectionTest>(store, keychain, [&](AiServices &ai) {
                ConnectionTest outcome;
                QByteArray key = apiKey;
                if (key.isEmpty()) {
                    if (auto stored = ai.settings().apiKey(config))
                        key = *stored;
                }
                auto provider = ProviderChainBuilder::makeProvider(config, key, ai.network());
                // The worker thread may wait: it is not the GUI thread, and the call has its timeout.
                const auto result = waitForResult<ProviderResult<ChatResult>>([&](auto answer) {
                    provider->chat(testRequest(), CallOptions { config.timeoutMs }, std::move(answer));
                });
                outcome.ok = result.ok();
                if (result.ok())
                    outcome.model = result.value->model;
                else
                    outcome.failure = result.failure;
                return outcome;
            });
        },
        std::move(done));
}

} // namespace OmniCrm
