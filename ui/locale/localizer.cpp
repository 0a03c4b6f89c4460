#include "localizer.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

namespace OmniCrm {

Q_LOGGING_CATEGORY(lcLocale, "omnicrm.ui.locale")

Localizer::Localizer(QObject *parent)
    : QObject(parent)
{
    applyOptions(m_format.options());
}

Localizer::~Localizer()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
}

void Localizer::apply(const Preferences &preferences)
{
    DisplayFormat::Options options = m_format.options();
    options.language = PreferenceService::isSupportedLanguage(preferences.language) ? preferences.language
                                                                                    : QStringLiteral("ar");
    options.calendar = preferences.calendar;
    options.digits = preferences.digits;
    applyOptions(options);
}

void Localizer::setLanguage(const QString &language)
{
    DisplayFormat::Options options = m_format.options();
    options.language = PreferenceService::isSupportedLanguage(language) ? language : QStringLiteral("ar");
    applyOptions(options);
}

void Localizer::setTimeZone(const QTimeZone &zone)
{
    DisplayFormat::Options options = m_format.options();
    options.timeZone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    applyOptions(options);
}

Status Localizer::follow(PreferenceService &preferences)
{
    disconnect(m_following);
    auto stored = preferences.load();
    if (!stored)
        return stored.error();
    apply(*stored);
    m_following = connect(&preferences, &PreferenceService::preferencesChanged, this, &Localizer::apply);
    return {};
}

void Localizer::applyOptions(DisplayFormat::Options options)
{
    // The format and the default locale first: widgets that retranslate on the LanguageChange
    // sent below already read the new dates and numbers.
    m_format.setOptions(options);
    const QLocale locale = m_format.locale();
    if (QLocale() != locale) {
        QLocale::setDefault(locale);
        // Widgets without a locale of their own (spin boxes, date edits) follow the new default.
        QEvent changed(QEvent::LocaleChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &changed);
    }

    if (m_installedLanguage == options.language)
        return;
    installTranslators(options.language);
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        app->setLayoutDirection(m_format.direction());
    m_installedLanguage = options.language;
    Q_EMIT languageChanged(options.language);
}

void Localizer::installTranslators(const QString &language)
{
    // The new translators go in before the old ones come out: every LanguageChange a widget
    // sees in between already finds the new language first.
    auto app = std::make_unique<QTranslator>();
    const QString appFile = QStringLiteral(":/i18n/omnicrm_") + language + QStringLiteral(".qm");
    if (app->load(appFile)) {
        QCoreApplication::installTranslator(app.get());
    } else {
        qCWarning(lcLocale) << "no translation" << appFile;
        app.reset();
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt.get());
    else
        qt.reset(); // English needs none; Arabic without qt6-translations-l10n keeps Qt's English

    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator = std::move(app);
    m_qtTranslator = std::move(qt);
}

} // namespace OmniCrm
