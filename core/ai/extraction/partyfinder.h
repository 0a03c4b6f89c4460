// PartyFinder: who is writing and for which company. Names come from self-introductions (أنا،
// معك، اسمي، أخوك، This is, My name is, I'm, "X here"), an e-mail "From:" header, a signature
// after a closing (Regards, Best, Thanks, مع التحية، تحياتي …), a WhatsApp export's "] Name:" and
// a first name standing right before a phone number. Companies come from a marker word before
// the name (شركة، مؤسسة، مجموعة، مصنع، جمعية، مستشفى) or in a run of capitalised words (Co., LLC,
// Ltd, Est., Trading, Group …), and from "from X" after a name. The rule that is not obvious:
// where a cue is weak (أنا، هذا, a bare name before a phone) the first word must be a known first
// name, so "أنا مهتم" or "هذا ثالث مرة" never becomes a name.
#pragma once

#include "messagetext.h"

#include <QString>

namespace OmniCrm {

struct FoundParty
{
    QString name;
    TokenSpan nameTokens;
    QString company;
    TokenSpan companyTokens;
};

class PartyFinder
{
public:
    /// `phones`: phone spans, for names written right before a number.
    static FoundParty find(const MessageText &message, const QList<TokenSpan> &phones);

    /// True when the folded word starts a company name in Arabic (شركة، مؤسسة …).
    static bool isArabicCompanyMarker(const QString &folded);

private:
    static TokenSpan arabicCompany(const MessageText &message, int marker);
    static TokenSpan latinCompany(const MessageText &message, int index, bool requireMarker);
    static TokenSpan nameAfter(const MessageText &message, int index, bool strongCue);
    static TokenSpan nameFromCues(const MessageText &message);
    static TokenSpan nameFromHeader(const MessageText &message);
    static TokenSpan nameFromSignature(const MessageText &message);
    static TokenSpan nameFromExport(const MessageText &message);
    static TokenSpan nameFromLines(const MessageText &message, const TokenSpan &company);
    static TokenSpan nameBeforePhone(const MessageText &message, const QList<TokenSpan> &phones);
};

} // namespace OmniCrm
