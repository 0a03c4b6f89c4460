#include "protectedtokens.h"
#include "arabictext.h"
#include "phonenormalizer.h"

#include <QRegularExpression>

namespace OmniCrm {

namespace {

struct Found
{
    qsizetype start;
    ProtectedToken token;
};

QString digitsOf(QStringView text)
{
    QString digits;
    for (QChar c : ArabicText::fold(text))
        if (c >= u'0' && c <= u'9')
            digits += c;
    return digits;
}

/// Replaces the span by spaces so later, looser patterns do not match inside it.
void blank(QString &text, qsizetype start, qsizetype length)
{
    for (qsizetype i = start; i < start + length && i < text.size(); ++i)
        text[i] = u' ';
}

void collect(QString &work, const QRegularExpression &pattern, ProtectedToken::Kind kind, QList<Found> &found,
             const std::function<QString(const QString &)> &keyOf)
{
    auto it = pattern.globalMatch(work);
    QList<std::pair<qsizetype, qsizetype>> spans;
    while (it.hasNext()) {
        const auto match = it.next();
        QString text = match.captured(0);
        // URLs and codes do not end in sentence punctuation.
        while (!text.isEmpty() && QStringLiteral(".,;:!?)]}'\"،؛؟").contains(text.back()))
            text.chop(1);
        if (text.isEmpty())
            continue;
        const QString key = keyOf(text);
        if (key.isEmpty())
            continue;
        found.append({ match.capturedStart(), ProtectedToken { kind, text, key } });
        spans.append({ match.capturedStart(), text.size() });
    }
    for (const auto &[start, length] : spans)
        blank(work, start, length);
}

} // namespace

QString ProtectedToken::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Phone:
        return QStringLiteral("phone");
    case Kind::Number:
        return QStringLiteral("number");
    case Kind::Email:
        return QStringLiteral("email");
    case Kind::Url:
        return QStringLiteral("url");
    case Kind::ProductCode:
        return QStringLiteral("product code");
    }
    return {};
}

ProtectedTokens::ProtectedTokens(const PhoneNormalizer &phones)
    : m_phones(phones)
{
}

QList<ProtectedToken> ProtectedTokens::find(const QString &text) const
{
    static const QRegularExpression url(QStringLiteral("(?:https?://|www\\.)[^\\s<>\"]+"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression email(
        QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+"));
    // Latin letters then digits, with an optional dash and more dash-separated parts: ABC-1234,
    // SKU12345, X-200-B. Not inside a longer word.
    static const QRegularExpression code(
        QStringLiteral("(?<![\\w-])[A-Za-z]{1,6}-?[0-9]{2,}(?:-[A-Za-z0-9]+)*(?![\\w])"));
    // Digits of any script with thousands and decimal separators of either script.
    static const QRegularExpression number(QStringLiteral("\\d+(?:[.,٫٬]\\d+)*"),
                                           QRegularExpression::UseUnicodePropertiesOption);

    QString work = text;
    QList<Found> found;
    collect(work, url, ProtectedToken::Kind::Url, found,
            [](const QString &t) { return ArabicText::fold(t); });
    collect(work, email, ProtectedToken::Kind::Email, found, [](const QString &t) { return t.toLower(); });
    collect(work, code, ProtectedToken::Kind::ProductCode, found,
            [](const QString &t) { return t.toUpper(); });
    {
        qsizetype from = 0;
        QList<std::pair<qsizetype, qsizetype>> spans;
        for (const PhoneNumber &phone : m_phones.findInText(work)) {
            const qsizetype at = work.indexOf(phone.raw, from);
            if (at < 0)
                continue;
            found.append({ at, ProtectedToken { ProtectedToken::Kind::Phone, phone.raw, phone.e164 } });
            spans.append({ at, phone.raw.size() });
            from = at + phone.raw.size();
        }
        for (const auto &[start, length] : spans)
            blank(work, start, length);
    }
    collect(work, number, ProtectedToken::Kind::Number, found, [](const QString &t) { return digitsOf(t); });

    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) { return a.start < b.start; });
    QList<ProtectedToken> tokens;
    for (const Found &f : found)
        tokens.append(f.token);
    return tokens;
}

QList<ProtectedToken> ProtectedTokens::missing(const QString &original, const QString &translation) const
{
    QList<ProtectedToken> available = find(translation);
    QList<ProtectedToken> lost;
    for (const ProtectedToken &token : find(original)) {
        // A number may come back as a phone or the other way round; the digits are what count.
        const auto same = [&token](const ProtectedToken &t) {
            if (t.kind == token.kind)
                return t.key == token.key;
            const bool numeric
                = (t.kind == ProtectedToken::Kind::Phone || t.kind == ProtectedToken::Kind::Number)
                && (token.kind == ProtectedToken::Kind::Phone || token.kind == ProtectedToken::Kind::Number);
            return numeric && digitsOf(t.text) == digitsOf(token.text);
        };
        const auto it = std::find_if(available.begin(), available.end(), same);
        if (it == available.end())
            lost.append(token);
        else
            available.erase(it);
    }
    return lost;
}

} // namespace OmniCrm
