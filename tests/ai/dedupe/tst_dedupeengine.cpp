// DedupeEngine and its parts: normalisers, comparators, frequency-adjusted weights, blocking,
// clustering, and the whole run on generated contacts with known truth.
#include "blocker.h"
#include "dedupedatagenerator.h"
#include "dedupeengine.h"
#include "fieldnormalizer.h"
#include "gulfdirectorygenerator.h"
#include "matchmodel.h"
#include "pairclusterer.h"
#include "phonenormalizer.h"
#include "preparedrecord.h"
#include "stringsimilarity.h"

#include <QtTest>

using namespace OmniCrm;

namespace {

QList<FieldSpec> personFields()
{
    return {
        { QStringLiteral("first"), FieldKind::FirstName }, { QStringLiteral("last"), FieldKind::LastName },
        { QStringLiteral("phone"), FieldKind::Phone },     { QStringLiteral("email"), FieldKind::Email },
        { QStringLiteral("company"), FieldKind::Company }, { QStringLiteral("city"), FieldKind::City }
    };
}

// Distinct made-up family names, so that background rows do not agree by accident.
QString madeUpFamily(int i)
{
    static const QString consonants = QStringLiteral("bdfgjklmnrstz");
    QString out;
    out += consonants[i % 13].toUpper();
    out += u'a';
    out += consonants[(i / 13) % 13];
    out += u'i';
    out += consonants[(i / 169) % 13];
    out += QStringLiteral("an");
    return out;
}

} // namespace

class tst_DedupeEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phonesMeetInE164_data();
    void phonesMeetInE164();
    void emailsAreCanonical_data();
    void emailsAreCanonical();
    void companyKeysDropLegalForms_data();
    void companyKeysDropLegalForms();
    void namePartsCrossScripts_data();
    void namePartsCrossScripts();
    void jaroWinklerMatchesPublishedValues_data();
    void jaroWinklerMatchesPublishedValues();
    void tokenSetSimilarity();
    void commonNamesWeighLess();
    void swappedAndCrossScriptNamesAgree();
    void titlesAndFamilyFirstOrderAreRead();
    void fatherNamesSeparateCousins();
    void onlyFieldsBothHoldCanDiffer();
    void relativesInTheFamilyFirmAgreeForLess();
    void phonesOutsideKnownRangesStillAgree();
    void citiesAcrossScriptsArePartial();
    void oneEditInANameStillBlocks();
    void findsDuplicatesInSecondGenerator();
    void blockingJoinsVariantsAndCapsHugeBlocks();
    void chainingThroughWeakLinksIsRefused();
    void rejectsBadInput();
    void findsDuplicatesInGeneratedContacts();

private:
    PhoneNormalizer m_phones;
};

void tst_DedupeEngine::phonesMeetInE164_data()
{
    QTest::addColumn<QString>("raw");
    QTest::newRow("national") << QStringLiteral("0555123456");
    QTest::newRow("plus") << QStringLiteral("+966555123456");
    QTest::newRow("no-plus") << QStringLiteral("966555123456");
    QTest::newRow("spaces") << QStringLiteral("+966 55 512 3456");
    QTest::newRow("arabic-indic") << QStringLiteral(u"٠٥٥٥١٢٣٤٥٦");
    QTest::newRow("00") << QStringLiteral("00966555123456");
}

void tst_DedupeEngine::phonesMeetInE164()
{
    QFETCH(QString, raw);
    QCOMPARE(FieldNormalizer(m_phones).phone(raw), QStringLiteral("+966555123456"));
}

void tst_DedupeEngine::emailsAreCanonical_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("case") << QStringLiteral("Khalid.Otaibi@Example.SA")
                          << QStringLiteral("khalid.otaibi@example.sa");
    QTest::newRow("gmail-dots") << QStringLiteral("K.halid.Otaibi@gmail.com")
                                << QStringLiteral("khalidotaibi@gmail.com");
    QTest::newRow("gmail-tag") << QStringLiteral("khalidotaibi+crm@googlemail.com")
                               << QStringLiteral("khalidotaibi@gmail.com");
    QTest::newRow("other-domains-keep-dots")
        << QStringLiteral("k.o@outlook.com") << QStringLiteral("k.o@outlook.com");
    QTest::newRow("no-at") << QStringLiteral("khalid") << QString();
}

void tst_DedupeEngine::emailsAreCanonical()
{
    QFETCH(QString, raw);
    QFETCH(QString, canonical);
    QCOMPARE(FieldNormalizer::email(raw), canonical);
}

void tst_DedupeEngine::companyKeysDropLegalForms_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("arabic-forms") << QStringLiteral(u"شركة النخبة للتجارة") << QStringLiteral(u"مؤسسة النخبة")
                                  << true;
    QTest::newRow("latin-forms") << QStringLiteral("Al Nokhba Trading Co.") << QStringLiteral("Nokhba LLC")
                                 << true;
    QTest::newRow("cross-script") << QStringLiteral(u"شركة النخبة") << QStringLiteral("Al-Nokhba Est.")
                                  << true;
    QTest::newRow("person-firm") << QStringLiteral(u"مؤسسة خالد الشمري للمقاولات")
                                 << QStringLiteral("Khalid Al-Shammari Contracting Ltd") << true;
    QTest::newRow("different") << QStringLiteral(u"شركة النخبة") << QStringLiteral(u"شركة الرواد") << false;
}

void tst_DedupeEngine::companyKeysDropLegalForms()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(FieldNormalizer::companyKey(a) == FieldNormalizer::companyKey(b), same);
}

void tst_DedupeEngine::namePartsCrossScripts_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("mohammed") << QStringLiteral(u"محمد") << QStringLiteral("Mohammed");
    QTest::newRow("muhammad") << QStringLiteral(u"محمد") << QStringLiteral("Muhammad");
    QTest::newRow("family") << QStringLiteral(u"محمد العتيبي") << QStringLiteral("Mohamed Al-Otaibi");
    QTest::newRow("bin") << QStringLiteral(u"خالد بن سعد") << QStringLiteral("Khaled Saad");
    QTest::newRow("abd") << QStringLiteral(u"عبدالرحمن الدوسري") << QStringLiteral("Abdurrahman Al Dossary");
}

void tst_DedupeEngine::namePartsCrossScripts()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(FieldNormalizer::nameParts(a), FieldNormalizer::nameParts(b));
    QVERIFY(!FieldNormalizer::nameParts(a).isEmpty());
}

void tst_DedupeEngine::jaroWinklerMatchesPublishedValues_data()
{
    // Winkler (1990) and the usual textbook pairs.
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<double>("jaro");
    QTest::addColumn<double>("jaroWinkler");
    QTest::newRow("martha") << QStringLiteral("MARTHA") << QStringLiteral("MARHTA") << 0.944 << 0.961;
    QTest::newRow("dwayne") << QStringLiteral("DWAYNE") << QStringLiteral("DUANE") << 0.822 << 0.840;
    QTest::newRow("dixon") << QStringLiteral("DIXON") << QStringLiteral("DICKSONX") << 0.767 << 0.813;
    QTest::newRow("identical") << QStringLiteral("SAUD") << QStringLiteral("SAUD") << 1.0 << 1.0;
    QTest::newRow("disjoint") << QStringLiteral("ABC") << QStringLiteral("XYZ") << 0.0 << 0.0;
}

void tst_DedupeEngine::jaroWinklerMatchesPublishedValues()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(double, jaro);
    QFETCH(double, jaroWinkler);
    QVERIFY(qAbs(StringSimilarity::jaro(a, b) - jaro) < 0.001);
    QVERIFY(qAbs(StringSimilarity::jaroWinkler(a, b) - jaroWinkler) < 0.001);
    QCOMPARE(StringSimilarity::jaroWinkler(a, b), StringSimilarity::jaroWinkler(b, a));
}

void tst_DedupeEngine::tokenSetSimilarity()
{
    const QStringList a { QStringLiteral("king"), QStringLiteral("road"), QStringLiteral("street") };
    const QStringList b { QStringLiteral("king"), QStringLiteral("road") };
    QCOMPARE(StringSimilarity::tokenSet(a, b), 2.0 / 3.0);
    QCOMPARE(StringSimilarity::tokenSet(a, a), 1.0);
    QCOMPARE(StringSimilarity::tokenSet(a, { QStringLiteral("x") }), 0.0);
    QVERIFY(StringSimilarity::oneSubstitution(u"+966555123456", u"+966555123457"));
    QVERIFY(!StringSimilarity::oneSubstitution(u"+966555123456", u"+966555123465"));
}

void tst_DedupeEngine::commonNamesWeighLess()
{
    // 60 people called محمد and one Nawaf, each with their own family name; then two pairs that
    // agree on given and family name alike. The pair with the rare given name weighs more.
    QList<QStringList> rows;
    for (int i = 0; i < 60; ++i)
        rows.append({ QStringLiteral(u"محمد"), madeUpFamily(i), {}, {}, {}, {} });
    rows.append({ QStringLiteral("Nawaf"), madeUpFamily(100), {}, {}, {}, {} });
    const int commonA = int(rows.size());
    rows.append({ QStringLiteral(u"محمد"), madeUpFamily(200), {}, {}, {}, {} });
    rows.append({ QStringLiteral("Mohammed"), madeUpFamily(200), {}, {}, {}, {} });
    const int rareA = int(rows.size());
    rows.append({ QStringLiteral(u"نواف"), madeUpFamily(300), {}, {}, {}, {} });
    rows.append({ QStringLiteral("Nawaf"), madeUpFamily(300), {}, {}, {}, {} });

    const FieldNormalizer normalizer(m_phones);
    const PreparedData data(personFields(), rows, normalizer);
    MatchModel model(data);
    model.estimateU(5000, 7);
    const PairComparison common = model.compare(commonA, commonA + 1);
    const PairComparison rare = model.compare(rareA, rareA + 1);
    QCOMPARE(common.level[size_t(Feature::GivenName)], qint8(2));
    QCOMPARE(rare.level[size_t(Feature::GivenName)], qint8(2));
    QVERIFY(model.valueU(Feature::GivenName, data.records()[size_t(commonA)].given)
            > 10 * model.valueU(Feature::GivenName, data.records()[size_t(rareA)].given));
    QVERIFY2(
        model.weight(rare) > model.weight(common) + 2.0,
        qPrintable(QStringLiteral("rare %1, common %2").arg(model.weight(rare)).arg(model.weight(common))));
}

void tst_DedupeEngine::swappedAndCrossScriptNamesAgree()
{
    const QList<QStringList> rows {
        { QStringLiteral(u"سعود"), QStringLiteral(u"القحطاني"), {}, {}, {}, {} },
        { QStringLiteral("Al-Qahtani"), QStringLiteral("Saud"), {}, {}, {}, {} },
        { QStringLiteral(u"Khaled"), QStringLiteral("Al Mutairi"), {}, {}, {}, {} },
        { QStringLiteral(u"Khalid"), QStringLiteral("Mutairy"), {}, {}, {}, {} },
        { QStringLiteral(u"Khalid"), QStringLiteral("Mutaiiri"), {}, {}, {}, {} }, // a typo
        { QStringLiteral(u"Hassan"), QStringLiteral("Zahrani"), {}, {}, {}, {} },
        { QStringLiteral(u"Hussein"), QStringLiteral("Zahrani"), {}, {}, {}, {} },
    };
    const FieldNormalizer normalizer(m_phones);
    const PreparedData data(personFields(), rows, normalizer);
    const MatchModel model(data);
    const auto levels = [&](int a, int b) {
        const PairComparison c = model.compare(a, b);
        return std::pair(int(c.level[size_t(Feature::GivenName)]), int(c.level[size_t(Feature::FamilyName)]));
    };
    QCOMPARE(levels(0, 1), std::pair(2, 2));
    QCOMPARE(levels(2, 3), std::pair(2, 2));
    QVERIFY(levels(3, 4).second >= 1);
    QVERIFY(levels(5, 6).first < 2); // Hassan and Hussein are different names: never exact
}

void tst_DedupeEngine::titlesAndFamilyFirstOrderAreRead()
{
    const QStringList plain = FieldNormalizer::nameParts(u"Khalid Al-Harbi");
    QCOMPARE(FieldNormalizer::nameParts(u"Eng. Khalid Al-Harbi"), plain);
    QCOMPARE(FieldNormalizer::nameParts(u"د. خالد الحربي"), plain);
    QCOMPARE(FieldNormalizer::nameParts(u"المهندس خالد الحربي"), plain);
    const QList<FieldSpec> fields { { QStringLiteral("name"), FieldKind::FullName } };
    const QList<QStringList> rows { { QStringLiteral("Harbi, Khalid") }, { QStringLiteral(u"خالد الحربي") } };
    const FieldNormalizer normalizer(m_phones);
    const PreparedData data(fields, rows, normalizer);
    QCOMPARE(data.records()[0].given, data.records()[1].given);
    QCOMPARE(data.records()[0].family, data.records()[1].family);
}

void tst_DedupeEngine::fatherNamesSeparateCousins()
{
    const QList<FieldSpec> fields { { QStringLiteral("name"), FieldKind::FullName } };
    const QList<QStringList> rows { { QStringLiteral(u"محمد بن سعد العتيبي") },
                                    { QStringLiteral("Mohammed bin Saad Al-Otaibi") },
                                    { QStringLiteral(u"محمد بن فهد العتيبي") },
                                    { QStringLiteral(u"محمد العتيبي") } };
    const FieldNormalizer normalizer(m_phones);
    const PreparedData data(fields, rows, normalizer);
    const MatchModel model(data);
    const auto father = [&](int a, int b) {
        return int(model.compare(a, b).level[size_t(Feature::FatherName)]);
    };
    QCOMPARE(father(0, 1), 2);
    QCOMPARE(father(0, 2), 0);
    QCOMPARE(father(0, 3), -1); // no father's name on one side: no evidence either way
    QVERIFY(model.weight(model.compare(0, 1)) > model.weight(model.compare(0, 2)));
}

void tst_DedupeEngine::onlyFieldsBothHoldCanDiffer()
{
    // What the clustering guard asks of a pair (PairComparison::differs()): does any field both
    // rows hold fail to agree exactly? A field missing on either side is no difference.
    const QList<QStringList> rows {
        { QStringLiteral("Nawaf"),
          QStringLiteral("Al-Harbi"),
          QStringLiteral("0551234567"),
          {},
          QStringLiteral("Nova Systems"),
          QStringLiteral("Riyadh") },
        { QStringLiteral("Nawaf"),
          QStringLiteral("Al-Harbi"),
          {},
          QStringLiteral("nawaf@example.com"),
          {},
          QStringLiteral("Riyadh") },
        { QStringLiteral("Nawaf"),
          QStringLiteral("Al-Harbi"),
          QStringLiteral("0559876543"),
          {},
          QStringLiteral("Nova Systems"),
          QStringLiteral("Riyadh") },
        { QStringLiteral("Nawaf"), QStringLiteral("Al-Harbiq"), {}, {}, {}, QStringLiteral("Riyadh") },
    };
    const FieldNormalizer normalizer(m_phones);
    const PreparedData data(personFields(), rows, normalizer);
    const MatchModel model(data);
    const PairComparison lacking = model.compare(0, 1);
    QCOMPARE(lacking.level[size_t(Feature::Phone)], qint8(-1));
    QCOMPARE(lacking.level[size_t(Feature::Company)], qint8(-1));
    QVERIFY(!lacking.differs());
    const PairComparison otherPhone = model.compare(0, 2);
    QCOMPARE(otherPhone.level[size_t(Feature::Phone)], qint8(0));
    QVERIFY(otherPhone.differs());
    // A spelling apart is where namesakes hide (Al-Marri / Al-Mutairi): it differs too.
    const PairComparison nearName = model.compare(1, 3);
    QCOMPARE(nearName.level[size_t(Feature::FamilyName)], qint8(1));
    QVERIFY(nearName.differs());
}

void tst_DedupeEngine::relativesInTheFamilyFirmAgreeForLess()
{
    // Two firms of six people each. At Harbi Trading three brothers of one family work beside
    // three others; at Nova Systems one Al-Harbi appears twice beside four others. Ten more
    // Al-Harbis work elsewhere, and 400 people of other families fill the file. Both firms are
    // equally common, yet among Al-Harbis Harbi Trading is common: two brothers sharing it (and
    // their city) is weaker evidence than the one man's two rows sharing Nova Systems.
    QList<QStringList> rows;
    const auto add
        = [&](const QString &given, const QString &family, const QString &company, const QString &city) {
              rows.append({ given, family, {}, {}, company, city });
              return int(rows.size()) - 1;
          };
    const QString harbi = QStringLiteral("Al-Harbi");
    const QString trading = QStringLiteral("Harbi Trading");
    const QString nova = QStringLiteral("Nova Systems");
    const QString riyadh = QStringLiteral("Riyadh");
    const int saud = add(QStringLiteral("Saud"), harbi, trading, riyadh);
    const int fahad = add(QStringLiteral("Fahad"), harbi, trading, riyadh);
    add(QStringLiteral("Majed"), harbi, trading, riyadh);
    const int khalid = add(QStringLiteral("Khalid"), harbi, nova, riyadh);
    const int khalidAgain = add(QStringLiteral("Khalid"), harbi, nova, riyadh);
    for (int i = 0; i < 3; ++i)
        add(QStringLiteral("Omar"), madeUpFamily(i), trading, riyadh);
    for (int i = 3; i < 7; ++i)
        add(QStringLiteral("Omar"), madeUpFamily(i), nova, riyadh);
    for (int i = 0; i < 10; ++i)
        add(QStringLiteral("Sultan"), harbi, QStringLiteral("Firm %1").arg(i), QStringLiteral("Jeddah"));
    for (int i = 10; i < 410; ++i)
        add(QStringLiteral("Ali"), madeUpFamily(i), QStringLiteral("Firm %1").arg(i),
            QStringLiteral("City %1").arg(i % 10));

    const FieldNormalizer normalizer(m_phones);
    const PreparedData data(personFields(), rows, normalizer);
    MatchModel model(data);
    model.estimateU(5000, 7);
    const int tradingId = data.records()[size_t(saud)].company;
    const int novaId = data.records()[size_t(khalid)].company;
    QCOMPARE(model.valueU(Feature::Company, tradingId), model.valueU(Feature::Company, novaId));
    const auto evidence = [&](int a, int b, Feature feature) {
        for (const ComparisonEvidence &e : model.explain(a, b)) {
            if (e.feature == MatchModel::featureName(feature))
                return e.weight;
        }
        return 0.0;
    };
    // No other Al-Harbi works at Nova Systems: the pair's company weighs what the firm's size says.
    QCOMPARE(model.conditionalU(Feature::Company, novaId, khalid, khalidAgain),
             model.valueU(Feature::Company, novaId));
    const double brothers = evidence(saud, fahad, Feature::Company);
    const double samePerson = evidence(khalid, khalidAgain, Feature::Company);
    QVERIFY2(brothers < samePerson - 1.0,
             qPrintable(QStringLiteral("brothers %1, same person %2").arg(brothers).arg(samePerson)));
    // Once the family firm agrees, its city says less than when the man's own rows agree on it.
    const double brothersCity = evidence(saud, fahad, Feature::City);
    const double samePersonCity = evidence(khalid, khalidAgain, Feature::City);
    QVERIFY2(brothersCity < samePersonCity - 1.0,
             qPrintable(QStringLiteral("brothers %1, same person %2").arg(brothersCity).arg(samePersonCity)));
}

void tst_DedupeEngine::phonesOutsideKnownRangesStillAgree()
{
    // 052 is no Saudi mobile range the phone metadata knows; written two ways it is one number.
    const FieldNormalizer normalizer(m_phones);
    const QString a = normalizer.phone(u"+966 (52) 1848586");
    QVERIFY(a.startsWith(u'#'));
    QCOMPARE(normalizer.phone(u"00966-521848586"), a);
    QVERIFY(normalizer.phone(u"00966-521848587") != a);
}

void tst_DedupeEngine::citiesAcrossScriptsArePartial()
{
    const QList<FieldSpec> fields { { QStringLiteral("city"), FieldKind::City } };
    const QList<QStringList> rows { { QStringLiteral("Riyadh") },
                                    { QStringLiteral("Riyad") },
                                    { QStringLiteral(u"الرياض") },
                                    { QStringLiteral("Dammam") } };
    const FieldNormalizer normalizer(m_phones);
    const PreparedData data(fields, rows, normalizer);
    const MatchModel model(data);
    const auto city = [&](int a, int b) {
        return int(model.compare(a, b).level[size_t(Feature::City)]);
    };
    QCOMPARE(city(0, 2), 2);
    QVERIFY(city(0, 1) >= 1);
    QCOMPARE(city(0, 3), 0);
}

void tst_DedupeEngine::oneEditInANameStillBlocks()
{
    // "Badnar" swaps two consonants of "Bandar": no prefix key survives, a one-letter deletion does.
    QList<QStringList> rows { { QStringLiteral("Bandar"), QStringLiteral("Al-Mutairi"), {}, {}, {}, {} },
                              { QStringLiteral("Badnar"), QStringLiteral("Mutairi"), {}, {}, {}, {} },
                              { QStringLiteral("Sultan"), QStringLiteral("Al-Mutairi"), {}, {}, {}, {} } };
    for (int i = 0; i < 50; ++i)
        rows.append({ QStringLiteral("Bandar"), madeUpFamily(i), {}, {}, {}, {} });
    const FieldNormalizer normalizer(m_phones);
    const PreparedData data(personFields(), rows, normalizer);
    const BlockingResult blocks = Blocker(64, 8).candidatePairs(data);
    const auto paired = [&](int a, int b) {
        return std::binary_search(blocks.pairs.begin(), blocks.pairs.end(), Blocker::pairKey(a, b));
    };
    QVERIFY(paired(0, 1));
    QVERIFY(!paired(0, 3)); // another family: no key in common
}

void tst_DedupeEngine::blockingJoinsVariantsAndCapsHugeBlocks()
{
    QList<QStringList> rows {
        { QStringLiteral(u"فيصل"), QStringLiteral(u"الحربي"), {}, {}, {}, {} },
        { QStringLiteral("Harbi"), QStringLiteral("Faisal"), {}, {}, {}, {} }, // swapped, other script
        { QStringLiteral("Faysal"), QStringLiteral("Harbbi"), {}, {}, {}, {} }, // typo
        { QStringLiteral("X"), QStringLiteral("Y"), QStringLiteral("0501112233"), {}, {}, {} },
        { QStringLiteral("Z"), QStringLiteral("W"), QStringLiteral("+966 50 111 2233"), {}, {}, {} },
    };
    for (int i = 0; i < 500; ++i) // one enormous block of one common name
        rows.append({ QStringLiteral(u"محمد"), QStringLiteral(u"العتيبي"), {}, {}, madeUpFamily(i), {} });
    const FieldNormalizer normalizer(m_phones);
    const PreparedData data(personFields(), rows, normalizer);
    const BlockingResult blocks = Blocker(64, 8).candidatePairs(data);
    const auto paired = [&](int a, int b) {
        return std::binary_search(blocks.pairs.begin(), blocks.pairs.end(), Blocker::pairKey(a, b));
    };
    QVERIFY(paired(0, 1));
    QVERIFY(paired(0, 2));
    QVERIFY(paired(3, 4));
    QVERIFY(!paired(0, 3));
    QVERIFY(blocks.oversizedBlocks >= 1);
    QVERIFY2(blocks.pairs.size() < 500 * 20, qPrintable(QString::number(blocks.pairs.size())));
}

void tst_DedupeEngine::chainingThroughWeakLinksIsRefused()
{
    // A–B, B–C and C–D are each linked strongly, every other pair disagrees: a chain, not a
    // cluster. The guard keeps {A,B} and {C,D} apart.
    const QList<ScoredPair> pairs { { 0, 1, 0.95, 0, {} }, { 1, 2, 0.9, 0, {} }, { 2, 3, 0.95, 0, {} } };
    const auto probability = [&](int a, int b) {
        for (const ScoredPair &p : pairs) {
            if ((p.a == a && p.b == b) || (p.a == b && p.b == a))
                return PairClusterer::CrossPair { p.probability, true };
        }
        return PairClusterer::CrossPair { 0.0, true };
    };
    const QList<int> guarded = PairClusterer(0.5, 0.35).cluster(4, pairs, probability);
    QCOMPARE(guarded.at(0), guarded.at(1));
    QCOMPARE(guarded.at(2), guarded.at(3));
    QVERIFY(guarded.at(0) != guarded.at(2));
    const QList<int> unguarded = PairClusterer(0.5, 0.0).cluster(4, pairs, probability);
    QCOMPARE(unguarded, QList<int>({ 0, 0, 0, 0 }));
}

void tst_DedupeEngine::rejectsBadInput()
{
    const DedupeEngine engine(m_phones);
    QCOMPARE(engine.run({}, {}).error().code, ErrorCode::InvalidArgument);
    DedupeOptions options;
    options.threshold = 1.5;
    QCOMPARE(engine.run(personFields(), {}, options).error().code, ErrorCode::InvalidArgument);
    QVERIFY(!DedupeEngine::parseFieldSpec(u"mobile").ok());
    QVERIFY(!DedupeEngine::parseFieldSpec(u"mobile:fax").ok());
    const auto spec = DedupeEngine::parseFieldSpec(u"Mobile No:phone");
    QVERIFY(spec.ok());
    QCOMPARE(spec->name, QStringLiteral("Mobile No"));
    QCOMPARE(spec->kind, FieldKind::Phone);
}

void tst_DedupeEngine::findsDuplicatesInGeneratedContacts()
{
    // A small sample of the benchmark's data: the engine must find most duplicates without
    // joining people who only share a common name. Bounds are loose; the benchmark measures.
    const Test::GeneratedContacts data = Test::DedupeDataGenerator::generate({ 3000, 11 });
    const auto result = DedupeEngine(m_phones).run(data.fields, data.rows);
    QVERIFY(result.ok());
    QCOMPARE(result->clusterOf.size(), data.rows.size());
    const Test::PairwiseScore score = Test::scoreClusters(result->clusterOf, data.entityOf);
    QVERIFY2(score.precision() > 0.9 && score.recall() > 0.85,
             qPrintable(QStringLiteral("precision %1 recall %2").arg(score.precision()).arg(score.recall())));
}

void tst_DedupeEngine::findsDuplicatesInSecondGenerator()
{
    // An independently written generator (one name column, titles, "Family, Given", work and
    // personal mailboxes, UAE numbers): loose bounds again, so that the engine is not only good on
    // the data it was developed against.
    const Test::GeneratedContacts data = Test::GulfDirectoryGenerator::generate(3000, 5);
    const auto result = DedupeEngine(m_phones).run(data.fields, data.rows);
    QVERIFY(result.ok());
    const Test::PairwiseScore score = Test::scoreClusters(result->clusterOf, data.entityOf);
    QVERIFY2(score.precision() > 0.9 && score.recall() > 0.6,
             qPrintable(QStringLiteral("precision %1 recall %2").arg(score.precision()).arg(score.recall())));
}

QTEST_GUILESS_MAIN(tst_DedupeEngine)
#include "tst_dedupeengine.moc"
