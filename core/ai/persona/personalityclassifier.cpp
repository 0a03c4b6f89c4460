#include "personalityclassifier.h"

#include <algorithm>
#include <cmath>

namespace OmniCrm {

PersonalityClassifier::PersonalityClassifier()
    : PersonalityClassifier(CueLexicon::builtIn(), trainedPersonaWeights())
{
}

PersonalityClassifier::PersonalityClassifier(CueLexicon lexicon, const PersonaWeights &weights)
    : m_lexicon(std::move(lexicon))
    , m_bias(weights.bias)
{
    m_weights.reserve(m_lexicon.featureCount());
    for (const QString &name : m_lexicon.featureNames())
        m_weights.append(weights.weights.value(name, TypeVector {}));
}

TypeVector PersonalityClassifier::scores(const QVector<double> &features) const
{
    TypeVector result = m_bias;
    const int count = std::min(int(features.size()), int(m_weights.size()));
    for (int f = 0; f < count; ++f) {
        const double value = features[f];
        if (value == 0)
            continue;
        for (int t = 0; t < BuyerTypeCount; ++t)
            result[t] += value * m_weights[f][t];
    }
    return result;
}

TypeVector PersonalityClassifier::softmax(const TypeVector &scores)
{
    const double top = *std::max_element(scores.begin(), scores.end());
    TypeVector result {};
    double sum = 0;
    for (int t = 0; t < BuyerTypeCount; ++t) {
        result[t] = std::exp(scores[t] - top);
        sum += result[t];
    }
    for (double &p : result)
        p /= sum;
    return result;
}

PersonaReading PersonalityClassifier::classify(QStringView message) const
{
    CueAnalysis analysis = m_lexicon.analyse(message);
    return reading(scores(analysis.features), std::move(analysis.matches));
}

PersonaReading PersonalityClassifier::classifyHistory(const QList<PersonaMessage> &messages) const
{
    if (messages.isEmpty())
        return classify({});
    TypeVector combined {};
    double totalWeight = 0;
    QList<CueMatch> cues;
    for (int i = 0; i < messages.size(); ++i) {
        const PersonaMessage &message = messages.at(i);
        const double weight = std::exp2(-std::max(0.0, message.ageDays) / m_halfLifeDays);
        CueAnalysis analysis = m_lexicon.analyse(message.text);
        const TypeVector messageScores = scores(analysis.features);
        for (int t = 0; t < BuyerTypeCount; ++t)
            combined[t] += weight * messageScores[t];
        totalWeight += weight;
        for (CueMatch &match : analysis.matches) {
            match.message = i;
            cues.append(std::move(match));
        }
    }
    for (double &score : combined)
        score /= totalWeight;
    return reading(combined, std::move(cues));
}

PersonaReading PersonalityClassifier::reading(const TypeVector &typeScores, QList<CueMatch> cues) const
{
    PersonaReading result;
    result.probabilities = softmax(typeScores);
    std::array<int, BuyerTypeCount> order {};
    for (int t = 0; t < BuyerTypeCount; ++t)
        order[t] = t;
    // Stable: on a tie the type listed first wins, so the answer never depends on the platform.
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return result.probabilities[a] > result.probabilities[b]; });
    result.type = AllBuyerTypes[order[0]];
    result.confidence = result.probabilities[order[0]];
    result.runnerUp = AllBuyerTypes[order[1]];
    result.runnerUpConfidence = result.probabilities[order[1]];
    result.cues = std::move(cues);
    return result;
}

} // namespace OmniCrm
