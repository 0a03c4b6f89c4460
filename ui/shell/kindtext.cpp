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

} // namespace OmniCrm
