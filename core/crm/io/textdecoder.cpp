#include "textdecoder.h"

#include <cstring>

namespace OmniCrm {

namespace {

// Windows-1256 bytes 0x80..0xFF. Embedded rather than asked of QStringDecoder: Qt only offers
// the codec when it was built with ICU, which Qt builds for Windows and macOS often are not.
// The table was generated from ICU's "windows-1256" converter; tst_TextDecoder checks it against ICU.
constexpr char16_t windows1256High[128] = {
    0x20AC, 0x067E, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0679, 0x2039, 0x0152,
    0x0686, 0x0698, 0x0688, 0x06AF, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x06A9, 0x2122,
    0x0691, 0x203A, 0x0153, 0x200C, 0x200D, 0x06BA, 0x00A0, 0x060C, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6,
    0x00A7, 0x00A8, 0x00A9, 0x06BE, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF, 0x00B0, 0x00B1, 0x00B2, 0x00B3,
    0x00B4, 0x00B5, 0x00B6, 0x00B7, 0x00B8, 0x00B9, 0x061B, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x061F, 0x06C1,
    0x0621, 0x0622, 0x0623, 0x0624, 0x0625, 0x0626, 0x0627, 0x0628, 0x0629, 0x062A, 0x062B, 0x062C, 0x062D,
    0x062E, 0x062F, 0x0630, 0x0631, 0x0632, 0x0633, 0x0634, 0x0635, 0x0636, 0x00D7, 0x0637, 0x0638, 0x0639,
    0x063A, 0x0640, 0x0641, 0x0642, 0x0643, 0x00E0, 0x0644, 0x00E2, 0x0645, 0x0646, 0x0647, 0x0648, 0x00E7,
    0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x0649, 0x064A, 0x00EE, 0x00EF, 0x064B, 0x064C, 0x064D, 0x064E, 0x00F4,
    0x064F, 0x0650, 0x00F7, 0x0651, 0x00F9, 0x0652, 0x00FB, 0x00FC, 0x200E, 0x200F, 0x06D2,
};

constexpr qsizetype sniffLength = 64 * 1024;

// Length of the longest valid UTF-8 prefix of [p, p+n). `truncated` is set when the only
// problem is an incomplete sequence at the very end (more input may complete it).
qsizetype validUtf8Prefix(const uchar *p, qsizetype n, bool &truncated)
{
    truncated = false;
    qsizetype i = 0;
    while (i < n) {
        // ASCII fast path, eight bytes at a time.
        while (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, p + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        uchar low = 0x80, high = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0; // no overlongs
            else if (c == 0xED)
                high = 0x9F; // no surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90;
            else if (c == 0xF4)
                high = 0x8F; // nothing above U+10FFFF
        } else {
            return i;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= n) {
                truncated = true;
                return i;
            }
            const uchar b = p[i + k];
            const bool ok = k == 1 ? (b >= low && b <= high) : (b >= 0x80 && b <= 0xBF);
            if (!ok)
                return i;
        }
        i += length;
    }
    return n;
}

Error binaryError(const char *why)
{
    return Error::make(ErrorCode::Encoding, QStringLiteral("not a text file: ") + QLatin1String(why));
}

bool hasNul(const QByteArray &bytes)
{
    return std::memchr(bytes.constData(), 0, size_t(bytes.size())) != nullptr;
}

} // namespace

QString textEncodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto:
        return QStringLiteral("auto");
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf8Bom:
        return QStringLiteral("UTF-8 (BOM)");
    case TextEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case TextEncoding::Windows1256:
        return QStringLiteral("windows-1256");
    }
    return {};
}

TextDecoder::TextDecoder(TextEncoding encoding)
    : m_encoding(encoding)
{
}

TextEncoding TextDecoder::effectiveEncoding() const
{
    return m_encoding == TextEncoding::Auto ? TextEncoding::Utf8 : m_encoding;
}

Status TextDecoder::decode(QByteArrayView bytes, bool last, QString &out)
{
    QByteArray data = m_pending;
    m_pending.clear();
    data.append(bytes.data(), bytes.size());

    if (!m_started) {
        // Wait for enough bytes to see a BOM and to judge whether this is text at all.
        if (!last && data.size() < 4) {
            m_pending = data;
            return {};
        }
        m_started = true;
        OMNICRM_TRY(start(data, last));
    }

    switch (m_encoding) {
    case TextEncoding::Auto:
        return decodeUndecided(data, last, out);
    case TextEncoding::Utf8:
    case TextEncoding::Utf8Bom:
        if (hasNul(data))
            return binaryError("it contains NUL bytes");
        return decodeUtf8(data, last, out);
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE:
        return decodeUtf16(data, last, out);
    case TextEncoding::Windows1256:
        if (hasNul(data))
            return binaryError("it contains NUL bytes");
        decodeWindows1256(data, out);
        return {};
    }
    return {};
}

// Reads the BOM (removing it) and rejects binary files, looking at the first chunk only.
Status TextDecoder::start(QByteArray &bytes, bool last)
{
    Q_UNUSED(last);
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
        bytes.remove(0, 3);
        if (m_encoding == TextEncoding::Auto || m_encoding == TextEncoding::Utf8)
            m_encoding = TextEncoding::Utf8Bom;
        return {};
    }
    if (n >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF))) {
        const bool little = p[0] == 0xFF;
        bytes.remove(0, 2);
        if (m_encoding == TextEncoding::Auto)
            m_encoding = little ? TextEncoding::Utf16LE : TextEncoding::Utf16BE;
    }
    if (m_encoding == TextEncoding::Utf16LE || m_encoding == TextEncoding::Utf16BE) {
        m_utf16 = QStringDecoder(m_encoding == TextEncoding::Utf16LE ? QStringConverter::Utf16LE
                                                                     : QStringConverter::Utf16BE);
        return {};
    }

    if (n >= 4 && std::memcmp(p, "PK\x03\x04", 4) == 0)
        return binaryError("it is a ZIP archive (an .xlsx workbook?); save it as CSV first");
    if (n >= 4 && std::memcmp(p, "%PDF", 4) == 0)
        return binaryError("it is a PDF document");

    const qsizetype sniff = qMin(n, sniffLength);
    qsizetype nulEven = 0, nulOdd = 0, controls = 0;
    for (qsizetype i = 0; i < sniff; ++i) {
        const uchar c = p[i];
        if (c == 0)
            ++((i % 2) ? nulOdd : nulEven);
        else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F)
            ++controls;
    }
    if (m_encoding == TextEncoding::Auto && nulEven + nulOdd > 0) {
        // UTF-16 without a BOM: mostly-ASCII text puts a NUL in every other byte.
        const qsizetype half = sniff / 2;
        if (half > 0 && nulOdd * 10 >= half * 3 && nulEven * 100 <= half)
            m_encoding = TextEncoding::Utf16LE;
        else if (half > 0 && nulEven * 10 >= half * 3 && nulOdd * 100 <= half)
            m_encoding = TextEncoding::Utf16BE;
        if (m_encoding != TextEncoding::Auto) {
            m_utf16 = QStringDecoder(m_encoding == TextEncoding::Utf16LE ? QStringConverter::Utf16LE
                                                                         : QStringConverter::Utf16BE);
            return {};
        }
    }
    if (nulEven + nulOdd > 0)
        return binaryError("it contains NUL bytes");
    if (controls * 100 > sniff)
        return binaryError("it contains control characters");
    return {};
}

Status TextDecoder::decodeUndecided(const QByteArray &bytes, bool last, QString &out)
{
    if (hasNul(bytes))
        return binaryError("it contains NUL bytes");
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype firstHigh = 0;
    while (firstHigh < n && p[firstHigh] < 0x80)
        ++firstHigh;
    out.append(QLatin1String(bytes.constData(), firstHigh));
    if (firstHigh == n)
        return {};

    const QByteArray rest = bytes.mid(firstHigh);
    bool truncated = false;
    const qsizetype valid
        = validUtf8Prefix(reinterpret_cast<const uchar *>(rest.constData()), rest.size(), truncated);
    if (valid == rest.size() || (truncated && !last && valid > 0)) {
        m_encoding = TextEncoding::Utf8;
        return decodeUtf8(rest, last, out);
    }
    if (truncated && !last && valid == 0) {
        m_pending = rest; // one incomplete sequence: wait for the bytes that finish it
        return {};
    }
    m_encoding = TextEncoding::Windows1256;
    decodeWindows1256(rest, out);
    return {};
}

Status TextDecoder::decodeUtf8(const QByteArray &bytes, bool last, QString &out)
{
    bool truncated = false;
    const qsizetype valid
        = validUtf8Prefix(reinterpret_cast<const uchar *>(bytes.constData()), bytes.size(), truncated);
    out.append(QString::fromUtf8(bytes.constData(), valid));
    if (valid == bytes.size())
        return {};
    if (truncated && !last) {
        m_pending = bytes.mid(valid);
        return {};
    }
    return Error::make(ErrorCode::Encoding,
                       truncated ? QStringLiteral("the file ends inside a UTF-8 character")
                                 : QStringLiteral("invalid UTF-8 byte sequence"));
}

Status TextDecoder::decodeUtf16(const QByteArray &bytes, bool last, QString &out)
{
    const qsizetype start = out.size();
    m_utf16Bytes += bytes.size();
    out.append(m_utf16.decode(bytes));
    if (m_utf16.hasError())
        return Error::make(ErrorCode::Encoding, QStringLiteral("invalid UTF-16 text"));
    if (last && m_utf16Bytes % 2 != 0)
        return Error::make(ErrorCode::Encoding, QStringLiteral("the file ends inside a UTF-16 character"));
    if (QStringView(out).mid(start).contains(QChar(u'\0')))
        return binaryError("it contains NUL characters");
    return {};
}

void TextDecoder::decodeWindows1256(QByteArrayView bytes, QString &out)
{
    const qsizetype start = out.size();
    out.resize(start + bytes.size());
    QChar *dst = out.data() + start;
    const auto *src = reinterpret_cast<const uchar *>(bytes.data());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar c = src[i];
        dst[i] = c < 0x80 ? QChar(c) : QChar(windows1256High[c - 0x80]);
    }
}

bool TextDecoder::isValidUtf8(QByteArrayView bytes)
{
    bool truncated = false;
    return validUtf8Prefix(reinterpret_cast<const uchar *>(bytes.data()), bytes.size(), truncated)
        == bytes.size();
}

QString TextDecoder::fromWindows1256(QByteArrayView bytes)
{
    QString out;
    decodeWindows1256(bytes, out);
    return out;
}

} // namespace OmniCrm
