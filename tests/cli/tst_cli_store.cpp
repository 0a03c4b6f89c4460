// Proves the store as omnicrm-cli shows it: init, seed-demo, list and stats work; the store's
// files hold none of the names, phones or e-mails in plain bytes; a wrong or missing passphrase
// exits 3 and leaves every file byte-identical; change-passphrase retires the old passphrase.
#include "clitestsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QTest>

using namespace OmniCrm::Test;

class tst_CliStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void seedListAndStatsAgree();
    void seedDemoWithDefaults();
    void storeFilesHoldNoPlainText();
    void listPagesWithCursor();
    void wrongPassphraseExits3AndTouchesNothing_data();
    void wrongPassphraseExits3AndTouchesNothing();
    void missingPassphraseSaysHowToSupplyOne();
    void initWithoutAnyKeyExits3AndCreatesNothing();
    void initTwiceExits4AndTouchesNothing();
    void openingNoStoreExits4();
    void storeFolderDefaults();
    void changePassphraseRetiresTheOldOne();

private:
    QList<QJsonObject> allRows(const QString &kind);

    CliStore m_store;
    QJsonObject m_seeded;
};

void tst_CliStore::initTestCase()
{
    QVERIFY(m_store.isValid());
    QVERIFY(m_store.init());
    const CliRun seeded = m_store.run({ "seed-demo", "--contacts", "60", "--companies", "12", "--deals", "25",
                                        "--leads", "10", "--activities", "40", "--seed", "7", "--json" });
    QVERIFY2(seeded.exitCode == 0, seeded.describe());
    m_seeded = seeded.lastJson();
    QCOMPARE(m_seeded.value("contacts").toInteger(), 60);
}

QList<QJsonObject> tst_CliStore::allRows(const QString &kind)
{
    const CliRun listed = m_store.run({ "list", kind, "--limit", "10000", "--json" });
    if (listed.exitCode != 0)
        qWarning("list %s: %s", qPrintable(kind), listed.describe());
    return listed.jsonLines();
}

void tst_CliStore::seedListAndStatsAgree()
{
    const CliRun stats = m_store.run({ "stats", "--json" });
    QVERIFY2(stats.exitCode == 0, stats.describe());
    const QJsonObject counts = stats.lastJson();
    for (const char *kind : { "contacts", "companies", "deals", "leads" }) {
        const QList<QJsonObject> rows = allRows(QString::fromLatin1(kind));
        QCOMPARE(rows.size(), counts.value(QLatin1String(kind)).toInteger());
        QVERIFY2(rows.size() >= m_seeded.value(QLatin1String(kind)).toInteger(), kind);
        for (const QJsonObject &row : rows)
            QVERIFY2(!row.value("id").toString().isEmpty(), kind);
    }
    QVERIFY(counts.value("pending_changes").toInteger() > 0);
    QVERIFY(counts.value("schema_version").toInt() >= 1);
    QVERIFY(counts.value("open_pipeline").isArray());

    const CliRun text = m_store.run({ "stats" });
    QVERIFY2(text.exitCode == 0, text.describe());
    QVERIFY(text.out.contains("contacts"));
    QVERIFY(text.out.contains("schema version"));
}

void tst_CliStore::seedDemoWithDefaults()
{
    // What the README's quick start runs: init, seed-demo with no options, list.
    CliStore store;
    QVERIFY(store.init());
    const CliRun seeded = store.run({ "seed-demo", "--json" });
    QVERIFY2(seeded.exitCode == 0, seeded.describe());
    const QJsonObject created = seeded.lastJson();
    const QJsonObject stats = store.run({ "stats", "--json" }).lastJson();
    for (const char *kind : { "contacts", "companies", "deals", "leads", "products", "activities" }) {
        QVERIFY2(created.value(QLatin1String(kind)).toInteger() > 0, kind);
        QVERIFY2(stats.value(QLatin1String(kind)).toInteger()
                     >= created.value(QLatin1String(kind)).toInteger(),
                 kind);
    }
    const CliRun text = store.run({ "seed-demo", "--contacts", "3", "--companies", "1", "--deals", "1",
                                    "--leads", "1", "--products", "1", "--activities", "1", "--seed", "2" });
    QVERIFY2(text.exitCode == 0, text.describe());
    QVERIFY2(text.out.startsWith("seeded demo data"), text.describe());
    QVERIFY(store.run({ "list", "deals" }).out.count('\n') >= 1);
}

void tst_CliStore::storeFilesHoldNoPlainText()
{
    QList<QByteArray> needles;
    const QList<QJsonObject> contacts = allRows("contacts");
    QVERIFY(contacts.size() >= 60);
    int arabicNames = 0;
    for (const QJsonObject &contact : contacts) {
        const QString name = contact.value("name").toString();
        if (name.contains(QRegularExpression("[\\x{0600}-\\x{06FF}]")) && arabicNames < 20) {
            needles << name.toUtf8();
            ++arabicNames;
        }
        if (const QString phone = contact.value("phone").toString(); !phone.isEmpty()) {
            needles << phone.toUtf8(); // E.164
            needles << phone.mid(4).toUtf8(); // the national significant number
        }
        if (const QString email = contact.value("email").toString(); !email.isEmpty())
            needles << email.toUtf8();
    }
    QVERIFY2(arabicNames >= 5, "the demo data should hold Arabic names");
    QVERIFY(needles.size() > 60);

    // stats closes the store cleanly; then every file the folder holds is searched.
    QCOMPARE(m_store.run({ "stats" }).exitCode, 0);
    const QStringList files = QDir(m_store.storeDir()).entryList(QDir::Files | QDir::Hidden);
    QVERIFY(files.contains("omnicrm.db"));
    for (const QString &file : files) {
        const QByteArray bytes = readFile(QDir(m_store.storeDir()).filePath(file));
        for (const QByteArray &needle : needles)
            QVERIFY2(!bytes.contains(needle), qPrintable(file + " holds " + QString::fromUtf8(needle)));
    }
}

void tst_CliStore::listPagesWithCursor()
{
    const QList<QJsonObject> all = allRows("contacts");
    QList<QJsonObject> paged;
    QString cursor;
    int pages = 0;
    do {
        QStringList arguments { "list", "contacts", "--limit", "25", "--json" };
        if (!cursor.isEmpty())
            arguments << "--after" << cursor;
        const CliRun page = m_store.run(arguments);
        QVERIFY2(page.exitCode == 0, page.describe());
        cursor.clear();
        for (const QJsonObject &line : page.jsonLines()) {
            if (line.contains("next"))
                cursor = line.value("next").toString();
            else
                paged << line;
        }
        ++pages;
    } while (!cursor.isEmpty() && pages < 100);
    QCOMPARE(paged, all);
    QCOMPARE(pages, int((all.size() + 24) / 25));

    const CliRun text = m_store.run({ "list", "contacts", "--limit", "2" });
    QVERIFY2(text.exitCode == 0, text.describe());
    const QList<QByteArray> lines = text.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.last().startsWith("next: "));
}

void tst_CliStore::wrongPassphraseExits3AndTouchesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("stats") << QStringList { "stats" };
    QTest::newRow("list") << QStringList { "list", "contacts", "--json" };
    QTest::newRow("search") << QStringList { "search", "محمد" };
    QTest::newRow("seed-demo") << QStringList { "seed-demo", "--contacts", "5" };
    QTest::newRow("change-passphrase") << QStringList { "change-passphrase" };
}

void tst_CliStore::wrongPassphraseExits3AndTouchesNothing()
{
    QFETCH(QStringList, arguments);
    QCOMPARE(m_store.run({ "stats" }).exitCode, 0);
    const auto before = hashFiles(m_store.storeDir());
    QVERIFY(before.contains("omnicrm.db"));

    m_store.setPassphrase("not the passphrase");
    m_store.setEnvironment("OMNICRM_NEW_PASSPHRASE", "another one");
    const CliRun refused = m_store.run(arguments);
    m_store.setPassphrase(CliStore::DefaultPassphrase);
    m_store.removeEnvironment("OMNICRM_NEW_PASSPHRASE");

    QVERIFY2(refused.exitCode == 3, refused.describe());
    QVERIFY(refused.out.isEmpty());
    QVERIFY2(refused.errText().contains("passphrase is wrong"), refused.describe());
    QCOMPARE(hashFiles(m_store.storeDir()), before);
}

void tst_CliStore::missingPassphraseSaysHowToSupplyOne()
{
    const auto before = hashFiles(m_store.storeDir());
    m_store.setPassphrase({});
    const CliRun refused = m_store.run({ "stats" });
    const CliRun emptyFile = m_store.run({ "--passphrase-file", m_store.filePath("missing-file"), "stats" });
    m_store.setPassphrase(CliStore::DefaultPassphrase);

    QVERIFY2(refused.exitCode == 3, refused.describe());
    QVERIFY2(refused.errText().contains("OMNICRM_PASSPHRASE"), refused.describe());
    QVERIFY2(refused.errText().contains("--passphrase-file"), refused.describe());
    QVERIFY2(emptyFile.exitCode == 3, emptyFile.describe());
    QCOMPARE(hashFiles(m_store.storeDir()), before);
}

void tst_CliStore::initWithoutAnyKeyExits3AndCreatesNothing()
{
    CliStore fresh;
    fresh.setPassphrase({});
    for (const QStringList &arguments : { QStringList { "init" }, QStringList { "init", "--no-keychain" } }) {
        const CliRun refused = fresh.run(arguments);
        QVERIFY2(refused.exitCode == 3, refused.describe());
        QVERIFY2(refused.errText().contains("OMNICRM_PASSPHRASE"), refused.describe());
        QVERIFY(hashFiles(fresh.storeDir()).isEmpty());
    }
}

void tst_CliStore::initTwiceExits4AndTouchesNothing()
{
    const auto before = hashFiles(m_store.storeDir());
    const CliRun again = m_store.run({ "init" });
    QVERIFY2(again.exitCode == 4, again.describe());
    QVERIFY2(again.errText().contains("already exists"), again.describe());
    QCOMPARE(hashFiles(m_store.storeDir()), before);
}

void tst_CliStore::openingNoStoreExits4()
{
    CliStore empty;
    const CliRun missing = empty.run({ "stats" });
    QVERIFY2(missing.exitCode == 4, missing.describe());
    QVERIFY2(missing.errText().contains("init"), missing.describe());
}

void tst_CliStore::storeFolderDefaults()
{
    CliStore store;
    // Without --store: OMNICRM_STORE, else the application-data folder.
    store.setEnvironment("OMNICRM_STORE", store.storeDir());
    QCOMPARE(store.runBare({ "init" }).exitCode, 0);
    QVERIFY(QFile::exists(QDir(store.storeDir()).filePath("omnicrm.db")));
    QCOMPARE(store.runBare({ "stats" }).exitCode, 0);

    store.removeEnvironment("OMNICRM_STORE");
    const CliRun created = store.runBare({ "init" });
    QVERIFY2(created.exitCode == 0, created.describe());
    QVERIFY(QFile::exists(store.filePath("xdg-data/OmniCRM/OmniCRM/store/omnicrm.db")));
}

void tst_CliStore::changePassphraseRetiresTheOldOne()
{
    CliStore store;
    QVERIFY(store.init());
    QCOMPARE(store.run({ "seed-demo", "--contacts", "5", "--companies", "2", "--deals", "2" }).exitCode, 0);
    const CliRun before = store.run({ "list", "contacts", "--json" });
    QCOMPARE(before.exitCode, 0);
    const QByteArray database = readFile(QDir(store.storeDir()).filePath("omnicrm.db"));

    // No new passphrase: refused, nothing changed.
    const CliRun noNew = store.run({ "change-passphrase" });
    QVERIFY2(noNew.exitCode == 3, noNew.describe());
    QVERIFY2(noNew.errText().contains("OMNICRM_NEW_PASSPHRASE"), noNew.describe());

    const QString newPassphrase = QStringLiteral("عبارة جديدة ٢٠٢٥");
    QVERIFY(writeFile(store.filePath("new-passphrase"), newPassphrase.toUtf8() + '\n'));
    const CliRun changed
        = store.run({ "change-passphrase", "--new-passphrase-file", store.filePath("new-passphrase") });
    QVERIFY2(changed.exitCode == 0, changed.describe());
    QCOMPARE(readFile(QDir(store.storeDir()).filePath("omnicrm.db")), database); // only the key file changed

    const CliRun old = store.run({ "stats" });
    QVERIFY2(old.exitCode == 3, old.describe());

    store.setPassphrase({});
    const CliRun viaFile
        = store.run({ "--passphrase-file", store.filePath("new-passphrase"), "list", "contacts", "--json" });
    QVERIFY2(viaFile.exitCode == 0, viaFile.describe());
    QCOMPARE(viaFile.out, before.out);

    store.setPassphrase(newPassphrase);
    store.setEnvironment("OMNICRM_NEW_PASSPHRASE", CliStore::DefaultPassphrase);
    QCOMPARE(store.run({ "change-passphrase" }).exitCode, 0);
    store.setPassphrase(CliStore::DefaultPassphrase);
    QCOMPARE(store.run({ "list", "contacts", "--json" }).out, before.out);
}

QTEST_GUILESS_MAIN(tst_CliStore)
#include "tst_cli_store.moc"
