// LeadClassifier: lead type, priority and language from cue words. Each type has weighted Arabic
// (MSA and Gulf) and English cues, phrases included; the highest score wins, ties going to the
// more specific type (complaint, support, partnership, quote, order). Priority follows the
// labelling guideline in README.md: "no hurry" words make it low, urgency words, deadlines,
// complaints and quantities of 1000 and more make it high, a general question is low, the rest
// medium. Words inside a product name ("عقد صيانة") are not cues.
#pragma once

#include "messagetext.h"

#include <QList>
#include <QString>

#include <optional>

namespace OmniCrm {

struct Classification
{
    QString leadType;
    QString priority;
    QString language;
    TokenSpan typeCue; // the strongest cue, for evidence
    TokenSpan priorityCue;
};

class LeadClassifier
{
public:
    static Classification classify(const MessageText &message, const QList<TokenSpan> &products,
                                   std::optional<double> quantity, const QList<TokenSpan> &ignored);
    static QString language(const MessageText &message, const QList<TokenSpan> &ignored);
};

} // namespace OmniCrm
