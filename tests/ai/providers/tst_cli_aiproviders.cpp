// omnicrm-cli provider and translate, end to end: the real binary against a store in a
// temporary folder and FakeLlmServer in this process. The key goes through the environment or
// stdin and must never show up in output; translate needs a provider and refuses a translation
// that changed a phone.
#include "clitestsupport.h"
#include "fakellmserver.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace OmniCrm::Test;

class tst_CliAiProviders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void addListRemoveKeepsKeyOutOfOutput();
    void addRejectsBadUrl();
    void testReachesProviderWithItsKey();
    void translateNeedsProvider();
    void translatesLineByLineAndWhole();
    void translateRefusesChangedPhone();
    void translateSavesBesideARecord();
    void evalExtractWithProviderReportsItsOwnFigures();

private:
    /// Runs the CLI without blocking this thread, so the in-process server can answer.
    CliRun runAsync(const QStringList &arguments, const QByteArray &input = {});
    void addFakeProvider(const QByteArray &key = "sk-cli-secret");

    std::unique_ptr<CliStore> m_store;
    std::unique_ptr<FakeLlmServer> m_server;
};

void tst_CliAiProviders::init()
{
    m_store = std::make_unique<CliStore>();
    m_store->setEnvironment(QStringLiteral("OMNICRM_KDF"), QStringLiteral("fast-for-tests"));
    QVERIFY(m_store->init());
    m_server = std::make_unique<FakeLlmServer>();
    QVERIFY(m_server->listen());
}

void tst_CliAiProviders::cleanup()
{
    m_server.reset();
    m_store.reset();
}

CliRun tst_CliAiProviders::runAsync(const QStringList &arguments, const QByteArray &input)
{
    auto process = m_store->start(arguments);
    QSignalSpy finished(process.get(), &QProcess::finished);
    CliRun run;
    if (!process->waitForStarted())
        return run;
    process->write(input);
    process->closeWriteChannel();
    if (!finished.wait(60000)) {
        process->kill();
        process->waitForFinished();
        run.crashed = true;
    }
    run.out = process->readAllStandardOutput();
    run.err = process->readAllStandardError();
    run.exitCode = run.crashed ? -1 : process->exitCode();
    return run;
}

void tst_CliAiProviders::addFakeProvider(const QByteArray &key)
{
    m_server->setApiKey(key);
    m_store->setEnvironment(QStringLiteral("OMNICRM_PROVIDER_KEY"), QString::fromUtf8(key));
    const CliRun added = m_store->run(
        { QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("fake"), QStringLiteral("--url"),
          m_server->openAiBaseUrl().toString(), QStringLiteral("--model"), QStringLiteral("fake-model"),
          QStringLiteral("--timeout-ms"), QStringLiteral("5000") });
    QVERIFY2(added.exitCode == 0, added.describe());
    m_store->removeEnvironment(QStringLiteral("OMNICRM_PROVIDER_KEY"));
}

void tst_CliAiProviders::addListRemoveKeepsKeyOutOfOutput()
{
    const CliRun added = runAsync({ QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("groq"),
                                    QStringLiteral("--url"), QStringLiteral("https://api.groq.com/openai/v1"),
                                    QStringLiteral("--model"), QStringLiteral("llama-3.1-8b-instant"),
                                    QStringLiteral("--price-in"), QStringLiteral("0.05"),
                                    QStringLiteral("--privacy"), QStringLiteral("--key-stdin") },
                                  "gsk-from-stdin-123\n");
    QVERIFY2(added.exitCode == 0, added.describe());
    QVERIFY(!added.out.contains("gsk-from-stdin-123"));

    const CliRun listed
        = m_store->run({ QStringLiteral("provider"), QStringLiteral("list"), QStringLiteral("--json") });
    QVERIFY2(listed.exitCode == 0, listed.describe());
    const QList<QJsonObject> lines = listed.jsonLines();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).value(u"id").toString(), QStringLiteral("groq"));
    QCOMPARE(lines.at(0).value(u"has_key").toBool(), true);
    QCOMPARE(lines.at(0).value(u"privacy_mode").toBool(), true);
    QCOMPARE(lines.at(1).value(u"id").toString(), QStringLiteral("offline"));
    QVERIFY(!listed.out.contains("gsk-from-stdin-123"));
    QVERIFY(!listed.err.contains("gsk-from-stdin-123"));

    const CliRun removed
        = m_store->run({ QStringLiteral("provider"), QStringLiteral("remove"), QStringLiteral("groq") });
    QVERIFY2(removed.exitCode == 0, removed.describe());
    const CliRun after
        = m_store->run({ QStringLiteral("provider"), QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(after.jsonLines().size(), 1);

    const CliRun again
        = m_store->run({ QStringLiteral("provider"), QStringLiteral("remove"), QStringLiteral("groq") });
    QCOMPARE(again.exitCode, 2); // not found
}

void tst_CliAiProviders::addRejectsBadUrl()
{
    const CliRun added = m_store->run(
        { QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("bad"), QStringLiteral("--url"),
          QStringLiteral("ftp://example.com"), QStringLiteral("--model"), QStringLiteral("m") });
    QCOMPARE(added.exitCode, 2);
    QVERIFY2(added.errText().contains(QStringLiteral("base URL")), added.describe());
    const CliRun listed
        = m_store->run({ QStringLiteral("provider"), QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(listed.jsonLines().size(), 1); // nothing half-written
}

void tst_CliAiProviders::testReachesProviderWithItsKey()
{
    addFakeProvider();
    const CliRun tested
        = runAsync({ QStringLiteral("provider"), QStringLiteral("test"), QStringLiteral("fake") });
    QVERIFY2(tested.exitCode == 0, tested.describe());
    QVERIFY(tested.out.contains("fake ok: model fake-model"));
    QCOMPARE(m_server->received().size(), 1);
    QCOMPARE(m_server->received().first().headers.value("authorization"), QByteArray("Bearer sk-cli-secret"));

    m_server->setApiKey("rotated");
    const CliRun refused
        = runAsync({ QStringLiteral("provider"), QStringLiteral("test"), QStringLiteral("fake") });
    QCOMPARE(refused.exitCode, 4);
    QVERIFY2(refused.errText().contains(QStringLiteral("HTTP 401")), refused.describe());
    QVERIFY(!refused.err.contains("sk-cli-secret"));
}

void tst_CliAiProviders::translateNeedsProvider()
{
    const CliRun run = runAsync({ QStringLiteral("translate"), QStringLiteral("--to"), QStringLiteral("en") },
                                QStringLiteral("مرحبا").toUtf8());
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(
        run.errText().contains(QStringLiteral("translation needs an AI provider; add one in Settings → AI")),
        run.describe());
}

void tst_CliAiProviders::translatesLineByLineAndWhole()
{
    addFakeProvider();
    m_server->enqueue(FakeReply::answer({ { QStringLiteral("translation"), QStringLiteral("مرحبا") } }));
    m_server->enqueue(
        FakeReply::answer({ { QStringLiteral("translation"), QStringLiteral("اتصل على ٠٥٥٥١٢٣٤٥٦") } }));
    const CliRun lines
        = runAsync({ QStringLiteral("translate"), QStringLiteral("--to"), QStringLiteral("ar") },
                   "Hello\n\nCall 0555123456\n");
    QVERIFY2(lines.exitCode == 0, lines.describe());
    QCOMPARE(QString::fromUtf8(lines.out), QStringLiteral("مرحبا\n\nاتصل على ٠٥٥٥١٢٣٤٥٦\n"));
    QCOMPARE(m_server->countFor("/chat/completions"), 2);

    const CliRun whole = runAsync({ QStringLiteral("translate"), QStringLiteral("--to"), QStringLiteral("en"),
                                    QStringLiteral("--whole"), QStringLiteral("--json") },
                                  QStringLiteral("سطر أول\nسطر ثان").toUtf8());
    QVERIFY2(whole.exitCode == 0, whole.describe());
    QCOMPARE(m_server->countFor("/chat/completions"), 3);
    const QJsonObject json = whole.lastJson();
    QCOMPARE(json.value(u"translation").toString(), QStringLiteral("سطر أول\nسطر ثان")); // the server echoes
    QCOMPARE(json.value(u"provider").toString(), QStringLiteral("fake"));
    QCOMPARE(json.value(u"model").toString(), QStringLiteral("fake-model"));
    QVERIFY(m_server->received().last().messageText().contains(QStringLiteral("into English")));
}

void tst_CliAiProviders::translateRefusesChangedPhone()
{
    addFakeProvider();
    m_server->enqueue(
        FakeReply::answer({ { QStringLiteral("translation"), QStringLiteral("اتصل على ٠٥٥٥١٢٣٤٩٩") } }));
    const CliRun run = runAsync({ QStringLiteral("translate"), QStringLiteral("--to"), QStringLiteral("ar") },
                                "Call 0555123456\n");
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.errText().contains(QStringLiteral("0555123456")), run.describe());
    QVERIFY(run.out.isEmpty());
}

void tst_CliAiProviders::translateSavesBesideARecord()
{
    addFakeProvider();
    const CliRun seeded
        = m_store->run({ QStringLiteral("seed-demo"), QStringLiteral("--contacts"), QStringLiteral("3"),
                         QStringLiteral("--companies"), QStringLiteral("1"), QStringLiteral("--deals"),
                         QStringLiteral("0"), QStringLiteral("--seed"), QStringLiteral("1") });
    QVERIFY2(seeded.exitCode == 0, seeded.describe());
    const QList<QJsonObject> contacts
        = m_store->run({ QStringLiteral("list"), QStringLiteral("contacts"), QStringLiteral("--json") })
              .jsonLines();
    QVERIFY(!contacts.isEmpty());
    const QString contact = contacts.first().value(u"id").toString();

    // Two lines, one translation kept beside the contact.
    const CliRun saved = runAsync({ QStringLiteral("translate"), QStringLiteral("--to"), QStringLiteral("en"),
                                    QStringLiteral("--json"), QStringLiteral("--beside"),
                                    QStringLiteral("contact:") + contact },
                                  QStringLiteral("سطر أول\nسطر ثان").toUtf8());
    QVERIFY2(saved.exitCode == 0, saved.describe());
    QCOMPARE(m_server->countFor("/chat/completions"), 1);
    QVERIFY(!saved.lastJson().value(u"saved_id").toString().isEmpty());

    const CliRun unknown
        = runAsync({ QStringLiteral("translate"), QStringLiteral("--to"), QStringLiteral("en"),
                     QStringLiteral("--beside"), QStringLiteral("contact:no-such-id") },
                   "Hello");
    QVERIFY2(unknown.exitCode != 0, unknown.describe());
    const CliRun badKind
        = runAsync({ QStringLiteral("translate"), QStringLiteral("--to"), QStringLiteral("en"),
                     QStringLiteral("--beside"), QStringLiteral("planet:") + contact },
                   "Hello");
    QVERIFY2(badKind.exitCode != 0 && badKind.errText().contains(QStringLiteral("--beside")),
             badKind.describe());
    QCOMPARE(m_server->countFor("/chat/completions"), 1); // nothing was sent for either
}

void tst_CliAiProviders::evalExtractWithProviderReportsItsOwnFigures()
{
    // Two labelled messages; the offline rules find no name in the first, which the provider names.
    const QString set = m_store->filePath(QStringLiteral("set.jsonl"));
    QVERIFY(writeFile(
        set,
        R"({"id":"m1","split":"test","text":"need 5 printers, call 0555123456 - Salem","expected":{"customer_name":"Salem","phones":["+966555123456"],"quantity":5}})"
        "\n"
        R"({"id":"m2","split":"test","text":"hello, is the shop open today?","expected":{}})"
        "\n"));
    const QStringList base = { QStringLiteral("eval-extract"), set, QStringLiteral("--json") };
    const CliRun offline = runAsync(base);
    QVERIFY2(offline.exitCode == 0, offline.describe());
    QCOMPARE(offline.lastJson().value("mode").toString(), QStringLiteral("offline"));

    const QStringList withProvider = base
        + QStringList { QStringLiteral("--provider-url"), m_server->openAiBaseUrl().toString(),
                        QStringLiteral("--model"), QStringLiteral("fake-model") };
    // Broken JSON every time: the offline figures, and no answer counted.
    m_server->setDefaultReply(FakeReply::brokenJson());
    const CliRun broken = runAsync(withProvider);
    QVERIFY2(broken.exitCode == 0, broken.describe());
    QCOMPARE(broken.lastJson().value("mode").toString(), QStringLiteral("provider"));
    QCOMPARE(broken.lastJson().value("provider").toObject().value("calls").toInt(), 2);
    QCOMPARE(broken.lastJson().value("provider").toObject().value("answered").toInt(), 0);
    QCOMPARE(broken.lastJson().value("splits"), offline.lastJson().value("splits"));

    // A good answer: counted per provider/model, and the merged result is what is scored.
    m_server->setDefaultReply(
        FakeReply::answer(QJsonObject { { QStringLiteral("customer_name"), QStringLiteral("Salem") } }));
    const CliRun good = runAsync(withProvider);
    QVERIFY2(good.exitCode == 0, good.describe());
    const QJsonObject provider = good.lastJson().value("provider").toObject();
    QCOMPARE(provider.value("answered").toInt(), 2);
    QCOMPARE(provider.value("producers").toObject().value("cli/fake-model").toInt(), 2);
    const QJsonObject name = good.lastJson()
                                 .value("splits")
                                 .toObject()
                                 .value("test")
                                 .toObject()
                                 .value("fields")
                                 .toObject()
                                 .value("customer_name")
                                 .toObject();
    QCOMPARE(name.value("recall").toDouble(), 1.0);

    const CliRun bad = runAsync(base + QStringList { QStringLiteral("--provider-url"), QStringLiteral("x") });
    QCOMPARE(bad.exitCode, 1);
}

QTEST_GUILESS_MAIN(tst_CliAiProviders)
#include "tst_cli_aiproviders.moc"
