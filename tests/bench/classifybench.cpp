// omnicrm-classifybench: classifies 10,000 buyer messages (the labelled sets, cycled) and prints
// the time taken. Target: under 2 s in Release for the whole batch.
//
//   omnicrm-classifybench [COUNT]
#include "personalityclassifier.h"
#include "personatrainer.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace OmniCrm;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    QStringList texts;
    for (const char *path : { OMNICRM_PERSONA_DATA, OMNICRM_PERSONA_BLIND }) {
        const auto messages = PersonaTrainer::loadMessages(QString::fromUtf8(path));
        if (!messages) {
            std::fprintf(stderr, "%s\n", qPrintable(messages.error().detail));
            return 2;
        }
        for (const LabelledMessage &message : *messages)
            texts << message.text;
    }
    if (count <= 0 || texts.isEmpty())
        return 1;

    QElapsedTimer setup;
    setup.start();
    const PersonalityClassifier classifier;
    const qint64 setupMs = setup.elapsed();

    std::array<int, BuyerTypeCount> byType {};
    qint64 cues = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i) {
        const PersonaReading reading = classifier.classify(texts.at(i % texts.size()));
        ++byType[int(reading.type)];
        cues += reading.cues.size();
    }
    const qint64 ns = timer.nsecsElapsed();
    std::printf(
        "classified %d messages (%lld distinct) in %.1f ms: %.1f us per message; classifier setup %lld ms; "
        "%lld cues\n",
        count, qlonglong(texts.size()), ns / 1e6, ns / 1e3 / count, qlonglong(setupMs), qlonglong(cues));
    for (BuyerType type : AllBuyerTypes)
        std::printf("  %-15s %d\n", qPrintable(buyerTypeKey(type)), byType[int(type)]);
    return 0;
}
