#include "fieldnormalizer.h"

#include "arabictext.h"
#include "phonenormalizer.h"

#include <QDate>
#include <QSet>

#include <algorithm>

namespace OmniCrm {

namespace {

// Legal forms and generic business words in both scripts, folded. They say what kind of firm it
// is, not which one, so two spellings of one firm often differ only there.
const QSet<QString> &companyNoise()
{
    static const QSet<QString> words = [] {
        const QString list = QStringLiteral(
            u"شركه مؤسسه مجموعه مصنع مكتب مؤسسات شركات تجاره للتجاره التجاريه تجاريه والتجاره القابضه قابضه "
            u"المحدوده محدوده ذات مسئوليه مسؤوليه ذ م م ش و للمقاولات مقاولات "
            u"co company companies corp corporation inc incorporated llc l.l.c ltd limited plc est "
            u"establishment estab trading trade traders group holding holdings the and for of wll w.l.l "
            u"factory office intl international contracting contractors");
        QSet<QString> out;
        for (const QStringView word : QStringView(list).split(u' ', Qt::SkipEmptyParts))
            out.insert(ArabicText::fold(word));
        return out;
    }();
    return words;
}

// Titles written before a name (folded): they say what the person is, not who.
const QSet<QString> &honorifics()
{
    static const QSet<QString> words = [] {
        const QString list = QStringLiteral(
            u"م د أ ا المهندس مهندس الدكتور دكتور الاستاذ استاذ الشيخ شيخ السيد سيد السيده الاستاذه "
            u"eng engr dr mr mrs ms miss prof sheikh shaikh sayed");
        QSet<QString> out;
        for (const QStringView word : QStringView(list).split(u' ', Qt::SkipEmptyParts))
            out.insert(ArabicText::fold(word));
        return out;
    }();
    return words;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

FieldNormalizer::FieldNormalizer(const PhoneNormalizer &phones)
    : m_phones(phones)
{
}

QString FieldNormalizer::phone(QStringView raw) const
{
    const QString folded = ArabicText::fold(raw);
    QString digits;
    for (const QChar c : folded) {
        if (isAsciiDigit(c))
            digits.append(c);
    }
    if (digits.isEmpty())
        return {};
    if (const auto number = m_phones.normalize(folded); number)
        return number->e164;
    // Not valid in any region the normalizer knows (a new range, a typo): its significant digits,
    // so that "052…", "+966 52…" and "00966-52…" still agree. The international prefix, a Gulf
    // country code and the trunk 0 go.
    if (digits.startsWith(u"00"))
        digits.remove(0, 2);
    static const char16_t *codes[] = { u"966", u"971", u"965", u"974", u"973", u"968" };
    for (const char16_t *code : codes) {
        const QStringView prefix(code);
        if (digits.size() >= prefix.size() + 8 && digits.startsWith(prefix)) {
            digits.remove(0, prefix.size());
            break;
        }
    }
    if (digits.startsWith(u'0'))
        digits.remove(0, 1);
    return u'#' + digits;
}

QStringList FieldNormalizer::splitMulti(QStringView raw)
{
    QStringList parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= raw.size(); ++i) {
        const bool end = i == raw.size();
        if (end || raw[i] == u';' || raw[i] == u'|' || raw[i] == u'/' || raw[i] == u'\n'
            || raw[i] == QChar(0x060C) || raw[i] == u',') {
            const QStringView part = raw.mid(start, i - start).trimmed();
            if (!part.isEmpty())
                parts.append(part.toString());
            start = i + 1;
        }
    }
    return parts;
}

QString FieldNormalizer::email(QStringView raw)
{
    QString folded = ArabicText::fold(raw);
    folded.remove(u' ');
    if (folded.startsWith(u"mailto:"))
        folded = folded.mid(7);
    const qsizetype at = folded.lastIndexOf(u'@');
    if (at <= 0 || at == folded.size() - 1)
        return {};
    QString local = folded.left(at);
    QString domain = folded.mid(at + 1);
    if (domain == u"googlemail.com")
        domain = QStringLiteral("gmail.com");
    if (domain == u"gmail.com") {
        if (const qsizetype plus = local.indexOf(u'+'); plus > 0)
            local.truncate(plus);
        local.remove(u'.');
    }
    return local + u'@' + domain;
}

QString FieldNormalizer::emailLocalPart(QStringView canonical)
{
    const qsizetype at = canonical.lastIndexOf(u'@');
    return at < 0 ? canonical.toString() : canonical.left(at).toString();
}

QString FieldNormalizer::companyKey(QStringView raw)
{
    const QStringList tokens = ArabicText::searchTokens(raw);
    const QSet<QString> &noise = companyNoise();
    QStringList kept;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        QString token = tokens.at(i);
        if (noise.contains(token))
            continue;
        if (token == u"al" || token == u"el" || token == u"ال")
            continue;
        // "للتجارة" is لـ + ال + word; "والنخبة" starts with the conjunction و.
        if (token.startsWith(u"لل") && token.size() > 3) {
            token = token.mid(2);
            if (noise.contains(token) || noise.contains(u"ال" + token))
                continue;
        }
        if (token.startsWith(u"ال") && token.size() > 3)
            token = token.mid(2);
        if (noise.contains(token))
            continue;
        const QString skeleton = ArabicText::nameSkeleton(token);
        if (!skeleton.isEmpty())
            kept.append(skeleton);
    }
    if (kept.isEmpty()) // a name made only of generic words is its own key
        return ArabicText::fold(raw);
    return kept.join(u' ');
}

QStringList FieldNormalizer::nameParts(QStringView raw)
{
    // Leading titles ("Eng.", "د.", "المهندس") go before the skeleton is taken.
    QStringList words = ArabicText::searchTokens(raw);
    qsizetype titles = 0;
    while (titles + 1 < words.size() && honorifics().contains(words.at(titles)))
        ++titles;
    const QString name = titles > 0 ? words.mid(titles).join(u' ') : raw.toString();
    QStringList parts = ArabicText::nameSkeleton(name).split(u' ', Qt::SkipEmptyParts);
    // nameSkeleton maps bin/ibn/ben to "bn" and bint to "bnt": connectors, not names.
    parts.removeIf([](const QString &part) { return part == u"bn" || part == u"bnt"; });
    return parts;
}

QString FieldNormalizer::compact(QStringView raw)
{
    const QString folded = ArabicText::fold(raw);
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

QString FieldNormalizer::date(QStringView raw)
{
    const QString folded = ArabicText::fold(raw).trimmed();
    QDate parsed = QDate::fromString(folded.left(10), Qt::ISODate);
    if (!parsed.isValid()) {
        const QStringList parts
            = folded.split(QChar(u'/')).size() == 3 ? folded.split(QChar(u'/')) : folded.split(QChar(u'-'));
        if (parts.size() == 3) {
            const int a = parts[0].toInt();
            const int b = parts[1].toInt();
            const int c = parts[2].left(4).toInt();
            parsed = parts[0].size() == 4 ? QDate(a, b, c) : QDate(c, b, a);
        }
    }
    return parsed.isValid() ? parsed.toString(Qt::ISODate) : compact(raw);
}

QStringList FieldNormalizer::addressTokens(QStringView raw)
{
    QStringList tokens = ArabicText::searchTokens(raw);
    std::sort(tokens.begin(), tokens.end());
    tokens.erase(std::unique(tokens.begin(), tokens.end()), tokens.end());
    return tokens;
}

} // namespace OmniCrm
