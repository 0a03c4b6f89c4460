// PersonalityClassifier: each buyer type is recognised from clear cues in Arabic (MSA and Gulf)
// and English, probabilities are a distribution, cue spans point at the original text, a history
// leans towards recent messages, and the model beats chance on messages it was not fitted on.
#include "personalityclassifier.h"
#include "personatrainer.h"
#include "testsupport.h"

#include <QTest>

using namespace OmniCrm;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(OmniCrm::BuyerType)

class tst_PersonalityClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognisesClearCues_data();
    void recognisesClearCues();
    void probabilitiesAreADistribution();
    void cueSpansPointAtOriginalText();
    void foldingMatchesSpellingVariants();
    void historyLeansTowardsRecentMessages();
    void singleMessageHistoryEqualsClassify();
    void beatsChanceOnHeldOutMessages();

private:
    PersonalityClassifier m_classifier;
};

void tst_PersonalityClassifier::recognisesClearCues_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<BuyerType>("expected");
    QTest::newRow("analytical-ar")
        << u"أرجو إرسال المواصفات الفنية ومقارنة الكفاءة والاستهلاك بالأرقام بين الموديلين."_s
        << BuyerType::Analytical;
    QTest::newRow("analytical-en")
        << u"Please send the specification sheet and a comparison of capacity and power consumption."_s
        << BuyerType::Analytical;
    QTest::newRow("decisive-gulf") << u"ارسل الفاتورة الحين، موافق"_s << BuyerType::Decisive;
    QTest::newRow("decisive-en") << u"Approved. Send the invoice today."_s << BuyerType::Decisive;
    QTest::newRow("relational-ar")
        << u"السلام عليكم يا أخي الغالي، كيف حالك وحال الأهل؟ نثق في تعاملكم دائماً"_s
        << BuyerType::Relational;
    QTest::newRow("relational-en")
        << u"Hello my friend, hope you and the family are well. We value our long-term partnership."_s
        << BuyerType::Relational;
    QTest::newRow("expressive-gulf") << u"واااو يجنن!! 😍😍🔥"_s << BuyerType::Expressive;
    QTest::newRow("expressive-en") << u"Wow, this is amazing!!! Love it 😍"_s << BuyerType::Expressive;
    QTest::newRow("price-gulf") << u"كم آخر سعر؟ فيه خصم؟ عند المنافس أرخص"_s << BuyerType::PriceFocused;
    QTest::newRow("price-en") << u"What's your best price? Any discount? It's too expensive."_s
                              << BuyerType::PriceFocused;
    QTest::newRow("cautious-ar") << u"ما مدة الضمان؟ وهل يمكن الإرجاع إذا تعطل الجهاز؟"_s
                                 << BuyerType::Cautious;
    QTest::newRow("cautious-en") << u"What does the warranty cover, and can I return it for a refund?"_s
                                 << BuyerType::Cautious;
    QTest::newRow("status-ar") << u"أريد أفخم إصدار حصري لديكم، السعر ليس مشكلة"_s
                               << BuyerType::StatusSeeking;
    QTest::newRow("status-en") << u"I want the exclusive limited edition of your premium luxury line."_s
                               << BuyerType::StatusSeeking;
}

void tst_PersonalityClassifier::recognisesClearCues()
{
    QFETCH(QString, message);
    QFETCH(BuyerType, expected);
    const PersonaReading reading = m_classifier.classify(message);
    QVERIFY2(reading.type == expected, qPrintable(buyerTypeKey(reading.type)));
    QVERIFY(!reading.cues.isEmpty());
    bool leansRight = false;
    for (const CueMatch &cue : reading.cues)
        leansRight = leansRight || cue.leaning == expected;
    QVERIFY(leansRight);
}

void tst_PersonalityClassifier::probabilitiesAreADistribution()
{
    const auto messages
        = PersonaTrainer::loadMessages(QStringLiteral(OMNICRM_TEST_DATA_DIR "/ai/persona/messages.jsonl"));
    QVERIFY2(messages.ok(), Test::why(messages));
    QStringList texts { QString(), QStringLiteral("   "), QStringLiteral("؟؟؟!!!") };
    for (const LabelledMessage &message : *messages)
        texts << message.text;
    for (const QString &text : texts) {
        const PersonaReading reading = m_classifier.classify(text);
        QVERIFY(reading.confidence >= 0 && reading.confidence <= 1);
        QVERIFY(reading.runnerUpConfidence <= reading.confidence);
        QVERIFY(reading.runnerUp != reading.type);
        double sum = 0;
        for (double p : reading.probabilities) {
            QVERIFY(p >= 0 && p <= 1);
            sum += p;
        }
        QVERIFY(qAbs(sum - 1.0) < 1e-9);
        QCOMPARE(reading.probabilities[int(reading.type)], reading.confidence);
    }
}

void tst_PersonalityClassifier::cueSpansPointAtOriginalText()
{
    // Diacritics, tatweel, hamza forms and mixed case: spans still cover the words as typed.
    const QString message = u"مرحباً، هل يوجد خَصْم على الأسعـــار؟ الـDiscount مهم، أريد أرخـص عرض"_s;
    const PersonaReading reading = m_classifier.classify(message);
    QVERIFY(!reading.cues.isEmpty());
    QStringList cueKeys;
    for (const CueMatch &cue : reading.cues) {
        QVERIFY(cue.start >= 0 && cue.length > 0 && cue.start + cue.length <= message.size());
        QCOMPARE(message.mid(cue.start, cue.length), cue.text);
        cueKeys << cue.cue;
    }
    QVERIFY(cueKeys.contains(u"discount"_s));
    QVERIFY(cueKeys.contains(u"cheap_expensive"_s));
    bool foundDiacritised = false;
    for (const CueMatch &cue : reading.cues)
        foundDiacritised = foundDiacritised || cue.text == u"خَصْم"_s;
    QVERIFY(foundDiacritised);
}

void tst_PersonalityClassifier::foldingMatchesSpellingVariants()
{
    const CueLexicon &lexicon = m_classifier.lexicon();
    const int warranty = int(lexicon.featureNames().indexOf(u"warranty"_s));
    QVERIFY(warranty >= 0);
    for (const QString &text : { u"فيه ضمان؟"_s, u"والضمان كم مدته"_s, u"بالضمـــان"_s, u"WARRANTY?"_s })
        QVERIFY2(lexicon.analyse(text).features[warranty] > 0, qPrintable(text));
    // A word that merely contains the letters is not the cue.
    QCOMPARE(lexicon.analyse(u"highway"_s).features[lexicon.featureNames().indexOf(u"greeting"_s)], 0.0);
}

void tst_PersonalityClassifier::historyLeansTowardsRecentMessages()
{
    const QString price = u"كم آخر سعر؟ غالي، فيه خصم؟"_s;
    const QString cautious = u"What does the warranty cover? Can I return it if it breaks?"_s;
    QList<PersonaMessage> history { { price, 90 }, { price, 80 }, { cautious, 1 }, { cautious, 0 } };
    QCOMPARE(m_classifier.classifyHistory(history).type, BuyerType::Cautious);

    history = { { cautious, 90 }, { cautious, 80 }, { price, 1 }, { price, 0 } };
    const PersonaReading reading = m_classifier.classifyHistory(history);
    QCOMPARE(reading.type, BuyerType::PriceFocused);
    QCOMPARE(reading.runnerUp, BuyerType::Cautious);
    // Cues carry the index of the message they came from.
    QVERIFY(std::any_of(reading.cues.begin(), reading.cues.end(),
                        [](const CueMatch &cue) { return cue.message == 3; }));

    // With equal ages, three consistent messages outweigh one odd one.
    history = { { price, 0 }, { price, 0 }, { price, 0 }, { cautious, 0 } };
    QCOMPARE(m_classifier.classifyHistory(history).type, BuyerType::PriceFocused);
}

void tst_PersonalityClassifier::singleMessageHistoryEqualsClassify()
{
    const QString message = u"Send the contract now, approved."_s;
    const PersonaReading one = m_classifier.classify(message);
    const PersonaReading history = m_classifier.classifyHistory({ { message, 5 } });
    QCOMPARE(history.type, one.type);
    QVERIFY(qAbs(history.confidence - one.confidence) < 1e-12);
    QCOMPARE(m_classifier.classifyHistory({}).type, m_classifier.classify(QString()).type);
}

void tst_PersonalityClassifier::beatsChanceOnHeldOutMessages()
{
    // The weights were fitted on the dev split only; chance is 1/7.
    for (const char *file : { "messages.jsonl", "blind.jsonl" }) {
        const auto messages = PersonaTrainer::loadMessages(
            QStringLiteral(OMNICRM_TEST_DATA_DIR "/ai/persona/") + QString::fromLatin1(file));
        QVERIFY2(messages.ok(), Test::why(messages));
        QList<LabelledMessage> heldOut;
        for (const LabelledMessage &message : *messages) {
            if (message.split != u"dev")
                heldOut.append(message);
        }
        QVERIFY(heldOut.size() >= 70);
        const Evaluation evaluation = PersonaTrainer::evaluate(m_classifier, heldOut);
        qInfo("%s held out: %d/%d", file, evaluation.correct, evaluation.total);
        QVERIFY2(evaluation.accuracy() >= 0.45, qPrintable(evaluation.confusionTable()));
    }
}

QTEST_GUILESS_MAIN(tst_PersonalityClassifier)
#include "tst_personalityclassifier.moc"
