// CityLexicon: Saudi and Gulf cities in their Arabic and English spellings, reported under one
// canonical English name ("جده" / "Jiddah" → "Jeddah"). Names that are also common words (الخبر
// "the news", العين "the eye", المدينة "the city") count only after a place cue (في، إلى، ب…،
// to, in, at, delivery, موقعنا).
#pragma once

#include "messagetext.h"

#include <QList>
#include <QString>

namespace OmniCrm {

struct FoundCity
{
    QString name; // canonical English
    TokenSpan tokens;
};

class CityLexicon
{
public:
    /// The city to report: the first one after a place cue, else the first one; none inside the
    /// excluded spans (a company name like "درة المدينة").
    static std::optional<FoundCity> find(const MessageText &message, const QList<TokenSpan> &excluded);
    static bool isCityWord(const QString &folded);
    /// How a canonical city is written in Arabic ("Jeddah" → "جدة"); other names come back as
    /// they are.
    static QString arabicName(const QString &canonical);
    /// The ISO 3166 country of a canonical city name ("Doha" → "QA"), empty when unknown.
    static QString countryOf(const QString &canonical);
};

} // namespace OmniCrm
