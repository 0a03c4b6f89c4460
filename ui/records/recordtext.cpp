#include "recordtext.h"

namespace OmniCrm {

QString RecordText::leadType(const QString &code)
{
    if (code == u"bulk_order")
        return tr("Bulk order");
    if (code == u"quote_request")
        return tr("Quote request");
    if (code == u"support")
        return tr("Support");
    if (code == u"complaint")
        return tr("Complaint");
    if (code == u"partnership")
        return tr("Partnership");
    if (code == u"general")
        return tr("General");
    return code;
}

QString RecordText::priority(const QString &code)
{
    if (code == u"low")
        return tr("Low");
    if (code == u"normal")
        return tr("Normal");
    if (code == u"high")
        return tr("High");
    if (code == u"urgent")
        return tr("Urgent");
    return code;
}

QString RecordText::contactLabel(const QString &code)
{
    if (code == u"mobile")
        return tr("Mobile");
    if (code == u"work")
        return tr("Work");
    if (code == u"home")
        return tr("Home");
    if (code == u"whatsapp")
        return tr("WhatsApp");
    if (code == u"fax")
        return tr("Fax");
    if (code == u"other")
        return tr("Other");
    return code;
}

QString RecordText::targetKind(const QString &targetType)
{
    if (targetType == u"contact")
        return tr("Contact");
    if (targetType == u"company")
        return tr("Company");
    if (targetType == u"lead")
        return tr("Lead");
    if (targetType == u"deal")
        return tr("Deal");
    return targetType;
}

std::optional<RecordKind> RecordText::targetRecordKind(const QString &targetType)
{
    if (targetType == u"contact")
        return RecordKind::Contact;
    if (targetType == u"company")
        return RecordKind::Company;
    if (targetType == u"lead")
        return RecordKind::Lead;
    if (targetType == u"deal")
        return RecordKind::Deal;
    return std::nullopt;
}

QString RecordText::isolate(const QString &text)
{
    if (text.isEmpty())
        return text;
    return QChar(0x2068) + text + QChar(0x2069);
}

QString RecordText::directed(const QString &text, Qt::LayoutDirection direction)
{
    if (text.isEmpty())
        return text;
    return QChar(direction == Qt::RightToLeft ? 0x200F : 0x200E) + isolate(text);
}

QString RecordText::directionMark(Qt::LayoutDirection direction)
{
    return direction == Qt::RightToLeft ? QStringLiteral("&#x200F;") : QStringLiteral("&#x200E;");
}

} // namespace OmniCrm
