// TextDecoder: turns the bytes of an imported text file into QString chunk by chunk, working
// out the encoding the way Gulf users' files actually arrive: UTF-8 with or without BOM,
// UTF-16 with BOM (Excel's "Unicode text"), or Windows-1256 from Arabic Windows and old Excel.
// The rule that is not obvious: without a BOM the decoder stays undecided while it sees only
// ASCII (identical in every candidate) and decides on the first non-ASCII bytes, so a file
// whose Arabic starts on row 50,000 is still read right, and the decision never needs a rewind.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringDecoder>

namespace OmniCrm {

enum class TextEncoding {
    Auto, // detect (the default); encoding() answers Auto until it has decided
    Utf8,
    Utf8Bom, // UTF-8 that started with a byte order mark
    Utf16LE,
    Utf16BE,
    Windows1256,
};

/// "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "windows-1256", "auto".
QString textEncodingName(TextEncoding encoding);

class TextDecoder
{
public:
    explicit TextDecoder(TextEncoding encoding = TextEncoding::Auto);

    /// Decodes the next chunk and appends the text to `out`. `last` marks the end of input.
    /// On bytes that are not text in the encoding (binary data, invalid UTF-8 after UTF-8 was
    /// detected, a truncated sequence at the end) it appends the valid text before the problem
    /// and returns an Encoding error; the decoder must not be used after that.
    Status decode(QByteArrayView bytes, bool last, QString &out);

    /// The encoding detected or forced; Auto while only ASCII has been seen.
    TextEncoding encoding() const { return m_encoding; }
    /// The encoding to report once input has ended: a pure-ASCII file reads as UTF-8.
    TextEncoding effectiveEncoding() const;

    static bool isValidUtf8(QByteArrayView bytes);
    static QString fromWindows1256(QByteArrayView bytes);

private:
    Status start(QByteArray &bytes, bool last);
    Status decodeUndecided(const QByteArray &bytes, bool last, QString &out);
    Status decodeUtf8(const QByteArray &bytes, bool last, QString &out);
    Status decodeUtf16(const QByteArray &bytes, bool last, QString &out);
    static void decodeWindows1256(QByteArrayView bytes, QString &out);

    TextEncoding m_encoding;
    bool m_started = false;
    QByteArray m_pending; // bytes held back: a short start or an incomplete UTF-8 sequence
    QStringDecoder m_utf16;
    qint64 m_utf16Bytes = 0;
};

} // namespace OmniCrm
