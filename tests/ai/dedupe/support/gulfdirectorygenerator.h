// GulfDirectoryGenerator: a second, independently designed source of contacts with known truth,
// so that the dedupe engine is not judged only on the data it was developed against
// (DedupeDataGenerator). It differs on purpose: one full-name column instead of first/last,
// honorifics (Eng., Dr., م.، د.), compound given names written joined or apart (عبد الرحمن /
// Abdul Rahman / Abdulrahman), "Family, Given" order, dropped or added father's names, expatriate
// Latin names, Saudi and UAE mobiles and landlines with dashes and brackets, work and personal
// mailboxes, Arabic letter confusions (ح/خ, ه/ة, ي/ى) and keyboard-neighbour typos. Relatives and
// colleagues share family, firm and city without being one person. The same seed gives the same data.
#pragma once

#include "dedupedatagenerator.h"

namespace OmniCrm::Test {

class GulfDirectoryGenerator
{
public:
    /// Fields: full_name phone email company city.
    static GeneratedContacts generate(int records, quint64 seed);
};

} // namespace OmniCrm::Test
