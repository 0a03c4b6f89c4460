// ColumnMapping: which canonical field (importfield.h) each column of an imported table
// holds. Headers are recognised in Arabic and English, including the exports of Google
// Contacts, Outlook, HubSpot, Zoho and Salesforce, ignoring case, spacing, punctuation,
// digits ("Phone 2", "mobile_2") and Arabic diacritics, tatweel, alef/yeh/teh-marbuta forms
// and the article "ال". Entries from a mapping file win over recognition.
#pragma once

#include "result.h"

#include <QHash>
#include <QStringList>

namespace OmniCrm {

/// What a file's rows describe. For companies, a recognised company column ("Company",
/// "Account Name", "اسم الشركة") becomes the record's name.
enum class ImportKind {
    Contacts,
    Companies,
};

struct HeaderMapping
{
    QStringList fields; // one per column: a canonical field, or empty when the column is not imported
    QStringList unrecognised; // header texts that neither recognition nor the mapping knew

    /// How many columns will be imported.
    int mappedCount() const;
};

class ColumnMapping
{
public:
    /// Recognition only; add overrides with setColumn() or load them with fromFile().
    ColumnMapping() = default;

    /// Loads {"columns": {"Header as in file": "canonical_field" | null}}; null ignores the
    /// column. Errors: Io when the file cannot be read, Parse for invalid JSON, a wrong shape or
    /// a field that is not canonical (Error::field names the header).
    static Result<ColumnMapping> fromFile(const QString &path);
    static Result<ColumnMapping> fromJson(const QByteArray &json, const QString &origin = {});

    /// Maps a header to `field`, or to nothing when `field` is empty. InvalidArgument when
    /// `field` is not canonical.
    Status setColumn(const QString &header, const QString &field);
    bool isEmpty() const { return m_exact.isEmpty(); }

    /// The field for each header: mapping entries first (exact text, then folded), then
    /// recognition.
    HeaderMapping applyTo(const QStringList &headers, ImportKind kind = ImportKind::Contacts) const;

    /// Recognition alone.
    static HeaderMapping detect(const QStringList &headers, ImportKind kind = ImportKind::Contacts);
    /// The canonical field a single header names, or an empty string.
    static QString recognise(QStringView header);
    /// The comparison key of a header: lower case, letters only, Arabic folded, no "ال".
    static QString foldHeader(QStringView header);

private:
    QHash<QString, QString> m_exact; // trimmed header text → field ("" ignores)
    QHash<QString, QString> m_folded; // foldHeader(header) → field
};

} // namespace OmniCrm
