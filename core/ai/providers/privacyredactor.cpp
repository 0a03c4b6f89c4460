#include "privacyredactor.h"
#include "arabictext.h"
#include "phonenormalizer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace OmniCrm {

namespace {

struct Span
{
    qsizetype start = 0;
    qsizetype length = 0;
};

QList<Span> regexSpans(const QString &text, const QRegularExpression &pattern)
{
    QList<Span> spans;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        spans.append({ match.capturedStart(), match.capturedLength() });
    }
    return spans;
}

int digitCount(QStringView text)
{
    int count = 0;
    for (QChar c : text)
        count += c.isDigit() ? 1 : 0;
    return count;
}

/// Where `name` occurs in `text` after Arabic folding (hamza forms, alef maqsura, taa marbuta,
/// diacritics, tatweel, case), as spans of the original text. Each character is folded on its own
/// so every folded character remembers the original one it came from.
QList<Span> nameSpans(const QString &text, const QString &name)
{
    const QString foldedName = ArabicText::fold(name).simplified();
    if (foldedName.size() < 2)
        return {};
    QString folded;
    QList<qsizetype> origin; // folded index → original index
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype width = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        // fold() trims and collapses whitespace, so a space is kept by hand.
        const QString piece
            = text.at(i).isSpace() ? QStringLiteral(" ") : ArabicText::fold(QStringView(text).mid(i, width));
        for (QChar c : piece) {
            if (c == u' ' && folded.endsWith(u' '))
                continue; // runs of whitespace read as one space, as in the folded name
            folded += c;
            origin.append(i);
        }
        i += width - 1;
    }
    QList<Span> spans;
    for (qsizetype at = folded.indexOf(foldedName); at >= 0;
         at = folded.indexOf(foldedName, at + foldedName.size())) {
        const bool startsWord = at == 0 || !folded.at(at - 1).isLetterOrNumber();
        const qsizetype end = at + foldedName.size();
        const bool endsWord = end >= folded.size() || !folded.at(end).isLetterOrNumber();
        if (!startsWord || !endsWord)
            continue;
        const qsizetype start = origin.at(at);
        qsizetype stop = origin.at(end - 1) + 1;
        // Diacritics folded away after the last letter still belong to the name.
        while (stop < text.size() && !text.at(stop).isSpace()
               && ArabicText::fold(QStringView(text).mid(stop, 1)).isEmpty())
            ++stop;
        spans.append({ start, stop - start });
    }
    return spans;
}

} // namespace

PrivacyRedactor::PrivacyRedactor(const PhoneNormalizer &phones)
    : m_phones(phones)
{
}

QString PrivacyRedactor::placeholderFor(const QString &kind, const QString &original)
{
    const QString key = kind + u'\x1f' + original;
    auto found = m_byOriginal.constFind(key);
    if (found != m_byOriginal.constEnd())
        return *found;
    const QString placeholder = QStringLiteral("[%1_%2]").arg(kind).arg(++m_counters[kind]);
    m_byOriginal.insert(key, placeholder);
    m_pairs.append({ placeholder, original });
    return placeholder;
}

template <typename Matcher>
QString PrivacyRedactor::replaceMatches(const QString &text, const QString &kind, Matcher matcher)
{
    const QList<Span> spans = matcher(text);
    if (spans.isEmpty())
        return text;
    QString out;
    qsizetype at = 0;
    for (const Span &span : spans) {
        if (span.start < at || span.length <= 0)
            continue; // overlaps the previous one
        out += QStringView(text).mid(at, span.start - at);
        out += placeholderFor(kind, text.mid(span.start, span.length));
        at = span.start + span.length;
    }
    out += QStringView(text).mid(at);
    return out;
}

QString PrivacyRedactor::redact(const QString &text, const QStringList &personalNames)
{
    static const QRegularExpression email(
        QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+"));
    static const QRegularExpression iban(QStringLiteral("\\b[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]){11,30}\\b"));
    // Digits of any script with single spaces or dashes inside: "1234 5678 9012", "١٠٢٣٤٥٦٧٨٩".
    static const QRegularExpression digitRun(QStringLiteral("\\d(?:[ -]?\\d)+"),
                                             QRegularExpression::UseUnicodePropertiesOption);

    QString out = replaceMatches(text, QStringLiteral("EMAIL"),
                                 [](const QString &t) { return regexSpans(t, email); });
    out = replaceMatches(out, QStringLiteral("IBAN"), [](const QString &t) { return regexSpans(t, iban); });
    out = replaceMatches(out, QStringLiteral("PHONE"), [this](const QString &t) {
        QList<Span> spans;
        qsizetype from = 0;
        for (const PhoneNumber &number : m_phones.findInText(t)) {
            const qsizetype at = t.indexOf(number.raw, from);
            if (at < 0)
                continue;
            spans.append({ at, number.raw.size() });
            from = at + number.raw.size();
        }
        return spans;
    });
    for (const QString &rawName : personalNames) {
        const QString name = rawName.trimmed();
        if (name.size() < 2)
            continue;
        out = replaceMatches(out, QStringLiteral("NAME"),
                             [&name](const QString &t) { return nameSpans(t, name); });
    }
    out = replaceMatches(out, QStringLiteral("ID"), [](const QString &t) {
        QList<Span> spans = regexSpans(t, digitRun);
        spans.removeIf(
            [&t](const Span &s) { return digitCount(QStringView(t).mid(s.start, s.length)) < kIdDigits; });
        return spans;
    });
    return out;
}

QString PrivacyRedactor::restore(const QString &text) const
{
    QString out = text;
    // Newest first, so "[ID_12]" is never read as "[ID_1]" plus "2]" (the brackets make that
    // impossible anyway, but the order keeps it obvious).
    for (auto it = m_pairs.crbegin(); it != m_pairs.crend(); ++it)
        out.replace(it->first, it->second);
    return out;
}

QJsonValue PrivacyRedactor::restore(const QJsonValue &value) const
{
    if (value.isString())
        return restore(value.toString());
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(restore(item));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = restore(it.value());
        return object;
    }
    return value;
}

} // namespace OmniCrm
