// PricingSettings: the store-wide pricing rule an admin sets: the minimum margin over cost that no
// suggested price may go below (PriceStrategist's floor is cost × (1 + margin / 100)). Kept in the
// meta table under "pricing.min_margin_percent"; 0 until an admin sets it.
#pragma once

#include "result.h"

namespace OmniCrm {

class SettingsRepository;

class PricingSettings
{
public:
    static inline const QString MinMarginKey = QStringLiteral("pricing.min_margin_percent");
    static constexpr double MaxMarginPercent = 1000;

    explicit PricingSettings(SettingsRepository &settings);

    /// The minimum margin in percent, 0..1000; a stored value that does not read as one is an error.
    Result<double> minMarginPercent() const;
    /// InvalidArgument (field "min_margin") outside 0..1000.
    Status setMinMarginPercent(double percent);

private:
    SettingsRepository &m_settings;
};

} // namespace OmniCrm
