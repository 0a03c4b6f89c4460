// omnicrm-cli classify and reply, run as a script would: messages on stdin, JSON on stdout, and
// no store anywhere (the store folder points at a path that does not exist).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QList<QJsonObject> json;
    QString err;
};

Run runCli(const QStringList &arguments, const QString &input)
{
    static QTemporaryDir home;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"OMNICRM_STORE"_s, home.filePath(u"no-such-store"_s));
    environment.insert(u"HOME"_s, home.path());
    environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    environment.remove(u"OMNICRM_PASSPHRASE"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(OMNICRM_CLI_PATH), arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.err = QString::fromUtf8(process.readAllStandardError());
    for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
        if (!line.trimmed().isEmpty())
            run.json.append(QJsonDocument::fromJson(line).object());
    }
    return run;
}

} // namespace

class tst_CliPersona : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifyEachLine();
    void classifyWholeAndHistory();
    void replyWithFieldsAndPrice();
    void replyFieldsFromJsonLine();
    void replyReadsFieldsFromTheMessage();
    void usageErrors();
};

void tst_CliPersona::classifyEachLine()
{
    const Run run
        = runCli({ u"classify"_s, u"--json"_s },
                 u"ارسل الفاتورة الحين، موافق\nWhat does the warranty cover? Can I return it?\n\n"_s);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.json.size(), 2);
    QCOMPARE(run.json[0].value(u"type").toString(), u"decisive"_s);
    QCOMPARE(run.json[1].value(u"type").toString(), u"cautious"_s);
    for (const QJsonObject &object : run.json) {
        const double confidence = object.value(u"confidence").toDouble(-1);
        QVERIFY(confidence >= 0 && confidence <= 1);
        QVERIFY(!object.value(u"runner_up").toString().isEmpty());
        QVERIFY(!object.value(u"approach").toString().isEmpty());
        QVERIFY(!object.value(u"risk").toString().isEmpty());
        QVERIFY(!object.value(u"cues").toArray().isEmpty());
    }
    const QJsonObject cue = run.json[0].value(u"cues").toArray().first().toObject();
    const QString firstLine = u"ارسل الفاتورة الحين، موافق"_s;
    QCOMPARE(firstLine.mid(cue.value(u"start").toInt(), cue.value(u"length").toInt()),
             cue.value(u"text").toString());
}

void tst_CliPersona::classifyWholeAndHistory()
{
    const QString lines = u"كم آخر سعر؟ فيه خصم؟\nكم آخر سعر؟ غالي\nWhat does the warranty cover?\n"_s;
    const Run whole = runCli({ u"classify"_s, u"--whole"_s, u"--json"_s }, lines);
    QVERIFY2(whole.exitCode == 0, qPrintable(whole.err));
    QCOMPARE(whole.json.size(), 1);
    const Run history = runCli({ u"classify"_s, u"--history"_s, u"--json"_s }, lines);
    QVERIFY2(history.exitCode == 0, qPrintable(history.err));
    QCOMPARE(history.json.size(), 1);
    QVERIFY(!history.json[0].value(u"type").toString().isEmpty());
    const Run text = runCli({ u"classify"_s }, u"Approved, send the invoice today\n"_s);
    QCOMPARE(text.exitCode, 0);
}

void tst_CliPersona::replyWithFieldsAndPrice()
{
    const Run run
        = runCli({ u"reply"_s, u"--fields"_s,
                   uR"({"customer_name":"فهد","products":["مكيف سبليت"],"quantity":20,"city":"الرياض"})"_s,
                   u"--price"_s, u"150000"_s, u"--cost"_s, u"100000"_s, u"--min-margin"_s, u"15"_s },
                 u"كم آخر سعر؟ غالي مرة، فيه خصم؟\n"_s);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.json.size(), 1);
    const QJsonObject reply = run.json.first();
    QCOMPARE(reply.value(u"type").toString(), u"price_focused"_s);
    QCOMPARE(reply.value(u"language").toString(), u"ar"_s);
    QCOMPARE(reply.value(u"tone").toString(), u"casual"_s);
    const QJsonArray replies = reply.value(u"replies").toArray();
    QCOMPARE(replies.size(), 3);
    QVERIFY(replies[0].toString().contains(u"فهد"_s));
    for (const QJsonValue &text : replies)
        QVERIFY(!text.toString().contains(u'{'));
    const QJsonObject strategy = reply.value(u"price_strategy").toObject();
    QCOMPARE(strategy.value(u"kind").toString(), u"volume_tiers"_s);
    const qint64 floor = strategy.value(u"floor").toObject().value(u"minor").toInteger();
    QCOMPARE(floor, 115000);
    for (const QJsonValue &offer : strategy.value(u"offers").toArray())
        QVERIFY(offer.toObject().value(u"unit_price").toObject().value(u"minor").toInteger() >= floor);
    QVERIFY(!strategy.value(u"reasoning").toString().isEmpty());
    QVERIFY(!strategy.value(u"reasoning_ar").toString().isEmpty());
}

void tst_CliPersona::replyFieldsFromJsonLine()
{
    const Run run = runCli(
        { u"reply"_s },
        uR"({"text":"Hi Sara here, what does the warranty cover?","fields":{"customer_name":"Sara"}})"_s
            + u"\nSend the invoice now.\n"_s);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.json.size(), 2);
    QCOMPARE(run.json[0].value(u"language").toString(), u"en"_s);
    QVERIFY(run.json[0].value(u"replies").toArray()[0].toString().contains(u"Sara"_s));
    QVERIFY(!run.json[1].value(u"replies").toArray()[0].toString().contains(u"Sara"_s));
    QVERIFY(!run.json[0].contains(u"price_strategy"));
}

// Without --fields the offline extractor reads the message: the name it finds fills the replies.
void tst_CliPersona::replyReadsFieldsFromTheMessage()
{
    const Run run = runCli(
        { u"reply"_s, u"--catalog"_s, QStringLiteral(OMNICRM_TEST_DATA_DIR "/ai/extraction/catalog.json") },
        u"Hello, this is Faisal Al-Harbi from Gulf Horizon Trading. We need a quote "
        "for 200 boxes, call me on 0555123456\n"
        "Send the invoice now.\n"_s);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.json.size(), 2);
    const auto mentions = [](const QJsonObject &reply, const QString &text) {
        for (const QJsonValue &value : reply.value(u"replies").toArray()) {
            if (value.toString().contains(text))
                return true;
        }
        return false;
    };
    QVERIFY(mentions(run.json[0], u"Faisal"_s));
    QVERIFY(!mentions(run.json[1], u"Faisal"_s));
}

void tst_CliPersona::usageErrors()
{
    QCOMPARE(runCli({ u"reply"_s, u"--price"_s, u"100"_s }, u"hi\n"_s).exitCode, 1);
    QCOMPARE(runCli({ u"reply"_s, u"--price"_s, u"100"_s, u"--cost"_s, u"50"_s, u"--min-margin"_s, u"abc"_s },
                    u"hi\n"_s)
                 .exitCode,
             1);
    QCOMPARE(runCli({ u"reply"_s, u"--fields"_s, u"[1]"_s }, u"hi\n"_s).exitCode, 1);
    QCOMPARE(runCli({ u"reply"_s, u"--fields"_s, uR"({"quantity":"many"})"_s }, u"hi\n"_s).exitCode, 1);
    QCOMPARE(runCli({ u"classify"_s, u"--whole"_s, u"--history"_s }, u"hi\n"_s).exitCode, 1);
    QCOMPARE(runCli({ u"classify"_s }, u"\n\n"_s).exitCode, 2);
    for (const QString &command : { u"classify"_s, u"reply"_s })
        QCOMPARE(runCli({ u"help"_s, command }, {}).exitCode, 0);
}

QTEST_GUILESS_MAIN(tst_CliPersona)
#include "tst_cli_persona.moc"
