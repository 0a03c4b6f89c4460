#include "leadextractor.h"

#include "arabictext.h"
#include "citylexicon.h"
#include "leadclassifier.h"
#include "messagetext.h"
#include "numberreader.h"
#include "partyfinder.h"
#include "quantityfinder.h"

namespace OmniCrm {

using namespace Qt::StringLiterals;

namespace {

FieldEvidence evidenceOf(const MessageText &message, const TokenSpan &span)
{
    if (!span.isValid())
        return FieldEvidence { -1, 0, LeadExtractor::Producer };
    const int start = message.at(span.first).start;
    return FieldEvidence { start, message.at(span.last).end() - start, LeadExtractor::Producer };
}

} // namespace

LeadExtractor::LeadExtractor(const ProductCatalog &catalog)
    : m_contacts(m_phoneNormalizer)
    , m_products(catalog)
{
    const QStringList regions = PhoneNormalizer::defaultRegions();
    for (const QString &region : regions) {
        QStringList ordered { region };
        for (const QString &other : regions)
            if (other != region)
                ordered << other;
        m_localPhones.insert(region, PhoneNormalizer(ordered));
    }
}

ExtractedLead LeadExtractor::extract(QStringView text) const
{
    ExtractedLead lead;
    const MessageText message(text);

    QList<TokenSpan> taken; // phones, e-mails: no other field reads them
    QList<TokenSpan> phoneSpans;
    const QList<FoundContact> phones = m_contacts.phones(message);
    for (const FoundContact &phone : phones) {
        if (!lead.phones.contains(phone.value))
            lead.phones << phone.value;
        taken << phone.tokens;
        phoneSpans << phone.tokens;
    }
    if (!phones.isEmpty())
        lead.evidence.insert(u"phones"_s,
                             FieldEvidence { phones.first().start, phones.first().length, Producer });
    const QList<FoundContact> emails = m_contacts.emails(message);
    for (const FoundContact &email : emails) {
        lead.emails << email.value;
        taken << email.tokens;
    }
    if (!emails.isEmpty())
        lead.evidence.insert(u"emails"_s,
                             FieldEvidence { emails.first().start, emails.first().length, Producer });

    const FoundParty party = PartyFinder::find(message, phoneSpans);
    lead.customerName = party.name;
    lead.company = party.company;
    if (!party.name.isEmpty())
        lead.evidence.insert(u"customer_name"_s, evidenceOf(message, party.nameTokens));
    if (!party.company.isEmpty())
        lead.evidence.insert(u"company"_s, evidenceOf(message, party.companyTokens));

    QList<TokenSpan> notProducts = taken;
    for (int i = 0; i + 1 < message.size(); ++i) {
        // a label: "جوال: 055…", "Date: Sun", "Tel 055…"
        const bool lineStart = i == 0 || message.at(i - 1).isLineBreak();
        if (!message.at(i).isWord())
            continue;
        int next = i + 1;
        while (next < message.size() && (message.at(next).isSymbol(u':') || message.at(next).isSymbol(u'-')))
            ++next;
        const bool beforePhone
            = std::any_of(phoneSpans.cbegin(), phoneSpans.cend(),
                          [next](const TokenSpan &s) { return s.first == next || s.first == next + 1; });
        if (beforePhone || (lineStart && message.at(i + 1).isSymbol(u':')))
            notProducts << TokenSpan { i, i };
    }
    if (party.companyTokens.isValid())
        notProducts << party.companyTokens;
    const QList<FoundProduct> products = m_products.find(message, notProducts);
    QList<TokenSpan> productSpans;
    for (const FoundProduct &product : products) {
        lead.products << product.match;
        productSpans << product.tokens;
    }
    if (!products.isEmpty())
        lead.evidence.insert(u"products"_s, evidenceOf(message, products.first().tokens));

    const QList<NumberSpan> numbers = NumberReader::read(message);
    const QList<FoundAmount> amounts = m_amounts.find(message, numbers);
    QList<TokenSpan> notQuantities = taken;
    for (const FoundAmount &amount : amounts)
        notQuantities << amount.tokens;
    if (const FoundAmount *amount = AmountFinder::best(amounts)) {
        lead.amountMinor = amount->minor;
        lead.currency = amount->currency;
        lead.evidence.insert(u"amount"_s, evidenceOf(message, amount->tokens));
        lead.evidence.insert(u"currency"_s, evidenceOf(message, amount->tokens));
    }
    if (const auto quantity = QuantityFinder::find(message, numbers, notQuantities, productSpans)) {
        lead.quantity = quantity->value;
        lead.quantityUnit = quantity->unit;
        lead.evidence.insert(u"quantity"_s, evidenceOf(message, quantity->tokens));
    }

    QList<TokenSpan> notCities = taken;
    if (party.companyTokens.isValid())
        notCities << party.companyTokens;
    if (party.nameTokens.isValid())
        notCities << party.nameTokens;
    if (const auto city = CityLexicon::find(message, notCities)) {
        lead.city = city->name;
        lead.evidence.insert(u"city"_s, evidenceOf(message, city->tokens));
        // a bare local number (no + or 00) reads in the city's country first
        const auto local = m_localPhones.constFind(CityLexicon::countryOf(city->name));
        if (local != m_localPhones.cend() && CityLexicon::countryOf(city->name) != u"SA") {
            for (const FoundContact &phone : phones) {
                const QString raw = text.mid(phone.start, phone.length).toString();
                QString digits;
                for (const QChar c : raw)
                    if (c.isDigit())
                        digits += QChar(u'0' + c.digitValue());
                if (raw.contains(u'+') || digits.size() != 8)
                    continue; // only the Gulf's eight-digit numbers are ambiguous between countries
                const auto reread = local->normalize(raw);
                const qsizetype at = lead.phones.indexOf(phone.value);
                if (reread && at >= 0 && reread->e164 != phone.value && !lead.phones.contains(reread->e164))
                    lead.phones[at] = reread->e164;
            }
        }
    }

    const Classification classification
        = LeadClassifier::classify(message, productSpans, lead.quantity, taken);
    if (classification.leadType == u"complaint" || classification.leadType == u"support") {
        // numbers in a complaint count what went wrong, not what the sender wants to buy
        lead.quantity.reset();
        lead.quantityUnit.clear();
        lead.evidence.remove(u"quantity"_s);
    }
    lead.leadType = classification.leadType;
    lead.priority = classification.priority;
    lead.language = classification.language;
    lead.evidence.insert(u"lead_type"_s, evidenceOf(message, classification.typeCue));
    lead.evidence.insert(u"priority"_s, evidenceOf(message, classification.priorityCue));
    lead.evidence.insert(u"language"_s, FieldEvidence { 0, int(text.size()), Producer });
    return lead;
}

} // namespace OmniCrm
