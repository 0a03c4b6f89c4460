// Proves ContactService: names, phones and e-mails are validated and normalised, invalid input
// writes nothing (neither the contact nor the outbox), companies and tags are found by their
// folded names, updates record only what changed, and deletes are undoable.
#include "crmstore.h"
#include "crmtestsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace OmniCrm;
using namespace Qt::StringLiterals;
using OmniCrm::Test::why;

namespace {

ContactDraft draftNamed(const QString &name)
{
    ContactDraft draft;
    draft.fullName = name;
    return draft;
}

ContactDraft draftWithPhone(const QString &name, const QString &phone)
{
    ContactDraft draft = draftNamed(name);
    draft.phones.append(PhoneDraft { phone });
    return draft;
}

} // namespace

class tst_ContactService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_fx.close(); }

    void createNormalisesPhonesAndKeepsRaw();
    void rejectsInvalidPhone_data();
    void rejectsInvalidPhone();
    void rejectsInvalidEmail_data();
    void rejectsInvalidEmail();
    void missingNameIsMissingField();
    void companyByNameIsFoundByFoldedName();
    void updateRecordsOnlyChangedFields();
    void updateKeepsPhoneIdsAndRecordsNewOnes();
    void removeAndRestore();
    void signalsAreEmitted();
    void duplicateOfFindsByPhoneAndEmail();
    void tagsFold();

private:
    ContactService &contacts() { return m_fx->contacts(); }
    qint64 liveContacts()
    {
        auto stats = m_fx->stats();
        return stats ? stats->contacts : -1;
    }
    bool pageHas(const QString &id)
    {
        auto page = contacts().page(std::nullopt, 1000);
        if (!page)
            return false;
        return std::any_of(page->rows.begin(), page->rows.end(),
                           [&](const ContactRow &row) { return row.id == id; });
    }
    bool searchFinds(const QString &text, const QString &id)
    {
        auto hits = m_fx->search().search(text, 50);
        if (!hits)
            return false;
        return std::any_of(hits->begin(), hits->end(), [&](const SearchResult &r) { return r.id == id; });
    }

    Test::StoreFixture m_fx;
};

void tst_ContactService::init()
{
    const QString failure = m_fx.create();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void tst_ContactService::createNormalisesPhonesAndKeepsRaw()
{
    ContactDraft draft = draftNamed(u"أحمد بن سعيد"_s);
    draft.phones = { PhoneDraft { u"0555123456"_s }, PhoneDraft { u"+966 55 512 3456"_s },
                     PhoneDraft { u"٠٥٥٥١٢٣٤٥٦"_s }, PhoneDraft { u"011 234 5678"_s, u"work"_s } };
    auto id = contacts().create(draft);
    QVERIFY2(id.ok(), why(id));

    auto contact = contacts().find(*id);
    QVERIFY2(contact.ok(), why(contact));
    QCOMPARE(contact->fullName, u"أحمد بن سعيد"_s);
    // Three spellings of one mobile are one phone; the first spelling is the raw kept.
    QCOMPARE(contact->phones.size(), 2);
    QCOMPARE(contact->phones.at(0).e164, u"+966555123456"_s);
    QCOMPARE(contact->phones.at(0).raw, u"0555123456"_s);
    QVERIFY(contact->phones.at(0).isPrimary);
    QCOMPARE(contact->phones.at(1).e164, u"+966112345678"_s);
    QCOMPARE(contact->phones.at(1).raw, u"011 234 5678"_s);
    QCOMPARE(contact->phones.at(1).label, u"work"_s);
    QVERIFY(!contact->phones.at(1).isPrimary);
    QCOMPARE(liveContacts(), 1);
}

void tst_ContactService::rejectsInvalidPhone_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("field");
    QTest::newRow("too-short") << u"05551"_s << u"mobile"_s << u"mobile"_s;
    QTest::newRow("letters") << u"05x5123456"_s << u"mobile"_s << u"mobile"_s;
    QTest::newRow("foreign-invalid") << u"+1 123 456 7890"_s << u"work"_s << u"phone"_s;
    QTest::newRow("unknown-country") << u"+999 123 456 789"_s << u"mobile"_s << u"mobile"_s;
    QTest::newRow("sa-short-mobile") << u"055512345"_s << u"mobile"_s << u"mobile"_s;
}

void tst_ContactService::rejectsInvalidPhone()
{
    QFETCH(QString, phone);
    QFETCH(QString, label);
    QFETCH(QString, field);
    const qint64 pendingBefore = m_fx.pending();
    QVERIFY(pendingBefore >= 0);
    QSignalSpy saved(&contacts(), &ContactService::contactSaved);

    ContactDraft draft = draftNamed(u"أحمد"_s);
    draft.companyName = u"شركة الأفق"_s; // would be created if anything were written
    draft.phones = { PhoneDraft { u"0555123456"_s }, PhoneDraft { phone, label } };
    const auto result = contacts().create(draft);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::InvalidPhone);
    QCOMPARE(result.error().field, field);
    QCOMPARE(liveContacts(), 0);
    QCOMPARE(m_fx->stats()->companies, 0);
    QCOMPARE(m_fx.pending(), pendingBefore);
    QCOMPARE(saved.count(), 0);
}

void tst_ContactService::rejectsInvalidEmail_data()
{
    QTest::addColumn<QString>("email");
    QTest::newRow("no-at") << u"ahmed.example.com"_s;
    QTest::newRow("two-at") << u"a@b@example.com"_s;
    QTest::newRow("no-domain-dot") << u"ahmed@localhost"_s;
    QTest::newRow("space") << u"ah med@example.com"_s;
}

void tst_ContactService::rejectsInvalidEmail()
{
    QFETCH(QString, email);
    const qint64 pendingBefore = m_fx.pending();
    ContactDraft draft = draftWithPhone(u"سارة"_s, u"0555123456"_s);
    draft.emails = { u"sara@example.com"_s, email };
    const auto result = contacts().create(draft);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::InvalidEmail);
    QCOMPARE(result.error().field, u"email"_s);
    QCOMPARE(liveContacts(), 0);
    QCOMPARE(m_fx.pending(), pendingBefore);
}

void tst_ContactService::missingNameIsMissingField()
{
    const qint64 pendingBefore = m_fx.pending();
    ContactDraft draft = draftWithPhone(u"   "_s, u"0555123456"_s);
    const auto result = contacts().create(draft);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::MissingField);
    QCOMPARE(result.error().field, u"name"_s);
    QCOMPARE(liveContacts(), 0);
    QCOMPARE(m_fx.pending(), pendingBefore);

    // First and last name make a full name when the full name is empty.
    draft.firstName = u"فهد"_s;
    draft.lastName = u"العتيبي"_s;
    auto id = contacts().create(draft);
    QVERIFY2(id.ok(), why(id));
    QCOMPARE(contacts().find(*id)->fullName, u"فهد العتيبي"_s);
}

void tst_ContactService::companyByNameIsFoundByFoldedName()
{
    ContactDraft first = draftNamed(u"أحمد"_s);
    first.companyName = u"شركة الأفق"_s;
    ContactDraft second = draftNamed(u"خالد"_s);
    second.companyName = u"  شركة   الافق "_s;
    auto a = contacts().create(first);
    QVERIFY2(a.ok(), why(a));
    auto b = contacts().create(second);
    QVERIFY2(b.ok(), why(b));

    QCOMPARE(m_fx->stats()->companies, 1);
    const QString companyId = contacts().find(*a)->companyId;
    QVERIFY(!companyId.isEmpty());
    QCOMPARE(contacts().find(*b)->companyId, companyId);
    QCOMPARE(m_fx->companies().find(companyId)->name, u"شركة الأفق"_s); // the first spelling stays

    auto page = contacts().page(std::nullopt, 10);
    QVERIFY2(page.ok(), why(page));
    QCOMPARE(page->rows.size(), 2);
    for (const ContactRow &row : page->rows)
        QCOMPARE(row.companyName, u"شركة الأفق"_s);
}

void tst_ContactService::updateRecordsOnlyChangedFields()
{
    ContactDraft draft = draftWithPhone(u"أحمد"_s, u"0555123456"_s);
    draft.city = u"الرياض"_s;
    draft.emails = { u"ahmed@example.com"_s };
    draft.tags = { u"VIP"_s };
    auto id = contacts().create(draft);
    QVERIFY2(id.ok(), why(id));

    const qint64 before = m_fx.pending();
    draft.city = u"جدة"_s;
    OMNICRM_VERIFY_OK(contacts().update(*id, draft));
    QCOMPARE(m_fx.pending(), before + 1);
    QCOMPARE(m_fx.outboxChanges(*id, u"city"_s), 2);
    QCOMPARE(contacts().find(*id)->city, u"جدة"_s);

    // Saving the same draft again records nothing.
    const qint64 unchanged = m_fx.pending();
    OMNICRM_VERIFY_OK(contacts().update(*id, draft));
    QCOMPARE(m_fx.pending(), unchanged);
}

void tst_ContactService::updateKeepsPhoneIdsAndRecordsNewOnes()
{
    ContactDraft draft = draftWithPhone(u"نورة"_s, u"0555123456"_s);
    draft.phones.append(PhoneDraft { u"0501234567"_s });
    auto id = contacts().create(draft);
    QVERIFY2(id.ok(), why(id));
    const Contact created = *contacts().find(*id);
    QCOMPARE(created.phones.size(), 2);

    // Same numbers, the first typed differently: the phone keeps its id, only raw changes.
    ContactDraft edited = draft;
    edited.phones = { PhoneDraft { u"+966 55 512 3456"_s }, PhoneDraft { u"0501234567"_s },
                      PhoneDraft { u"0112345678"_s, u"work"_s } };
    OMNICRM_VERIFY_OK(contacts().update(*id, edited));
    const Contact updated = *contacts().find(*id);
    QCOMPARE(updated.phones.size(), 3);
    QCOMPARE(updated.phones.at(0).id, created.phones.at(0).id);
    QCOMPARE(updated.phones.at(0).raw, u"+966 55 512 3456"_s);
    QCOMPARE(updated.phones.at(1).id, created.phones.at(1).id);
    QVERIFY(updated.phones.at(2).id != created.phones.at(0).id);
    QVERIFY(updated.phones.at(2).id != created.phones.at(1).id);
    QCOMPARE(updated.phones.at(2).e164, u"+966112345678"_s);

    // Dropping a phone deletes it by causal length; the others stay with their ids.
    edited.phones.removeFirst();
    OMNICRM_VERIFY_OK(contacts().update(*id, edited));
    const Contact trimmed = *contacts().find(*id);
    QCOMPARE(trimmed.phones.size(), 2);
    QCOMPARE(trimmed.phones.at(0).id, created.phones.at(1).id);
    QCOMPARE(m_fx.scalar(u"SELECT cl FROM contact_phone WHERE id = ?"_s, created.phones.at(0).id), 2);
    QVERIFY(trimmed.phones.at(0).isPrimary);
}

void tst_ContactService::removeAndRestore()
{
    ContactDraft draft = draftWithPhone(u"ريم القحطاني"_s, u"0555123456"_s);
    auto id = contacts().create(draft);
    QVERIFY2(id.ok(), why(id));
    auto other = contacts().create(draftNamed(u"ريما"_s));
    QVERIFY2(other.ok(), why(other));
    QVERIFY(pageHas(*id));
    QVERIFY(searchFinds(u"القحطاني"_s, *id));

    OMNICRM_VERIFY_OK(contacts().remove(*id));
    QVERIFY(!pageHas(*id));
    QVERIFY(pageHas(*other));
    QVERIFY(!searchFinds(u"القحطاني"_s, *id));
    QVERIFY(!searchFinds(u"0555123456"_s, *id));
    QCOMPARE(liveContacts(), 1);
    QCOMPARE(contacts().find(*id)->meta.causalLength, 2);

    OMNICRM_VERIFY_OK(contacts().restore(*id));
    QVERIFY(pageHas(*id));
    QVERIFY(searchFinds(u"القحطاني"_s, *id));
    QVERIFY(searchFinds(u"0555123456"_s, *id));
    QCOMPARE(liveContacts(), 2);
    QCOMPARE(contacts().find(*id)->meta.causalLength, 3);
}

void tst_ContactService::signalsAreEmitted()
{
    QSignalSpy saved(&contacts(), &ContactService::contactSaved);
    QSignalSpy removed(&contacts(), &ContactService::contactRemoved);
    QVERIFY(saved.isValid());
    QVERIFY(removed.isValid());

    auto id = contacts().create(draftNamed(u"سلمان"_s));
    QVERIFY2(id.ok(), why(id));
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.takeFirst().at(0).toString(), *id);

    ContactDraft edited = draftNamed(u"سلمان"_s);
    edited.city = u"الدمام"_s;
    OMNICRM_VERIFY_OK(contacts().update(*id, edited));
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.takeFirst().at(0).toString(), *id);

    OMNICRM_VERIFY_OK(contacts().remove(*id));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.takeFirst().at(0).toString(), *id);

    OMNICRM_VERIFY_OK(contacts().restore(*id));
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.takeFirst().at(0).toString(), *id);

    // A failed create says nothing.
    QVERIFY(!contacts().create(draftWithPhone(u"سلمان"_s, u"123"_s)).ok());
    QCOMPARE(saved.count(), 0);
}

void tst_ContactService::duplicateOfFindsByPhoneAndEmail()
{
    ContactDraft draft = draftWithPhone(u"ماجد"_s, u"0555123456"_s);
    draft.emails = { u"Majed@Example.com"_s };
    auto id = contacts().create(draft);
    QVERIFY2(id.ok(), why(id));

    auto byPhone = contacts().validate(draftWithPhone(u"شخص آخر"_s, u"+966 55 512 3456"_s));
    QVERIFY2(byPhone.ok(), why(byPhone));
    auto found = contacts().duplicateOf(*byPhone);
    QVERIFY2(found.ok(), why(found));
    QCOMPARE(*found, *id);

    ContactDraft emailDraft = draftNamed(u"شخص آخر"_s);
    emailDraft.emails = { u"  MAJED@example.COM "_s };
    auto byEmail = contacts().validate(emailDraft);
    QVERIFY2(byEmail.ok(), why(byEmail));
    found = contacts().duplicateOf(*byEmail);
    QVERIFY2(found.ok(), why(found));
    QCOMPARE(*found, *id);

    auto stranger = contacts().validate(draftWithPhone(u"غريب"_s, u"0501234567"_s));
    QVERIFY2(stranger.ok(), why(stranger));
    found = contacts().duplicateOf(*stranger);
    QVERIFY2(found.ok(), why(found));
    QVERIFY(found->isEmpty());

    // A deleted contact is no duplicate.
    OMNICRM_VERIFY_OK(contacts().remove(*id));
    found = contacts().duplicateOf(*byPhone);
    QVERIFY2(found.ok(), why(found));
    QVERIFY(found->isEmpty());
}

void tst_ContactService::tagsFold()
{
    ContactDraft first = draftNamed(u"هند"_s);
    first.tags = { u"VIP"_s, u"vip"_s, u" Vip "_s };
    auto a = contacts().create(first);
    QVERIFY2(a.ok(), why(a));
    QCOMPARE(*contacts().tagsOf(*a), QStringList { u"VIP"_s });

    ContactDraft second = draftNamed(u"منى"_s);
    second.tags = { u"vip"_s, u"عميل مهم"_s };
    auto b = contacts().create(second);
    QVERIFY2(b.ok(), why(b));
    const QStringList tagsOfB = *contacts().tagsOf(*b);
    QCOMPARE(tagsOfB.size(), 2);
    QVERIFY(tagsOfB.contains(u"VIP"_s)); // the existing tag, not a second one
    QCOMPARE(m_fx.scalar(u"SELECT count(*) FROM tag WHERE cl % 2 = 1"_s), 2);

    // update() makes the tags exactly the draft's.
    second.tags = { u"عميل مهم"_s };
    OMNICRM_VERIFY_OK(contacts().update(*b, second));
    QCOMPARE(*contacts().tagsOf(*b), QStringList { u"عميل مهم"_s });
    QCOMPARE(*contacts().tagsOf(*a), QStringList { u"VIP"_s });
}

QTEST_GUILESS_MAIN(tst_ContactService)
#include "tst_contactservice.moc"
