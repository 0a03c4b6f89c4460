// CsvReader: RFC 4180 rows from a file of any size, pulled through a callback chunk by chunk.
// It decodes the bytes (TextDecoder: UTF-8 ± BOM, UTF-16, Windows-1256) and detects the
// delimiter among comma, semicolon (Arabic-locale Excel) and TAB. Rows are raw: the reader
// neither trims cells nor checks the field count against the header (CsvImportSource does).
// Newlines inside quoted fields come out as "\n" whatever the file used; a row's line is the
// physical line where it starts. Empty lines are skipped.
#pragma once

#include "result.h"
#include "textdecoder.h"

#include <QList>
#include <QStringList>

#include <functional>

class QIODevice;

namespace OmniCrm {

struct CsvRow
{
    int line = 0; // 1-based physical line where the row starts
    QStringList fields;
};

struct CsvOptions
{
    TextEncoding encoding = TextEncoding::Auto;
    QChar delimiter; // null: detect among ',', ';' and '\t'
    /// A field longer than this (in UTF-16 units) is an error, so that a stray quote cannot
    /// swallow a multi-gigabyte file into one string.
    qsizetype maxFieldLength = 16 * 1024 * 1024;
    /// Bytes read from the device at a time.
    qint64 chunkSize = 256 * 1024;
};

class CsvReader
{
public:
    /// Receives each row; returning false stops reading (read() then succeeds).
    using RowHandler = std::function<bool(const CsvRow &)>;

    explicit CsvReader(CsvOptions options = {});

    /// Reads `device` to its end. Errors: Io (read failure), Encoding (not text, or invalid
    /// bytes for the detected encoding: "line N: …"), Parse ("line N: unterminated quoted
    /// field", or a field over maxFieldLength). Rows before the error were delivered.
    Status read(QIODevice &device, const RowHandler &onRow);
    /// Every row in memory: for small files and tests.
    Result<QList<CsvRow>> readAll(QIODevice &device);

    /// The encoding detected (or forced) by the last read(); UTF-8 for pure ASCII.
    TextEncoding encoding() const { return m_encoding; }
    /// The delimiter detected (or forced) by the last read().
    QChar delimiter() const { return m_delimiter; }

    /// The delimiter among ',', ';' and '\t' that splits the first rows of `sample` into the
    /// most consistent number of fields (more than one); ',' when none does.
    static QChar detectDelimiter(QStringView sample);

private:
    CsvOptions m_options;
    TextEncoding m_encoding = TextEncoding::Auto;
    QChar m_delimiter;
};

} // namespace OmniCrm
