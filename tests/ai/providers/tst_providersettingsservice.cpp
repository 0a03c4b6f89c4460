// ProviderSettingsService: settings validated and stored as one document, keys only in the
// SecretStore, order kept and changed, nothing saved when a field is wrong.
#include "crmstore.h"
#include "inmemorysecretstore.h"
#include "providersettingsservice.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace OmniCrm;
using namespace OmniCrm::Test;

namespace {

ProviderConfig provider(const QString &id,
                        const QString &url = QStringLiteral("https://api.groq.com/openai/v1"))
{
    ProviderConfig config;
    config.id = id;
    config.baseUrl = QUrl(url);
    config.model = QStringLiteral("llama-3.1-8b-instant");
    return config;
}

} // namespace

class tst_ProviderSettingsService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void keepsKeysOutOfSettings();
    void rejectsBadFields_data();
    void rejectsBadFields();
    void keepsAndChangesOrder();
    void removesProviderAndItsKey();

private:
    QTemporaryDir m_dir;
    int m_storeCount = 0;
    std::unique_ptr<CrmStore> m_store;
    std::unique_ptr<InMemorySecretStore> m_secretStore;
    std::unique_ptr<ProviderSettingsService> m_service;
};

void tst_ProviderSettingsService::init()
{
    auto store = CrmStore::openFile(m_dir.filePath(QStringLiteral("s%1.db").arg(++m_storeCount)),
                                    DatabaseKey {}, OpenMode::Create);
    QVERIFY2(store.ok(), why(store));
    m_store = std::move(*store);
    m_secretStore = std::make_unique<InMemorySecretStore>();
    m_service = std::make_unique<ProviderSettingsService>(m_store->settings(), *m_secretStore);
}

void tst_ProviderSettingsService::cleanup()
{
    m_service.reset();
    m_store.reset();
}

void tst_ProviderSettingsService::keepsKeysOutOfSettings()
{
    ProviderConfig config = provider(QStringLiteral("groq"));
    config.privacyMode = true;
    config.prices.insert(config.model, ModelPrice { 0.05, 0.08 });
    QVERIFY(m_service->addProvider(config, "gsk-secret-value").ok());

    const auto document = m_store->settings().value(ProviderSettingsService::SettingsKey);
    QVERIFY(document.ok());
    QVERIFY(!document->isEmpty());
    QVERIFY2(!document->contains(QStringLiteral("gsk-secret-value")), qPrintable(*document));
    QCOMPARE(*m_secretStore->read(config.secretAccount()), QByteArray("gsk-secret-value"));

    const auto loaded = m_service->load();
    QVERIFY2(loaded.ok(), why(loaded));
    QCOMPARE(loaded->providers.size(), 1);
    QCOMPARE(loaded->providers.first().privacyMode, true);
    QCOMPARE(loaded->providers.first().priceOf(config.model).outputPer1k, 0.08);
    QCOMPARE(*m_service->apiKey(loaded->providers.first()), QByteArray("gsk-secret-value"));
}

void tst_ProviderSettingsService::rejectsBadFields_data()
{
    QTest::addColumn<ProviderConfig>("config");
    QTest::addColumn<QString>("field");

    QTest::newRow("ftp-url") << provider(QStringLiteral("a"), QStringLiteral("ftp://example.com"))
                             << QStringLiteral("base_url");
    QTest::newRow("no-host") << provider(QStringLiteral("a"), QStringLiteral("http://"))
                             << QStringLiteral("base_url");
    QTest::newRow("not-a-url") << provider(QStringLiteral("a"), QStringLiteral("api.openai.com"))
                               << QStringLiteral("base_url");
    QTest::newRow("key-in-url") << provider(QStringLiteral("a"),
                                            QStringLiteral("https://user:sk@api.openai.com/v1"))
                                << QStringLiteral("base_url");
    QTest::newRow("bad-id") << provider(QStringLiteral("Groq Cloud")) << QStringLiteral("id");
    QTest::newRow("offline-id") << provider(QStringLiteral("offline")) << QStringLiteral("id");
    ProviderConfig noModel = provider(QStringLiteral("a"));
    noModel.model.clear();
    QTest::newRow("no-model") << noModel << QStringLiteral("model");
    ProviderConfig timeout = provider(QStringLiteral("a"));
    timeout.timeoutMs = 5;
    QTest::newRow("timeout") << timeout << QStringLiteral("timeout_ms");
    ProviderConfig price = provider(QStringLiteral("a"));
    price.prices.insert(price.model, ModelPrice { -1, 0 });
    QTest::newRow("negative-price") << price << QStringLiteral("prices");
}

void tst_ProviderSettingsService::rejectsBadFields()
{
    QFETCH(ProviderConfig, config);
    QFETCH(QString, field);
    const Status added = m_service->addProvider(config, "key");
    QVERIFY(!added.ok());
    QCOMPARE(added.error().code, ErrorCode::InvalidArgument);
    QCOMPARE(added.error().field, field);
    QCOMPARE(m_service->load()->providers.size(), 0); // nothing half-written
    QCOMPARE(m_secretStore->count(), 0);
}

void tst_ProviderSettingsService::keepsAndChangesOrder()
{
    for (const QString &id : { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") })
        QVERIFY(m_service->addProvider(provider(id), {}).ok());
    const auto ids = [this] {
        QStringList out;
        const auto loaded = m_service->load();
        for (const ProviderConfig &config : loaded->providers)
            out << config.id;
        return out;
    };
    QCOMPARE(ids(), (QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }));
    QVERIFY(m_service->moveProvider(QStringLiteral("c"), 0).ok());
    QCOMPARE(ids(), (QStringList { QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b") }));
    ProviderConfig changed = provider(QStringLiteral("a"));
    changed.timeoutMs = 9000;
    QVERIFY(m_service->addProvider(changed, {}).ok()); // replaces in place
    QCOMPARE(ids(), (QStringList { QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b") }));
    QCOMPARE(m_service->load()->find(QStringLiteral("a"))->timeoutMs, 9000);
    QCOMPARE(m_service->moveProvider(QStringLiteral("zzz"), 0).error().code, ErrorCode::NotFound);
}

void tst_ProviderSettingsService::removesProviderAndItsKey()
{
    const ProviderConfig config = provider(QStringLiteral("groq"));
    QVERIFY(m_service->addProvider(config, "gsk-1").ok());
    QCOMPARE(m_secretStore->count(), 1);
    QVERIFY(m_service->removeProvider(QStringLiteral("groq")).ok());
    QCOMPARE(m_secretStore->count(), 0);
    QCOMPARE(m_service->load()->providers.size(), 0);
    QCOMPARE(m_service->removeProvider(QStringLiteral("groq")).error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(tst_ProviderSettingsService)
#include "tst_providersettingsservice.moc"
