#include "vcardwriter.h"
#include "importfield.h"

#include <QIODevice>

namespace OmniCrm {

namespace {

constexpr qsizetype maxLineOctets = 75;

bool isCleanPhone(QStringView number)
{
    if (number.isEmpty())
        return false;
    for (qsizetype i = 0; i < number.size(); ++i) {
        const QChar c = number[i];
        if (!(c >= u'0' && c <= u'9') && !(i == 0 && c == u'+'))
            return false;
    }
    return number.size() > (number.front() == u'+' ? 1 : 0);
}

QString xName(QStringView field)
{
    return QStringLiteral("X-OMNICRM-")
        + field.toString().toUpper().replace(QLatin1Char('_'), QLatin1Char('-'));
}

} // namespace

VCardWriter::VCardWriter(VCardVersion version)
    : m_version(version)
{
}

QString VCardWriter::escape(QStringView text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        switch (c.unicode()) {
        case u'\\':
            out.append(QLatin1String("\\\\"));
            break;
        case u',':
            out.append(QLatin1String("\\,"));
            break;
        case u';':
            out.append(QLatin1String("\\;"));
            break;
        case u'\r':
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                break; // CRLF becomes one \n
            out.append(QLatin1String("\\n"));
            break;
        case u'\n':
            out.append(QLatin1String("\\n"));
            break;
        default:
            out.append(c);
        }
    }
    return out;
}

QByteArray VCardWriter::fold(const QByteArray &line)
{
    if (line.size() <= maxLineOctets)
        return line;
    QByteArray out;
    qsizetype pos = 0;
    bool first = true;
    while (pos < line.size()) {
        const qsizetype room = first ? maxLineOctets : maxLineOctets - 1; // the leading space counts
        qsizetype end = qMin(pos + room, line.size());
        // Never cut inside a UTF-8 sequence: back off to the start of the character.
        while (end < line.size() && end > pos + 1 && (uchar(line.at(end)) & 0xC0) == 0x80)
            --end;
        if (!first)
            out.append("\r\n ");
        out.append(line.constData() + pos, end - pos);
        pos = end;
        first = false;
    }
    return out;
}

QByteArray VCardWriter::card(const ImportRecord &record) const
{
    const bool v4 = m_version == VCardVersion::V4_0;
    QByteArray out;
    const auto line = [&out](const QString &text) {
        out.append(fold(text.toUtf8()));
        out.append("\r\n");
    };

    line(QStringLiteral("BEGIN:VCARD"));
    line(v4 ? QStringLiteral("VERSION:4.0") : QStringLiteral("VERSION:3.0"));

    const QStringList names = record.all(Field::Name);
    const QStringList firsts = record.all(Field::FirstName);
    const QStringList lasts = record.all(Field::LastName);
    QString fn = names.value(0);
    if (fn.isEmpty())
        fn = QStringList { firsts.value(0), lasts.value(0) }.join(QLatin1Char(' ')).trimmed();
    for (const QStringView fallback : { Field::Company, Field::Email, Field::Mobile, Field::Phone }) {
        if (fn.isEmpty())
            fn = record.value(fallback);
    }
    line(QStringLiteral("FN:") + escape(fn));
    if (!firsts.isEmpty() || !lasts.isEmpty() || !v4)
        line(QStringLiteral("N:") + escape(lasts.value(0)) + QLatin1Char(';') + escape(firsts.value(0))
             + QStringLiteral(";;;"));

    for (const QString &company : record.all(Field::Company))
        line(QStringLiteral("ORG:") + escape(company));
    for (const QString &title : record.all(Field::Title))
        line(QStringLiteral("TITLE:") + escape(title));

    for (const QStringView field : { Field::Mobile, Field::Phone }) {
        const bool mobile = field == Field::Mobile;
        for (const QString &number : record.all(field)) {
            if (!v4)
                line(QStringLiteral("TEL;TYPE=")
                     + (mobile ? QStringLiteral("CELL:") : QStringLiteral("VOICE:")) + escape(number));
            else if (isCleanPhone(number))
                line(QStringLiteral("TEL;VALUE=uri;TYPE=")
                     + (mobile ? QStringLiteral("cell") : QStringLiteral("voice")) + QStringLiteral(":tel:")
                     + number);
            else
                line(QStringLiteral("TEL;VALUE=text;TYPE=")
                     + (mobile ? QStringLiteral("cell") : QStringLiteral("voice")) + QLatin1Char(':')
                     + escape(number));
        }
    }
    for (const QString &email : record.all(Field::Email))
        line((v4 ? QStringLiteral("EMAIL:") : QStringLiteral("EMAIL;TYPE=INTERNET:")) + escape(email));

    // ADR: the n-th address, city and country share the n-th ADR property.
    const QStringList addresses = record.all(Field::Address);
    const QStringList cities = record.all(Field::City);
    const QStringList countries = record.all(Field::Country);
    const qsizetype adrCount = qMax(addresses.size(), qMax(cities.size(), countries.size()));
    for (qsizetype i = 0; i < adrCount; ++i)
        line(QStringLiteral("ADR:;;") + escape(addresses.value(i)) + QLatin1Char(';')
             + escape(cities.value(i)) + QStringLiteral(";;;") + escape(countries.value(i)));

    for (const QString &url : record.all(Field::Website))
        line(QStringLiteral("URL:") + url);
    for (const QString &note : record.all(Field::Notes))
        line(QStringLiteral("NOTE:") + escape(note));
    const QStringList tags = record.all(Field::Tags);
    if (!tags.isEmpty()) {
        QStringList escaped;
        for (const QString &tag : tags)
            escaped.append(escape(tag));
        line(QStringLiteral("CATEGORIES:") + escaped.join(QLatin1Char(',')));
    }
    for (const QString &id : record.all(Field::Id))
        line(QStringLiteral("UID:") + escape(id));

    // Everything vCard has no place for, including second names.
    for (const QString &name : names.mid(1))
        line(xName(Field::Name) + QLatin1Char(':') + escape(name));
    for (const QString &first : firsts.mid(1))
        line(xName(Field::FirstName) + QLatin1Char(':') + escape(first));
    for (const QString &last : lasts.mid(1))
        line(xName(Field::LastName) + QLatin1Char(':') + escape(last));
    for (const QStringView field :
         { Field::Industry, Field::Source, Field::CreatedAt, Field::VatNumber, Field::CrNumber }) {
        for (const QString &value : record.all(field))
            line(xName(field) + QLatin1Char(':') + escape(value));
    }

    line(QStringLiteral("END:VCARD"));
    return out;
}

Status VCardWriter::write(QIODevice &device, const QList<ImportRecord> &records) const
{
    for (const ImportRecord &record : records) {
        const QByteArray bytes = card(record);
        if (device.write(bytes) != bytes.size())
            return Error::make(ErrorCode::Io, QStringLiteral("write failed: ") + device.errorString());
    }
    return {};
}

} // namespace OmniCrm
