// NumberReader: every number written in a message, as digits (1,250.5 · ١٢٥٠ · 40k · 40 ألف) or
// as Arabic and English number words, compounds included (ألف وخمسمية، ميتين وخمسين، درزن,
// two hundred and fifty). It only reads values; whether a number is a quantity, a price, a date
// or part of a phone is for the finders that look at its neighbours.
#pragma once

#include "messagetext.h"

#include <QList>

namespace OmniCrm {

struct NumberSpan
{
    TokenSpan tokens;
    double value = 0;
    bool fromWords = false; // at least one number word
    bool multiplied = false; // "k", "ألف", "million" after digits

    int first() const { return tokens.first; }
    int last() const { return tokens.last; }
};

class NumberReader
{
public:
    static QList<NumberSpan> read(const MessageText &message);

private:
    static bool readDigits(const MessageText &message, int index, NumberSpan *span);
    static bool readWords(const MessageText &message, int index, NumberSpan *span);
};

} // namespace OmniCrm
