// MessageText: one pasted message cut into tokens that every finder shares. Each word token keeps
// its span in the original text (UTF-16 offsets, for evidence) and its ArabicText::fold()ed form,
// so the finders compare folded text but report spans of what the user pasted.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace OmniCrm {

struct MessageToken
{
    enum class Kind {
        Word, // a run of letters (with their harakat)
        Number, // a run of digits, ASCII, Arabic-Indic or Persian; folded holds ASCII digits
        Symbol, // any other single character that is not a space; "\n" for a line break
    };

    Kind kind = Kind::Symbol;
    int start = 0;
    int length = 0;
    QString folded;
    bool arabic = false; // a word in Arabic letters
    bool capitalized = false; // a Latin word starting with an upper-case letter

    int end() const { return start + length; }
    bool isWord() const { return kind == Kind::Word; }
    bool isNumber() const { return kind == Kind::Number; }
    bool isSymbol(QChar c) const { return kind == Kind::Symbol && folded.size() == 1 && folded.at(0) == c; }
    bool isLineBreak() const { return isSymbol(u'\n'); }
};

class MessageText
{
public:
    explicit MessageText(QStringView text);

    QStringView text() const { return m_text; }
    const QList<MessageToken> &tokens() const { return m_tokens; }
    int size() const { return int(m_tokens.size()); }
    const MessageToken &at(int i) const { return m_tokens.at(i); }
    /// The token's folded text, or an empty string outside the message.
    QString folded(int i) const { return i >= 0 && i < size() ? m_tokens.at(i).folded : QString(); }
    /// True when tokens i and i+1 touch (no space between them).
    bool touches(int i) const;
    /// The original text of tokens first..last.
    QStringView span(int first, int last) const;
    /// The index of the first token that starts at or after `offset`.
    int tokenAt(int offset) const;

private:
    QStringView m_text;
    QList<MessageToken> m_tokens;
};

/// A run of tokens [first, last] and the text offsets it covers.
struct TokenSpan
{
    int first = -1;
    int last = -1;
    bool isValid() const { return first >= 0; }
    bool contains(int token) const { return token >= first && token <= last; }
    bool overlaps(const TokenSpan &other) const { return first <= other.last && other.first <= last; }
};

} // namespace OmniCrm
