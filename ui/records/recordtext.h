// RecordText: the words the record pages show for stored codes (lead status, lead type, priority,
// activity kind, the kind of record an activity belongs to), the icons that go with them, and
// the bidi isolation that keeps a phone number or a Latin name in order inside Arabic text.
#pragma once

#include "entities.h"

#include <QCoreApplication>

namespace OmniCrm {

struct RecordText
{
    Q_DECLARE_TR_FUNCTIONS(OmniCrm::RecordText)
public:
    static QString leadType(const QString &code);
    static QString priority(const QString &code);
    /// "mobile", "work", "home", … as a phone's or an e-mail's label reads.
    static QString contactLabel(const QString &code);
    /// "contact", "company", "lead", "deal" as the user reads them.
    static QString targetKind(const QString &targetType);
    /// The kind of record behind an activity's target type.
    static std::optional<RecordKind> targetRecordKind(const QString &targetType);

    /// FSI … PDI: text of either direction keeps its own order inside text of the other.
    static QString isolate(const QString &text);
    /// The text isolated and led by the mark of `direction` (RLM or LRM), so a label holding only
    /// a Latin name in an Arabic page still starts at the page's reading start.
    static QString directed(const QString &text, Qt::LayoutDirection direction);
    /// The same mark for rich text, as an HTML entity.
    static QString directionMark(Qt::LayoutDirection direction);
};

} // namespace OmniCrm
