// ImportRecord: one contact or company as a file described it, in the canonical field
// vocabulary (importfield.h), before any validation or normalisation. The format layer
// produces and consumes these; it knows nothing about entities or the store.
#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace OmniCrm {

struct ImportValue
{
    QString field; // a key from OmniCrm::Field
    QString value;

    friend bool operator==(const ImportValue &, const ImportValue &) = default;
};

struct ImportRecord
{
    /// 1-based physical line where the record starts: the CSV row's first line, or the
    /// BEGIN:VCARD line. 0 for records that did not come from a file.
    int line = 0;
    /// Values in file order; a field may occur several times (two phones, two emails).
    QList<ImportValue> values;

    void add(QStringView field, const QString &value) { values.append({ field.toString(), value }); }
    void add(const QString &field, const QString &value) { values.append({ field, value }); }
    /// The first value of `field`, or an empty string.
    QString value(QStringView field) const;
    /// Every value of `field`, in file order.
    QStringList all(QStringView field) const;
    bool has(QStringView field) const;
    bool isEmpty() const { return values.isEmpty(); }

    friend bool operator==(const ImportRecord &, const ImportRecord &) = default;
};

/// A record the parser could not accept. Reading goes on with the next record.
struct ImportIssue
{
    int line = 0; // 1-based line where the bad record starts
    ErrorCode code = ErrorCode::Parse;
    QString detail; // English, starts with "line N: "
};

} // namespace OmniCrm
