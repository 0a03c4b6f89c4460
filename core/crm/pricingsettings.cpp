#include "pricingsettings.h"

#include "settingsrepository.h"

namespace OmniCrm {

PricingSettings::PricingSettings(SettingsRepository &settings)
    : m_settings(settings)
{
}

Result<double> PricingSettings::minMarginPercent() const
{
    auto stored = m_settings.value(MinMarginKey);
    if (!stored)
        return stored.error();
    if (stored->isEmpty())
        return 0.0;
    bool ok = false;
    const double percent = stored->toDouble(&ok);
    if (!ok || percent < 0 || percent > MaxMarginPercent)
        return Error::make(
            ErrorCode::Parse,
            QStringLiteral("the stored minimum margin \"%1\" is not a percentage").arg(*stored),
            QStringLiteral("min_margin"));
    return percent;
}

Status PricingSettings::setMinMarginPercent(double percent)
{
    if (!(percent >= 0 && percent <= MaxMarginPercent))
        return Error::make(
            ErrorCode::InvalidArgument,
            QStringLiteral("the minimum margin must be from 0 to %1 percent").arg(MaxMarginPercent),
            QStringLiteral("min_margin"));
    return m_settings.setValue(MinMarginKey, QString::number(percent, 'g', 10));
}

} // namespace OmniCrm
