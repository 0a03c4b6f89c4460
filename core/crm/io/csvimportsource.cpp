#include "csvimportsource.h"
#include "csvwriter.h"
#include "importfield.h"

namespace OmniCrm {

namespace {

// Splits on , ; ، and Google's ":::"; a hand-written loop, as this runs for every row.
void addTags(ImportRecord &record, QStringView cell)
{
    static const QString tagsField = Field::Tags.toString();
    qsizetype start = 0;
    const auto take = [&](qsizetype end) {
        const QStringView tag = cell.mid(start, end - start).trimmed();
        // Google's system groups ("* myContacts", "* starred") are not tags anyone chose.
        if (!tag.isEmpty() && !tag.startsWith(QLatin1String("* ")))
            record.add(tagsField, tag.toString());
    };
    for (qsizetype i = 0; i < cell.size(); ++i) {
        const QChar c = cell[i];
        if (c == u',' || c == u';' || c == u'\u060C') {
            take(i);
            start = i + 1;
        } else if (c == u':' && cell.mid(i).startsWith(QLatin1String(":::"))) {
            take(i);
            i += 2;
            start = i + 1;
        }
    }
    take(cell.size());
}

} // namespace

CsvImportSource::CsvImportSource(ColumnMapping mapping, ImportKind kind, CsvOptions options)
    : m_mapping(std::move(mapping))
    , m_kind(kind)
    , m_reader(options)
{
}

Status CsvImportSource::read(QIODevice &device, const ImportSink &sink)
{
    m_headers.clear();
    m_columns = {};
    bool haveHeader = false;
    std::optional<Error> failure;

    const Status status = m_reader.read(device, [&](const CsvRow &row) {
        if (!haveHeader) {
            haveHeader = true;
            for (const QString &cell : row.fields)
                m_headers.append(cell.trimmed());
            m_columns = m_mapping.applyTo(m_headers, m_kind);
            if (m_columns.mappedCount() == 0) {
                failure = Error::make(ErrorCode::Parse,
                                      QStringLiteral("line %1: no column could be matched to a field "
                                                     "(is the first row a header?): %2")
                                          .arg(row.line)
                                          .arg(m_headers.join(QLatin1String(", "))));
                return false;
            }
            return true;
        }

        const qsizetype expected = m_headers.size();
        qsizetype count = row.fields.size();
        while (count > expected && row.fields.at(count - 1).trimmed().isEmpty())
            --count;
        if (count != expected) {
            if (sink.issue)
                sink.issue(ImportIssue { row.line, ErrorCode::Parse,
                                         QStringLiteral("line %1: expected %2 fields, found %3")
                                             .arg(row.line)
                                             .arg(expected)
                                             .arg(row.fields.size()) });
            return true;
        }

        ImportRecord record;
        record.line = row.line;
        for (qsizetype i = 0; i < expected; ++i) {
            const QString &field = m_columns.fields.at(i);
            if (field.isEmpty())
                continue;
            const QString value = CsvWriter::unguardCell(row.fields.at(i)).trimmed();
            if (value.isEmpty())
                continue;
            if (field == Field::Tags)
                addTags(record, value);
            else
                record.add(field, value);
        }
        if (record.isEmpty()) // a row of empty cells, as spreadsheets leave behind
            return true;
        return sink.record ? sink.record(record) : true;
    });
    if (failure)
        return *failure;
    OMNICRM_TRY(status);
    if (!haveHeader)
        return Error::make(ErrorCode::Parse, QStringLiteral("the file is empty: no header row"));
    return {};
}

} // namespace OmniCrm
