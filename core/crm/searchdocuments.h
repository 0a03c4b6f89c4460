// What each kind of record puts into the search index, as folded tokens. One place, so the
// index and the query side agree on folding, phone forms and e-mail parts.
#pragma once

#include "entities.h"
#include "searchindex.h"

namespace OmniCrm {

class PhoneNormalizer;

class SearchDocuments
{
public:
    explicit SearchDocuments(const PhoneNormalizer &phones);

    QStringList contact(const Contact &contact, const QString &companyName) const;
    QStringList company(const Company &company) const;
    QStringList lead(const Lead &lead) const;
    QStringList deal(const Deal &deal, const QString &contactName, const QString &companyName) const;
    QStringList product(const Product &product) const;
    QStringList activity(const Activity &activity) const;
    /// The query side: folded prefix terms. A query that is a phone number in any format
    /// (spaces, dashes, +, Arabic-Indic digits) becomes one digit term, which also tries the
    /// digits after a trunk 0 ("555…" finds "0555…", see PhoneNormalizer::searchForms).
    SearchTerms query(QStringView text) const;

private:
    void addText(QStringList &tokens, QStringView text) const;
    void addPhone(QStringList &tokens, const QString &e164OrRaw) const;

    const PhoneNormalizer &m_phones;
};

} // namespace OmniCrm
