// PersonalityClassifier: reads which of the seven buyer types a message (or a contact's history)
// sounds like. CueLexicon turns text into features; a linear model (one weight per feature and
// type, plus a bias) scores each type; softmax turns the scores into probabilities. The rule that
// is not obvious: a history is read by averaging each message's scores with a recency weight
// (half-life in days), so what the buyer says now outweighs what they said last quarter, while a
// single odd message does not flip a long, consistent history.
#pragma once

#include "cuelexicon.h"
#include "personaweights.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace OmniCrm {

struct PersonaMessage
{
    QString text;
    double ageDays = 0; // how long ago it was sent; 0 = now
};

struct PersonaReading
{
    BuyerType type = BuyerType::Analytical;
    double confidence = 0; // probability of `type`, in [0, 1]
    BuyerType runnerUp = BuyerType::Analytical;
    double runnerUpConfidence = 0;
    TypeVector probabilities {}; // per type, in BuyerType order; sums to 1
    QList<CueMatch> cues; // every cue found, in message then text order
};

class PersonalityClassifier
{
public:
    /// The built-in lexicon and the trained weights.
    PersonalityClassifier();
    PersonalityClassifier(CueLexicon lexicon, const PersonaWeights &weights);

    PersonaReading classify(QStringView message) const;
    /// An empty history reads as an empty message (the prior).
    PersonaReading classifyHistory(const QList<PersonaMessage> &messages) const;

    double halfLifeDays() const { return m_halfLifeDays; }
    void setHalfLifeDays(double days) { m_halfLifeDays = days > 0 ? days : 1; }

    const CueLexicon &lexicon() const { return m_lexicon; }
    /// The model's raw scores (logits) for one feature vector.
    TypeVector scores(const QVector<double> &features) const;
    static TypeVector softmax(const TypeVector &scores);

private:
    PersonaReading reading(const TypeVector &scores, QList<CueMatch> cues) const;

    CueLexicon m_lexicon;
    QVector<TypeVector> m_weights; // per feature, in lexicon order
    TypeVector m_bias {};
    double m_halfLifeDays = 30;
};

} // namespace OmniCrm
