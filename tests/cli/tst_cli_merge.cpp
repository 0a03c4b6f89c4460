// Proves store dedupe from the command line: `dedupe --store-contacts` lists the clusters of one
// person written in two scripts without changing the store, namesakes stay apart, `merge
// --survivor` folds the others into the chosen record (which keeps its name and gains their
// phones), `undo-merge` brings them back, and bad usage is refused with its exit code.
#include "clitestsupport.h"

#include <QJsonArray>
#include <QTest>

using namespace OmniCrm::Test;

class tst_CliMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsClustersReadOnly();
    void mergesIntoChosenSurvivorAndUndoes();
    void refusesBadUsage_data();
    void refusesBadUsage();

private:
    QString idOf(const QString &name) const;
    QList<QStringList> clusters(double threshold = 0.5) const;
    QStringList liveContacts() const;

    CliStore m_store;
    QHash<QString, QString> m_ids; // name → contact id
};

void tst_CliMerge::initTestCase()
{
    m_store.setEnvironment(QStringLiteral("OMNICRM_KDF"), QStringLiteral("fast-for-tests"));
    QVERIFY(m_store.init());
    const QString path = m_store.filePath("people.csv");
    // Three rows of one person (Arabic, Latin, a typo), a namesake in another city with other
    // numbers, and unrelated people around them.
    QVERIFY(writeFile(path,
                      "الاسم,الجوال,البريد,الشركة,المدينة\n"
                      "محمد العتيبي,0555123456,m.otaibi@gmail.com,شركة النخبة للتجارة,الرياض\n"
                      "Mohammed Al-Otaibi,+966 50 999 8877,motaibi@gmail.com,Al Nokhba Trading Co.,Riyadh\n"
                      "Muhammad Otaiby,,MOtaibi+crm@gmail.com,,Riyadh\n"
                      "محمد العتيبي,0501234567,mohd.o@outlook.com,مؤسسة الرواد,جدة\n"
                      "نورة الشهري,0533334444,noura.s@hotmail.com,,الدمام\n"
                      "فيصل الحربي,0544445555,faisal.h@yahoo.com,,أبها\n"
                      "سارة القحطاني,0566667777,sara.q@gmail.com,شركة الأفق,الخبر\n"
                      "Turki Al-Dosari,0577778888,turki@dosari.sa,Al Madar Est,Dammam\n"
                      "هند الزهراني,0588889999,,,جدة\n"
                      "خالد المطيري,0599990000,k.mutairi@outlook.com,مجموعة الفجر,الرياض\n"
                      "Omar Al-Ghamdi,0511112222,omar.g@icloud.com,,Taif\n"));
    const CliRun imported = m_store.run({ "import", "contacts", path, "--json" });
    QVERIFY2(imported.exitCode == 0, imported.describe());
    QCOMPARE(imported.lastJson().value("imported").toInteger(), 11);
    const CliRun listed = m_store.run({ "list", "contacts", "--json" });
    for (const QJsonObject &row : listed.jsonLines()) {
        const QString name = row.value("name").toString();
        m_ids.insert(m_ids.contains(name) ? name + u'#' : name, row.value("id").toString());
    }
    QCOMPARE(m_ids.size(), 11);
}

QString tst_CliMerge::idOf(const QString &name) const
{
    return m_ids.value(name);
}

QList<QStringList> tst_CliMerge::clusters(double threshold) const
{
    QList<QStringList> out;
    const CliRun run
        = m_store.run({ "dedupe", "--store-contacts", "--json", "--threshold", QString::number(threshold) });
    if (run.exitCode != 0) {
        qWarning("%s", run.describe());
        return out;
    }
    for (const QJsonValue &cluster : run.lastJson().value("clusters").toArray()) {
        QStringList ids;
        for (const QJsonValue &record : cluster.toObject().value("records").toArray())
            ids.append(record.toObject().value("id").toString());
        ids.sort();
        out.append(ids);
    }
    return out;
}

QStringList tst_CliMerge::liveContacts() const
{
    QStringList ids;
    for (const QJsonObject &row : m_store.run({ "list", "contacts", "--json" }).jsonLines())
        ids.append(row.value("id").toString());
    ids.sort();
    return ids;
}

void tst_CliMerge::listsClustersReadOnly()
{
    QVERIFY(m_store.run({ "list", "contacts" }).exitCode == 0); // the store as a reader leaves it
    const QMap<QString, QByteArray> before = hashFiles(m_store.storeDir());
    const QList<QStringList> found = clusters();
    QStringList otaibi = { idOf(u"محمد العتيبي"_qs), idOf("Mohammed Al-Otaibi"), idOf("Muhammad Otaiby") };
    otaibi.sort();
    QVERIFY2(found.contains(otaibi), qPrintable(QStringLiteral("%1 clusters").arg(found.size())));
    const QString namesake = idOf(u"محمد العتيبي#"_qs);
    for (const QStringList &cluster : found)
        QVERIFY(!cluster.contains(namesake));
    // Nothing in the store changed: the listing only reads.
    QVERIFY(hashFiles(m_store.storeDir()) == before);

    const CliRun text = m_store.run({ "dedupe", "--store-contacts" });
    QVERIFY2(text.exitCode == 0, text.describe());
    QVERIFY(text.out.contains(idOf("Mohammed Al-Otaibi").toUtf8()));

    const CliRun companies = m_store.run({ "dedupe", "--store-companies", "--json" });
    QVERIFY2(companies.exitCode == 0, companies.describe());
    QCOMPARE(companies.lastJson().value("kind").toString(), QStringLiteral("company"));
}

void tst_CliMerge::mergesIntoChosenSurvivorAndUndoes()
{
    const QString survivor = idOf("Mohammed Al-Otaibi");
    const QStringList others = { idOf(u"محمد العتيبي"_qs), idOf("Muhammad Otaiby") };
    const QStringList everyone = liveContacts();
    const CliRun merged
        = m_store.run({ "merge", "--survivor", survivor, others.at(0), others.at(1), "--json" });
    QVERIFY2(merged.exitCode == 0, merged.describe());
    const QJsonArray merges = merged.lastJson().value("merges").toArray();
    QCOMPARE(merges.size(), 2);
    QCOMPARE(merged.lastJson().value("survivor").toString(), survivor);

    QStringList left = everyone;
    for (const QString &id : others)
        left.removeAll(id);
    QCOMPARE(liveContacts(), left);
    // The chosen survivor kept its own name and gained the Arabic row's phone.
    const CliRun found = m_store.run({ "search", "0555123456", "--json" });
    QVERIFY2(found.exitCode == 0, found.describe());
    QCOMPARE(found.lastJson().value("id").toString(), survivor);
    QCOMPARE(found.lastJson().value("title").toString(), QStringLiteral("Mohammed Al-Otaibi"));
    QVERIFY(clusters().isEmpty() || !clusters().front().contains(survivor));

    for (qsizetype i = merges.size() - 1; i >= 0; --i) { // the last merge first
        const CliRun undone
            = m_store.run({ "undo-merge", merges.at(i).toObject().value("merge_id").toString() });
        QVERIFY2(undone.exitCode == 0, undone.describe());
    }
    QCOMPARE(liveContacts(), everyone);
    // A merge undone once cannot be undone again.
    const CliRun again = m_store.run({ "undo-merge", merges.at(0).toObject().value("merge_id").toString() });
    QCOMPARE(again.exitCode, 4);
}

void tst_CliMerge::refusesBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("both-kinds") << QStringList { "dedupe", "--store-contacts", "--store-companies" } << 1;
    QTest::newRow("store-and-csv") << QStringList { "dedupe", "--store-contacts", "--csv", "x.csv" } << 1;
    QTest::newRow("bad-threshold") << QStringList { "dedupe", "--store-contacts", "--threshold", "2" } << 1;
    QTest::newRow("no-survivor") << QStringList { "merge", "a", "b" } << 1;
    QTest::newRow("unknown-id") << QStringList { "merge", "--survivor", "nope", "nope2" } << 2;
    QTest::newRow("unknown-merge") << QStringList { "undo-merge", "nope" } << 2;
}

void tst_CliMerge::refusesBadUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const CliRun run = m_store.run(arguments);
    QVERIFY2(run.exitCode == exitCode, run.describe());
    QVERIFY(!run.err.isEmpty());
}

QTEST_GUILESS_MAIN(tst_CliMerge)
#include "tst_cli_merge.moc"
