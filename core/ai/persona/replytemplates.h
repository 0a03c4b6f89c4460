// The reply templates ReplyComposer fills: per buyer type and language, three replies; each reply
// a list of sentences; each sentence a list of alternatives tried in order (an empty alternative
// means "drop the sentence"). Placeholders: {name} {company} {products} {quantity} {amount}
// {city} {offer}. Greetings and closings carry the tone.
#pragma once

#include "buyertype.h"
#include "replycomposer.h"

#include <QList>
#include <QStringList>

namespace OmniCrm {

using ReplySentence = QStringList;
using ReplyTemplate = QList<ReplySentence>;

/// Three templates.
QList<ReplyTemplate> replyTemplates(BuyerType type, ReplyLanguage language);
ReplySentence replyGreeting(ReplyLanguage language, ReplyTone tone);
ReplySentence replyClosing(ReplyLanguage language, ReplyTone tone);

} // namespace OmniCrm
