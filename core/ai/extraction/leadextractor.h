// LeadExtractor: the offline, rule-and-lexicon lead extraction (issue 5 §2, DESIGN §7). One
// message in, one ExtractedLead out, every field with the span it was read from and producer
// "offline". The catalog is indexed once in the constructor; extract() is const and keeps no
// state between messages, so one extractor serves many threads.
#pragma once

#include "amountfinder.h"
#include "contactfinder.h"
#include "extractedlead.h"
#include "phonenormalizer.h"
#include "productcatalog.h"
#include "productmatcher.h"

#include <QHash>
#include <QStringView>

namespace OmniCrm {

class LeadExtractor
{
public:
    explicit LeadExtractor(const ProductCatalog &catalog = {});

    ExtractedLead extract(QStringView message) const;

    static inline const QString Producer = QStringLiteral("offline");

private:
    PhoneNormalizer m_phoneNormalizer;
    /// Per Gulf country, a normalizer that tries that country first: a bare eight-digit number in a
    /// message from Kuwait is Kuwaiti, though on its own it reads as Qatari.
    QHash<QString, PhoneNormalizer> m_localPhones;
    ContactFinder m_contacts;
    ProductMatcher m_products;
    AmountFinder m_amounts;
};

} // namespace OmniCrm
