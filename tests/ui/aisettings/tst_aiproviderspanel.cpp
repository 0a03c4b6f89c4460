// Proves AiProvidersPanel on a real encrypted store: providers added, reordered and saved come
// back from ProviderSettingsService in that order with the offline engine listed last; the API key
// reaches the SecretStore path the core uses (here the encrypted store, as where no keychain
// answers) and never the settings document; bad input names the field; Test connection talks to
// the fake OpenAI-compatible server on 127.0.0.1 and reports success, a rejected key, and a closed
// port as errors the user can act on.
#include "aiproviderspanel.h"
#include "fakellmserver.h"
#include "providersettingsservice.h"
#include "storesecretstore.h"
#include "uishots.h"
#include "uitestsupport.h"

#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTcpServer>

using namespace OmniCrm;
using namespace Qt::StringLiterals;
using OmniCrm::Test::why;

namespace {

/// A keychain that never answers, like a headless machine: keys go to the encrypted store.
class NoKeychain final : public SecretStore
{
public:
    bool available() override { return false; }
    Result<QByteArray> read(const QString &) override { return refused(); }
    Status write(const QString &, const QByteArray &) override { return refused(); }
    Status remove(const QString &) override { return refused(); }

private:
    static Error refused() { return Error::make(ErrorCode::NoKeyAvailable, QStringLiteral("no keychain")); }
};

} // namespace

class tst_AiProvidersPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void addReorderSaveReachesTheSettingsService();
    void keyIsStoredButNeverInTheSettingsText();
    void validationNamesTheField();
    void testConnectionReportsSuccessAndErrors();
    void mirrorsInRightToLeft_data();
    void mirrorsInRightToLeft();

private:
    void makePanel();
    bool saveAndWait();
    bool testAndWait();
    void editCurrent(const QString &url, const QString &model, const QString &key = {});

    Test::UiStoreFixture m_fixture;
    std::unique_ptr<AiProvidersPanel> m_panel;
};

void tst_AiProvidersPanel::init()
{
    const QString failed = m_fixture.create();
    QVERIFY2(failed.isEmpty(), why(failed));
}

void tst_AiProvidersPanel::cleanup()
{
    m_panel.reset();
    m_fixture.reset();
}

void tst_AiProvidersPanel::makePanel()
{
    m_panel = std::make_unique<AiProvidersPanel>(m_fixture.store(),
                                                 []() { return std::make_unique<NoKeychain>(); });
    m_panel->resize(1000, 700);
    QSignalSpy loaded(m_panel.get(), &AiProvidersPanel::loaded);
    QVERIFY(loaded.wait(10000));
}

bool tst_AiProvidersPanel::saveAndWait()
{
    QSignalSpy saved(m_panel.get(), &AiProvidersPanel::saved);
    QSignalSpy loaded(m_panel.get(), &AiProvidersPanel::loaded);
    if (!m_panel->save())
        return false;
    if (!saved.wait(10000) || !saved.first().first().toBool())
        return false;
    return loaded.count() > 0 || loaded.wait(10000);
}

bool tst_AiProvidersPanel::testAndWait()
{
    QSignalSpy tested(m_panel.get(), &AiProvidersPanel::tested);
    m_panel->testConnection();
    if (tested.isEmpty() && !tested.wait(20000))
        return false;
    return tested.first().first().toBool();
}

void tst_AiProvidersPanel::editCurrent(const QString &url, const QString &model, const QString &key)
{
    m_panel->urlEdit()->setText(url);
    m_panel->modelEdit()->setText(model);
    m_panel->keyEdit()->setText(key);
}

void tst_AiProvidersPanel::addReorderSaveReachesTheSettingsService()
{
    makePanel();
    QCOMPARE(m_panel->providerCount(), 0);
    QCOMPARE(m_panel->list()->count(), 1); // the offline engine alone
    m_panel->addProvider(AiProvidersPanel::Groq);
    m_panel->addProvider(AiProvidersPanel::OllamaNative);
    m_panel->idEdit()->setText(u"local"_s);
    m_panel->moveCurrent(-1); // the local server goes first
    QVERIFY(saveAndWait());

    StoreSecretStore secrets(m_fixture.store().database());
    ProviderSettingsService service(m_fixture.store().settings(), secrets);
    auto settings = service.load();
    OMNICRM_VERIFY_OK(settings);
    QCOMPARE(settings->providers.size(), 2);
    QCOMPARE(settings->providers.at(0).id, u"local"_s);
    QCOMPARE(settings->providers.at(0).kind, ProviderKind::Ollama);
    QCOMPARE(settings->providers.at(1).id, u"groq"_s);
    QCOMPARE(settings->providers.at(1).baseUrl, QUrl(u"https://api.groq.com/openai/v1"_s));
    QCOMPARE(m_panel->list()->count(), 3);
    QVERIFY(m_panel->list()->item(2)->text().contains(u"Offline"_s)); // always last
    QVERIFY(!(m_panel->list()->item(2)->flags() & Qt::ItemIsSelectable));

    m_panel->list()->setCurrentRow(0);
    m_panel->removeCurrent();
    QVERIFY(saveAndWait());
    settings = service.load();
    OMNICRM_VERIFY_OK(settings);
    QCOMPARE(settings->providers.size(), 1);
    QCOMPARE(settings->providers.at(0).id, u"groq"_s);
}

void tst_AiProvidersPanel::keyIsStoredButNeverInTheSettingsText()
{
    const QByteArray key = "sk-test-5f1c9a7e-never-in-clear";
    makePanel();
    m_panel->addProvider(AiProvidersPanel::OpenAi);
    m_panel->keyEdit()->setText(QString::fromLatin1(key));
    m_panel->capBox()->setValue(12.5);
    QVERIFY(saveAndWait());

    StoreSecretStore secrets(m_fixture.store().database());
    ProviderSettingsService service(m_fixture.store().settings(), secrets);
    auto settings = service.load();
    OMNICRM_VERIFY_OK(settings);
    QCOMPARE(settings->monthlyCapMicros, qint64(12500000));
    auto stored = service.apiKey(settings->providers.at(0));
    OMNICRM_VERIFY_OK(stored);
    QCOMPARE(*stored, key);
    auto text = m_fixture.store().settings().value(ProviderSettingsService::SettingsKey);
    OMNICRM_VERIFY_OK(text);
    QVERIFY(!text->isEmpty());
    QVERIFY(!text->contains(QString::fromLatin1(key)));
    // The panel shows that a key exists, never the key.
    m_panel->list()->setCurrentRow(0);
    QVERIFY(m_panel->keyEdit()->text().isEmpty());
    QVERIFY(!m_panel->keyEdit()->placeholderText().contains(QString::fromLatin1(key)));
    QVERIFY(m_panel->spendText().contains(u"12.50"_s));
}

void tst_AiProvidersPanel::validationNamesTheField()
{
    makePanel();
    m_panel->addProvider(AiProvidersPanel::OtherOpenAi);
    editCurrent(u"ftp://example.com"_s, u"m"_s);
    QVERIFY(!m_panel->save());
    QVERIFY2(m_panel->errorText().contains(u"Base URL"_s), qPrintable(m_panel->errorText()));
    editCurrent(u"http://127.0.0.1:8080/v1"_s, QString());
    QVERIFY(!m_panel->save());
    QVERIFY2(m_panel->errorText().contains(u"Model"_s), qPrintable(m_panel->errorText()));
    editCurrent(u"http://127.0.0.1:8080/v1"_s, u"m"_s);
    m_panel->idEdit()->setText(u"Bad Name!"_s);
    QVERIFY(!m_panel->save());
    QVERIFY2(m_panel->errorText().contains(u"Name"_s), qPrintable(m_panel->errorText()));

    StoreSecretStore secrets(m_fixture.store().database());
    auto settings = ProviderSettingsService(m_fixture.store().settings(), secrets).load();
    OMNICRM_VERIFY_OK(settings);
    QVERIFY(settings->providers.isEmpty()); // nothing half-saved
}

void tst_AiProvidersPanel::testConnectionReportsSuccessAndErrors()
{
    Test::FakeLlmServer server;
    QVERIFY(server.listen());
    server.setApiKey("right-key");
    makePanel();
    m_panel->addProvider(AiProvidersPanel::OtherOpenAi);
    editCurrent(server.openAiBaseUrl().toString(), u"test-model"_s, u"right-key"_s);
    QVERIFY2(testAndWait(), qPrintable(m_panel->testResultText()));
    QVERIFY2(m_panel->testResultText().contains(u"Connected"_s), qPrintable(m_panel->testResultText()));
    QVERIFY(server.countFor("/chat/completions") >= 1);

    m_panel->keyEdit()->setText(u"wrong-key"_s);
    QVERIFY(!testAndWait());
    QVERIFY2(m_panel->testResultText().contains(u"401"_s), qPrintable(m_panel->testResultText()));

    QTcpServer probe; // a port that was free a moment ago and is closed now
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 closed = probe.serverPort();
    probe.close();
    editCurrent(u"http://127.0.0.1:%1/v1"_s.arg(closed), u"test-model"_s);
    QVERIFY(!testAndWait());
    QVERIFY2(m_panel->testResultText().contains(u"Cannot reach"_s), qPrintable(m_panel->testResultText()));
}

void tst_AiProvidersPanel::mirrorsInRightToLeft_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::newRow("rtl") << Qt::RightToLeft;
    QTest::newRow("ltr") << Qt::LeftToRight;
}

void tst_AiProvidersPanel::mirrorsInRightToLeft()
{
    QFETCH(Qt::LayoutDirection, direction);
    const Test::DirectionPass pass(direction);
    Test::FakeLlmServer server;
    QVERIFY(server.listen());
    makePanel();
    m_panel->resize(1100, 720);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->addProvider(AiProvidersPanel::Groq);
    m_panel->keyEdit()->setText(u"gsk-example"_s);
    m_panel->addProvider(AiProvidersPanel::OllamaOpenAi);
    editCurrent(server.openAiBaseUrl().toString(), u"llama3.1"_s);
    m_panel->capBox()->setValue(20);
    QVERIFY(saveAndWait());
    m_panel->list()->setCurrentRow(1);
    QVERIFY(testAndWait());
    // The list sits on the reading-start side: right in Arabic, left in English.
    const int listX = m_panel->list()->mapTo(m_panel.get(), QPoint()).x();
    const int editorX = m_panel->urlEdit()->mapTo(m_panel.get(), QPoint()).x();
    QCOMPARE(listX > editorX, direction == Qt::RightToLeft);
    Test::DirectionPass::shoot(m_panel.get(), u"settings-ai-providers"_s);
}

QTEST_MAIN(tst_AiProvidersPanel)
#include "tst_aiproviderspanel.moc"
