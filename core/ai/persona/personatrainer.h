// PersonaTrainer: fits the personality model's weights by multinomial logistic regression (full
// batch gradient descent on the cross-entropy, L2 on the weights, deterministic from zero), and
// writes the table as C++ for personaweights.cpp. Also loads the labelled message set and scores a
// classifier on it. Run through omnicrm-personatrain (tests/bench), never at application start.
#pragma once

#include "personalityclassifier.h"
#include "result.h"

#include <QList>
#include <QString>

namespace OmniCrm {

struct LabelledMessage
{
    QString id;
    QString text;
    BuyerType label = BuyerType::Analytical;
    QString language; // ar gulf en mixed
    QString split; // dev test
};

struct TrainingOptions
{
    int epochs = 600;
    double learningRate = 0.5;
    double l2 = 0.002;
};

struct Evaluation
{
    int total = 0;
    int correct = 0;
    std::array<std::array<int, BuyerTypeCount>, BuyerTypeCount> confusion {}; // [truth][predicted]
    double accuracy() const { return total > 0 ? double(correct) / total : 0; }
    /// A small text table: one row per true type, columns are predictions.
    QString confusionTable() const;
};

class PersonaTrainer
{
public:
    /// Reads a JSON-lines file of {"id","label","lang","split","text"}; Parse names the bad line.
    static Result<QList<LabelledMessage>> loadMessages(const QString &path);

    static PersonaWeights train(const CueLexicon &lexicon, const QList<LabelledMessage> &messages,
                                const TrainingOptions &options = {});
    static Evaluation evaluate(const PersonalityClassifier &classifier,
                               const QList<LabelledMessage> &messages);
    /// The source of personaweights.cpp for `weights`.
    static QString toSource(const CueLexicon &lexicon, const PersonaWeights &weights);
};

} // namespace OmniCrm
