// CueLexicon: turns one message into the feature vector the personality model reads, and the
// cues it found with their spans in the original text.
//
// Features are one count per cue group (words, phrases and emoji that lean towards a buyer type:
// "specs", "urgency", "discount"…) plus a few structural ones (length, question and exclamation
// marks, emoji, stretched letters, digits, capitals). Patterns are matched on ArabicText::fold'ed
// text, word by word, so أرخص/ارخص and "Discount"/"discount" meet. The rule that is not obvious:
// an Arabic pattern may follow a clitic (و ف ب ل ال وال بال…) inside the word and may carry any
// suffix, while a pattern written with a trailing '=' must end the word (so "hi=" skips "high").
#pragma once

#include "buyertype.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVector>

namespace OmniCrm {

struct CueMatch
{
    QString cue; // the cue group, e.g. "discount"
    BuyerType leaning; // the type the group points to
    int start = 0; // UTF-16 span in the original message, whole words
    int length = 0;
    QString text; // the original text of the span
    int message = 0; // index of the message in a history; 0 for a single message
};

struct CueAnalysis
{
    QVector<double> features; // in featureNames() order
    QList<CueMatch> matches;
};

class CueLexicon
{
public:
    struct Group
    {
        QString key;
        BuyerType leaning;
        QStringList patterns; // as written; folded when the lexicon is built
    };

    /// The built-in lexicon (Arabic MSA, Gulf dialect, English, emoji).
    static CueLexicon builtIn();
    /// The groups builtIn() uses (cuegroups.cpp).
    static QList<Group> builtInGroups();
    explicit CueLexicon(const QList<Group> &groups);

    /// Cue group keys first, then the structural features ("len_short", "questions", …).
    const QStringList &featureNames() const { return m_featureNames; }
    int featureCount() const { return int(m_featureNames.size()); }

    CueAnalysis analyse(QStringView message) const;

private:
    struct Pattern
    {
        QString folded;
        int group = 0;
        bool wholeWord = false;
        bool arabicStart = false;
    };

    QList<Group> m_groups;
    QList<Pattern> m_patterns;
    QStringList m_featureNames;
};

} // namespace OmniCrm
