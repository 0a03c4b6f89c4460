// CsvImportSource: a CSV file as ImportRecords. The first row is the header; ColumnMapping
// decides which column feeds which field. Cells are trimmed, empty cells dropped, a tags cell
// is split on , ; ، and ":::" (Google's separator), and the leading apostrophe that CsvWriter
// adds against formula injection is removed again. A row whose field count differs from the
// header's is reported as an ImportIssue (surplus empty cells at its end are tolerated).
#pragma once

#include "columnmapping.h"
#include "csvreader.h"
#include "importsource.h"

namespace OmniCrm {

class CsvImportSource : public ImportSource
{
public:
    explicit CsvImportSource(ColumnMapping mapping = {}, ImportKind kind = ImportKind::Contacts,
                             CsvOptions options = {});

    /// Errors: those of CsvReader, and Parse when the file has no header row or no column
    /// could be matched to a field.
    Status read(QIODevice &device, const ImportSink &sink) override;

    /// Known after read() has seen the header row.
    const QStringList &headers() const { return m_headers; }
    const HeaderMapping &columns() const { return m_columns; }
    TextEncoding encoding() const { return m_reader.encoding(); }
    QChar delimiter() const { return m_reader.delimiter(); }

private:
    ColumnMapping m_mapping;
    ImportKind m_kind;
    CsvReader m_reader;
    QStringList m_headers;
    HeaderMapping m_columns;
};

} // namespace OmniCrm
