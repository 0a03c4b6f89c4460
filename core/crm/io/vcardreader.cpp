#include "vcardreader.h"
#include "importfield.h"
#include "textdecoder.h"

#include <QBuffer>
#include <QIODevice>
#include <QStringDecoder>

namespace OmniCrm {

namespace {

struct Property
{
    QByteArray name; // upper case, group removed
    QByteArray value; // raw bytes after the first unquoted ':'
    QList<QByteArray> types; // lower case, from TYPE=a,b and 2.1's bare parameters
    QByteArray encoding; // upper case
    QByteArray charset;
    QByteArray valueType; // lower case
};

// Splits "group.NAME;PARAM=x;TYPE=a,b:value", respecting double-quoted parameter values.
bool parseProperty(const QByteArray &line, Property &property)
{
    qsizetype colon = -1;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line.at(i);
        if (c == '"')
            quoted = !quoted;
        else if (c == ':' && !quoted) {
            colon = i;
            break;
        }
    }
    if (colon < 0)
        return false;
    property.value = line.mid(colon + 1);

    QList<QByteArray> parts;
    QByteArray current;
    quoted = false;
    for (qsizetype i = 0; i < colon; ++i) {
        const char c = line.at(i);
        if (c == '"') {
            quoted = !quoted;
        } else if (c == ';' && !quoted) {
            parts.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts.append(current);

    QByteArray name = parts.takeFirst().trimmed().toUpper();
    if (const qsizetype dot = name.lastIndexOf('.'); dot >= 0)
        name = name.mid(dot + 1);
    property.name = name;
    for (const QByteArray &part : std::as_const(parts)) {
        const qsizetype eq = part.indexOf('=');
        const QByteArray key = (eq < 0 ? QByteArray() : part.left(eq)).trimmed().toUpper();
        const QByteArray value = (eq < 0 ? part : part.mid(eq + 1)).trimmed();
        if (eq < 0) { // vCard 2.1: a bare parameter is an encoding or a type
            const QByteArray upper = value.toUpper();
            if (upper == "QUOTED-PRINTABLE" || upper == "BASE64" || upper == "8BIT")
                property.encoding = upper;
            else
                property.types.append(value.toLower());
        } else if (key == "TYPE") {
            for (const QByteArray &t : value.split(','))
                property.types.append(t.trimmed().toLower());
        } else if (key == "ENCODING") {
            property.encoding = value.toUpper();
        } else if (key == "CHARSET") {
            property.charset = value;
        } else if (key == "VALUE") {
            property.valueType = value.toLower();
        }
    }
    return true;
}

QByteArray decodeQuotedPrintable(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c == '=' && i + 2 < in.size()) {
            bool ok = false;
            const int byte = QByteArray(in.constData() + i + 1, 2).toInt(&ok, 16);
            if (ok) {
                out.append(char(byte));
                i += 2;
                continue;
            }
        }
        if (c == '=' && i == in.size() - 1)
            break; // a soft break left at the very end
        out.append(c);
    }
    return out;
}

QString decodeText(const QByteArray &bytes, const QByteArray &charset)
{
    const QByteArray cs = charset.toLower();
    if (cs == "windows-1256" || cs == "cp1256")
        return TextDecoder::fromWindows1256(bytes);
    if (!cs.isEmpty() && cs != "utf-8" && cs != "utf8") {
        QStringDecoder decoder(cs.constData());
        if (decoder.isValid())
            return decoder.decode(bytes);
    }
    // No charset, or UTF-8: trust the bytes. Arabic phones without a CHARSET wrote Windows-1256.
    return TextDecoder::isValidUtf8(bytes) ? QString::fromUtf8(bytes) : TextDecoder::fromWindows1256(bytes);
}

// Splits on `separator` where it is not escaped by a backslash; escapes stay for unescape().
QStringList splitEscaped(QStringView text, QChar separator)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\' && i + 1 < text.size()) {
            current.append(c);
            current.append(text[++i]);
        } else if (c == separator) {
            parts.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts.append(current);
    return parts;
}

QString unescape(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\' && i + 1 < text.size()) {
            const QChar next = text[i + 1];
            if (next == u'n' || next == u'N') {
                out.append(QLatin1Char('\n'));
                ++i;
                continue;
            }
            if (next == u'\\' || next == u',' || next == u';' || next == u':') {
                out.append(next);
                ++i;
                continue;
            }
        }
        out.append(c);
    }
    out.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    out.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return out.trimmed();
}

class CardParser
{
public:
    explicit CardParser(const ImportSink &sink)
        : m_sink(sink)
    {
    }

    /// Ok(false) when the sink asked to stop.
    Result<bool> line(const QByteArray &text, int lineNumber);
    Status finish();
    bool sawCard() const { return m_sawCard; }

private:
    void property(const Property &p);
    void add(QStringView field, const QString &value)
    {
        if (!value.isEmpty())
            m_record.add(field, value);
    }

    const ImportSink &m_sink;
    ImportRecord m_record;
    bool m_inCard = false;
    bool m_sawCard = false;
};

Result<bool> CardParser::line(const QByteArray &text, int lineNumber)
{
    Property p;
    if (!parseProperty(text, p))
        return true; // not a property line: tolerated, as phones write odd things
    if (p.name == "BEGIN" && p.value.trimmed().toUpper() == "VCARD") {
        if (m_inCard)
            return Error::make(ErrorCode::Parse,
                               QStringLiteral("line %1: BEGIN:VCARD without END:VCARD").arg(m_record.line));
        m_inCard = true;
        m_sawCard = true;
        m_record = ImportRecord();
        m_record.line = lineNumber;
        return true;
    }
    if (!m_inCard)
        return true;
    if (p.name == "END" && p.value.trimmed().toUpper() == "VCARD") {
        m_inCard = false;
        const ImportRecord &r = m_record;
        const bool usable = r.has(Field::Name) || r.has(Field::FirstName) || r.has(Field::LastName)
            || r.has(Field::Company) || r.has(Field::Mobile) || r.has(Field::Phone) || r.has(Field::Email);
        if (!usable) {
            if (m_sink.issue)
                m_sink.issue(ImportIssue {
                    r.line, ErrorCode::MissingField,
                    QStringLiteral("line %1: the card has no name, organisation, phone or email")
                        .arg(r.line) });
            return true;
        }
        return m_sink.record ? m_sink.record(m_record) : true;
    }
    property(p);
    return true;
}

void CardParser::property(const Property &p)
{
    if (p.encoding == "BASE64" || p.encoding == "B")
        return; // photos, sounds, keys
    const QByteArray bytes = p.encoding == "QUOTED-PRINTABLE" ? decodeQuotedPrintable(p.value) : p.value;
    const QString raw = decodeText(bytes, p.charset);
    const QByteArray &name = p.name;

    if (name == "FN") {
        add(Field::Name, unescape(raw));
    } else if (name == "N") {
        const QStringList parts = splitEscaped(raw, QLatin1Char(';'));
        add(Field::LastName, unescape(parts.value(0)));
        add(Field::FirstName, unescape(parts.value(1)));
    } else if (name == "ORG") {
        add(Field::Company, unescape(splitEscaped(raw, QLatin1Char(';')).value(0)));
    } else if (name == "TITLE") {
        add(Field::Title, unescape(raw));
    } else if (name == "TEL") {
        QString number = unescape(raw);
        if (number.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
            number = number.mid(4);
        bool mobile = false;
        for (const QByteArray &t : p.types)
            mobile = mobile || t == "cell" || t == "mobile" || t == "iphone";
        add(mobile ? Field::Mobile : Field::Phone, number);
    } else if (name == "EMAIL") {
        add(Field::Email, unescape(raw));
    } else if (name == "ADR") {
        const QStringList parts = splitEscaped(raw, QLatin1Char(';'));
        QStringList address;
        for (const int i : { 0, 1, 2, 4, 5 }) {
            const QString part = unescape(parts.value(i));
            if (!part.isEmpty())
                address.append(part);
        }
        add(Field::Address, address.join(QLatin1String(", ")));
        add(Field::City, unescape(parts.value(3)));
        add(Field::Country, unescape(parts.value(6)));
    } else if (name == "URL") {
        add(Field::Website, unescape(raw));
    } else if (name == "NOTE") {
        add(Field::Notes, unescape(raw));
    } else if (name == "CATEGORIES") {
        for (const QString &tag : splitEscaped(raw, QLatin1Char(',')))
            add(Field::Tags, unescape(tag));
    } else if (name == "UID") {
        add(Field::Id, unescape(raw));
    } else if (name.startsWith("X-OMNICRM-")) {
        const QString field
            = QString::fromLatin1(name.mid(10)).toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
        if (Field::isKnown(field))
            add(field, unescape(raw));
    }
}

Status CardParser::finish()
{
    if (m_inCard)
        return Error::make(ErrorCode::Parse,
                           QStringLiteral("line %1: BEGIN:VCARD without END:VCARD").arg(m_record.line));
    if (!m_sawCard)
        return Error::make(ErrorCode::Parse, QStringLiteral("not a vCard file: no BEGIN:VCARD found"));
    return {};
}

bool isQuotedPrintable(const QByteArray &line)
{
    const qsizetype colon = line.indexOf(':');
    return colon > 0 && line.left(colon).toUpper().contains("QUOTED-PRINTABLE");
}

} // namespace

Status VCardReader::read(QIODevice &device, const ImportSink &sink)
{
    if (!device.isReadable())
        return Error::make(ErrorCode::Io, QStringLiteral("the input is not open for reading"));

    // UTF-16 files (some Windows exports) are turned into UTF-8 first; vCards are small.
    QBuffer converted;
    QIODevice *input = &device;
    const QByteArray head = device.peek(4096);
    const bool utf16 = head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF");
    if (utf16) {
        TextDecoder decoder;
        QString text;
        OMNICRM_TRY(decoder.decode(device.readAll(), true, text));
        converted.setData(text.toUtf8());
        converted.open(QIODevice::ReadOnly);
        input = &converted;
    } else {
        if (head.contains('\0'))
            return Error::make(ErrorCode::Encoding, QStringLiteral("not a text file: it contains NUL bytes"));
        if (head.startsWith("\xEF\xBB\xBF"))
            device.skip(3);
    }

    CardParser parser(sink);
    QByteArray logical;
    int logicalLine = 0;
    int lineNumber = 0;
    const auto flush = [&]() -> Result<bool> {
        if (logical.isEmpty())
            return true;
        const QByteArray text = std::exchange(logical, QByteArray());
        return parser.line(text, logicalLine);
    };
    while (true) {
        QByteArray physical = input->readLine();
        if (physical.isEmpty()) {
            if (!input->atEnd())
                return Error::make(ErrorCode::Io, QStringLiteral("read failed: ") + input->errorString());
            break;
        }
        ++lineNumber;
        while (physical.endsWith('\n') || physical.endsWith('\r'))
            physical.chop(1);
        if (physical.contains('\0'))
            return Error::make(
                ErrorCode::Encoding,
                QStringLiteral("line %1: not a text file: it contains NUL bytes").arg(lineNumber));

        if (!logical.isEmpty() && (physical.startsWith(' ') || physical.startsWith('\t'))) {
            logical.append(physical.constData() + 1, physical.size() - 1); // folded line
            continue;
        }
        if (!logical.isEmpty() && logical.endsWith('=') && isQuotedPrintable(logical)) {
            logical.chop(1); // quoted-printable soft line break
            logical.append(physical);
            continue;
        }
        const Result<bool> handled = flush();
        if (!handled.ok())
            return handled.error();
        if (!*handled)
            return {};
        if (physical.trimmed().isEmpty())
            continue;
        logical = physical;
        logicalLine = lineNumber;
    }
    const Result<bool> handled = flush();
    if (!handled.ok())
        return handled.error();
    if (!*handled)
        return {};
    return parser.finish();
}

} // namespace OmniCrm
