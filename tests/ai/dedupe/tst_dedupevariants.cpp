// How the dedupe engine copes with the ways one person's rows differ: typos the alias table does
// not know, a mistyped article before a family name, the family name written first in a name of
// three parts, a mistyped phone digit (changed or swapped with its neighbour), and records whose only link is
// a common name.
#include "blocker.h"
#include "fieldnormalizer.h"
#include "matchmodel.h"
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

QStringList person(const QString &first, const QString &last, const QString &phone = {},
                   const QString &email = {}, const QString &city = {})
{
    return { first, last, phone, email, {}, city };
}

bool paired(const BlockingResult &blocks, int a, int b)
{
    return std::binary_search(blocks.pairs.begin(), blocks.pairs.end(), Blocker::pairKey(a, b));
}

} // namespace

class tst_DedupeVariants : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withinOneEdit_data();
    void withinOneEdit();
    void typosOfAliasNamesArePartial_data();
    void typosOfAliasNamesArePartial();
    void otherGivenNamesStayApart();
    void familyFirstWithFatherAgrees();
    void familyFirstWithFatherBlocks();
    void mistypedPhoneDigitBlocks();
    void phoneOneKeystrokeApartBlocks_data();
    void phoneOneKeystrokeApartBlocks();
    void phoneOneKeystrokeApartIsPartial_data();
    void phoneOneKeystrokeApartIsPartial();
    void sparseRecordsMeetTheirWholeNameBlock();
    void sparseBudgetKeepsBlockingLinear();
    void recordsSharingNoContactKindMeetTheirNameBlock();
    void rareSpellingMeetsTheCommonOneInFull();
    void rareSpellingSkipsContradictingCities();
    void rareBudgetKeepsBlockingLinear();
    void neverPairsARecordWithItself();

private:
    PhoneNormalizer m_phones;
};

void tst_DedupeVariants::withinOneEdit_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("expected");
    QTest::newRow("equal") << "nwf"
                           << "nwf" << true;
    QTest::newRow("deletion") << "nwf"
                              << "nf" << true;
    QTest::newRow("insertion at the end") << "khtn"
                                          << "khtnx" << true;
    QTest::newRow("substitution") << "ltb"
                                  << "atb" << true;
    QTest::newRow("transposition") << "bndr"
                                   << "bdnr" << true;
    QTest::newRow("two substitutions") << "abcd"
                                       << "axcy" << false;
    QTest::newRow("two deletions") << "aljhn"
                                   << "jhn" << false;
    QTest::newRow("far transposition") << "abcd"
                                       << "dbca" << false;
    QTest::newRow("empty and one") << ""
                                   << "a" << true;
}

void tst_DedupeVariants::withinOneEdit()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, expected);
    QCOMPARE(StringSimilarity::withinOneEdit(a, b), expected);
    QCOMPARE(StringSimilarity::withinOneEdit(b, a), expected);
}

void tst_DedupeVariants::typosOfAliasNamesArePartial_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("typoGiven");
    QTest::addColumn<QString>("typoFamily");
    QTest::addColumn<int>("feature");
    // The alias table knows نواف and نايف; their typos fall back to the bare consonants. Across
    // scripts the written letters cannot be compared, only the skeletons.
    QTest::newRow("doubled letter in an alias name")
        << QStringLiteral("Nawaf") << QStringLiteral("Otaibi") << QStringLiteral(u"نوافف")
        << QStringLiteral(u"العتيبي") << int(Feature::GivenName);
    QTest::newRow("dropped vowel in an alias name")
        << QStringLiteral(u"نايف") << QStringLiteral(u"الدوسري") << QStringLiteral("Nyef")
        << QStringLiteral("Dosari") << int(Feature::GivenName);
    // The article mistyped: the family name's skeleton gains or changes its first letters.
    QTest::newRow("doubled article letter")
        << QStringLiteral("Yousef") << QStringLiteral("Enezi") << QStringLiteral(u"يوسف")
        << QStringLiteral(u"اللعنزي") << int(Feature::FamilyName);
    QTest::newRow("article letters moved into the name")
        << QStringLiteral("Mohammed") << QStringLiteral("Al-Ghamdi") << QStringLiteral(u"محمد")
        << QStringLiteral(u"اغلامدي") << int(Feature::FamilyName);
    QTest::newRow("stray letters before the name")
        << QStringLiteral("Abdullah") << QStringLiteral("Al-Juhani") << QStringLiteral(u"عبدالله")
        << QStringLiteral(u"ايلجهني") << int(Feature::FamilyName);
}

void tst_DedupeVariants::typosOfAliasNamesArePartial()
{
    QFETCH(QString, given);
    QFETCH(QString, family);
    QFETCH(QString, typoGiven);
    QFETCH(QString, typoFamily);
    QFETCH(int, feature);
    const QList<QStringList> rows { person(given, family), person(typoGiven, typoFamily) };
    const FieldNormalizer normalizer(m_phones);
    const PreparedData data(personFields(), rows, normalizer);
    const MatchModel model(data);
    QCOMPARE(int(model.compare(0, 1).level[size_t(feature)]), 1);
}

void tst_DedupeVariants::otherGivenNamesStayApart()
{
    // One letter apart in their consonants, yet other names: a given name keeps its first letter.
    const QList<QStringList> rows { person(QStringLiteral(u"محمد"), QStringLiteral("Harbi")),
                                    person(QStringLiteral("Ahmed"), QStringLiteral("Harbi")) };
    const FieldNormalizer normalizer(m_phones);
    const PreparedData data(personFields(), rows, normalizer);
    const MatchModel model(data);
    QCOMPARE(int(model.compare(0, 1).level[size_t(Feature::GivenName)]), 0);
}

void tst_DedupeVariants::familyFirstWithFatherAgrees()
{
    // "Al-Qahtani | Sara bint Ziyad" is Sara, daughter of Ziyad, of the Qahtani family.
    const QList<QStringList> rows { person(QStringLiteral(u"سارة بنت زياد"), QStringLiteral(u"القحطاني")),
                                    person(QStringLiteral(u"القحطاني"), QStringLiteral(u"سارة بنت زياد")),
                                    person(QStringLiteral(u"سارة بنت فهد"), QStringLiteral(u"القحطاني")) };
    const FieldNormalizer normalizer(m_phones);
    const PreparedData data(personFields(), rows, normalizer);
    const MatchModel model(data);
    const PairComparison same = model.compare(0, 1);
    QCOMPARE(int(same.level[size_t(Feature::GivenName)]), 2);
    QCOMPARE(int(same.level[size_t(Feature::FamilyName)]), 2);
    QCOMPARE(int(same.level[size_t(Feature::FatherName)]), 2);
    // Read family first, her sister's row still names another father.
    QCOMPARE(int(model.compare(1, 2).level[size_t(Feature::FatherName)]), 0);
}

void tst_DedupeVariants::familyFirstWithFatherBlocks()
{
    QList<QStringList> rows { person(QStringLiteral(u"القحطاني"), QStringLiteral(u"عبدالرحمن بن ياسر")),
                              person(QStringLiteral("Abdurrahman"), QStringLiteral("Qahtani")) };
    const FieldNormalizer normalizer(m_phones);
    const PreparedData data(personFields(), rows, normalizer);
    QVERIFY(paired(Blocker(64, 8).candidatePairs(data), 0, 1));
}

void tst_DedupeVariants::mistypedPhoneDigitBlocks()
{
    // Two spellings no name key joins, one phone with one digit mistyped: the number with that
    // digit left out still meets. Another number does not.
    const QList<QStringList> rows {
        person(QStringLiteral("Bandar"), QStringLiteral("Zahrani"), QStringLiteral("0551234567")),
        person(QStringLiteral("Bader"), QStringLiteral("Subaie"), QStringLiteral("+966 55 123 4667")),
        person(QStringLiteral("Bader"), QStringLiteral("Subaie"), QStringLiteral("0559876543"))
    };
    const FieldNormalizer normalizer(m_phones);
    const PreparedData data(personFields(), rows, normalizer);
    const BlockingResult blocks = Blocker(64, 8).candidatePairs(data);
    QVERIFY(paired(blocks, 0, 1));
    QVERIFY(!paired(blocks, 0, 2));
}

void tst_DedupeVariants::phoneOneKeystrokeApartBlocks_data()
{
    QTest::addColumn<QString>("other");
    QTest::addColumn<bool>("expected");
    QTest::newRow("digit changed") << QStringLiteral("0551234367") << true;
    QTest::newRow("neighbours swapped") << QStringLiteral("+966 55 123 5467") << true;
    QTest::newRow("last digits swapped") << QStringLiteral("00966551234576") << true;
    QTest::newRow("two digits changed") << QStringLiteral("0551239867") << false;
    QTest::newRow("another number") << QStringLiteral("0559876543") << false;
}

void tst_DedupeVariants::phoneOneKeystrokeApartBlocks()
{
    // Names that share no key and not even a first letter (one written given name first, the
    // other a different transliteration): only the phone, one keystroke apart, can join them.
    QFETCH(QString, other);
    QFETCH(bool, expected);
    const QList<QStringList> rows {
        person(QStringLiteral("Bandar"), QStringLiteral("Zahrani"), QStringLiteral("0551234567")),
        person(QStringLiteral("Turki"), QStringLiteral("Subaie"), other),
    };
    const FieldNormalizer normalizer(m_phones);
    const PreparedData data(personFields(), rows, normalizer);
    QCOMPARE(paired(Blocker(64, 8).candidatePairs(data), 0, 1), expected);
}

void tst_DedupeVariants::phoneOneKeystrokeApartIsPartial_data()
{
    QTest::addColumn<QString>("other");
    QTest::addColumn<int>("level");
    QTest::newRow("same number") << QStringLiteral("+966551234567") << 2;
    QTest::newRow("digit changed") << QStringLiteral("0551234367") << 1;
    QTest::newRow("neighbours swapped") << QStringLiteral("0551235467") << 1;
    QTest::newRow("two digits changed") << QStringLiteral("0551239867") << 0;
    // Numbers are told apart by their ends first: an edit near either end, or in the middle,
    // leaves one end whole; edits at both ends are two keystrokes.
    QTest::newRow("operator digit changed") << QStringLiteral("0561234567") << 1;
    QTest::newRow("middle digit changed") << QStringLiteral("0551204567") << 1;
    QTest::newRow("last two digits swapped") << QStringLiteral("0551234576") << 1;
    QTest::newRow("both ends changed") << QStringLiteral("0561234568") << 0;
    QTest::newRow("another number") << QStringLiteral("0559876543") << 0;
}

void tst_DedupeVariants::phoneOneKeystrokeApartIsPartial()
{
    QFETCH(QString, other);
    QFETCH(int, level);
    const QList<QStringList> rows {
        person(QStringLiteral("Bandar"), QStringLiteral("Zahrani"), QStringLiteral("0551234567")),
        person(QStringLiteral("Bandar"), QStringLiteral("Zahrani"), other),
    };
    const FieldNormalizer normalizer(m_phones);
    const PreparedData data(personFields(), rows, normalizer);
    const MatchModel model(data);
    QCOMPARE(int(model.compare(0, 1).level[size_t(Feature::Phone)]), level);
}

void tst_DedupeVariants::sparseRecordsMeetTheirWholeNameBlock()
{
    // 200 people called محمد العتيبي, each with a phone; one more row of the name with neither
    // phone nor e-mail. Windows alone pair it with a few; the sparse budget with every one.
    QList<QStringList> rows;
    for (int i = 0; i < 200; ++i)
        rows.append(person(QStringLiteral(u"محمد"), QStringLiteral(u"العتيبي"),
                           QStringLiteral("0550%1").arg(100000 + i * 37)));
    rows.append(
        person(QStringLiteral("Mohammed"), QStringLiteral("Al-Otaibi"), {}, {}, QStringLiteral("Riyadh")));
    const int sparse = int(rows.size() - 1);
    const FieldNormalizer normalizer(m_phones);
    const PreparedData data(personFields(), rows, normalizer);
    const auto meetings = [&](const BlockingResult &blocks) {
        int count = 0;
        for (int i = 0; i < sparse; ++i)
            count += paired(blocks, i, sparse) ? 1 : 0;
        return count;
    };
    QVERIFY(meetings(Blocker(64, 8, 0).candidatePairs(data)) < 50);
    const BlockingResult expanded = Blocker(64, 8, 4).candidatePairs(data);
    QCOMPARE(meetings(expanded), sparse);
    QVERIFY(expanded.reachedBlocks >= 1);
}

void tst_DedupeVariants::sparseBudgetKeepsBlockingLinear()
{
    // A file without phones or e-mails: every row is sparse, and one common name must not turn
    // into all pairs of its block: the budget bounds what it adds to the windows.
    QList<QStringList> rows;
    for (int i = 0; i < 600; ++i)
        rows.append(person(QStringLiteral(u"محمد"), QStringLiteral(u"العتيبي"), {}, {},
                           i % 2 ? QStringLiteral("Riyadh") : QStringLiteral("Jeddah")));
    const FieldNormalizer normalizer(m_phones);
    const PreparedData data(personFields(), rows, normalizer);
    const size_t windows = Blocker(64, 8, 0).candidatePairs(data).pairs.size();
    const BlockingResult blocks = Blocker(64, 8, 24).candidatePairs(data);
    QVERIFY2(blocks.pairs.size() <= windows + size_t(600 * 24),
             qPrintable(QString::number(blocks.pairs.size())));
    QVERIFY(blocks.pairs.size() < size_t(600 * 599 / 4));
}

void tst_DedupeVariants::recordsSharingNoContactKindMeetTheirNameBlock()
{
    // 200 people called محمد العتيبي, each with a phone and no e-mail. A row of the name with only
    // an e-mail can meet them by name alone, so the budget compares it with every one; a row with
    // only a phone can meet them by phone keys, so it is left to the windows.
    QList<QStringList> rows;
    for (int i = 0; i < 200; ++i)
        rows.append(person(QStringLiteral(u"محمد"), QStringLiteral(u"العتيبي"),
                           QStringLiteral("0550%1").arg(100000 + i * 37)));
    rows.append(person(QStringLiteral("Mohammed"), QStringLiteral("Al-Otaibi"), {},
                       QStringLiteral("m.otaibi@example.com")));
    rows.append(
        person(QStringLiteral("Mohammed"), QStringLiteral("Al-Otaibi"), QStringLiteral("0538765432")));
    const int mailOnly = 200;
    const int phoneOnly = 201;
    const FieldNormalizer normalizer(m_phones);
    const PreparedData data(personFields(), rows, normalizer);
    const auto meetings = [&](const BlockingResult &blocks, int record) {
        int count = 0;
        for (int i = 0; i < 200; ++i)
            count += paired(blocks, i, record) ? 1 : 0;
        return count;
    };
    QVERIFY(meetings(Blocker(64, 8, 0).candidatePairs(data), mailOnly) < 50);
    const BlockingResult expanded = Blocker(64, 8, 4).candidatePairs(data);
    QCOMPARE(meetings(expanded, mailOnly), 200);
    QVERIFY(meetings(expanded, phoneOnly) < 50);
}

namespace {

// 200 people called Mohammed Al-Zahrani with phones of their own, half in Riyadh and half in
// Jeddah, and one more with a typo in the family name ("Zahrami") that only the one-deletion key
// shares with them.
QList<QStringList> commonNameAndOneTypo(const QString &typoCity)
{
    QList<QStringList> rows;
    for (int i = 0; i < 200; ++i)
        rows.append(person(QStringLiteral("Mohammed"), QStringLiteral("Al-Zahrani"),
                           QStringLiteral("0550%1").arg(100000 + i * 37), {},
                           i % 2 ? QStringLiteral("Riyadh") : QStringLiteral("Jeddah")));
    rows.append(person(QStringLiteral("Mohammed"), QStringLiteral("Al-Zahrami"), QStringLiteral("0538765432"),
                       {}, typoCity));
    return rows;
}

} // namespace

void tst_DedupeVariants::rareSpellingMeetsTheCommonOneInFull()
{
    // The typo's own spelling is rare; the block it shares with the common spelling is too large
    // to compare in full, and windows alone pair it with a few. The rare budget pairs it with all.
    const QList<QStringList> rows = commonNameAndOneTypo({});
    const int typo = 200;
    const FieldNormalizer normalizer(m_phones);
    const PreparedData data(personFields(), rows, normalizer);
    const auto meetings = [&](const BlockingResult &blocks) {
        int count = 0;
        for (int i = 0; i < typo; ++i)
            count += paired(blocks, i, typo) ? 1 : 0;
        return count;
    };
    const BlockingResult keysOnly = Blocker(64, 8, 0, 0).candidatePairs(data);
    QVERIFY(meetings(keysOnly) < 50);
    const BlockingResult reached = Blocker(64, 8, 0, 4).candidatePairs(data);
    QCOMPARE(meetings(reached), typo);
    QVERIFY(reached.reachedBlocks >= 1);
    // What only the reach found is told apart (the model does not learn from it): exactly the
    // pairs the keys and windows alone did not make.
    std::vector<quint64> added;
    std::set_difference(reached.pairs.begin(), reached.pairs.end(), keysOnly.pairs.begin(),
                        keysOnly.pairs.end(), std::back_inserter(added));
    QVERIFY(!added.empty());
    QVERIFY(added == reached.reachedOnly);
}

void tst_DedupeVariants::rareSpellingSkipsContradictingCities()
{
    // The typo lives in Riyadh: it meets every Mohammed Al-Zahrani of Riyadh, not those of Jeddah
    // (a city written on both sides that differs is no place to look for a duplicate).
    const QList<QStringList> rows = commonNameAndOneTypo(QStringLiteral("Riyadh"));
    const int typo = 200;
    const FieldNormalizer normalizer(m_phones);
    const PreparedData data(personFields(), rows, normalizer);
    const BlockingResult reached = Blocker(64, 8, 0, 4).candidatePairs(data);
    int riyadh = 0;
    int jeddah = 0;
    for (int i = 0; i < typo; ++i)
        (i % 2 ? riyadh : jeddah) += paired(reached, i, typo) ? 1 : 0;
    QCOMPARE(riyadh, 100);
    QVERIFY(jeddah < 50);
}

void tst_DedupeVariants::rareBudgetKeepsBlockingLinear()
{
    // Every row a different rare spelling of a common family name: the rare budget bounds what they
    // add to the windows, whatever the file.
    QList<QStringList> rows;
    for (int i = 0; i < 400; ++i)
        rows.append(person(QStringLiteral("Mohammed"), QStringLiteral("Al-Zahrani"),
                           QStringLiteral("0550%1").arg(100000 + i * 37)));
    for (int i = 0; i < 200; ++i)
        rows.append(person(QStringLiteral("Mohammed bin %1").arg(QChar(u'A' + i % 26)) + QString::number(i),
                           QStringLiteral("Al-Zahrani"), QStringLiteral("0540%1").arg(100000 + i * 41)));
    const FieldNormalizer normalizer(m_phones);
    const PreparedData data(personFields(), rows, normalizer);
    const size_t windows = Blocker(64, 8, 0, 0).candidatePairs(data).pairs.size();
    const BlockingResult blocks = Blocker(64, 8, 0, 8).candidatePairs(data);
    QVERIFY(blocks.pairs.size() > windows);
    QVERIFY2(blocks.pairs.size() <= windows + size_t(600 * 8),
             qPrintable(QString::number(blocks.pairs.size())));
}

void tst_DedupeVariants::neverPairsARecordWithItself()
{
    // A record's many keys may collide in the 64-bit key hash (with Qt 6.4 here, two of the
    // phone-edit keys of 0555123456 do); the record must not become a pair with itself.
    const QList<QStringList> rows {
        person(QStringLiteral("Mohammed"), QStringLiteral("Al-Otaibi"), QStringLiteral("0555123456")),
        person(QStringLiteral(u"محمد"), QStringLiteral(u"العتيبي"), QStringLiteral("+966 50 111 2222")),
        person(QStringLiteral(u"نورة"), QStringLiteral(u"الشهري"), QStringLiteral("0533334444")),
    };
    const FieldNormalizer normalizer(m_phones);
    const PreparedData data(personFields(), rows, normalizer);
    const BlockingResult blocks = Blocker(64, 8).candidatePairs(data);
    for (const quint64 pair : blocks.pairs)
        QVERIFY((pair >> 32) < (pair & 0xffffffffu));
    QVERIFY(paired(blocks, 0, 1));
}

QTEST_GUILESS_MAIN(tst_DedupeVariants)
#include "tst_dedupevariants.moc"
