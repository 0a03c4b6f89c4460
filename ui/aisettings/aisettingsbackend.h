// AiSettingsBackend: the store side of Settings → AI providers, run on a worker connection of its
// own (a BackgroundStore over CrmStore::openSibling()): load the providers with whether each has
// a key and this month's spend, save the list with new keys, and test one provider with a small
// request. Keys go through ProviderSettingsService to the OS keychain, or where none answers to
// the encrypted store, exactly as AiServices does for the CLI; the keychain is only touched on
// the worker thread, never on the GUI thread.
#pragma once

#include "backgroundstore.h"
#include "providerconfig.h"
#include "providertypes.h"
#include "secretstore.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

namespace OmniCrm {

struct ProviderRow
{
    ProviderConfig config;
    bool hasKey = false; // a key is stored (it is never read back into the UI)
};

struct AiSettingsSnapshot
{
    QList<ProviderRow> providers; // in the order the chain tries them
    qint64 monthlyCapMicros = 0;
    QString capCurrency;
    qint64 spentThisMonthMicros = 0;
};

struct ConnectionTest
{
    bool ok = false;
    QString model; // the model that answered
    ProviderFailure failure;
};

class AiSettingsBackend : public QObject
{
    Q_OBJECT
public:
    /// Makes the keychain on the worker thread; the default is the OS keychain (KeychainSecretStore).
    using KeychainFactory = std::function<std::unique_ptr<SecretStore>()>;

    explicit AiSettingsBackend(CrmStore &store, KeychainFactory keychain = {}, QObject *parent = nullptr);
    ~AiSettingsBackend() override;

    bool isReady() const { return m_worker != nullptr; }

    void load(QObject *receiver, std::function<void(Result<AiSettingsSnapshot>)> done);
    /// Validates everything first, then removes `removedIds` (and their keys), stores the
    /// non-empty `newKeys` (by provider id) and saves the list, order and cap.
    void save(const AiSettings &settings, const QHash<QString, QByteArray> &newKeys,
              const QStringList &removedIds, QObject *receiver, std::function<void(Status)> done);
    /// One small chat request through `config` alone; an empty `apiKey` uses the stored one.
    void test(const ProviderConfig &config, const QByteArray &apiKey, QObject *receiver,
              std::function<void(ConnectionTest)> done);
    /// Blocks until the worker is idle (tests and shutdown only).
    void drain();

private:
    std::unique_ptr<BackgroundStore> m_worker;
    KeychainFactory m_keychain;
};

} // namespace OmniCrm
