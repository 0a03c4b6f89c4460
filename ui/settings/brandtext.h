// BrandText: the words the Settings page uses for brands — what is wrong with a field, in the
// user's language, and the names of currencies and time zones as people read them.
#pragma once

#include "result.h"

#include <QCoreApplication>

namespace OmniCrm {

struct BrandText
{
    Q_DECLARE_TR_FUNCTIONS(OmniCrm::BrandText)
public:
    /// One sentence saying what is wrong with a brand field and how to fix it.
    static QString problem(const Error &error);
    /// "Saudi riyal (SAR)"; the bare code for a currency without a name here.
    static QString currency(const QString &code);
};

} // namespace OmniCrm
