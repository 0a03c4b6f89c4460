// The names of the kinds of record, lead statuses and activity kinds as the user reads them, in
// the current language: one vocabulary for lists, details and forms.
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
    static QString leadStatus(LeadStatus status);
    static QString activityKind(ActivityKind kind);
    /// The Breeze icon (ui/icons.txt) that stands for an activity kind.
    static QString activityIconName(ActivityKind kind);
};

} // namespace OmniCrm
