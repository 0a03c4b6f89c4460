#include "validation.h"

#include "arabictext.h"

namespace OmniCrm {

Result<QString> normalizeEmail(QStringView raw, const QString &field)
{
    const QString email = raw.trimmed().toString().toLower();
    const auto fail = [&](const QString &why) {
        return Error::make(ErrorCode::InvalidEmail,
                           QStringLiteral("\"%1\" is not an e-mail address: %2").arg(raw, why), field);
    };
    if (email.isEmpty())
        return fail(QStringLiteral("it is empty"));
    if (email.size() > 254)
        return fail(QStringLiteral("it is longer than 254 characters"));
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0 || at != email.lastIndexOf(u'@'))
        return fail(QStringLiteral("it needs exactly one @ with a name before it"));
    const QStringView local = QStringView(email).left(at);
    const QStringView domain = QStringView(email).mid(at + 1);
    if (local.size() > 64)
        return fail(QStringLiteral("the part before @ is longer than 64 characters"));
    if (domain.isEmpty() || !domain.contains(u'.') || domain.startsWith(u'.') || domain.endsWith(u'.')
        || domain.contains(QStringLiteral("..")))
        return fail(QStringLiteral("the domain after @ is not a domain name"));
    for (QChar c : email) {
        if (c.isSpace() || c == u',' || c == u';' || c == u'<' || c == u'>' || c == u'"' || c == u'('
            || c == u')')
            return fail(QStringLiteral("it contains '%1'").arg(c));
    }
    for (QChar c : domain) {
        if (!(c.isLetterOrNumber() || c == u'.' || c == u'-'))
            return fail(QStringLiteral("the domain contains '%1'").arg(c));
    }
    return email;
}

QString sortKeyFor(QStringView text)
{
    return ArabicText::fold(text);
}

} // namespace OmniCrm
