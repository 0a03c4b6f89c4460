// PartyLexicon: the word lists PartyFinder reads names and companies with, folded once on first
// use: introduction cues, closings, honorifics, company markers, job-title words, and common
// Gulf, Arab and international first names (for the weak cues).
#pragma once

#include <QSet>
#include <QString>

namespace OmniCrm::PartyLexicon {

const QSet<QString> &strongArabicCues(); // معك، اسمي، أخوك
const QSet<QString> &weakArabicCues(); // أنا، هذا: need a known first name after them
const QSet<QString> &closings(); // regards, تحياتي
const QSet<QString> &honorifics(); // م د أ eng mr المهندس
const QSet<QString> &namePrefixes(); // أبو، أم، عبد، bin
const QSet<QString> &arabicCompanyMarkers(); // شركة، مؤسسة
const QSet<QString> &latinCompanyMarkers(); // co llc ltd trading group
const QSet<QString> &latinLeadWords(); // hi dear we this: capitalised but never a name
const QSet<QString> &stopWords(); // words that end a name or an Arabic company name
const QSet<QString> &titleWords(); // manager مدير
const QSet<QString> &commonNouns(); // الجهاز، الطلبية: never part of a company name
bool isFirstName(const QString &folded);
/// A word that can follow the first word of an Arabic name: a family name (ال… ending in ي, or
/// آل/بن/ابو and the word after them), a father's first name, or a family name in the lexicon.
bool isArabicNamePart(const QString &folded, const QString &previous);
bool isCityWord(const QString &folded);

} // namespace OmniCrm::PartyLexicon
