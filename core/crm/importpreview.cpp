#include "importpreview.h"

#include "csvimportsource.h"
#include "csvreader.h"
#include "csvwriter.h"
#include "exportservice.h"
#include "importfield.h"
#include "uuid7.h"
#include "validation.h"
#include "vcardreader.h"

#include <QFile>
#include <QSet>

#include <optional>

namespace OmniCrm {

namespace {

// Stands in for the name when one phone or e-mail is validated on its own.
const QString kProbeName = QStringLiteral("probe");

bool isBlank(const QStringList &cells)
{
    return std::all_of(cells.cbegin(), cells.cend(),
                       [](const QString &cell) { return cell.trimmed().isEmpty(); });
}

bool rejects(PreviewProblem problem)
{
    switch (problem) {
    case PreviewProblem::MissingName:
    case PreviewProblem::BadPhone:
    case PreviewProblem::BadEmail:
    case PreviewProblem::Invalid:
    case PreviewProblem::Malformed:
        return true;
    case PreviewProblem::Duplicate:
    case PreviewProblem::DuplicateInFile:
    case PreviewProblem::Empty:
        break;
    }
    return false;
}

PreviewIssue issueOf(PreviewProblem problem, QStringView field, const QString &value, Error error = {})
{
    PreviewIssue issue;
    issue.problem = problem;
    issue.field = field.toString();
    issue.value = value;
    issue.error = std::move(error);
    return issue;
}

PreviewProblem problemOf(const Error &error)
{
    switch (error.code) {
    case ErrorCode::MissingField:
        return PreviewProblem::MissingName;
    case ErrorCode::InvalidPhone:
        return PreviewProblem::BadPhone;
    case ErrorCode::InvalidEmail:
        return PreviewProblem::BadEmail;
    default:
        return PreviewProblem::Invalid;
    }
}

QStringView phoneFieldOf(const QString &label)
{
    return label == u"mobile" ? Field::Mobile : Field::Phone;
}

// The fields that can hold a record's name: where a missing name is shown.
QList<QStringView> nameFields(ImportKind kind)
{
    if (kind == ImportKind::Companies)
        return { Field::Name, Field::Company };
    return { Field::Name, Field::FirstName, Field::LastName };
}

// The value a column holds for `field` as the sources deliver it: unguarded and trimmed.
QString cellValue(const QString &cell)
{
    return CsvWriter::unguardCell(cell).trimmed();
}

// Gives each issue its column: the cell of the issue's field that holds its value (the first
// one not taken by an identical issue); every name cell for a problem with the name; else the row.
// `listCells`: a cell lists every value of its field joined by ", " (vCard, JSON).
void placeIssues(PreviewRow &row, const QList<PreviewColumn> &columns, ImportKind kind, bool listCells)
{
    QList<PreviewIssue> placed;
    for (PreviewIssue issue : std::as_const(row.issues)) {
        issue.column = -1;
        if (issue.value.isEmpty() && nameFields(kind).contains(QStringView(issue.field))) {
            bool any = false;
            for (int c = 0; c < columns.size(); ++c) {
                if (nameFields(kind).contains(QStringView(columns.at(c).field))) {
                    issue.column = c;
                    placed.append(issue);
                    any = true;
                }
            }
            if (!any) {
                issue.column = -1;
                placed.append(issue);
            }
            continue;
        }
        if (!issue.field.isEmpty() && !issue.value.isEmpty()) {
            int fallback = -1;
            for (int c = 0; c < columns.size() && issue.column < 0; ++c) {
                if (columns.at(c).field != issue.field)
                    continue;
                const QString cell = row.cells.value(c);
                const bool holds = listCells ? cell.split(QStringLiteral(", ")).contains(issue.value)
                                             : cellValue(cell) == issue.value;
                if (!holds)
                    continue;
                const bool taken
                    = std::any_of(placed.cbegin(), placed.cend(), [&](const PreviewIssue &other) {
                          return other.column == c && other.problem == issue.problem;
                      });
                if (!taken)
                    issue.column = c;
                else if (fallback < 0)
                    fallback = c;
            }
            if (issue.column < 0)
                issue.column = fallback;
        }
        placed.append(issue);
    }
    row.issues = placed;
}

void settleOutcome(PreviewRow &row)
{
    row.outcome = PreviewOutcome::Ready;
    for (const PreviewIssue &issue : std::as_const(row.issues)) {
        if (rejects(issue.problem)) {
            row.outcome = PreviewOutcome::Rejected;
            return;
        }
        row.outcome = PreviewOutcome::Skipped;
    }
}

} // namespace

QList<PreviewIssue> PreviewRow::issuesAt(int column) const
{
    QList<PreviewIssue> found;
    for (const PreviewIssue &issue : issues) {
        if (issue.column == column)
            found.append(issue);
    }
    return found;
}

int ImportPreview::mappedCount() const
{
    return int(std::count_if(columns.cbegin(), columns.cend(),
                             [](const PreviewColumn &column) { return !column.field.isEmpty(); }));
}

int ImportPreview::count(PreviewOutcome outcome) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [outcome](const PreviewRow &row) { return row.outcome == outcome; }));
}

ImportPreviewer::ImportPreviewer(const ContactService &contacts, const CompanyService &companies)
    : m_contacts(contacts)
    , m_companies(companies)
{
}

Result<ImportPreview> ImportPreviewer::preview(const QString &path, const ImportPreviewOptions &options) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return preview(file, detectRecordFormat(path, file.peek(4096)), options);
}

Result<ImportPreview> ImportPreviewer::preview(QIODevice &device, RecordFormat format,
                                               const ImportPreviewOptions &options) const
{
    if (format == RecordFormat::Csv)
        return previewCsv(device, options);
    return previewRecords(device, format, options);
}

Result<ImportPreview> ImportPreviewer::previewCsv(QIODevice &device,
                                                  const ImportPreviewOptions &options) const
{
    ImportPreview preview;
    preview.format = RecordFormat::Csv;
    const qint64 start = device.pos();

    // First pass: the header and the raw cells of the first rows, so each cell can be shown.
    CsvReader reader;
    QStringList headers;
    bool haveHeader = false;
    OMNICRM_TRY(reader.read(device, [&](const CsvRow &row) {
        if (!haveHeader) {
            haveHeader = true;
            for (const QString &cell : row.fields)
                headers.append(cell.trimmed());
            return true;
        }
        if (isBlank(row.fields)) // what spreadsheets leave below the data
            return true;
        if (preview.rows.size() >= options.maxRows) {
            preview.moreRows = true;
            return false;
        }
        PreviewRow previewRow;
        previewRow.line = row.line;
        for (const QString &cell : row.fields)
            previewRow.cells.append(cell.trimmed());
        preview.rows.append(previewRow);
        return true;
    }));
    if (!haveHeader)
        return Error::make(ErrorCode::Parse, QStringLiteral("the file is empty: no header row"));
    preview.encoding = reader.encoding();
    preview.delimiter = reader.delimiter();

    const HeaderMapping mapped = options.mapping.applyTo(headers, options.kind);
    const HeaderMapping recognised = ColumnMapping::detect(headers, options.kind);
    for (int c = 0; c < headers.size(); ++c)
        preview.columns.append(
            PreviewColumn { headers.at(c), mapped.fields.value(c), recognised.fields.value(c) });
    if (preview.mappedCount() == 0 || preview.rows.isEmpty())
        return preview; // nothing to check until a column is mapped

    // Second pass: the same rows as the importer's source turns them into records and issues.
    if (!device.seek(start))
        return Error::make(ErrorCode::Io,
                           QStringLiteral("cannot read the file again: ") + device.errorString());
    const int lastLine = preview.rows.constLast().line;
    QHash<int, ImportRecord> records;
    QHash<int, ImportIssue> issues;
    CsvImportSource source(options.mapping, options.kind);
    ImportSink sink;
    sink.record = [&](const ImportRecord &record) {
        if (record.line > lastLine)
            return false;
        records.insert(record.line, record);
        return true;
    };
    sink.issue = [&](const ImportIssue &issue) {
        if (issue.line <= lastLine)
            issues.insert(issue.line, issue);
    };
    OMNICRM_TRY(source.read(device, sink));

    QList<ImportRecord> ordered;
    for (PreviewRow &row : preview.rows) {
        if (auto issue = issues.constFind(row.line); issue != issues.cend()) {
            row.issues.append(
                issueOf(PreviewProblem::Malformed, {}, {}, Error { issue->code, issue->detail, {} }));
            ordered.append(ImportRecord {});
        } else {
            ordered.append(records.value(row.line)); // empty when no imported column has a value
        }
    }
    OMNICRM_TRY(checkRows(preview, ordered, options.kind));
    return preview;
}

Result<ImportPreview> ImportPreviewer::previewRecords(QIODevice &device, RecordFormat format,
                                                      const ImportPreviewOptions &options) const
{
    ImportPreview preview;
    preview.format = format;
    QList<ImportRecord> records; // in file order; an empty one stands for a rejected card
    QList<ImportIssue> rejected;
    if (format == RecordFormat::VCard) {
        preview.encoding = TextEncoding::Auto; // each card may name its own CHARSET
        VCardReader reader;
        ImportSink sink;
        sink.record = [&](const ImportRecord &record) {
            if (records.size() >= options.maxRows) {
                preview.moreRows = true;
                return false;
            }
            records.append(record);
            return true;
        };
        sink.issue = [&](const ImportIssue &issue) {
            if (records.size() < options.maxRows) {
                records.append(ImportRecord { issue.line, {} });
                rejected.append(issue);
            }
        };
        OMNICRM_TRY(reader.read(device, sink));
    } else {
        preview.encoding = TextEncoding::Utf8;
        auto all = recordsFromJson(device.readAll());
        if (!all)
            return all.error();
        records = all->mid(0, options.maxRows);
        preview.moreRows = all->size() > options.maxRows;
    }

    // Columns: the fields the previewed records use, in the order writers lay them out.
    QSet<QString> used;
    for (const ImportRecord &record : std::as_const(records)) {
        for (const ImportValue &value : record.values)
            used.insert(value.field);
    }
    for (const QStringView field : Field::all()) {
        if (used.contains(field.toString()))
            preview.columns.append(PreviewColumn { field.toString(), field.toString(), field.toString() });
    }
    for (const ImportRecord &record : std::as_const(records)) {
        PreviewRow row;
        row.line = record.line;
        for (const PreviewColumn &column : std::as_const(preview.columns))
            row.cells.append(record.all(column.field).join(QStringLiteral(", ")));
        if (record.isEmpty()) {
            const auto issue = std::find_if(rejected.cbegin(), rejected.cend(),
                                            [&](const ImportIssue &i) { return i.line == record.line; });
            if (issue != rejected.cend())
                row.issues.append(
                    issueOf(PreviewProblem::Malformed, {}, {}, Error { issue->code, issue->detail, {} }));
        }
        preview.rows.append(row);
    }
    OMNICRM_TRY(checkRows(preview, records, options.kind));
    return preview;
}

Status ImportPreviewer::checkRows(ImportPreview &preview, const QList<ImportRecord> &records,
                                  ImportKind kind) const
{
    SeenKeys seen;
    for (qsizetype i = 0; i < preview.rows.size(); ++i) {
        PreviewRow &row = preview.rows[i];
        const ImportRecord &record = records.at(i);
        if (row.issues.isEmpty()) {
            if (record.isEmpty())
                row.issues.append(issueOf(PreviewProblem::Empty, {}, {}));
            else if (kind == ImportKind::Contacts)
                OMNICRM_TRY(checkContact(record, row, seen));
            else
                OMNICRM_TRY(checkCompany(record, row, seen));
        }
        placeIssues(row, preview.columns, kind, !preview.mappable());
        settleOutcome(row);
    }
    return {};
}

Status ImportPreviewer::checkContact(const ImportRecord &record, PreviewRow &row, SeenKeys &seen) const
{
    ContactDraft draft = contactDraftFrom(record);

    // Each phone and e-mail on its own, so every bad cell is named; then the rest without them.
    QList<PhoneDraft> goodPhones;
    for (const PhoneDraft &phone : std::as_const(draft.phones)) {
        ContactDraft single;
        single.fullName = kProbeName;
        single.phones = { phone };
        if (auto checked = m_contacts.validate(single); !checked) {
            row.issues.append(
                issueOf(problemOf(checked.error()), phoneFieldOf(phone.label), phone.raw, checked.error()));
            continue;
        }
        goodPhones.append(phone);
    }
    QStringList goodEmails;
    for (const QString &email : std::as_const(draft.emails)) {
        ContactDraft single;
        single.fullName = kProbeName;
        single.emails = { email };
        if (auto checked = m_contacts.validate(single); !checked) {
            row.issues.append(issueOf(problemOf(checked.error()), Field::Email, email, checked.error()));
            continue;
        }
        goodEmails.append(email);
    }
    draft.phones = goodPhones;
    draft.emails = goodEmails;
    auto contact = m_contacts.validate(draft);
    if (!contact) {
        // A problem with the name (missing, too long) is shown on every name cell.
        const Error &error = contact.error();
        const bool name = error.code == ErrorCode::MissingField || error.field == Field::Name;
        row.issues.append(
            issueOf(problemOf(error), name ? Field::Name : QStringView(error.field), {}, error));
    }
    if (!row.issues.isEmpty())
        return {};

    // Duplicates of the store, as the importer finds them, then of earlier rows of this file.
    auto duplicate = m_contacts.duplicateOf(*contact);
    if (!duplicate)
        return duplicate.error();
    if (!duplicate->isEmpty()) {
        auto existing = m_contacts.find(*duplicate);
        if (!existing)
            return existing.error();
        const auto mark = [&](QStringView field, const QString &value) {
            PreviewIssue issue = issueOf(PreviewProblem::Duplicate, field, value);
            issue.duplicateId = *duplicate;
            issue.duplicateName = existing->fullName;
            row.issues.append(issue);
        };
        for (const ContactPhone &phone : std::as_const(contact->phones)) {
            const bool same = std::any_of(existing->phones.cbegin(), existing->phones.cend(),
                                          [&](const ContactPhone &p) { return p.e164 == phone.e164; });
            if (same)
                mark(phoneFieldOf(phone.label), phone.raw);
        }
        for (const QString &raw : record.all(Field::Email)) {
            auto email = normalizeEmail(raw);
            const bool same = email
                && std::any_of(existing->emails.cbegin(), existing->emails.cend(),
                               [&](const ContactEmail &e) { return e.email == *email; });
            if (same)
                mark(Field::Email, raw);
        }
        if (row.issues.isEmpty())
            mark({}, {});
        return {};
    }
    const QString givenId = record.value(Field::Id);
    if (isValidId(givenId) && m_contacts.find(givenId).ok()) {
        PreviewIssue issue = issueOf(PreviewProblem::Duplicate, Field::Id, givenId);
        issue.duplicateId = givenId;
        issue.duplicateName = m_contacts.find(givenId)->fullName;
        row.issues.append(issue);
        return {};
    }

    QList<std::pair<QString, PreviewIssue>> keys;
    for (const ContactPhone &phone : std::as_const(contact->phones))
        keys.append({ u"p:" + phone.e164,
                      issueOf(PreviewProblem::DuplicateInFile, phoneFieldOf(phone.label), phone.raw) });
    for (const QString &raw : record.all(Field::Email)) {
        if (auto email = normalizeEmail(raw))
            keys.append({ u"e:" + *email, issueOf(PreviewProblem::DuplicateInFile, Field::Email, raw) });
    }
    for (auto &[key, issue] : keys) {
        if (const int line = seen.value(key); line > 0) {
            issue.duplicateLine = line;
            row.issues.append(issue);
        }
    }
    if (row.issues.isEmpty()) {
        for (const auto &key : std::as_const(keys))
            seen.insert(key.first, row.line);
    }
    return {};
}

Status ImportPreviewer::checkCompany(const ImportRecord &record, PreviewRow &row, SeenKeys &seen) const
{
    // Only what the company draft takes: the first phone (else mobile) and the first e-mail.
    CompanyDraft draft = companyDraftFrom(record);
    const QStringView nameField = record.has(Field::Name) ? Field::Name : Field::Company;
    const QStringView phoneField = record.has(Field::Phone) ? Field::Phone : Field::Mobile;
    if (!draft.phone.trimmed().isEmpty()) {
        CompanyDraft single;
        single.name = kProbeName;
        single.phone = draft.phone;
        if (auto checked = m_companies.validate(single); !checked) {
            row.issues.append(issueOf(problemOf(checked.error()), phoneField, draft.phone, checked.error()));
            draft.phone.clear();
        }
    }
    if (!draft.email.trimmed().isEmpty()) {
        CompanyDraft single;
        single.name = kProbeName;
        single.email = draft.email;
        if (auto checked = m_companies.validate(single); !checked) {
            row.issues.append(
                issueOf(problemOf(checked.error()), Field::Email, draft.email, checked.error()));
            draft.email.clear();
        }
    }
    auto company = m_companies.validate(draft);
    if (!company) {
        const Error &error = company.error();
        const bool name = error.code == ErrorCode::MissingField || error.field == Field::Name;
        row.issues.append(issueOf(problemOf(error), name ? nameField : QStringView(error.field), {}, error));
    }
    if (!row.issues.isEmpty())
        return {};

    const QString nameKey = u"n:" + sortKeyFor(company->name);
    const QString phoneKey = company->phoneE164.isEmpty() ? QString() : u"p:" + company->phoneE164;
    const QString emailKey = company->email.isEmpty() ? QString() : u"e:" + company->email;

    auto duplicate = m_companies.duplicateOf(*company);
    if (!duplicate)
        return duplicate.error();
    if (!duplicate->isEmpty()) {
        auto existing = m_companies.find(*duplicate);
        if (!existing)
            return existing.error();
        const auto mark = [&](QStringView field, const QString &value) {
            PreviewIssue issue = issueOf(PreviewProblem::Duplicate, field, value);
            issue.duplicateId = *duplicate;
            issue.duplicateName = existing->name;
            row.issues.append(issue);
        };
        if (sortKeyFor(existing->name) == sortKeyFor(company->name))
            mark(nameField, draft.name);
        if (!company->phoneE164.isEmpty() && existing->phoneE164 == company->phoneE164)
            mark(phoneField, draft.phone);
        if (!company->email.isEmpty() && existing->email == company->email)
            mark(Field::Email, draft.email);
        if (row.issues.isEmpty())
            mark({}, {});
        return {};
    }
    const QString givenId = record.value(Field::Id);
    if (isValidId(givenId) && m_companies.find(givenId).ok()) {
        PreviewIssue issue = issueOf(PreviewProblem::Duplicate, Field::Id, givenId);
        issue.duplicateId = givenId;
        issue.duplicateName = m_companies.find(givenId)->name;
        row.issues.append(issue);
        return {};
    }

    const QList<std::pair<QString, PreviewIssue>> keys {
        { nameKey, issueOf(PreviewProblem::DuplicateInFile, nameField, draft.name) },
        { phoneKey, issueOf(PreviewProblem::DuplicateInFile, phoneField, draft.phone) },
        { emailKey, issueOf(PreviewProblem::DuplicateInFile, Field::Email, draft.email) },
    };
    for (auto [key, issue] : keys) {
        if (const int line = key.isEmpty() ? 0 : seen.value(key); line > 0) {
            issue.duplicateLine = line;
            row.issues.append(issue);
        }
    }
    if (row.issues.isEmpty()) {
        for (const auto &key : keys) {
            if (!key.first.isEmpty())
                seen.insert(key.first, row.line);
        }
    }
    return {};
}

Result<qint64> ImportPreviewer::countRecords(const QString &path, const std::function<bool()> &keepGoing)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    const RecordFormat format = detectRecordFormat(path, file.peek(4096));
    qint64 count = 0;
    bool stopped = false;
    const auto more = [&]() {
        stopped = keepGoing && !keepGoing();
        return !stopped;
    };
    if (format == RecordFormat::Csv) {
        CsvReader reader;
        bool header = false;
        OMNICRM_TRY(reader.read(file, [&](const CsvRow &row) {
            if (!std::exchange(header, true))
                return true;
            if (!isBlank(row.fields))
                ++count;
            return more();
        }));
    } else if (format == RecordFormat::VCard) {
        VCardReader reader;
        ImportSink sink;
        sink.record = [&](const ImportRecord &) {
            ++count;
            return more();
        };
        sink.issue = [&](const ImportIssue &) {
            ++count;
        };
        OMNICRM_TRY(reader.read(file, sink));
    } else {
        auto records = recordsFromJson(file.readAll());
        if (!records)
            return records.error();
        count = records->size();
    }
    if (stopped)
        return Error::make(ErrorCode::Cancelled, QStringLiteral("counting was cancelled"));
    return count;
}

} // namespace OmniCrm
