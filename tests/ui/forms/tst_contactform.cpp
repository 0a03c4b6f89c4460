// The contact form checks as the user types: a phone in any Saudi/Gulf format is accepted and
// shown in the E.164 form it will be stored in, a bad one or a bad e-mail says why under the
// field and keeps Save disabled, nothing is stored until everything is valid, a duplicate phone
// warns with a link, Esc asks before throwing typed text away, and an edit form round-trips.
#include "contactform.h"
#include "errortext.h"
#include "formfield.h"
#include "recordpicker.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QToolButton>

using namespace OmniCrm;
using OmniCrm::Test::why;

class tst_ContactForm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { m_fixture.reset(); }
    void badPhoneBlocksSave_data();
    void badPhoneBlocksSave();
    void fixedPhoneShowsE164AndSaves();
    void acceptsSaudiAndGulfFormats_data();
    void acceptsSaudiAndGulfFormats();
    void badEmailShowsError();
    void enterWithoutNameFocusesIt();
    void duplicatePhoneWarnsWithLink();
    void addedPhoneRowFollowsInTabOrder();
    void escapeAsksBeforeDiscarding();
    void escapeClosesUntouchedForm();
    void editLoadsAndSavesChanges();

private:
    qint64 contactCount();
    Test::UiStoreFixture m_fixture;
};

void tst_ContactForm::init()
{
    const QString failed = m_fixture.create();
    QVERIFY2(failed.isEmpty(), why(failed));
}

qint64 tst_ContactForm::contactCount()
{
    auto stats = m_fixture.store().stats();
    return stats ? stats->contacts : -1;
}

void tst_ContactForm::badPhoneBlocksSave_data()
{
    QTest::addColumn<QString>("phone");
    QTest::newRow("letters") << QStringLiteral("05x5123456");
    QTest::newRow("too-short") << QStringLiteral("0551");
}

void tst_ContactForm::badPhoneBlocksSave()
{
    QFETCH(QString, phone);
    ContactForm form(m_fixture.store(), {});
    form.show();
    Test::typeText(form.nameEdit(), QStringLiteral("أحمد الغامدي"));
    QLineEdit *edit = form.phoneEdits().at(0);
    QTest::keyClicks(edit, phone);

    FormField *field = form.field(form.phoneFieldKey(0));
    const QString expected
        = ErrorText::describe(Error::make(ErrorCode::InvalidPhone, {}, QStringLiteral("phone")));
    QCOMPARE(field->shownError(), expected);
    QVERIFY2(edit->property("invalid").toBool(), "the phone input is marked invalid");
    QVERIFY(field->hint().isEmpty());
    QVERIFY(!form.saveButton()->isEnabled());

    // Enter is a save attempt: refused, the cursor goes to the bad phone, nothing is stored.
    form.nameEdit()->setFocus();
    QTest::keyClick(form.nameEdit(), Qt::Key_Return);
    QVERIFY(form.isVisible());
    QCOMPARE(form.focusWidget(), edit);
    QCOMPARE(contactCount(), 0);
}

void tst_ContactForm::fixedPhoneShowsE164AndSaves()
{
    ContactForm form(m_fixture.store(), {});
    form.show();
    QSignalSpy saved(&form, &RecordForm::saved);
    Test::typeText(form.nameEdit(), QStringLiteral("أحمد الغامدي"));
    QLineEdit *edit = form.phoneEdits().at(0);
    QTest::keyClicks(edit, QStringLiteral("05x5123456"));
    QVERIFY(!form.saveButton()->isEnabled());

    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("055 512-3456"));
    FormField *field = form.field(form.phoneFieldKey(0));
    QVERIFY(field->shownError().isEmpty());
    QVERIFY2(field->hint().contains(QStringLiteral("+966555123456")), why(field->hint()));
    QVERIFY(!edit->property("invalid").toBool());
    QVERIFY(form.saveButton()->isEnabled());

    QTest::mouseClick(form.saveButton(), Qt::LeftButton);
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.at(0).at(0).value<RecordKind>(), RecordKind::Contact);
    auto contact = m_fixture.store().contacts().find(saved.at(0).at(1).toString());
    OMNICRM_VERIFY_OK(contact);
    QCOMPARE(contact->fullName, QStringLiteral("أحمد الغامدي"));
    QCOMPARE(contact->phones.size(), 1);
    QCOMPARE(contact->phones.at(0).e164, QStringLiteral("+966555123456"));
    QCOMPARE(contact->phones.at(0).raw, QStringLiteral("055 512-3456"));
    QVERIFY(!form.isVisible());
}

void tst_ContactForm::acceptsSaudiAndGulfFormats_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("e164");
    QTest::newRow("arabic-indic") << QStringLiteral("٠٥٥٥١٢٣٤٥٦") << QStringLiteral("+966555123456");
    QTest::newRow("no-trunk-zero") << QStringLiteral("555123456") << QStringLiteral("+966555123456");
    QTest::newRow("country-code") << QStringLiteral("966555123456") << QStringLiteral("+966555123456");
    QTest::newRow("plus") << QStringLiteral("+966 55 512 3456") << QStringLiteral("+966555123456");
    QTest::newRow("double-zero") << QStringLiteral("00966555123456") << QStringLiteral("+966555123456");
    QTest::newRow("uae") << QStringLiteral("+971 50 123 4567") << QStringLiteral("+971501234567");
}

void tst_ContactForm::acceptsSaudiAndGulfFormats()
{
    QFETCH(QString, typed);
    QFETCH(QString, e164);
    ContactForm form(m_fixture.store(), {});
    QSignalSpy saved(&form, &RecordForm::saved);
    QTest::keyClicks(form.nameEdit(), QStringLiteral("Sara"));
    Test::typeText(form.phoneEdits().at(0), typed);
    FormField *field = form.field(form.phoneFieldKey(0));
    QVERIFY2(field->shownError().isEmpty(), why(field->shownError()));
    QVERIFY2(field->hint().contains(e164), why(field->hint()));
    form.attemptSave();
    QCOMPARE(saved.count(), 1);
    auto contact = m_fixture.store().contacts().find(saved.at(0).at(1).toString());
    OMNICRM_VERIFY_OK(contact);
    QCOMPARE(contact->phones.value(0).e164, e164);
}

void tst_ContactForm::badEmailShowsError()
{
    ContactForm form(m_fixture.store(), {});
    QTest::keyClicks(form.nameEdit(), QStringLiteral("Sara"));
    QLineEdit *email = form.emailEdits().at(0);
    QTest::keyClicks(email, QStringLiteral("sara@example"));
    FormField *field = form.field(form.emailFieldKey(0));
    QCOMPARE(field->shownError(),
             ErrorText::describe(Error::make(ErrorCode::InvalidEmail, {}, QStringLiteral("email"))));
    QVERIFY(!form.saveButton()->isEnabled());
    form.attemptSave();
    QCOMPARE(contactCount(), 0);

    QTest::keyClicks(email, QStringLiteral(".sa"));
    QVERIFY(field->shownError().isEmpty());
    QVERIFY(form.saveButton()->isEnabled());
    form.attemptSave();
    QCOMPARE(contactCount(), 1);
}

void tst_ContactForm::enterWithoutNameFocusesIt()
{
    ContactForm form(m_fixture.store(), {});
    form.show();
    QLineEdit *phone = form.phoneEdits().at(0);
    QTest::keyClicks(phone, QStringLiteral("0555123456"));
    FormField *name = form.field(QStringLiteral("name"));
    QVERIFY2(name->shownError().isEmpty(), "an untouched field does not shout before a save attempt");
    QVERIFY(!form.saveButton()->isEnabled());

    QTest::keyClick(phone, Qt::Key_Return);
    QVERIFY(!name->shownError().isEmpty());
    QCOMPARE(form.focusWidget(), form.nameEdit());
    QCOMPARE(contactCount(), 0);

    // First and last name are enough on their own.
    QTest::keyClicks(form.field(QStringLiteral("first_name"))->target(), QStringLiteral("Sara"));
    QVERIFY(name->shownError().isEmpty());
    QVERIFY(form.saveButton()->isEnabled());
}

void tst_ContactForm::duplicatePhoneWarnsWithLink()
{
    ContactDraft existing;
    existing.fullName = QStringLiteral("سارة القحطاني");
    existing.phones = { PhoneDraft { QStringLiteral("0555123456") } };
    auto existingId = m_fixture.store().contacts().create(existing);
    OMNICRM_VERIFY_OK(existingId);

    ContactForm form(m_fixture.store(), {});
    QSignalSpy requested(&form, &RecordForm::recordRequested);
    QSignalSpy saved(&form, &RecordForm::saved);
    QTest::keyClicks(form.nameEdit(), QStringLiteral("Sara Q"));
    QTest::keyClicks(form.phoneEdits().at(0), QStringLiteral("+966 55 512 3456"));
    FormField *field = form.field(form.phoneFieldKey(0));
    QVERIFY2(field->warning().contains(QStringLiteral("سارة القحطاني")), why(field->warning()));
    QVERIFY2(form.saveButton()->isEnabled(), "a duplicate warns but does not block");

    const auto link = QRegularExpression(QStringLiteral("href=\"([^\"]+)\"")).match(field->warning());
    QVERIFY(link.hasMatch());
    Q_EMIT field->linkActivated(link.captured(1));
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).value<RecordKind>(), RecordKind::Contact);
    QCOMPARE(requested.at(0).at(1).toString(), *existingId);

    form.attemptSave();
    QCOMPARE(saved.count(), 1);
    QCOMPARE(contactCount(), 2);
}

namespace {
// The next widget Tab reaches after `from`.
QWidget *nextTabStop(QWidget *from)
{
    QWidget *next = from->nextInFocusChain();
    while (next && next != from && !(next->focusPolicy() & Qt::TabFocus && next->isVisibleTo(from->window())))
        next = next->nextInFocusChain();
    return next;
}
} // namespace

void tst_ContactForm::addedPhoneRowFollowsInTabOrder()
{
    ContactForm form(m_fixture.store(), {});
    form.show();
    form.addPhoneRow();
    QCOMPARE(form.phoneEdits().size(), 2);
    QTRY_VERIFY(form.phoneEdits().at(1)->isVisible()); // a layout shows new rows on the next turn
    // Tab goes company → phone rows in order (each: label, number, remove) → "Add phone" →
    // e-mails, although rows were created after the widgets that follow them on screen.
    QCOMPARE(nextTabStop(form.companyPicker()), form.phoneLabelBoxes().at(0));
    QCOMPARE(nextTabStop(form.phoneLabelBoxes().at(0)), form.phoneEdits().at(0));
    QWidget *remove = nextTabStop(form.phoneEdits().at(0));
    QVERIFY(qobject_cast<QToolButton *>(remove));
    QCOMPARE(nextTabStop(remove), form.phoneLabelBoxes().at(1));
    QWidget *addPhone = nextTabStop(nextTabStop(form.phoneEdits().at(1)));
    QCOMPARE(qobject_cast<QToolButton *>(addPhone)->text(), QStringLiteral("Add phone"));
    QCOMPARE(nextTabStop(addPhone), form.emailEdits().at(0));
}

void tst_ContactForm::escapeAsksBeforeDiscarding()
{
    ContactForm form(m_fixture.store(), {});
    form.show();
    QTest::keyClicks(form.nameEdit(), QStringLiteral("Sara"));
    QVERIFY(form.isDirty());

    QTest::keyClick(form.nameEdit(), Qt::Key_Escape);
    auto *box = form.findChild<QMessageBox *>(QStringLiteral("discardChanges"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(form.isVisible());
    box->findChild<QPushButton *>(QStringLiteral("keepButton"))->click();
    QVERIFY(form.isVisible());
    QCOMPARE(form.nameEdit()->text(), QStringLiteral("Sara"));

    QTest::keyClick(form.nameEdit(), Qt::Key_Escape);
    box = form.findChild<QMessageBox *>(QStringLiteral("discardChanges"));
    QVERIFY(box);
    box->findChild<QPushButton *>(QStringLiteral("discardButton"))->click();
    QVERIFY(!form.isVisible());
    QCOMPARE(form.result(), int(QDialog::Rejected));
    QCOMPARE(contactCount(), 0);
}

void tst_ContactForm::escapeClosesUntouchedForm()
{
    ContactForm form(m_fixture.store(), {});
    form.show();
    QTest::keyClick(form.nameEdit(), Qt::Key_Escape);
    QVERIFY(!form.isVisible());
    QVERIFY(!form.findChild<QMessageBox *>());
}

void tst_ContactForm::editLoadsAndSavesChanges()
{
    ContactDraft draft;
    draft.fullName = QStringLiteral("خالد العتيبي");
    draft.companyName = QStringLiteral("شركة الأفق");
    draft.phones = { PhoneDraft { QStringLiteral("0551112222"), QStringLiteral("work") } };
    draft.emails = { QStringLiteral("khaled@example.sa") };
    draft.tags = { QStringLiteral("VIP") };
    auto id = m_fixture.store().contacts().create(draft);
    OMNICRM_VERIFY_OK(id);
    auto before = m_fixture.store().contacts().find(*id);
    OMNICRM_VERIFY_OK(before);

    ContactForm form(m_fixture.store(), *id);
    QVERIFY(!form.loadError());
    QCOMPARE(form.nameEdit()->text(), QStringLiteral("خالد العتيبي"));
    QCOMPARE(form.phoneEdits().size(), 1);
    QCOMPARE(form.phoneEdits().at(0)->text(), QStringLiteral("0551112222"));
    QCOMPARE(form.phoneLabelBoxes().at(0)->currentData().toString(), QStringLiteral("work"));
    QCOMPARE(form.emailEdits().at(0)->text(), QStringLiteral("khaled@example.sa"));
    QVERIFY(form.companyPicker()->hasRecord());
    QCOMPARE(form.companyPicker()->recordId(), before->companyId);
    QCOMPARE(form.field(QStringLiteral("tags"))->target()->property("text").toString(),
             QStringLiteral("VIP"));
    QVERIFY(!form.isDirty());
    QVERIFY2(form.field(form.phoneFieldKey(0))->warning().isEmpty(), "its own phone is no duplicate");
    QVERIFY(form.saveButton()->isEnabled());

    QSignalSpy saved(&form, &RecordForm::saved);
    QTest::keyClicks(form.field(QStringLiteral("title"))->target(), QStringLiteral("Buyer"));
    form.addPhoneRow();
    Test::typeText(form.phoneEdits().at(1), QStringLiteral("٠٥٠١٢٣٤٥٦٧"));
    form.attemptSave();
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.at(0).at(1).toString(), *id);

    auto after = m_fixture.store().contacts().find(*id);
    OMNICRM_VERIFY_OK(after);
    QCOMPARE(after->title, QStringLiteral("Buyer"));
    QCOMPARE(after->companyId, before->companyId);
    QCOMPARE(after->phones.size(), 2);
    QCOMPARE(after->phones.at(0).id, before->phones.at(0).id);
    QCOMPARE(after->phones.at(1).e164, QStringLiteral("+966501234567"));
    QCOMPARE(after->emails.value(0).email, QStringLiteral("khaled@example.sa"));
    auto tags = m_fixture.store().contacts().tagsOf(*id);
    OMNICRM_VERIFY_OK(tags);
    QCOMPARE(*tags, QStringList { QStringLiteral("VIP") });
    QCOMPARE(contactCount(), 1);
}

QTEST_MAIN(tst_ContactForm)
#include "tst_contactform.moc"
