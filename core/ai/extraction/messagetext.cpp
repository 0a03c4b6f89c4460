#include "messagetext.h"

#include "arabictext.h"

namespace OmniCrm {

namespace {

bool isArabicLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x0600 && u <= 0x06FF) || (u >= 0x0750 && u <= 0x077F) || (u >= 0xFB50 && u <= 0xFEFF);
}

bool isWordChar(QChar c)
{
    return c.isLetter() || c.isMark();
}

} // namespace

MessageText::MessageText(QStringView text)
    : m_text(text)
{
    m_tokens.reserve(text.size() / 4 + 4);
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            m_tokens.append(MessageToken { MessageToken::Kind::Symbol, i, 1, QStringLiteral("\n") });
            ++i;
            continue;
        }
        if (c.isSpace() || c.category() == QChar::Other_Format) {
            ++i;
            continue;
        }
        int j = i + 1;
        MessageToken token;
        token.start = i;
        if (c.isDigit()) {
            while (j < n && text.at(j).isDigit())
                ++j;
            token.kind = MessageToken::Kind::Number;
            QString digits;
            digits.reserve(j - i);
            for (int k = i; k < j; ++k)
                digits.append(QChar(u'0' + text.at(k).digitValue()));
            token.folded = digits;
        } else if (isWordChar(c)) {
            while (j < n && (isWordChar(text.at(j)) || text.at(j).category() == QChar::Other_Format))
                ++j;
            token.kind = MessageToken::Kind::Word;
            token.folded = ArabicText::fold(text.mid(i, j - i));
            token.arabic = isArabicLetter(c);
            token.capitalized = !token.arabic && c.isUpper();
        } else {
            if (c.isHighSurrogate() && j < n && text.at(j).isLowSurrogate())
                ++j;
            token.kind = MessageToken::Kind::Symbol;
            token.folded = text.mid(i, j - i).toString();
        }
        token.length = j - i;
        if (!token.folded.isEmpty())
            m_tokens.append(token);
        i = j;
    }
}

bool MessageText::touches(int i) const
{
    return i >= 0 && i + 1 < size() && m_tokens.at(i).end() == m_tokens.at(i + 1).start;
}

QStringView MessageText::span(int first, int last) const
{
    if (first < 0 || last < first || last >= size())
        return {};
    return m_text.mid(m_tokens.at(first).start, m_tokens.at(last).end() - m_tokens.at(first).start);
}

int MessageText::tokenAt(int offset) const
{
    for (int i = 0; i < size(); ++i)
        if (m_tokens.at(i).start >= offset)
            return i;
    return size();
}

} // namespace OmniCrm
