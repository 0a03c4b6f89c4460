// omnicrm-personatrain: fits the buyer-personality weights on the dev split of the labelled set,
// prints accuracy and a confusion table on dev and on test, and with --write FILE writes the
// table as personaweights.cpp. See core/ai/persona/README.md ("Re-training").
//
//   omnicrm-personatrain [--data messages.jsonl] [--write core/ai/persona/personaweights.cpp]
//                        [--epochs N] [--l2 X | --cv] [--rate X]
//   omnicrm-personatrain --evaluate [--blind blind.jsonl]   (scores the compiled-in table, trains nothing)
#include "personatrainer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSaveFile>

#include <cstdio>

using namespace OmniCrm;

namespace {

void print(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stdout);
}

void report(const char *name, const Evaluation &evaluation)
{
    print(QStringLiteral("%1: %2/%3 correct, accuracy %4")
              .arg(QString::fromLatin1(name))
              .arg(evaluation.correct)
              .arg(evaluation.total)
              .arg(evaluation.accuracy(), 0, 'f', 3));
    print(evaluation.confusionTable());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("Labelled messages (JSON lines)"),
                                  QStringLiteral("FILE"), QStringLiteral(OMNICRM_PERSONA_DATA));
    const QCommandLineOption blind(
        QStringLiteral("blind"), QStringLiteral("Messages written after the lexicon was frozen; only scored"),
        QStringLiteral("FILE"), QStringLiteral(OMNICRM_PERSONA_BLIND));
    const QCommandLineOption write(QStringLiteral("write"), QStringLiteral("Write the weight table here"),
                                   QStringLiteral("FILE"));
    const QCommandLineOption epochs(QStringLiteral("epochs"), QStringLiteral("Epochs"), QStringLiteral("N"),
                                    QString::number(TrainingOptions {}.epochs));
    const QCommandLineOption l2(QStringLiteral("l2"), QStringLiteral("L2 strength"), QStringLiteral("X"),
                                QString::number(TrainingOptions {}.l2));
    const QCommandLineOption rate(QStringLiteral("rate"), QStringLiteral("Learning rate"),
                                  QStringLiteral("X"), QString::number(TrainingOptions {}.learningRate));
    const QCommandLineOption crossValidate(
        QStringLiteral("cv"), QStringLiteral("Pick the L2 strength by 5-fold cross-validation on dev"));
    const QCommandLineOption evaluateOnly(QStringLiteral("evaluate"),
                                          QStringLiteral("Score the compiled-in weights; train nothing"));
    parser.addOptions({ data, blind, write, epochs, l2, rate, crossValidate, evaluateOnly });
    parser.process(app);

    const auto messages = PersonaTrainer::loadMessages(parser.value(data));
    if (!messages) {
        std::fputs(qPrintable(messages.error().detail + u'\n'), stderr);
        return 2;
    }
    QList<LabelledMessage> dev;
    QList<LabelledMessage> test;
    for (const LabelledMessage &message : *messages)
        (message.split == u"test" ? test : dev).append(message);

    const auto blindMessages = PersonaTrainer::loadMessages(parser.value(blind));
    if (!blindMessages) {
        std::fputs(qPrintable(blindMessages.error().detail + u'\n'), stderr);
        return 2;
    }

    const CueLexicon lexicon = CueLexicon::builtIn();
    if (parser.isSet(evaluateOnly)) {
        const PersonalityClassifier compiled;
        report("dev", PersonaTrainer::evaluate(compiled, dev));
        report("test", PersonaTrainer::evaluate(compiled, test));
        report("blind", PersonaTrainer::evaluate(compiled, *blindMessages));
        return 0;
    }

    TrainingOptions options;
    options.epochs = parser.value(epochs).toInt();
    options.l2 = parser.value(l2).toDouble();
    options.learningRate = parser.value(rate).toDouble();
    if (parser.isSet(crossValidate)) {
        // Folds by position within each label, so every fold holds every type; dev only.
        double bestAccuracy = -1;
        for (double candidate : { 0.0005, 0.002, 0.01, 0.03, 0.1 }) {
            TrainingOptions trial = options;
            trial.l2 = candidate;
            int correct = 0;
            for (int fold = 0; fold < 5; ++fold) {
                QList<LabelledMessage> fit;
                QList<LabelledMessage> held;
                QHash<int, int> seen;
                for (const LabelledMessage &message : dev)
                    (seen[int(message.label)]++ % 5 == fold ? held : fit).append(message);
                const PersonalityClassifier model(lexicon, PersonaTrainer::train(lexicon, fit, trial));
                correct += PersonaTrainer::evaluate(model, held).correct;
            }
            const double accuracy = double(correct) / dev.size();
            print(QStringLiteral("cv l2=%1: accuracy %2").arg(candidate).arg(accuracy, 0, 'f', 3));
            if (accuracy >= bestAccuracy) { // ties go to the stronger regularisation
                bestAccuracy = accuracy;
                options.l2 = candidate;
            }
        }
        print(QStringLiteral("cv picked l2=%1").arg(options.l2));
    }
    PersonaWeights weights = PersonaTrainer::train(lexicon, dev, options);
    const PersonalityClassifier trained(lexicon, weights);
    const Evaluation devScore = PersonaTrainer::evaluate(trained, dev);
    const Evaluation testScore = PersonaTrainer::evaluate(trained, test);
    report("dev", devScore);
    report("test", testScore);
    const Evaluation blindScore = PersonaTrainer::evaluate(trained, *blindMessages);
    report("blind", blindScore);

    if (parser.isSet(write)) {
        weights.provenance
            += QStringLiteral("; dev accuracy %1 (%2 messages), test accuracy %3 (%4 messages), "
                              "blind accuracy %5 (%6 messages)")
                   .arg(devScore.accuracy(), 0, 'f', 3)
                   .arg(devScore.total)
                   .arg(testScore.accuracy(), 0, 'f', 3)
                   .arg(testScore.total)
                   .arg(blindScore.accuracy(), 0, 'f', 3)
                   .arg(blindScore.total);
        QSaveFile out(parser.value(write));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fputs(qPrintable(out.errorString() + u'\n'), stderr);
            return 4;
        }
        out.write(PersonaTrainer::toSource(lexicon, weights).toUtf8());
        if (!out.commit()) {
            std::fputs(qPrintable(out.errorString() + u'\n'), stderr);
            return 4;
        }
        print(QStringLiteral("wrote %1").arg(parser.value(write)));
    }
    return 0;
}
