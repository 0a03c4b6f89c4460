#include "searchdocuments.h"

#include "arabictext.h"
#include "phonenormalizer.h"

namespace OmniCrm {

SearchDocuments::SearchDocuments(const PhoneNormalizer &phones)
    : m_phones(phones)
{
}

void SearchDocuments::addText(QStringList &tokens, QStringView text) const
{
    if (!text.isEmpty())
        tokens += ArabicText::searchTokens(text);
}

void SearchDocuments::addPhone(QStringList &tokens, const QString &e164OrRaw) const
{
    if (e164OrRaw.isEmpty())
        return;
    auto number = m_phones.normalize(e164OrRaw);
    if (number)
        tokens += m_phones.searchForms(*number);
    else
        addText(tokens, e164OrRaw);
}

QStringList SearchDocuments::contact(const Contact &contact, const QString &companyName) const
{
    QStringList tokens;
    addText(tokens, contact.fullName);
    if (!contact.firstName.isEmpty() || !contact.lastName.isEmpty()) {
        // Only when they add words the full name does not already have.
        const QString folded = ArabicText::fold(contact.fullName);
        for (const QString &part : { contact.firstName, contact.lastName }) {
            if (!part.isEmpty() && !folded.contains(ArabicText::fold(part)))
                addText(tokens, part);
        }
    }
    addText(tokens, companyName);
    for (const ContactPhone &phone : contact.phones) {
        if (phone.national.isEmpty())
            addPhone(tokens, phone.e164);
        else // both forms are known: no second trip through libphonenumber
            tokens += PhoneNormalizer::searchForms(PhoneNumber { phone.e164, phone.national });
    }
    for (const ContactEmail &email : contact.emails)
        addText(tokens, email.email);
    addText(tokens, contact.city);
    addText(tokens, contact.title);
    addText(tokens, contact.notes);
    tokens.removeDuplicates();
    return tokens;
}

QStringList SearchDocuments::company(const Company &company) const
{
    QStringList tokens;
    addText(tokens, company.name);
    addText(tokens, company.industry);
    addPhone(tokens, company.phoneE164);
    addText(tokens, company.email);
    addText(tokens, company.website);
    addText(tokens, company.city);
    addText(tokens, company.notes);
    tokens.removeDuplicates();
    return tokens;
}

QStringList SearchDocuments::lead(const Lead &lead) const
{
    QStringList tokens;
    addText(tokens, lead.title);
    addText(tokens, lead.personName);
    addText(tokens, lead.companyName);
    addPhone(tokens, lead.phoneE164);
    addText(tokens, lead.email);
    addText(tokens, lead.city);
    addText(tokens, lead.notes);
    tokens.removeDuplicates();
    return tokens;
}

QStringList SearchDocuments::deal(const Deal &deal, const QString &contactName,
                                  const QString &companyName) const
{
    QStringList tokens;
    addText(tokens, deal.title);
    addText(tokens, contactName);
    addText(tokens, companyName);
    tokens.removeDuplicates();
    return tokens;
}

QStringList SearchDocuments::product(const Product &product) const
{
    QStringList tokens;
    addText(tokens, product.sku);
    addText(tokens, product.nameAr);
    addText(tokens, product.nameEn);
    addText(tokens, product.category);
    tokens.removeDuplicates();
    return tokens;
}

QStringList SearchDocuments::activity(const Activity &activity) const
{
    QStringList tokens;
    addText(tokens, activity.subject);
    addText(tokens, activity.body);
    tokens.removeDuplicates();
    return tokens;
}

SearchTerms SearchDocuments::query(QStringView text) const
{
    const QString folded = ArabicText::fold(text);
    QString digits;
    bool phoneLike = !folded.isEmpty();
    for (QChar c : folded) {
        if (c.isDigit())
            digits += c;
        else if (!(c == u' ' || c == u'-' || c == u'+' || c == u'(' || c == u')' || c == u'.'))
            phoneLike = false;
    }
    if (phoneLike && digits.size() >= 3) {
        // 00966… is how many people dial +966…: index forms have no leading 00.
        if (digits.startsWith(QStringLiteral("00")))
            digits.remove(0, 2);
        if (digits.startsWith(u'0'))
            return { { digits } };
        return { { digits, u'0' + digits } };
    }
    SearchTerms terms;
    for (const QString &token : ArabicText::searchTokens(folded))
        terms.append(QStringList { token });
    return terms;
}

} // namespace OmniCrm
