#include "brandtext.h"

#include "brandservice.h"
#include "displayformat.h"
#include "errortext.h"

namespace OmniCrm {

QString BrandText::problem(const Error &error)
{
    const QString &field = error.field;
    if (field == u"name") {
        if (error.code == ErrorCode::MissingField)
            return tr("Give the brand a name.");
        if (error.code == ErrorCode::Duplicate)
            return tr("Another brand already has this name.");
        return tr("The name is too long; use at most %1 characters.").arg(BrandService::kMaxNameLength);
    }
    if (field == u"logo") {
        if (error.code == ErrorCode::Unsupported)
            return tr("The logo must be a PNG or SVG image.");
        return tr("The logo is too large; use an image under %1 KB.").arg(BrandService::kMaxLogoBytes / 1024);
    }
    if (field == u"primary_color")
        return tr("Enter the colour as # and six hexadecimal digits, such as %1, or pick one.")
            .arg(DisplayFormat::isolate(QStringLiteral("#1B6EC2")));
    if (field == u"currency")
        return tr("Choose a currency from the list.");
    if (field == u"language")
        return tr("Choose Arabic or English.");
    if (field == u"time_zone") {
        if (error.code == ErrorCode::MissingField)
            return tr("Choose the time zone the brand works in.");
        return tr("This is not a time zone. Pick one from the list, such as %1.")
            .arg(DisplayFormat::isolate(QStringLiteral("Asia/Riyadh")));
    }
    return ErrorText::describe(error);
}

QString BrandText::currency(const QString &code)
{
    QString name;
    if (code == u"SAR")
        name = tr("Saudi riyal");
    else if (code == u"AED")
        name = tr("UAE dirham");
    else if (code == u"KWD")
        name = tr("Kuwaiti dinar");
    else if (code == u"QAR")
        name = tr("Qatari riyal");
    else if (code == u"BHD")
        name = tr("Bahraini dinar");
    else if (code == u"OMR")
        name = tr("Omani rial");
    else if (code == u"USD")
        name = tr("US dollar");
    else if (code == u"EUR")
        name = tr("Euro");
    else if (code == u"GBP")
        name = tr("Pound sterling");
    else if (code == u"EGP")
        name = tr("Egyptian pound");
    else if (code == u"JOD")
        name = tr("Jordanian dinar");
    //: A currency's name and its ISO code, e.g. "Saudi riyal (SAR)".
    return name.isEmpty() ? code : tr("%1 (%2)").arg(name, code);
}

} // namespace OmniCrm
