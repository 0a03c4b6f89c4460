// Proves PreferenceService: a store that never stored preferences reads Arabic, Gregorian, Latin
// digits and no idle lock; saved preferences come back after reopening; bad values are refused
// with the field named and change nothing; a change is announced once and a no-op not at all.
#include "crmstore.h"
#include "crmtestsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace OmniCrm;
using namespace Qt::StringLiterals;
using OmniCrm::Test::why;

class tst_PreferenceService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_fx.close(); }

    void defaultsToArabic();
    void savedPreferencesSurviveReopen();
    void rejectsBadValues();
    void announcesChangesOnce();
    void readsUnknownStoredValuesAsDefaults();

private:
    Test::StoreFixture m_fx;
};

void tst_PreferenceService::init()
{
    const QString failure = m_fx.create();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void tst_PreferenceService::defaultsToArabic()
{
    auto preferences = m_fx->preferences().load();
    QVERIFY2(preferences.ok(), why(preferences));
    QCOMPARE(preferences->language, u"ar"_s);
    QCOMPARE(preferences->calendar, CalendarSystem::Gregorian);
    QCOMPARE(preferences->digits, DigitStyle::Latin);
    QCOMPARE(preferences->idleLockMinutes, 0);
}

void tst_PreferenceService::savedPreferencesSurviveReopen()
{
    Preferences wanted;
    wanted.language = u"en"_s;
    wanted.calendar = CalendarSystem::Hijri;
    wanted.digits = DigitStyle::ArabicIndic;
    wanted.idleLockMinutes = 15;
    const qint64 pending = m_fx.pending();
    OMNICRM_VERIFY_OK(m_fx->preferences().save(wanted));
    const QString failure = m_fx.reopen();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    auto loaded = m_fx->preferences().load();
    QVERIFY2(loaded.ok(), why(loaded));
    QVERIFY(*loaded == wanted);
    QCOMPARE(m_fx.pending(), pending); // device-local: nothing goes to sync
}

void tst_PreferenceService::rejectsBadValues()
{
    auto language = m_fx->preferences().setLanguage(u"fr"_s);
    QVERIFY(!language.ok());
    QCOMPARE(language.error().field, u"language"_s);
    auto negative = m_fx->preferences().setIdleLockMinutes(-1);
    QVERIFY(!negative.ok());
    QCOMPARE(negative.error().field, u"idle_lock_minutes"_s);
    auto tooLong = m_fx->preferences().setIdleLockMinutes(Preferences::kMaxIdleLockMinutes + 1);
    QVERIFY(!tooLong.ok());
    QVERIFY(*m_fx->preferences().load() == Preferences());
}

void tst_PreferenceService::announcesChangesOnce()
{
    QSignalSpy changed(&m_fx->preferences(), &PreferenceService::preferencesChanged);
    OMNICRM_VERIFY_OK(m_fx->preferences().setCalendar(CalendarSystem::Hijri));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<Preferences>().calendar, CalendarSystem::Hijri);
    OMNICRM_VERIFY_OK(m_fx->preferences().setCalendar(CalendarSystem::Hijri));
    QCOMPARE(changed.count(), 1);
    OMNICRM_VERIFY_OK(m_fx->preferences().setDigits(DigitStyle::ArabicIndic));
    OMNICRM_VERIFY_OK(m_fx->preferences().setIdleLockMinutes(5));
    QCOMPARE(changed.count(), 3);
    QCOMPARE(changed.last().at(0).value<Preferences>().idleLockMinutes, 5);
    QCOMPARE(changed.last().at(0).value<Preferences>().calendar, CalendarSystem::Hijri);
}

void tst_PreferenceService::readsUnknownStoredValuesAsDefaults()
{
    OMNICRM_VERIFY_OK(m_fx->settings().setValue(u"pref.language"_s, u"klingon"_s));
    OMNICRM_VERIFY_OK(m_fx->settings().setValue(u"pref.idle_lock_minutes"_s, u"soon"_s));
    auto loaded = m_fx->preferences().load();
    QVERIFY2(loaded.ok(), why(loaded));
    QCOMPARE(loaded->language, u"ar"_s);
    QCOMPARE(loaded->idleLockMinutes, 0);
}

QTEST_GUILESS_MAIN(tst_PreferenceService)
#include "tst_preferenceservice.moc"
