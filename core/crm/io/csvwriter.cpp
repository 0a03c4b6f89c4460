#include "csvwriter.h"
#include "importfield.h"

#include <QIODevice>

namespace OmniCrm {

namespace {

QString columnName(QStringView field, qsizetype occurrence)
{
    return occurrence <= 1 ? field.toString() : field + QLatin1Char('_') + QString::number(occurrence);
}

bool isDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= 0x0660 && u <= 0x0669) || (u >= 0x06F0 && u <= 0x06F9);
}

// A number or phone: a sign, a digit, then only digits, spaces, ( ) . - /
bool looksNumeric(QStringView cell)
{
    if (cell.size() < 2 || !isDigit(cell[1]))
        return false;
    for (qsizetype i = 2; i < cell.size(); ++i) {
        const QChar c = cell[i];
        if (!isDigit(c) && c != u' ' && c != u'(' && c != u')' && c != u'.' && c != u'-' && c != u'/')
            return false;
    }
    return true;
}

} // namespace

CsvWriter::CsvWriter(QIODevice &device, CsvWriterOptions options)
    : m_device(device)
    , m_options(options)
{
}

QStringList CsvWriter::columnsFor(const QList<ImportRecord> &records)
{
    QHash<QString, qsizetype> most;
    for (const ImportRecord &record : records) {
        QHash<QString, qsizetype> counts;
        for (const ImportValue &v : record.values)
            ++counts[v.field];
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            most[it.key()] = qMax(most.value(it.key()), it.value());
    }
    QStringList columns;
    for (const QStringView field : Field::all()) {
        const qsizetype n = field == Field::Tags ? qMin<qsizetype>(most.value(field.toString()), 1)
                                                 : most.value(field.toString());
        for (qsizetype k = 1; k <= n; ++k)
            columns.append(columnName(field, k));
    }
    return columns;
}

Status CsvWriter::writeHeader(const QStringList &columns)
{
    Q_ASSERT(!m_headerWritten);
    m_columns = columns;
    m_columnIndex.clear();
    for (qsizetype i = 0; i < columns.size(); ++i)
        m_columnIndex.insert(columns.at(i), i);
    if (m_options.byteOrderMark && m_device.write("\xEF\xBB\xBF", 3) != 3)
        return Error::make(ErrorCode::Io, QStringLiteral("write failed: ") + m_device.errorString());
    m_headerWritten = true;
    return writeLine(columns);
}

Status CsvWriter::writeRecord(const ImportRecord &record)
{
    Q_ASSERT(m_headerWritten);
    QStringList cells(m_columns.size());
    QHash<QString, qsizetype> seen;
    QStringList tags;
    for (const ImportValue &v : record.values) {
        if (v.field == Field::Tags) {
            tags.append(v.value);
            continue;
        }
        const qsizetype occurrence = ++seen[v.field];
        const auto it = m_columnIndex.constFind(columnName(v.field, occurrence));
        if (it != m_columnIndex.cend()) {
            cells[*it] = v.value;
        } else if (m_columnIndex.contains(v.field)) {
            return Error::make(
                ErrorCode::InvalidArgument,
                QStringLiteral("record has more values for \"%1\" than the header has columns").arg(v.field),
                v.field);
        }
    }
    if (const auto it = m_columnIndex.constFind(Field::Tags.toString()); it != m_columnIndex.cend())
        cells[*it] = tags.join(QLatin1String(", "));
    return writeLine(cells);
}

Status CsvWriter::write(QIODevice &device, const QList<ImportRecord> &records, CsvWriterOptions options)
{
    CsvWriter writer(device, options);
    OMNICRM_TRY(writer.writeHeader(columnsFor(records)));
    for (const ImportRecord &record : records)
        OMNICRM_TRY(writer.writeRecord(record));
    return {};
}

bool CsvWriter::needsGuard(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    switch (cell.front().unicode()) {
    case u'\'':
    case u'=':
    case u'@':
    case u'\t':
    case u'\r':
    case 0xFF1D: // ＝
    case 0xFF20: // ＠
        return true;
    case u'+':
    case u'-':
    case 0xFF0B: // ＋
    case 0xFF0D: // －
        return !looksNumeric(cell);
    default:
        return false;
    }
}

QString CsvWriter::guardCell(const QString &cell)
{
    return needsGuard(cell) ? QLatin1Char('\'') + cell : cell;
}

QString CsvWriter::unguardCell(const QString &cell)
{
    if (cell.startsWith(QLatin1Char('\'')) && needsGuard(QStringView(cell).mid(1)))
        return cell.mid(1);
    return cell;
}

QString CsvWriter::encodeCell(const QString &raw) const
{
    QString cell = m_options.formulaGuard ? guardCell(raw) : raw;
    cell.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    const bool quote = cell.contains(m_options.delimiter) || cell.contains(QLatin1Char('"'))
        || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'));
    if (!quote)
        return cell;
    cell.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + cell + QLatin1Char('"');
}

Status CsvWriter::writeLine(const QStringList &cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line.append(m_options.delimiter);
        line.append(encodeCell(cells.at(i)));
    }
    line.append(QLatin1String("\r\n"));
    const QByteArray bytes = line.toUtf8();
    if (m_device.write(bytes) != bytes.size())
        return Error::make(ErrorCode::Io, QStringLiteral("write failed: ") + m_device.errorString());
    return {};
}

} // namespace OmniCrm
