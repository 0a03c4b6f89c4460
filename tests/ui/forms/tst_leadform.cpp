// The lead form checks phone, e-mail and estimated amount as they are typed, stores the amount
// in minor units with its currency and the chosen status; a stored lead can change its status.
#include "formfield.h"
#include "leadform.h"
#include "recordpicker.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace OmniCrm;
using OmniCrm::Test::why;

class tst_LeadForm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { m_fixture.reset(); }
    void storesLeadWithAmountAndStatus();
    void badPhoneAndEmailBlockSave();
    void needsAPersonOrACompany();
    void editChangesDetailsAndStatus();

private:
    Test::UiStoreFixture m_fixture;
};

void tst_LeadForm::init()
{
    const QString failed = m_fixture.create();
    QVERIFY2(failed.isEmpty(), why(failed));
}

void tst_LeadForm::storesLeadWithAmountAndStatus()
{
    LeadForm form(m_fixture.store(), {});
    Test::typeText(form.nameEdit(), QStringLiteral("نورة الشهري"));
    Test::typeText(form.companyPicker(), QStringLiteral("مصنع الريادة"));
    Test::typeText(form.phoneEdit(), QStringLiteral("٠٥٥٣٣٣٤٤٥٥"));
    QTest::keyClicks(form.emailEdit(), QStringLiteral("Noura@Riyada.SA"));
    form.currencyBox()->setCurrentText(QStringLiteral("AED"));
    QTest::keyClicks(form.amountEdit(), QStringLiteral("12,000"));
    form.statusBox()->setCurrentIndex(form.statusBox()->findData(int(LeadStatus::Qualified)));
    QVERIFY(form.field(QStringLiteral("phone"))->hint().contains(QStringLiteral("+966553334455")));

    QSignalSpy saved(&form, &RecordForm::saved);
    form.attemptSave();
    QCOMPARE(saved.count(), 1);
    auto lead = m_fixture.store().leads().find(saved.at(0).at(1).toString());
    OMNICRM_VERIFY_OK(lead);
    QCOMPARE(lead->personName, QStringLiteral("نورة الشهري"));
    QCOMPARE(lead->companyName, QStringLiteral("مصنع الريادة"));
    QCOMPARE(lead->phoneE164, QStringLiteral("+966553334455"));
    QCOMPARE(lead->email, QStringLiteral("noura@riyada.sa"));
    QCOMPARE(lead->valueMinor, std::optional<qint64>(1200000));
    QCOMPARE(lead->currency, QStringLiteral("AED"));
    QCOMPARE(lead->status, LeadStatus::Qualified);
}

void tst_LeadForm::badPhoneAndEmailBlockSave()
{
    LeadForm form(m_fixture.store(), {});
    QTest::keyClicks(form.nameEdit(), QStringLiteral("Noura"));
    QTest::keyClicks(form.phoneEdit(), QStringLiteral("0551"));
    QTest::keyClicks(form.emailEdit(), QStringLiteral("noura@"));
    QVERIFY(!form.field(QStringLiteral("phone"))->shownError().isEmpty());
    QVERIFY(!form.field(QStringLiteral("email"))->shownError().isEmpty());
    QVERIFY(!form.saveButton()->isEnabled());
    form.attemptSave();
    QCOMPARE(form.focusWidget(), form.phoneEdit());
    auto stats = m_fixture.store().stats();
    OMNICRM_VERIFY_OK(stats);
    QCOMPARE(stats->leads, 0);
}

void tst_LeadForm::needsAPersonOrACompany()
{
    LeadForm form(m_fixture.store(), {});
    QTest::keyClicks(form.phoneEdit(), QStringLiteral("0553334455"));
    form.attemptSave();
    QVERIFY(!form.field(QStringLiteral("name"))->shownError().isEmpty());
    QTest::keyClicks(form.companyPicker(), QStringLiteral("Riyada"));
    QVERIFY(form.field(QStringLiteral("name"))->shownError().isEmpty());
    QVERIFY(form.saveButton()->isEnabled());
}

void tst_LeadForm::editChangesDetailsAndStatus()
{
    LeadDraft draft;
    draft.personName = QStringLiteral("Noura");
    draft.valueMinor = 50000;
    auto id = m_fixture.store().leads().create(draft);
    OMNICRM_VERIFY_OK(id);

    LeadForm form(m_fixture.store(), *id);
    QCOMPARE(form.nameEdit()->text(), QStringLiteral("Noura"));
    QCOMPARE(form.amountEdit()->text(), QStringLiteral("500.00"));
    QVERIFY(!form.nameEdit()->isReadOnly());
    QVERIFY(form.statusBox()->isEnabled());
    form.nameEdit()->clear();
    QTest::keyClicks(form.nameEdit(), QStringLiteral("Noura Al-Harbi"));
    form.amountEdit()->clear();
    QTest::keyClicks(form.amountEdit(), QStringLiteral("750"));
    form.statusBox()->setCurrentIndex(form.statusBox()->findData(int(LeadStatus::Contacted)));
    QSignalSpy saved(&form, &RecordForm::saved);
    form.attemptSave();
    QCOMPARE(saved.count(), 1);
    auto lead = m_fixture.store().leads().find(*id);
    OMNICRM_VERIFY_OK(lead);
    QCOMPARE(lead->status, LeadStatus::Contacted);
    QCOMPARE(lead->personName, QStringLiteral("Noura Al-Harbi"));
    QCOMPARE(lead->valueMinor, std::optional<qint64>(75000));
}

QTEST_MAIN(tst_LeadForm)
#include "tst_leadform.moc"
