// The names of the kinds of record as the user reads them, in the current language.
#pragma once

#include "entities.h"

#include <QCoreApplication>

namespace OmniCrm {

struct KindText
{
    Q_DECLARE_TR_FUNCTIONS(OmniCrm::KindText)
public:
    static QString singular(RecordKind kind);
    static QString plural(RecordKind kind);
};

} // namespace OmniCrm
