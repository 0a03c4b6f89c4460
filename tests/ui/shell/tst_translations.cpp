// Every string of the app is translated in both languages, and the compiled Arabic translation
// is the one the app loads: an unfinished or empty entry in translations/*.ts fails here.
#include "kindtext.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

class tst_Translations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyMessageIsFinished_data();
    void everyMessageIsFinished();
    void compiledArabicIsLoaded();
};

void tst_Translations::everyMessageIsFinished_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("ar") << QStringLiteral("omnicrm_ar.ts");
    QTest::newRow("en") << QStringLiteral("omnicrm_en.ts");
}

void tst_Translations::everyMessageIsFinished()
{
    QFETCH(QString, file);
    QFile ts(QDir(QStringLiteral(OMNICRM_TEST_DATA_DIR "/../../translations")).filePath(file));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    QString context;
    QString source;
    int messages = 0;
    QStringList unfinished;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            ++messages;
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            if (type == u"unfinished" || type == u"vanished" || type == u"obsolete" || text.isEmpty())
                unfinished.append(context + QStringLiteral(": ") + source);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(messages > 500, qPrintable(QStringLiteral("only %1 messages").arg(messages)));
    QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.mid(0, 10).join(u'\n')));
}

void tst_Translations::compiledArabicIsLoaded()
{
    QTranslator arabic;
    QVERIFY(arabic.load(QStringLiteral(":/i18n/omnicrm_ar.qm")));
    QCoreApplication::installTranslator(&arabic);
    QCOMPARE(OmniCrm::KindText::plural(OmniCrm::RecordKind::Contact), QStringLiteral("جهات الاتصال"));
    QCoreApplication::removeTranslator(&arabic);
    QCOMPARE(OmniCrm::KindText::plural(OmniCrm::RecordKind::Contact), QStringLiteral("Contacts"));
}

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
