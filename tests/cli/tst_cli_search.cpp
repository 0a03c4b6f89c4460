// Proves folded search through omnicrm-cli: أحمد is found from احمد, أحْمَد and other spellings,
// and a phone from ٠٥٥٥١٢٣٤٥٦, 0555123456 and +966555123456.
#include "clitestsupport.h"

#include <QTest>

using namespace OmniCrm::Test;

class tst_CliSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void findsNameFromFoldedSpellings_data();
    void findsNameFromFoldedSpellings();
    void findsPhoneFromAnyFormat_data();
    void findsPhoneFromAnyFormat();
    void textOutputAndLimit();
    void noMatchPrintsNothing();

private:
    QStringList idsFound(const QString &text);

    CliStore m_store;
    QString m_ahmed;
    QString m_other;
};

void tst_CliSearch::initTestCase()
{
    QVERIFY(m_store.init());
    const QString path = m_store.filePath("people.csv");
    QVERIFY(writeFile(path,
                      "الاسم,الجوال,البريد,الشركة\n"
                      "أحمد العتيبي,0555123456,ahmed@example.com,شركة الأفق\n"
                      "محمود الزهراني,0501112222,mahmoud@example.com,مؤسسة النخبة\n"
                      "عائشة الحربي,0503334444,aisha@example.com,\n"
                      "أحمدي السالم,0509998888,,\n"));
    const CliRun imported = m_store.run({ "import", "contacts", path, "--json" });
    QVERIFY2(imported.exitCode == 0, imported.describe());
    QCOMPARE(imported.lastJson().value("imported").toInteger(), 4);

    const CliRun listed = m_store.run({ "list", "contacts", "--json" });
    for (const QJsonObject &row : listed.jsonLines()) {
        if (row.value("name").toString() == u"أحمد العتيبي")
            m_ahmed = row.value("id").toString();
        if (row.value("name").toString() == u"محمود الزهراني")
            m_other = row.value("id").toString();
    }
    QVERIFY(!m_ahmed.isEmpty());
    QVERIFY(!m_other.isEmpty());
}

QStringList tst_CliSearch::idsFound(const QString &text)
{
    const CliRun run = m_store.run({ "search", text, "--json" });
    if (run.exitCode != 0)
        qWarning("search %s: %s", qPrintable(text), run.describe());
    QStringList ids;
    for (const QJsonObject &result : run.jsonLines()) {
        if (result.value("kind").toString() == u"contact")
            ids << result.value("id").toString();
    }
    return ids;
}

void tst_CliSearch::findsNameFromFoldedSpellings_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain alef") << QStringLiteral("احمد");
    QTest::newRow("hamza and diacritics") << QStringLiteral("أحْمَد");
    QTest::newRow("as stored") << QStringLiteral("أحمد");
    QTest::newRow("tatweel") << QStringLiteral("أحـــمد");
    QTest::newRow("prefix") << QStringLiteral("احم");
    QTest::newRow("two words") << QStringLiteral("احمد العتيبى");
}

void tst_CliSearch::findsNameFromFoldedSpellings()
{
    QFETCH(QString, text);
    const QStringList ids = idsFound(text);
    QVERIFY2(ids.contains(m_ahmed), qPrintable(ids.join(u',')));
    QVERIFY(!ids.contains(m_other));
}

void tst_CliSearch::findsPhoneFromAnyFormat_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("arabic-indic") << QStringLiteral("٠٥٥٥١٢٣٤٥٦");
    QTest::newRow("national") << QStringLiteral("0555123456");
    QTest::newRow("e164") << QStringLiteral("+966555123456");
}

void tst_CliSearch::findsPhoneFromAnyFormat()
{
    QFETCH(QString, text);
    QCOMPARE(idsFound(text), QStringList { m_ahmed });
}

void tst_CliSearch::textOutputAndLimit()
{
    const CliRun run = m_store.run({ "search", "احمد" });
    QVERIFY2(run.exitCode == 0, run.describe());
    const QList<QByteArray> fields = run.out.split('\n').first().split('\t');
    QCOMPARE(fields.size(), 4);
    QCOMPARE(fields.at(0), QByteArray("contact"));

    const CliRun limited = m_store.run({ "search", "احمد", "--limit", "1", "--json" });
    QVERIFY2(limited.exitCode == 0, limited.describe());
    QCOMPARE(limited.jsonLines().size(), 1);
}

void tst_CliSearch::noMatchPrintsNothing()
{
    const CliRun run = m_store.run({ "search", "زززز", "--json" });
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(tst_CliSearch)
#include "tst_cli_search.moc"
