// CsvWriter: ImportRecords as a CSV file that Excel opens with Arabic intact (UTF-8 with BOM,
// CRLF rows) and that CsvImportSource reads back to the same records.
//
// Layout: one column per canonical field, headed by its key ("name", "mobile"); a field with
// several values gets numbered extra columns ("mobile", "mobile_2", …), which the reader's
// header folding maps back to the same field. Tags go into one cell joined by ", " (the
// reader splits on , ; ، so a tag must not contain those).
//
// Formula injection: a cell starting with = @ TAB CR (or their full-width forms), or with + or -
// when the rest is not a number or phone, gets a leading apostrophe so that a spreadsheet
// shows text instead of running a formula. "+966 55 123 4567" and "-12.5" are left alone:
// they are data people need to read as phones and numbers, and without letters a formula can
// call no function. Cells already starting with an apostrophe get one more, so unguardCell()
// restores every value exactly.
#pragma once

#include "importrecord.h"
#include "result.h"

#include <QHash>
#include <QStringList>

class QIODevice;

namespace OmniCrm {

struct CsvWriterOptions
{
    QChar delimiter = QLatin1Char(',');
    bool byteOrderMark = true;
    bool formulaGuard = true;
};

class CsvWriter
{
public:
    explicit CsvWriter(QIODevice &device, CsvWriterOptions options = {});

    /// The columns that hold every value of `records` without loss, in Field::all() order.
    static QStringList columnsFor(const QList<ImportRecord> &records);

    /// Writes the BOM (if asked) and the header row. Must come first.
    Status writeHeader(const QStringList &columns);
    /// Writes one row. Values of fields without a column are left out (a chosen subset); more
    /// values of a field than it has columns is an InvalidArgument error, as they would be lost.
    Status writeRecord(const ImportRecord &record);

    /// columnsFor() + writeHeader() + writeRecord() for each record.
    static Status write(QIODevice &device, const QList<ImportRecord> &records, CsvWriterOptions options = {});

    static bool needsGuard(QStringView cell);
    static QString guardCell(const QString &cell);
    static QString unguardCell(const QString &cell);

private:
    Status writeLine(const QStringList &cells);
    QString encodeCell(const QString &cell) const;

    QIODevice &m_device;
    CsvWriterOptions m_options;
    QStringList m_columns;
    QHash<QString, qsizetype> m_columnIndex;
    bool m_headerWritten = false;
};

} // namespace OmniCrm
