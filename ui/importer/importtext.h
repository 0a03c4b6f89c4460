// ImportText: what the import wizard tells the user about files, fields and problems, in the
// current language. Core gives codes, canonical field keys and English details; this turns them
// into sentences that say what is wrong and what happens to the row.
#pragma once

#include "importpreview.h"

#include <QCoreApplication>

namespace OmniCrm {

struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(OmniCrm::ImportText)
public:
    /// A canonical field (importfield.h) as a column label: "mobile" → "Mobile".
    static QString fieldName(const QString &field, ImportKind kind);
    static QString formatName(RecordFormat format);
    static QString encodingName(TextEncoding encoding);
    static QString delimiterName(QChar delimiter);

    /// One sentence about a previewed problem, saying what happens to the row.
    static QString problem(const PreviewIssue &issue, ImportKind kind);
    /// Why a file cannot be previewed or imported, and what to do.
    static QString fileError(const Error &error);
    /// An import error the importer reported by line (English detail) in the user's language.
    static QString rowError(const ImportRowError &error, ImportKind kind);

    /// `value` wrapped in first-strong isolates, so Latin or digits inside Arabic text (and the
    /// reverse) keep their own direction.
    static QString isolate(const QString &value);
    /// The file name of `path`, isolated left to right as file names are written.
    static QString fileName(const QString &path);
};

} // namespace OmniCrm
