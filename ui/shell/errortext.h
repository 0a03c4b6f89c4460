// ErrorText: what the user reads when something fails, in the current language. Errors from
// core carry a code, an English detail for logs and the field they are about; the UI never shows
// the detail alone.
#pragma once

#include "result.h"

#include <QCoreApplication>

namespace OmniCrm {

struct ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(OmniCrm::ErrorText)
public:
    /// One sentence that says what went wrong and, where it helps, what to do.
    static QString describe(const Error &error);
    /// The name of a field as forms label it ("phone", "email" → "Phone", "E-mail").
    static QString fieldName(const QString &field);
};

} // namespace OmniCrm
