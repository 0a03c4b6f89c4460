// PreferenceService: how this store is shown on this machine — language, calendar, digits and the
// idle lock. Device-local (the meta table, never synced): two people sharing a tenant may read it
// in different languages. Unknown or missing stored values read as the defaults, so an older or
// hand-edited store still opens in Arabic.
#pragma once

#include "settingsrepository.h"

#include <QObject>

namespace OmniCrm {

enum class CalendarSystem {
    Gregorian,
    Hijri, // Umm al-Qura
};

enum class DigitStyle {
    Latin, // 0123456789
    ArabicIndic, // ٠١٢٣٤٥٦٧٨٩
};

struct Preferences
{
    QString language = QStringLiteral("ar"); // "ar" or "en"
    CalendarSystem calendar = CalendarSystem::Gregorian;
    DigitStyle digits = DigitStyle::Latin;
    int idleLockMinutes = 0; // 0: never lock

    static constexpr int kMaxIdleLockMinutes = 24 * 60;
    bool operator==(const Preferences &other) const = default;
};

class PreferenceService : public QObject
{
    Q_OBJECT
public:
    explicit PreferenceService(SettingsRepository &settings, QObject *parent = nullptr);

    /// The stored preferences; defaults (Arabic, Gregorian, Latin digits, no lock) for what was
    /// never stored.
    Result<Preferences> load() const;
    /// Validates and stores all of them; emits preferencesChanged when anything changed.
    /// InvalidArgument names the field ("language", "idle_lock_minutes").
    Status save(const Preferences &preferences);
    Status setLanguage(const QString &language);
    Status setCalendar(CalendarSystem calendar);
    Status setDigits(DigitStyle digits);
    Status setIdleLockMinutes(int minutes);

    static Status validate(const Preferences &preferences);
    static bool isSupportedLanguage(const QString &language);

Q_SIGNALS:
    void preferencesChanged(const OmniCrm::Preferences &preferences);

private:
    template <typename Change> Status change(Change &&apply);

    SettingsRepository &m_settings;
};

} // namespace OmniCrm

Q_DECLARE_METATYPE(OmniCrm::Preferences)
