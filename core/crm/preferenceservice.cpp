#include "preferenceservice.h"

namespace OmniCrm {

namespace {

const QString kLanguage = QStringLiteral("pref.language");
const QString kCalendar = QStringLiteral("pref.calendar");
const QString kDigits = QStringLiteral("pref.digits");
const QString kIdleLock = QStringLiteral("pref.idle_lock_minutes");

QString calendarName(CalendarSystem calendar)
{
    return calendar == CalendarSystem::Hijri ? QStringLiteral("hijri-umalqura") : QStringLiteral("gregorian");
}

QString digitsName(DigitStyle digits)
{
    return digits == DigitStyle::ArabicIndic ? QStringLiteral("arabic-indic") : QStringLiteral("latin");
}

} // namespace

PreferenceService::PreferenceService(SettingsRepository &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    qRegisterMetaType<OmniCrm::Preferences>();
}

bool PreferenceService::isSupportedLanguage(const QString &language)
{
    return language == u"ar" || language == u"en";
}

Result<Preferences> PreferenceService::load() const
{
    Preferences preferences;
    auto language = m_settings.value(kLanguage);
    if (!language)
        return language.error();
    if (isSupportedLanguage(*language))
        preferences.language = *language;

    auto calendar = m_settings.value(kCalendar);
    if (!calendar)
        return calendar.error();
    if (*calendar == calendarName(CalendarSystem::Hijri))
        preferences.calendar = CalendarSystem::Hijri;

    auto digits = m_settings.value(kDigits);
    if (!digits)
        return digits.error();
    if (*digits == digitsName(DigitStyle::ArabicIndic))
        preferences.digits = DigitStyle::ArabicIndic;

    auto idle = m_settings.value(kIdleLock);
    if (!idle)
        return idle.error();
    bool ok = false;
    const int minutes = idle->toInt(&ok);
    if (ok && minutes >= 0 && minutes <= Preferences::kMaxIdleLockMinutes)
        preferences.idleLockMinutes = minutes;
    return preferences;
}

Status PreferenceService::validate(const Preferences &preferences)
{
    if (!isSupportedLanguage(preferences.language))
        return Error::make(
            ErrorCode::InvalidArgument,
            QStringLiteral("\"%1\" is not a supported language (ar, en)").arg(preferences.language),
            QStringLiteral("language"));
    if (preferences.idleLockMinutes < 0 || preferences.idleLockMinutes > Preferences::kMaxIdleLockMinutes)
        return Error::make(ErrorCode::InvalidArgument,
                           QStringLiteral("the idle lock must be 0 to %1 minutes, not %2")
                               .arg(Preferences::kMaxIdleLockMinutes)
                               .arg(preferences.idleLockMinutes),
                           QStringLiteral("idle_lock_minutes"));
    return {};
}

Status PreferenceService::save(const Preferences &preferences)
{
    OMNICRM_TRY(validate(preferences));
    auto before = load();
    if (!before)
        return before.error();
    if (*before == preferences)
        return {};
    // All keys in one transaction, so a failure leaves the old preferences whole.
    OMNICRM_TRY(m_settings.setValues({
        { kLanguage, preferences.language },
        { kCalendar, calendarName(preferences.calendar) },
        { kDigits, digitsName(preferences.digits) },
        { kIdleLock, QString::number(preferences.idleLockMinutes) },
    }));
    Q_EMIT preferencesChanged(preferences);
    return {};
}

template <typename Change> Status PreferenceService::change(Change &&apply)
{
    auto preferences = load();
    if (!preferences)
        return preferences.error();
    apply(*preferences);
    return save(*preferences);
}

Status PreferenceService::setLanguage(const QString &language)
{
    return change([&](Preferences &p) { p.language = language; });
}

Status PreferenceService::setCalendar(CalendarSystem calendar)
{
    return change([&](Preferences &p) { p.calendar = calendar; });
}

Status PreferenceService::setDigits(DigitStyle digits)
{
    return change([&](Preferences &p) { p.digits = digits; });
}

Status PreferenceService::setIdleLockMinutes(int minutes)
{
    return change([&](Preferences &p) { p.idleLockMinutes = minutes; });
}

} // namespace OmniCrm
