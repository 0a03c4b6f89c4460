#include "dedupetext.h"

#include "arabictext.h"
#include "errortext.h"

#include <QLocale>

namespace OmniCrm {

QString DedupeText::fieldName(const QString &field)
{
    // The merge lists a contact's phones and e-mails as a whole; every single field is named as
    // the rest of the app names it.
    if (field == u"phones")
        return tr("Phones");
    if (field == u"emails")
        return tr("E-mails");
    return ErrorText::fieldName(field);
}

QString DedupeText::featureName(const QString &feature)
{
    if (feature == u"given_name")
        return tr("First name");
    if (feature == u"family_name")
        return tr("Family name");
    if (feature == u"phone")
        return tr("Phone");
    if (feature == u"email")
        return tr("E-mail");
    if (feature == u"company")
        return tr("Company");
    if (feature == u"city")
        return tr("City");
    if (feature == u"postcode")
        return tr("Postcode");
    if (feature == u"date")
        return tr("Date");
    if (feature == u"id")
        return tr("Identifier");
    if (feature == u"address")
        return tr("Address");
    if (feature == u"father_name")
        return tr("Father's name");
    return feature;
}

QString DedupeText::level(int level)
{
    switch (level) {
    case 2:
        return tr("Same");
    case 1:
        return tr("Similar");
    case 0:
        return tr("Differs");
    default:
        return tr("Missing on one side");
    }
}

QString DedupeText::evidenceLine(const ComparisonEvidence &evidence)
{
    const QString weight = evidence.level < 0
        ? QString()
        : QLocale()
              .toString(evidence.weight, 'f', 1)
              .prepend(evidence.weight >= 0 ? QStringLiteral("+") : QString());
    //: One reason of a duplicate's score: "Phone: Same (+9.3)". %3 is the weight of evidence.
    return weight.isEmpty() ? tr("%1: %2").arg(featureName(evidence.feature), level(evidence.level))
                            : tr("%1: %2 (%3)")
                                  .arg(featureName(evidence.feature), level(evidence.level),
                                       QStringLiteral("\u2066") + weight + QStringLiteral("\u2069"));
}

bool DedupeText::sameValue(const QString &a, const QString &b)
{
    return ArabicText::fold(a.trimmed()) == ArabicText::fold(b.trimmed());
}

QString DedupeText::agreement(const QString &a, const QString &b)
{
    if (a.trimmed().isEmpty() && b.trimmed().isEmpty())
        return QString();
    if (a.trimmed().isEmpty() || b.trimmed().isEmpty())
        return tr("Only in one");
    return sameValue(a, b) ? tr("Same") : tr("Differs");
}

} // namespace OmniCrm
