#include "privacyredactor.h"
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
        out = replaceMatches(out, QStringLiteral("NAME"), [&name](const QString &t) {
            QList<Span> spans;
            for (qsizetype at = t.indexOf(name, 0, Qt::CaseInsensitive); at >= 0;
                 at = t.indexOf(name, at + name.size(), Qt::CaseInsensitive))
                spans.append({ at, name.size() });
            return spans;
        });
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
