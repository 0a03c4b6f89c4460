#include "csvreader.h"

#include <QIODevice>

namespace OmniCrm {

namespace {

constexpr int delimiterSampleRows = 20;

// The RFC 4180 state machine. It is fed decoded text in chunks of any size, so every
// lookahead (a quote that may be doubled, CR that may be followed by LF) survives a chunk end.
class CsvParser
{
public:
    CsvParser(QChar delimiter, qsizetype maxFieldLength, const CsvReader::RowHandler &onRow)
        : m_delimiter(delimiter.unicode())
        , m_maxFieldLength(maxFieldLength)
        , m_onRow(onRow)
    {
    }

    /// Ok(false) when the handler asked to stop.
    Result<bool> feed(QStringView text);
    Result<bool> finish();
    int line() const { return m_line; }

private:
    void emitField(QString value)
    {
        m_row.append(std::move(value));
        m_afterQuote = false;
    }
    bool endRow();
    Status checkLength() const;

    const char16_t m_delimiter;
    const qsizetype m_maxFieldLength;
    const CsvReader::RowHandler &m_onRow;

    QString m_field;
    QStringList m_row;
    qsizetype m_lastRowSize = 8;
    int m_line = 1;
    int m_rowLine = 1;
    int m_quoteLine = 1;
    bool m_inQuotes = false;
    bool m_afterQuote = false; // the current field's closing quote was seen
    bool m_quotePending = false; // a '"' inside quotes ended the last chunk
    bool m_crPending = false; // a CR ended the last chunk: skip a LF that starts the next
    bool m_rowHasData = false;
};

bool CsvParser::endRow()
{
    bool keepGoing = true;
    const bool blank = m_row.size() == 1 && m_row.constFirst().isEmpty();
    if (!blank) {
        m_lastRowSize = m_row.size();
        keepGoing = m_onRow(CsvRow { m_rowLine, std::move(m_row) });
    }
    m_row = QStringList();
    m_row.reserve(m_lastRowSize);
    m_rowHasData = false;
    return keepGoing;
}

Status CsvParser::checkLength() const
{
    if (m_field.size() <= m_maxFieldLength)
        return {};
    return Error::make(ErrorCode::Parse,
                       QStringLiteral("line %1: field longer than %2 characters (an unterminated quote?)")
                           .arg(m_inQuotes ? m_quoteLine : m_line)
                           .arg(m_maxFieldLength));
}

Result<bool> CsvParser::feed(QStringView text)
{
    const char16_t *p = text.utf16();
    const qsizetype n = text.size();
    qsizetype i = 0;
    if (n == 0)
        return true;
    if (m_crPending) {
        m_crPending = false;
        if (p[0] == u'\n')
            i = 1;
    }
    if (m_quotePending) {
        m_quotePending = false;
        if (p[i] == u'"') {
            m_field.append(QLatin1Char('"'));
            ++i;
        } else {
            m_inQuotes = false;
            m_afterQuote = true;
        }
    }
    while (i < n) {
        if (m_inQuotes) {
            qsizetype j = i;
            while (j < n && p[j] != u'"' && p[j] != u'\n' && p[j] != u'\r')
                ++j;
            m_field.append(QStringView(p + i, j - i));
            i = j;
            if (i == n)
                break;
            const char16_t c = p[i++];
            if (c == u'"') {
                if (i == n) {
                    m_quotePending = true;
                } else if (p[i] == u'"') {
                    m_field.append(QLatin1Char('"'));
                    ++i;
                } else {
                    m_inQuotes = false;
                    m_afterQuote = true;
                }
            } else {
                m_field.append(QLatin1Char('\n'));
                ++m_line;
                if (c == u'\r') {
                    if (i == n)
                        m_crPending = true;
                    else if (p[i] == u'\n')
                        ++i;
                }
            }
            OMNICRM_TRY(checkLength());
            continue;
        }

        const qsizetype start = i;
        while (i < n) {
            const char16_t c = p[i];
            if (c == m_delimiter || c == u'"' || c == u'\n' || c == u'\r')
                break;
            ++i;
        }
        if (i > start)
            m_rowHasData = true;
        if (i == n) { // the field goes on in the next chunk
            m_field.append(QStringView(p + start, i - start));
            OMNICRM_TRY(checkLength());
            break;
        }
        const char16_t c = p[i++];
        if (c == u'"') {
            m_rowHasData = true;
            if (i - 1 == start && m_field.isEmpty() && !m_afterQuote) {
                m_inQuotes = true;
                m_quoteLine = m_line;
            } else { // a stray quote inside an unquoted field: keep it, as spreadsheets do
                m_field.append(QStringView(p + start, i - start));
            }
            continue;
        }
        if (m_field.isEmpty()) {
            emitField(QString(reinterpret_cast<const QChar *>(p + start), i - 1 - start));
        } else {
            m_field.append(QStringView(p + start, i - 1 - start));
            OMNICRM_TRY(checkLength());
            emitField(std::exchange(m_field, QString()));
        }
        if (c == m_delimiter) {
            m_rowHasData = true;
            continue;
        }
        const bool keepGoing = endRow();
        ++m_line;
        m_rowLine = m_line;
        if (c == u'\r') {
            if (i == n)
                m_crPending = true;
            else if (p[i] == u'\n')
                ++i;
        }
        if (!keepGoing)
            return false;
    }
    return true;
}

Result<bool> CsvParser::finish()
{
    if (m_quotePending) { // the quote at the very end closed the field
        m_quotePending = false;
        m_inQuotes = false;
        m_afterQuote = true;
    }
    if (m_inQuotes)
        return Error::make(ErrorCode::Parse,
                           QStringLiteral("line %1: unterminated quoted field").arg(m_quoteLine));
    if (m_rowHasData || !m_field.isEmpty() || m_afterQuote) {
        emitField(std::exchange(m_field, QString()));
        return endRow();
    }
    return true;
}

// Field counts of the first complete rows of `sample`, honouring quotes.
QList<int> fieldCounts(QStringView sample, char16_t delimiter)
{
    QList<int> counts;
    int fields = 1;
    bool inQuotes = false;
    bool rowHasData = false;
    for (qsizetype i = 0; i < sample.size() && counts.size() < delimiterSampleRows; ++i) {
        const char16_t c = sample[i].unicode();
        if (inQuotes) {
            if (c == u'"')
                inQuotes = false; // a doubled quote re-enters at once: same counts
            continue;
        }
        if (c == u'"') {
            inQuotes = true;
        } else if (c == delimiter) {
            ++fields;
        } else if (c == u'\n' || c == u'\r') {
            if (rowHasData || fields > 1)
                counts.append(fields);
            fields = 1;
            rowHasData = false;
            continue;
        }
        rowHasData = true;
    }
    return counts;
}

} // namespace

CsvReader::CsvReader(CsvOptions options)
    : m_options(options)
{
}

QChar CsvReader::detectDelimiter(QStringView sample)
{
    QChar best = QLatin1Char(',');
    int bestConsistent = 0;
    int bestFields = 1;
    for (const char16_t candidate : { u',', u';', u'\t' }) {
        QList<int> counts = fieldCounts(sample, candidate);
        if (counts.isEmpty()) { // a single row without a line end
            int fields = 1;
            bool inQuotes = false;
            for (const QChar ch : sample) {
                if (ch == u'"')
                    inQuotes = !inQuotes;
                else if (!inQuotes && ch == candidate)
                    ++fields;
            }
            counts.append(fields);
        }
        const int header = counts.constFirst();
        if (header <= 1)
            continue;
        const int consistent = int(std::count(counts.cbegin(), counts.cend(), header));
        if (consistent > bestConsistent || (consistent == bestConsistent && header > bestFields)) {
            best = QChar(candidate);
            bestConsistent = consistent;
            bestFields = header;
        }
    }
    return best;
}

Status CsvReader::read(QIODevice &device, const RowHandler &onRow)
{
    if (!device.isReadable())
        return Error::make(ErrorCode::Io, QStringLiteral("the input is not open for reading"));

    TextDecoder decoder(m_options.encoding);
    m_encoding = m_options.encoding;
    m_delimiter = m_options.delimiter;
    std::optional<CsvParser> parser;
    if (!m_delimiter.isNull())
        parser.emplace(m_delimiter, m_options.maxFieldLength, onRow);

    QString text;
    const qint64 chunkSize = qMax<qint64>(1, m_options.chunkSize);
    QByteArray buffer(chunkSize, Qt::Uninitialized);
    bool last = false;
    while (!last) {
        const qint64 got = device.read(buffer.data(), chunkSize);
        if (got < 0)
            return Error::make(ErrorCode::Io, QStringLiteral("read failed: ") + device.errorString());
        last = got == 0;
        const Status decoded = decoder.decode(QByteArrayView(buffer.constData(), got), last, text);
        m_encoding = decoder.effectiveEncoding();

        if (!parser) {
            // Hold text back until the first rows are there to choose the delimiter from.
            if (decoded.ok() && !last && text.count(QLatin1Char('\n')) < delimiterSampleRows
                && text.size() < 64 * 1024)
                continue;
            m_delimiter = detectDelimiter(text);
            parser.emplace(m_delimiter, m_options.maxFieldLength, onRow);
        }
        const Result<bool> fed = parser->feed(text);
        text.clear();
        if (!fed.ok())
            return fed.error();
        if (!decoded.ok())
            return Error::make(decoded.error().code,
                               QStringLiteral("line %1: ").arg(parser->line()) + decoded.error().detail);
        if (!*fed)
            return {};
    }
    const Result<bool> finished = parser->finish();
    if (!finished.ok())
        return finished.error();
    return {};
}

Result<QList<CsvRow>> CsvReader::readAll(QIODevice &device)
{
    QList<CsvRow> rows;
    OMNICRM_TRY(read(device, [&rows](const CsvRow &row) {
        rows.append(row);
        return true;
    }));
    return rows;
}

} // namespace OmniCrm
