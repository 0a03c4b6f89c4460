#include "kindtext.h"

namespace OmniCrm {

QString KindText::singular(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Contact:
        return tr("Contact");
    case RecordKind::Company:
        return tr("Company");
    case RecordKind::Lead:
        return tr("Lead");
    case RecordKind::Deal:
        return tr("Deal");
    case RecordKind::Product:
        return tr("Product");
    case RecordKind::Activity:
        return tr("Activity");
    }
    return {};
}

QString KindText::plural(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Contact:
        return tr("Contacts");
    case RecordKind::Company:
        return tr("Companies");
    case RecordKind::Lead:
        return tr("Leads");
    case RecordKind::Deal:
        return tr("Deals");
    case RecordKind::Product:
        return tr("Products");
    case RecordKind::Activity:
        return tr("Activities");
    }
    return {};
}

QString KindText::leadStatus(LeadStatus status)
{
    switch (status) {
    case LeadStatus::New:
        return tr("New");
    case LeadStatus::Contacted:
        return tr("Contacted");
    case LeadStatus::Qualified:
        return tr("Qualified");
    case LeadStatus::Converted:
        return tr("Converted");
    case LeadStatus::Lost:
        return tr("Lost");
    }
    return {};
}

QString KindText::activityKind(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Call:
        return tr("Call");
    case ActivityKind::Meeting:
        return tr("Meeting");
    case ActivityKind::Task:
        return tr("Task");
    case ActivityKind::Email:
        return tr("E-mail");
    case ActivityKind::WhatsApp:
        return tr("WhatsApp");
    case ActivityKind::Note:
        return tr("Note");
    }
    return {};
}

QString KindText::activityIconName(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Call:
        return QStringLiteral("call-start");
    case ActivityKind::Meeting:
        return QStringLiteral("meeting-attending");
    case ActivityKind::Task:
        return QStringLiteral("view-task");
    case ActivityKind::Email:
        return QStringLiteral("mail-message");
    case ActivityKind::WhatsApp:
        return QStringLiteral("view-conversation-balloon");
    case ActivityKind::Note:
        return QStringLiteral("view-pim-notes");
    }
    return QStringLiteral("view-pim-notes");
}

} // namespace OmniCrm
