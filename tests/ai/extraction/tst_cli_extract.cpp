// omnicrm-cli extract and eval-extract, run as a script would: stdin in, JSON lines out, no store.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString dataDir()
{
    return QStringLiteral(OMNICRM_TEST_DATA_DIR "/ai/extraction");
}

} // namespace

class tst_CliExtract : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    Run run(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // no store anywhere, and no keychain: extract must not need one
        environment.insert(u"OMNICRM_STORE"_s, m_home.filePath(u"no-store"_s));
        environment.insert(u"HOME"_s, m_home.path());
        environment.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        environment.remove(u"OMNICRM_PASSPHRASE"_s);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(OMNICRM_CLI_PATH), arguments);
        if (!process.waitForStarted())
            return {};
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(120000);
        return Run { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
    }

    static QList<QJsonObject> jsonLines(const QByteArray &out)
    {
        QList<QJsonObject> objects;
        for (const QByteArray &line : out.split('\n'))
            if (!line.trimmed().isEmpty())
                objects << QJsonDocument::fromJson(line).object();
        return objects;
    }

private Q_SLOTS:
    void oneObjectPerLineWithExactlyTheKeys();
    void wholeInputIsOneMessage();
    void literalBackslashNStaysInTheLine();
    void evidenceOnlyWhenAsked();
    void readableFormWithoutJson();
    void badCatalogIsBadInput();
    void evalExtractPrintsScoresPerSplit();
    void evalExtractRejectsAnUnknownSplit();
};

void tst_CliExtract::oneObjectPerLineWithExactlyTheKeys()
{
    const QByteArray input
        = u"معك فهد من شركة النخبة للتجارة، نبي ٢٠ مكيف سبليت، جوالي 0555123456\n"
          "\n"
          "Hi, this is John Miller. Please quote 500 pcs of work gloves, budget SAR 25k.\n"_s.toUtf8();
    const Run r = run({ u"extract"_s, u"--json"_s, u"--catalog"_s, dataDir() + u"/catalog.json"_s }, input);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QJsonObject> objects = jsonLines(r.out);
    QCOMPARE(objects.size(), 2); // the empty line is no message
    QStringList expectedKeys { u"customer_name"_s, u"company"_s,   u"phones"_s,   u"emails"_s,
                               u"products"_s,      u"quantity"_s,  u"amount"_s,   u"currency"_s,
                               u"city"_s,          u"lead_type"_s, u"priority"_s, u"language"_s };
    expectedKeys.sort();
    for (const QJsonObject &object : objects) {
        QStringList keys = object.keys();
        keys.sort();
        QCOMPARE(keys, expectedKeys);
        QVERIFY(object.value(u"phones"_s).isArray());
        QVERIFY(object.value(u"products"_s).isArray());
    }
    QCOMPARE(objects.at(0).value(u"phones"_s).toArray().first().toString(), u"+966555123456"_s);
    QCOMPARE(objects.at(0).value(u"quantity"_s).toDouble(), 20.0);
    QCOMPARE(objects.at(0).value(u"products"_s).toArray().first().toString(), u"p-splitac"_s);
    QCOMPARE(objects.at(1).value(u"amount"_s).toDouble(), 25000.0);
    QCOMPARE(objects.at(1).value(u"currency"_s).toString(), u"SAR"_s);
    QCOMPARE(objects.at(1).value(u"customer_name"_s).toString(), u"John Miller"_s);
}

void tst_CliExtract::wholeInputIsOneMessage()
{
    const QByteArray input
        = "Dear team,\nPlease quote 40 cartons of bottled water.\n\nRegards,\nSarah Collins\n"
          "Gulf Star LLC\nMob: 0551234567\n";
    const Run r = run(
        { u"extract"_s, u"--json"_s, u"--whole"_s, u"--catalog"_s, dataDir() + u"/catalog.json"_s }, input);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QJsonObject> objects = jsonLines(r.out);
    QCOMPARE(objects.size(), 1);
    QCOMPARE(objects.first().value(u"customer_name"_s).toString(), u"Sarah Collins"_s);
    QCOMPARE(objects.first().value(u"company"_s).toString(), u"Gulf Star LLC"_s);
    QCOMPARE(objects.first().value(u"quantity"_s).toDouble(), 40.0);
}

void tst_CliExtract::literalBackslashNStaysInTheLine()
{
    // "\n" typed as two characters is not a line break: still one message
    const Run r = run({ u"extract"_s, u"--json"_s }, "Hi\\nThis is John Miller\\nMob 0551234567\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QJsonObject> objects = jsonLines(r.out);
    QCOMPARE(objects.size(), 1);
    QCOMPARE(objects.first().value(u"phones"_s).toArray().size(), 1);
}

void tst_CliExtract::evidenceOnlyWhenAsked()
{
    const QByteArray input = "نبي 20 كرتون مويه\n";
    const Run plain = run({ u"extract"_s, u"--json"_s }, input);
    QVERIFY(!jsonLines(plain.out).value(0).contains(u"evidence"_s));
    const Run withEvidence = run({ u"extract"_s, u"--json"_s, u"--evidence"_s }, input);
    const QJsonObject evidence = jsonLines(withEvidence.out).value(0).value(u"evidence"_s).toObject();
    QCOMPARE(evidence.value(u"quantity"_s).toObject().value(u"producer"_s).toString(), u"offline"_s);
    QCOMPARE(evidence.value(u"quantity"_s).toObject().value(u"start"_s).toInt(), 4);
}

void tst_CliExtract::readableFormWithoutJson()
{
    const Run r = run({ u"extract"_s }, "Call me on 0551234567\n");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(u"+966551234567"_s), r.out.constData());
    QVERIFY(text.contains(u"lead type"_s));
}

void tst_CliExtract::badCatalogIsBadInput()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"catalog.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();
    const Run r = run({ u"extract"_s, u"--catalog"_s, file.fileName() }, "hello\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
}

void tst_CliExtract::evalExtractPrintsScoresPerSplit()
{
    const Run r = run({ u"eval-extract"_s, dataDir() + u"/messages.jsonl"_s, u"--json"_s });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    const QJsonObject splits = report.value(u"splits"_s).toObject();
    QVERIFY(splits.contains(u"dev"_s));
    QVERIFY(splits.contains(u"test"_s));
    QVERIFY(splits.contains(u"all"_s));
    const int all = splits.value(u"all"_s).toObject().value(u"messages"_s).toInt();
    QVERIFY(all >= 330);
    QCOMPARE(splits.value(u"dev"_s).toObject().value(u"messages"_s).toInt()
                 + splits.value(u"test"_s).toObject().value(u"messages"_s).toInt(),
             all);
    const QJsonObject fields = splits.value(u"dev"_s).toObject().value(u"fields"_s).toObject();
    for (const QString &field :
         { u"phones"_s, u"emails"_s, u"products"_s, u"quantity"_s, u"customer_name"_s }) {
        const double f1 = fields.value(field).toObject().value(u"f1"_s).toDouble(-1);
        QVERIFY2(f1 >= 0 && f1 <= 1, qPrintable(field));
    }
    const double accuracy = fields.value(u"lead_type"_s).toObject().value(u"accuracy"_s).toDouble(-1);
    QVERIFY(accuracy >= 0 && accuracy <= 1);

    const Run devOnly = run({ u"eval-extract"_s, dataDir() + u"/messages.jsonl"_s, u"--split"_s, u"dev"_s });
    QVERIFY2(devOnly.exitCode == 0, devOnly.err.constData());
    const QString text = QString::fromUtf8(devOnly.out);
    QVERIFY(text.startsWith(u"split dev:"_s));
    QVERIFY(!text.contains(u"split test"_s));
}

void tst_CliExtract::evalExtractRejectsAnUnknownSplit()
{
    const Run r = run({ u"eval-extract"_s, dataDir() + u"/messages.jsonl"_s, u"--split"_s, u"train"_s });
    QCOMPARE(r.exitCode, 1);
}

QTEST_GUILESS_MAIN(tst_CliExtract)
#include "tst_cli_extract.moc"
