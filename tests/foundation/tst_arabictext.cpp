// Proves the one folding function: the spellings a user would call equal fold equal, digits and
// separators become ASCII, and name skeletons meet across Arabic and Latin script without
// merging different names.
#include "arabictext.h"

#include <QTest>

using namespace OmniCrm;
using namespace Qt::StringLiterals;

class tst_ArabicText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foldsEqual_data();
    void foldsEqual();
    void foldsTo_data();
    void foldsTo();
    void foldIsIdempotent_data() { foldsTo_data(); }
    void foldIsIdempotent();
    void searchTokens_data();
    void searchTokens();
    void sameSkeleton_data();
    void sameSkeleton();
    void differentSkeleton_data();
    void differentSkeleton();
    void skeletonKeepsOrderKeyDoesNot();
};

void tst_ArabicText::foldsEqual_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("hamza-alef") << u"أحمد"_s << u"احمد"_s;
    QTest::newRow("harakat") << u"أحْمَد"_s << u"احمد"_s;
    QTest::newRow("shadda-tanween") << u"مُحَمَّدٌ"_s << u"محمد"_s;
    QTest::newRow("tatweel") << u"أحـــمد"_s << u"احمد"_s;
    QTest::newRow("alef-below") << u"إبراهيم"_s << u"ابراهيم"_s;
    QTest::newRow("alef-madda") << u"آمنة"_s << u"امنه"_s;
    QTest::newRow("alef-wasla") << u"ٱلرحمن"_s << u"الرحمن"_s;
    QTest::newRow("superscript-alef") << u"الرحمٰن"_s << u"الرحمن"_s;
    QTest::newRow("taa-marbuta") << u"مدرسة"_s << u"مدرسه"_s;
    QTest::newRow("alef-maqsura") << u"مستشفى"_s << u"مستشفي"_s;
    QTest::newRow("waw-hamza") << u"مؤمن"_s << u"مومن"_s;
    QTest::newRow("yeh-hamza") << u"رئيس"_s << u"رييس"_s;
    QTest::newRow("decomposed-hamza") << u"\u0627\u0654\u062D\u0645\u062F"_s << u"احمد"_s;
    QTest::newRow("persian-kaf-yeh") << u"کریم"_s << u"كريم"_s;
    QTest::newRow("rlm-lrm") << u"\u200Fأحمد\u200E"_s << u"احمد"_s;
    QTest::newRow("embedding-isolate") << u"\u202Bأحمد\u202C \u2067محمد\u2069"_s << u"احمد محمد"_s;
    QTest::newRow("alm-bom-zwsp") << u"\uFEFFأح\u200Bمد\u061C"_s << u"احمد"_s;
    QTest::newRow("presentation-forms") << u"ﻻ ﺃﺣﻤﺪ"_s << u"لا احمد"_s;
    QTest::newRow("latin-case") << u"MoHaMMeD"_s << u"mohammed"_s;
    QTest::newRow("full-width") << u"ＡＢＣ１２３"_s << u"abc123"_s;
    QTest::newRow("latin-composed") << u"Jose\u0301"_s << u"jos\u00e9"_s;
    QTest::newRow("whitespace") << u"  أحمد \t\n  محمد  "_s << u"احمد محمد"_s;
    QTest::newRow("nbsp") << u"أحمد\u00A0\u00A0محمد"_s << u"احمد محمد"_s;
    QTest::newRow("mark-between-spaces") << u"أحمد \u200F محمد"_s << u"احمد محمد"_s;
}

void tst_ArabicText::foldsEqual()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(ArabicText::fold(a), ArabicText::fold(b));
}

void tst_ArabicText::foldsTo_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only-marks") << u"\u200F\u0640 "_s << QString();
    QTest::newRow("arabic-indic-digits") << u"٠٥٥٥١٢٣٤٥٦"_s << u"0555123456"_s;
    QTest::newRow("persian-digits") << u"۰۵۵۵۱۲۳۴۵۶"_s << u"0555123456"_s;
    QTest::newRow("arabic-separators") << u"١٬٢٥٠٫٥٠"_s << u"1,250.50"_s;
    QTest::newRow("arabic-comma") << u"أحمد، محمد"_s << u"احمد, محمد"_s;
    QTest::newRow("standalone-hamza-kept") << u"سماء"_s << u"سماء"_s;
    QTest::newRow("taa-marbuta") << u"فاطمة"_s << u"فاطمه"_s;
    QTest::newRow("alef-maqsura") << u"مصطفى"_s << u"مصطفي"_s;
    QTest::newRow("all-alefs") << u"أ إ آ ٱ"_s << u"ا ا ا ا"_s;
    QTest::newRow("mixed") << u"  Ahmed  أحمد ٠٥٥ "_s << u"ahmed احمد 055"_s;
    QTest::newRow("ascii-untouched") << u"abc-123_x@y.z"_s << u"abc-123_x@y.z"_s;
}

void tst_ArabicText::foldsTo()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(ArabicText::fold(input), expected);
}

void tst_ArabicText::foldIsIdempotent()
{
    QFETCH(QString, input);
    const QString once = ArabicText::fold(input);
    QCOMPARE(ArabicText::fold(once), once);
}

void tst_ArabicText::searchTokens_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("arabic-punctuation")
        << u"أحمد، محمد-علي!"_s << QStringList { u"احمد"_s, u"محمد"_s, u"علي"_s };
    QTest::newRow("email-split") << u"Ahmed@Example.com"_s
                                 << QStringList { u"ahmed"_s, u"example"_s, u"com"_s };
    QTest::newRow("digits") << u"اتصل ٠٥٥٥١٢٣٤٥٦ now"_s
                            << QStringList { u"اتصل"_s, u"0555123456"_s, u"now"_s };
    QTest::newRow("diacritics-inside") << u"مُحَمَّد"_s << QStringList { u"محمد"_s };
    QTest::newRow("hamza-letter") << u"ماء"_s << QStringList { u"ماء"_s };
    QTest::newRow("only-separators") << u" - , . "_s << QStringList();
}

void tst_ArabicText::searchTokens()
{
    QFETCH(QString, input);
    QFETCH(QStringList, expected);
    QCOMPARE(ArabicText::searchTokens(input), expected);
}

void tst_ArabicText::sameSkeleton_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::newRow("muhammad") << QStringList { u"محمد"_s,     u"Mohammed"_s, u"Muhammad"_s, u"Mohamed"_s,
                                               u"Mohammad"_s, u"مُحَمَّد"_s,     u"MOHAMAD"_s,  u"Mohd"_s };
    QTest::newRow("ahmad") << QStringList { u"أحمد"_s, u"احمد"_s, u"Ahmed"_s, u"Ahmad"_s };
    QTest::newRow("abdullah") << QStringList { u"عبدالله"_s, u"عبد الله"_s,  u"Abdullah"_s, u"Abdallah"_s,
                                               u"Abdulla"_s, u"Abd Allah"_s, u"Abdul-lah"_s };
    QTest::newRow("abdulaziz") << QStringList { u"عبدالعزيز"_s,  u"عبد العزيز"_s,  u"Abdulaziz"_s,
                                                u"Abdel Aziz"_s, u"Abd al-Aziz"_s, u"Abdelaziz"_s };
    QTest::newRow("abdulrahman") << QStringList { u"عبدالرحمن"_s, u"Abdulrahman"_s, u"Abdul Rahman"_s,
                                                  u"Abdurrahman"_s, u"Abdelrahman"_s };
    QTest::newRow("khalid") << QStringList { u"خالد"_s, u"Khalid"_s, u"Khaled"_s };
    QTest::newRow("faisal") << QStringList { u"فيصل"_s, u"Faisal"_s, u"Faysal"_s, u"Feisal"_s };
    QTest::newRow("saud") << QStringList { u"سعود"_s, u"Saud"_s };
    QTest::newRow("fahad") << QStringList { u"فهد"_s, u"Fahad"_s, u"Fahd"_s };
    QTest::newRow("noura") << QStringList { u"نورة"_s, u"نوره"_s, u"Noura"_s, u"Nora"_s, u"Norah"_s };
    QTest::newRow("fatima") << QStringList { u"فاطمة"_s, u"Fatima"_s, u"Fatma"_s, u"Fatimah"_s };
    QTest::newRow("yousef") << QStringList { u"يوسف"_s, u"Yousef"_s, u"Yusuf"_s, u"Youssef"_s };
    QTest::newRow("aisha") << QStringList { u"عائشة"_s, u"Aisha"_s, u"Aysha"_s, u"Ayesha"_s };
    QTest::newRow("sultan") << QStringList { u"سلطان"_s, u"Sultan"_s };
    QTest::newRow("mishal-unlisted") << QStringList { u"مشعل"_s, u"Mishal"_s, u"Meshal"_s, u"Mishaal"_s };
    QTest::newRow("turki-unlisted") << QStringList { u"تركي"_s, u"Turki"_s };
    QTest::newRow("al-saud") << QStringList { u"Al Saud"_s, u"آل سعود"_s, u"Alsaud"_s, u"السعود"_s,
                                              u"Al-Saud"_s, u"al saud"_s, u"El Saud"_s };
    QTest::newRow("al-shehri") << QStringList { u"الشهري"_s, u"Al-Shehri"_s, u"Ash-Shehri"_s, u"Alshehri"_s };
    QTest::newRow("full-name") << QStringList { u"محمد بن عبدالله آل سعود"_s,
                                                u"Mohammed bin Abdullah Al Saud"_s,
                                                u"Muhammad Bin Abdallah Alsaud"_s };
    QTest::newRow("apostrophe") << QStringList { u"Sa'ad"_s, u"Saad"_s, u"سعد"_s };
    QTest::newRow("scholarly") << QStringList { u"Muḥammad"_s, u"محمد"_s };
}

void tst_ArabicText::sameSkeleton()
{
    QFETCH(QStringList, names);
    const QString first = ArabicText::nameSkeleton(names.first());
    QVERIFY(!first.isEmpty());
    for (const QString &name : names) {
        const QString skeleton = ArabicText::nameSkeleton(name);
        QVERIFY2(skeleton == first,
                 qPrintable(name + u" → "_s + skeleton + u", but "_s + names.first() + u" → "_s + first));
    }
}

void tst_ArabicText::differentSkeleton_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("muhammad-ahmad") << u"محمد"_s << u"أحمد"_s;
    QTest::newRow("mohammed-ahmed") << u"Mohammed"_s << u"Ahmed"_s;
    QTest::newRow("khalid-khalifa") << u"Khalid"_s << u"Khalifa"_s;
    QTest::newRow("khalid-khalifa-ar") << u"خالد"_s << u"خليفة"_s;
    QTest::newRow("hassan-hussein") << u"Hassan"_s << u"Hussein"_s;
    QTest::newRow("hassan-hussein-ar") << u"حسن"_s << u"حسين"_s;
    QTest::newRow("saud-saad") << u"سعود"_s << u"سعد"_s;
    QTest::newRow("saud-saeed") << u"Saud"_s << u"Saeed"_s;
    QTest::newRow("mahmoud-mohammed") << u"Mahmoud"_s << u"Mohammed"_s;
    QTest::newRow("omar-amr") << u"عمر"_s << u"عمرو"_s;
    QTest::newRow("noura-nour") << u"Noura"_s << u"Nour"_s;
    QTest::newRow("ali-alia") << u"علي"_s << u"عليا"_s;
    QTest::newRow("nawaf-nayef") << u"Nawaf"_s << u"Nayef"_s;
    QTest::newRow("abdullah-abdulaziz") << u"عبدالله"_s << u"عبدالعزيز"_s;
    QTest::newRow("fahad-faisal") << u"Fahad"_s << u"Faisal"_s;
}

void tst_ArabicText::differentSkeleton()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QVERIFY2(ArabicText::nameSkeleton(a) != ArabicText::nameSkeleton(b),
             qPrintable(ArabicText::nameSkeleton(a)));
}

void tst_ArabicText::skeletonKeepsOrderKeyDoesNot()
{
    const QString a = u"Saud Faisal"_s;
    const QString b = u"فيصل سعود"_s;
    QVERIFY(ArabicText::nameSkeleton(a) != ArabicText::nameSkeleton(b));
    QCOMPARE(ArabicText::nameKey(a), ArabicText::nameKey(b));
    QCOMPARE(ArabicText::nameSkeleton(u"Faisal Saud"), ArabicText::nameSkeleton(b));
    QCOMPARE(ArabicText::nameSkeleton(u"  "), QString());
}

QTEST_GUILESS_MAIN(tst_ArabicText)
#include "tst_arabictext.moc"
