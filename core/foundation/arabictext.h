// ArabicText: the one folding function that search, dedupe and extraction share, plus name keys.
//
// Whatever is compared or indexed goes through fold() first, so two spellings a user would call
// "the same" (أحمد / احمد / أحْمَد / أحـــمد, ٠٥٥ / 055) meet in one form. The rule that is not
// obvious: fold() is lossy on purpose (ة→ه, ى→ي, أ→ا); never store its output in place of the
// text the user typed, only next to it.
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace OmniCrm {

class ArabicText
{
public:
    /// NFKC (only when the text needs it); strips tatweel, harakat, Quranic marks and bidi/format
    /// marks; unifies alef forms, ى→ي, ة→ه, ؤ→و, ئ→ي, Persian ک/ی; maps Arabic-Indic and Persian
    /// digits to ASCII, ٫→'.', ٬ and ،→','; case-folds; collapses whitespace to one space; trims.
    static QString fold(QStringView text);

    /// fold(), then split into runs of letters and digits (everything else separates), for FTS.
    static QStringList searchTokens(QStringView text);

    /// A cross-script consonant skeleton of a person's name, one skeleton per name part, in order
    /// ("محمد بن سعود" and "Mohammed bin Saud" give the same string). Articles (al-, el-, ال, آل)
    /// are dropped, compounds with عبد/Abd are joined, and common Gulf names go through an alias
    /// table. The result is a matching key, not something to show.
    static QString nameSkeleton(QStringView name);

    /// nameSkeleton() with its parts sorted: equal for "Saud Faisal" and "فيصل سعود".
    static QString nameKey(QStringView name);
};

} // namespace OmniCrm
