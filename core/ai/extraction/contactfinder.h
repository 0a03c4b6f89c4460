// ContactFinder: phone numbers and e-mail addresses in a message. Phones are read from runs of
// digits with the separators people type (spaces, dashes, dots, brackets, +, 00), in ASCII or
// Arabic-Indic digits, and validated by PhoneNormalizer (SA first, then the Gulf). The rule that
// is not obvious: a run that follows an order, invoice, VAT or CR label is never a phone, even
// when its digits happen to form a valid number.
#pragma once

#include "messagetext.h"

#include <QList>
#include <QString>

namespace OmniCrm {

class PhoneNormalizer;

struct FoundContact
{
    QString value; // E.164 or the lower-cased address
    TokenSpan tokens;
    int start = 0;
    int length = 0;
};

class ContactFinder
{
public:
    explicit ContactFinder(const PhoneNormalizer &phones);

    /// Every occurrence, in text order (the same number may come more than once).
    QList<FoundContact> phones(const MessageText &message) const;
    QList<FoundContact> emails(const MessageText &message) const;

private:
    bool labelledAsReference(const MessageText &message, int firstToken) const;

    const PhoneNormalizer &m_phones;
};

} // namespace OmniCrm
