// PersonaWeights: the personality model's parameters: one weight per (feature, buyer type) and a
// bias per type. Weights are keyed by feature name, so a lexicon that gains or loses a group still
// loads an older table (a missing feature weighs nothing). The trained table lives in
// personaweights.cpp, written by omnicrm-personatrain (see README.md); never edit it by hand.
#pragma once

#include "buyertype.h"

#include <QHash>
#include <QString>

#include <array>

namespace OmniCrm {

using TypeVector = std::array<double, BuyerTypeCount>;

struct PersonaWeights
{
    QHash<QString, TypeVector> weights; // feature name → weight per type, in BuyerType order
    TypeVector bias {};
    QString provenance; // how the table was made: data set, split, epochs, accuracy
};

/// The table committed in personaweights.cpp.
const PersonaWeights &trainedPersonaWeights();

} // namespace OmniCrm
