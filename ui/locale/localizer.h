// Localizer: switches the whole app between Arabic and English while it runs. It installs the
// app's translation and Qt's own, sets the layout direction (right-to-left for Arabic) and the
// default QLocale, and updates the DisplayFormat every page formats with. Widgets retranslate
// on QEvent::LanguageChange and mirror on the direction change, so nothing is rebuilt and the
// user stays where they were.
//
// It starts in Arabic. Before a store exists (the welcome wizard) the app calls setLanguage();
// once a store is open, follow() applies that store's preferences and every later change to them.
#pragma once

#include "displayformat.h"
#include "preferenceservice.h"

#include <QObject>
#include <QPointer>
#include <QTimeZone>

#include <memory>

class QTranslator;

namespace OmniCrm {

class Localizer : public QObject
{
    Q_OBJECT
public:
    /// Applies the defaults (Arabic, right-to-left) at once. Needs the QApplication.
    explicit Localizer(QObject *parent = nullptr);
    ~Localizer() override;

    const DisplayFormat &format() const { return m_format; }
    /// "ar" or "en".
    QString language() const { return m_format.options().language; }
    Qt::LayoutDirection direction() const { return m_format.direction(); }
    /// Whether the app's own translation for the current language was found and installed.
    bool hasAppTranslation() const { return m_appTranslator != nullptr; }

    /// Language, calendar and digits at once; an unknown language means Arabic.
    void apply(const Preferences &preferences);
    /// The language alone (welcome wizard, before a store exists).
    void setLanguage(const QString &language);
    /// Where times are shown (the active brand's zone; the system's when invalid).
    void setTimeZone(const QTimeZone &zone);

    /// Applies the stored preferences now and every change to them from here on (until another
    /// follow() or the service goes away).
    Status follow(PreferenceService &preferences);

Q_SIGNALS:
    /// The interface language changed; LanguageChange events are on their way to every widget.
    void languageChanged(const QString &language);

private:
    void applyOptions(DisplayFormat::Options options);
    void installTranslators(const QString &language);

    DisplayFormat m_format;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    QString m_installedLanguage;
    QMetaObject::Connection m_following;
};

} // namespace OmniCrm
