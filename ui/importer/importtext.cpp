#include "importtext.h"

#include "errortext.h"
#include "importfield.h"

#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

namespace OmniCrm {

namespace {

// The numbers in an English detail such as "line 4: expected 5 fields, found 3".
QList<int> numbersIn(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("\\d+"));
    QList<int> numbers;
    for (auto it = number.globalMatch(text); it.hasNext();)
        numbers.append(it.next().captured().toInt());
    return numbers;
}

} // namespace

QString ImportText::isolate(const QString &value)
{
    return QChar(0x2068) + value + QChar(0x2069);
}

QString ImportText::fileName(const QString &path)
{
    return QChar(0x2066) + QFileInfo(path).fileName() + QChar(0x2069);
}

QString ImportText::fieldName(const QString &field, ImportKind kind)
{
    if (field == Field::Name)
        return kind == ImportKind::Companies ? tr("Company name") : tr("Full name");
    if (field == Field::FirstName)
        return tr("First name");
    if (field == Field::LastName)
        return tr("Last name");
    if (field == Field::Company)
        return tr("Company");
    if (field == Field::Title)
        return tr("Job title");
    if (field == Field::Mobile)
        return tr("Mobile");
    if (field == Field::Phone)
        return tr("Phone");
    if (field == Field::Email)
        return tr("E-mail");
    if (field == Field::City)
        return tr("City");
    if (field == Field::Country)
        return tr("Country");
    if (field == Field::Address)
        return tr("Address");
    if (field == Field::Website)
        return tr("Website");
    if (field == Field::Notes)
        return tr("Notes");
    if (field == Field::Tags)
        return tr("Tags");
    if (field == Field::Industry)
        return tr("Industry");
    if (field == Field::Source)
        return tr("Source");
    if (field == Field::Id)
        return tr("OmniCRM ID");
    if (field == Field::CreatedAt)
        return tr("Created on");
    if (field == Field::VatNumber)
        return tr("VAT number");
    if (field == Field::CrNumber)
        return tr("Commercial registration");
    return field;
}

QString ImportText::formatName(RecordFormat format)
{
    switch (format) {
    case RecordFormat::Csv:
        return tr("CSV (spreadsheet text)");
    case RecordFormat::VCard:
        return tr("vCard (address book)");
    case RecordFormat::Json:
        return tr("OmniCRM JSON export");
    }
    return {};
}

QString ImportText::encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return tr("UTF-8");
    case TextEncoding::Utf8Bom:
        return tr("UTF-8 with byte order mark (Excel)");
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE:
        return tr("UTF-16 (Excel Unicode text)");
    case TextEncoding::Windows1256:
        return tr("Windows-1256 (Arabic Windows)");
    case TextEncoding::Auto:
        break;
    }
    return tr("As each card declares (UTF-8 when it does not)");
}

QString ImportText::delimiterName(QChar delimiter)
{
    if (delimiter == u',')
        return tr("Comma ( , )");
    if (delimiter == u';')
        return tr("Semicolon ( ; )");
    if (delimiter == u'\t')
        return tr("Tab");
    return delimiter.isNull() ? QString() : QString(delimiter);
}

QString ImportText::problem(const PreviewIssue &issue, ImportKind kind)
{
    const QString value = isolate(issue.value);
    const QString field = fieldName(issue.field, kind);
    switch (issue.problem) {
    case PreviewProblem::MissingName:
        return kind == ImportKind::Companies ? tr("No company name: this row will not be imported.")
                                             : tr("No name: a contact needs a full name, or a first or last "
                                                  "name. This row will not be imported.");
    case PreviewProblem::BadPhone:
        return tr("“%1” is not a phone number we can dial. Use a Saudi or Gulf number such as 05x xxx xxxx, "
                  "or "
                  "an international number starting with +. This row will not be imported.")
            .arg(value);
    case PreviewProblem::BadEmail:
        return tr("“%1” is not a valid e-mail address (name@example.com). This row will not be imported.")
            .arg(value);
    case PreviewProblem::Invalid:
        return tr("%1 This row will not be imported.").arg(ErrorText::describe(issue.error));
    case PreviewProblem::Malformed: {
        const QList<int> numbers = numbersIn(issue.error.detail);
        if (issue.error.detail.contains(QLatin1String("expected")) && numbers.size() >= 3)
            return tr("This row has %1 cells but the header has %2. It will not be imported; check for a "
                      "missing or extra delimiter.")
                .arg(QLocale().toString(numbers.at(2)), QLocale().toString(numbers.at(1)));
        if (issue.error.detail.contains(QLatin1String("no name, organisation")))
            return tr("This card has no name, organisation, phone or e-mail. It will not be imported.");
        return tr("This row could not be read. It will not be imported.");
    }
    case PreviewProblem::Duplicate:
        if (issue.field.isEmpty())
            return tr("Already in OmniCRM as “%1”. This row will be skipped.")
                .arg(isolate(issue.duplicateName));
        return tr("Duplicate of “%1”, already in OmniCRM (same %2). This row will be skipped.")
            .arg(isolate(issue.duplicateName), field);
    case PreviewProblem::DuplicateInFile:
        return tr("Duplicate of line %1 of this file (same %2). This row will be skipped.")
            .arg(QLocale().toString(issue.duplicateLine), field);
    case PreviewProblem::Empty:
        return tr("None of the imported columns has a value in this row; it will be left out.");
    }
    return {};
}

QString ImportText::fileError(const Error &error)
{
    const QString &detail = error.detail;
    switch (error.code) {
    case ErrorCode::Encoding:
        if (detail.contains(QLatin1String("ZIP archive")))
            return tr(
                "This is an Excel workbook (or another ZIP file), not a CSV file. In Excel choose File › "
                "Save As › CSV UTF-8, then pick the saved file.");
        if (detail.contains(QLatin1String("PDF")))
            return tr("This is a PDF document. Export the contacts as CSV or vCard and pick that file.");
        if (detail.contains(QLatin1String("NUL")) || detail.contains(QLatin1String("control characters")))
            return tr("This file is not text: it looks like a program, an image or a database. Pick a CSV or "
                      "vCard file.");
        return tr(
            "The text in this file is not in an encoding OmniCRM reads (UTF-8, UTF-16 or Windows-1256). "
            "Save it again as CSV UTF-8.");
    case ErrorCode::Parse: {
        const QList<int> numbers = numbersIn(detail);
        if (detail.contains(QLatin1String("empty")))
            return tr("The file is empty: it has no header row.");
        if (detail.contains(QLatin1String("unterminated")) && !numbers.isEmpty())
            return tr("A quoted cell that starts on line %1 never ends. Check that line in a text editor.")
                .arg(QLocale().toString(numbers.constFirst()));
        if (detail.contains(QLatin1String("without END:VCARD")) && !numbers.isEmpty())
            return tr("The card that starts on line %1 never ends (END:VCARD is missing).")
                .arg(QLocale().toString(numbers.constFirst()));
        if (detail.contains(QLatin1String("no BEGIN:VCARD")))
            return tr("This is not a vCard file: it has no card in it.");
        if (detail.contains(QLatin1String("no column could be matched")))
            return tr("No column is imported. Choose a field for at least one column.");
        return tr("The file is not in the format it claims to be.");
    }
    case ErrorCode::Io:
        return tr("The file could not be opened. Check that it exists and that you may read it.");
    default:
        break;
    }
    return ErrorText::describe(error);
}

QString ImportText::rowError(const ImportRowError &error, ImportKind kind)
{
    const QString &message = error.message;
    const QList<int> numbers = numbersIn(message);
    if (error.field == Field::Name) {
        if (message.contains(QLatin1String("longer than")) && !numbers.isEmpty())
            return tr("The name is longer than %1 characters.").arg(QLocale().toString(numbers.constFirst()));
        return kind == ImportKind::Companies
            ? tr("No company name.")
            : tr("No name: a contact needs a full name, or a first or last name.");
    }
    if (error.field == Field::Mobile || error.field == Field::Phone) {
        if (message.startsWith(QLatin1String("more than")) && !numbers.isEmpty())
            return tr("More than %1 phone numbers in one row.").arg(QLocale().toString(numbers.constFirst()));
        return ErrorText::describe(Error::make(ErrorCode::InvalidPhone, message, error.field));
    }
    if (error.field == Field::Email)
        return ErrorText::describe(Error::make(ErrorCode::InvalidEmail, message, error.field));
    if (message.contains(QLatin1String("expected")) && numbers.size() >= 3)
        return tr("This row has %1 cells but the header has %2.")
            .arg(QLocale().toString(numbers.at(2)), QLocale().toString(numbers.at(1)));
    if (message.contains(QLatin1String("no name, organisation")))
        return tr("This card has no name, organisation, phone or e-mail.");
    return message; // an English detail this version does not know how to say otherwise
}

} // namespace OmniCrm
