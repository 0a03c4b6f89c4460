#include "capturetext.h"

#include <QLocale>

namespace OmniCrm {

QList<std::pair<QString, QString>> CaptureText::leadTypes()
{
    return {
        { QStringLiteral("quote_request"), tr("Quote request") },
        { QStringLiteral("bulk_order"), tr("Bulk order") },
        { QStringLiteral("support"), tr("Support") },
        { QStringLiteral("complaint"), tr("Complaint") },
        { QStringLiteral("partnership"), tr("Partnership") },
        { QStringLiteral("general"), tr("General enquiry") },
    };
}

QList<std::pair<QString, QString>> CaptureText::priorities()
{
    return {
        { QStringLiteral("low"), tr("Low") },
        { QStringLiteral("normal"), tr("Normal") },
        { QStringLiteral("high"), tr("High") },
        { QStringLiteral("urgent"), tr("Urgent") },
    };
}

QList<std::pair<QString, QString>> CaptureText::languages()
{
    return {
        { QStringLiteral("ar"), tr("Arabic") },
        { QStringLiteral("en"), tr("English") },
        { QStringLiteral("mixed"), tr("Arabic and English") },
    };
}

QString CaptureText::leadPriority(const QString &extracted)
{
    if (extracted == u"medium")
        return QStringLiteral("normal");
    return extracted;
}

QString CaptureText::producer(const QString &producer)
{
    if (producer.isEmpty() || producer == u"offline")
        return tr("Offline engine");
    return QString(producer).replace(u'/', QStringLiteral(" · "));
}

bool CaptureText::arabic()
{
    return QLocale().language() == QLocale::Arabic;
}

QString CaptureText::buyerTypeName(BuyerType type)
{
    const BuyerProfile &profile = buyerProfile(type);
    return arabic() ? profile.nameAr : profile.nameEn;
}

QString CaptureText::approach(BuyerType type)
{
    const BuyerProfile &profile = buyerProfile(type);
    return arabic() ? profile.approachAr : profile.approachEn;
}

QString CaptureText::risk(BuyerType type)
{
    const BuyerProfile &profile = buyerProfile(type);
    return arabic() ? profile.riskAr : profile.riskEn;
}

} // namespace OmniCrm
