// Proves Localizer: the app starts in Arabic, right to left; switching the language flips the
// layout direction of a live widget tree and retranslates its strings from the compiled .qm (the
// app's and Qt's own) without recreating anything; the digit preference reaches the default
// locale and the widgets that use it; and a store's preferences are applied when it is followed
// and whenever they change.
#include "localizer.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>

using namespace OmniCrm;
using namespace Qt::StringLiterals;
using OmniCrm::Test::why;

namespace {

/// A label that retranslates itself on LanguageChange, as every page does.
class TranslatedLabel : public QLabel
{
public:
    explicit TranslatedLabel(QWidget *parent)
        : QLabel(parent)
    {
        retranslate();
    }
    int retranslations = 0;

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange) {
            ++retranslations;
            retranslate();
        }
        QLabel::changeEvent(event);
    }

private:
    void retranslate() { setText(QCoreApplication::translate("OmniCrm::SettingsPage", "Settings")); }
};

} // namespace

class tst_Localizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { m_fixture.close(); }
    void startsInArabicRightToLeft();
    void switchingLanguageFlipsLiveTreeAndRetranslates();
    void digitsReachTheDefaultLocaleAndWidgets();
    void followsTheStoresPreferences();
    void unknownLanguageMeansArabic();

private:
    Test::StoreFixture m_fixture;
};

void tst_Localizer::startsInArabicRightToLeft()
{
    Localizer localizer;
    QCOMPARE(localizer.language(), u"ar"_s);
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    QCOMPARE(QLocale().language(), QLocale::Arabic);
    QVERIFY(localizer.hasAppTranslation());
    QCOMPARE(QCoreApplication::translate("OmniCrm::SettingsPage", "Settings"), u"الإعدادات"_s);
    // Qt's own dialogs speak Arabic too (qtbase_ar.qm).
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "OK"), u"حسنًا"_s);
}

void tst_Localizer::switchingLanguageFlipsLiveTreeAndRetranslates()
{
    Localizer localizer;
    QWidget window;
    auto *layout = new QHBoxLayout(&window);
    auto *label = new TranslatedLabel(&window);
    auto *second = new QLabel(u"second"_s, &window);
    layout->addWidget(label);
    layout->addWidget(second);
    window.resize(400, 60);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(label->text(), u"الإعدادات"_s);
    QCOMPARE(label->layoutDirection(), Qt::RightToLeft);
    QVERIFY2(label->x() > second->x(), "the first widget sits on the right in Arabic");

    QSignalSpy changed(&localizer, &Localizer::languageChanged);
    localizer.setLanguage(u"en"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), u"en"_s);
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    QTRY_COMPARE(label->text(), u"Settings"_s);
    QTRY_COMPARE(label->layoutDirection(), Qt::LeftToRight);
    QTRY_VERIFY2(label->x() < second->x(), "the first widget sits on the left in English");
    QCOMPARE(QLocale().language(), QLocale::English);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "OK"), u"OK"_s);

    // Back again: the very same widgets, nothing recreated.
    localizer.setLanguage(u"ar"_s);
    QTRY_COMPARE(label->text(), u"الإعدادات"_s);
    QTRY_COMPARE(window.layoutDirection(), Qt::RightToLeft);
    QTRY_VERIFY(label->x() > second->x());
    QVERIFY(label->retranslations >= 2);

    // Setting the same language again changes nothing.
    localizer.setLanguage(u"ar"_s);
    QCOMPARE(changed.count(), 2);
}

void tst_Localizer::digitsReachTheDefaultLocaleAndWidgets()
{
    Localizer localizer;
    QSpinBox spin;
    spin.setRange(0, 100);
    spin.setValue(15);
    spin.show();
    QCOMPARE(spin.text(), u"15"_s); // Arabic with Latin digits is the default

    Preferences preferences;
    preferences.digits = DigitStyle::ArabicIndic;
    localizer.apply(preferences);
    QCOMPARE(QLocale().zeroDigit(), u"٠"_s);
    QTRY_COMPARE(spin.text(), u"١٥"_s);
    QCOMPARE(localizer.format().number(15), u"١٥"_s);

    preferences.digits = DigitStyle::Latin;
    localizer.apply(preferences);
    QTRY_COMPARE(spin.text(), u"15"_s);
}

void tst_Localizer::followsTheStoresPreferences()
{
    const QString failed = m_fixture.create();
    QVERIFY2(failed.isEmpty(), why(failed));
    PreferenceService &preferences = m_fixture.store().preferences();
    OMNICRM_VERIFY_OK(preferences.setLanguage(u"en"_s));

    Localizer localizer;
    QCOMPARE(localizer.language(), u"ar"_s);
    OMNICRM_VERIFY_OK(localizer.follow(preferences));
    QCOMPARE(localizer.language(), u"en"_s);
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);

    QSignalSpy formatChanged(&localizer.format(), &DisplayFormat::changed);
    OMNICRM_VERIFY_OK(preferences.setCalendar(CalendarSystem::Hijri));
    QCOMPARE(formatChanged.count(), 1);
    QCOMPARE(localizer.format().options().calendar, CalendarSystem::Hijri);
    OMNICRM_VERIFY_OK(preferences.setLanguage(u"ar"_s));
    QCOMPARE(localizer.language(), u"ar"_s);
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);

    localizer.setTimeZone(QTimeZone("Asia/Dubai"));
    QCOMPARE(localizer.format().options().timeZone, QTimeZone("Asia/Dubai"));
    QCOMPARE(localizer.format().options().calendar, CalendarSystem::Hijri); // the zone alone changed
}

void tst_Localizer::unknownLanguageMeansArabic()
{
    Localizer localizer;
    localizer.setLanguage(u"en"_s);
    localizer.setLanguage(u"fr"_s);
    QCOMPARE(localizer.language(), u"ar"_s);
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
}

QTEST_MAIN(tst_Localizer)
#include "tst_localizer.moc"
