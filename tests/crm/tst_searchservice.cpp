// Proves SearchService: one search box over folded text. Arabic spellings a user would call the
// same meet (hamza, diacritics, tatweel, taa marbuta, alef maqsura), words match by prefix,
// phones match however they are typed, kinds filter, deletes leave the index, limits hold, and
// nothing a user types is ever FTS syntax.
#include "crmstore.h"
#include "crmtestsupport.h"

#include <QTest>

using namespace OmniCrm;
using namespace Qt::StringLiterals;
using OmniCrm::Test::why;

class tst_SearchService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_fx.close(); }

    void findsFoldedArabic_data();
    void findsFoldedArabic();
    void findsPhoneInAnyFormat_data();
    void findsPhoneInAnyFormat();
    void findsEmailParts_data();
    void findsEmailParts();
    void companyNameFindsItsContacts();
    void renamedCompanyFindsItsContactsByTheNewName();
    void kindsFilter();
    void deletedContactIsNotFound();
    void updateReindexes();
    void queryIsNeverSyntax_data();
    void queryIsNeverSyntax();
    void limitIsRespected();
    void unrelatedTextFindsNothing();

private:
    QString createContact(const QString &name, const QString &phone = {}, const QString &email = {},
                          const QString &company = {});
    QStringList idsFor(const QString &text, const QList<RecordKind> &kinds = {});

    Test::StoreFixture m_fx;
    QString m_ahmed;
    QString m_fatima;
    QString m_mustafa;
    QString m_john;
};

QString tst_SearchService::createContact(const QString &name, const QString &phone, const QString &email,
                                         const QString &company)
{
    ContactDraft draft;
    draft.fullName = name;
    if (!phone.isEmpty())
        draft.phones.append(PhoneDraft { phone });
    if (!email.isEmpty())
        draft.emails.append(email);
    draft.companyName = company;
    auto id = m_fx->contacts().create(draft);
    if (!id) {
        qWarning("create failed: %s", why(id));
        return {};
    }
    return *id;
}

QStringList tst_SearchService::idsFor(const QString &text, const QList<RecordKind> &kinds)
{
    auto results = m_fx->search().search(text, 50, kinds);
    if (!results) {
        qWarning("search failed: %s", why(results));
        return { u"<error>"_s };
    }
    QStringList ids;
    for (const SearchResult &result : *results)
        ids.append(result.id);
    return ids;
}

void tst_SearchService::init()
{
    const QString failure = m_fx.create();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_ahmed = createContact(u"أحمد العلي"_s, u"0555123456"_s, u"Ahmed.Ali@Example.com"_s, u"شركة الأفق"_s);
    m_fatima = createContact(u"فاطمة الزهراء"_s, u"0501234567"_s);
    m_mustafa = createContact(u"مصطفى كمال"_s);
    m_john = createContact(u"John Smith"_s, {}, u"john@smith.io"_s);
    QVERIFY(!m_ahmed.isEmpty());
    QVERIFY(!m_fatima.isEmpty());
    QVERIFY(!m_mustafa.isEmpty());
    QVERIFY(!m_john.isEmpty());
}

void tst_SearchService::findsFoldedArabic_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("who");
    QTest::newRow("plain-alef") << u"احمد"_s << u"ahmed"_s;
    QTest::newRow("hamza-above") << u"أحمد"_s << u"ahmed"_s;
    QTest::newRow("hamza-below") << u"إحمد"_s << u"ahmed"_s;
    QTest::newRow("madda") << u"آحمد"_s << u"ahmed"_s;
    QTest::newRow("diacritics") << u"أحْمَد"_s << u"ahmed"_s;
    QTest::newRow("tatweel") << u"أحـــمد"_s << u"ahmed"_s;
    QTest::newRow("prefix") << u"أحم"_s << u"ahmed"_s;
    QTest::newRow("two-words") << u"احمد العلي"_s << u"ahmed"_s;
    QTest::newRow("second-word-prefix") << u"العل"_s << u"ahmed"_s;
    QTest::newRow("taa-marbuta-as-ha") << u"فاطمه"_s << u"fatima"_s;
    QTest::newRow("taa-marbuta") << u"فاطمة"_s << u"fatima"_s;
    QTest::newRow("alef-maqsura-as-ya") << u"مصطفي"_s << u"mustafa"_s;
    QTest::newRow("alef-maqsura") << u"مصطفى"_s << u"mustafa"_s;
    QTest::newRow("english-lower") << u"john"_s << u"john"_s;
    QTest::newRow("english-upper-prefix") << u"SMI"_s << u"john"_s;
    QTest::newRow("english-mixed-prefix") << u"jOh sM"_s << u"john"_s;
}

void tst_SearchService::findsFoldedArabic()
{
    QFETCH(QString, query);
    QFETCH(QString, who);
    const QString expected = who == u"ahmed" ? m_ahmed
        : who == u"fatima"                   ? m_fatima
        : who == u"mustafa"                  ? m_mustafa
                                             : m_john;
    const QStringList ids = idsFor(query, { RecordKind::Contact });
    QCOMPARE(ids, QStringList { expected });
}

void tst_SearchService::findsPhoneInAnyFormat_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("arabic-indic") << u"٠٥٥٥١٢٣٤٥٦"_s;
    QTest::newRow("national") << u"0555123456"_s;
    QTest::newRow("e164") << u"+966555123456"_s;
    QTest::newRow("00-prefix") << u"00966555123456"_s;
    QTest::newRow("spaced") << u"055 512 3456"_s;
    QTest::newRow("international-spaced") << u"+966 55 512 3456"_s;
    QTest::newRow("dashes-parens") << u"(055) 512-3456"_s;
    QTest::newRow("partial-national") << u"0555"_s;
    QTest::newRow("partial-arabic-indic") << u"٠٥٥٥١٢"_s;
    QTest::newRow("without-trunk") << u"555123456"_s;
    QTest::newRow("partial-without-trunk") << u"55512"_s;
}

void tst_SearchService::findsPhoneInAnyFormat()
{
    QFETCH(QString, query);
    QCOMPARE(idsFor(query), QStringList { m_ahmed });
}

void tst_SearchService::findsEmailParts_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("local-part") << u"ahmed.ali"_s;
    QTest::newRow("domain") << u"example"_s;
    QTest::newRow("whole-address-upper") << u"AHMED.ALI@EXAMPLE.COM"_s;
}

void tst_SearchService::findsEmailParts()
{
    QFETCH(QString, query);
    QCOMPARE(idsFor(query, { RecordKind::Contact }), QStringList { m_ahmed });
}

void tst_SearchService::companyNameFindsItsContacts()
{
    const QString second = createContact(u"خالد"_s, {}, {}, u"شركة الافق"_s);
    QVERIFY(!second.isEmpty());
    QStringList contacts = idsFor(u"الأفق"_s, { RecordKind::Contact });
    contacts.sort();
    QStringList expected { m_ahmed, second };
    expected.sort();
    QCOMPARE(contacts, expected);

    const QString companyId = m_fx->contacts().find(m_ahmed)->companyId;
    QCOMPARE(idsFor(u"الافق"_s, { RecordKind::Company }), QStringList { companyId });
    auto results = m_fx->search().search(u"الافق"_s, 10, { RecordKind::Contact });
    QVERIFY2(results.ok(), why(results));
    QCOMPARE(results->size(), 2);
    for (const SearchResult &result : *results) {
        QCOMPARE(result.kind, RecordKind::Contact);
        QCOMPARE(result.subtitle, u"شركة الأفق"_s);
    }
}

void tst_SearchService::renamedCompanyFindsItsContactsByTheNewName()
{
    const QString companyId = m_fx->contacts().find(m_ahmed)->companyId;
    QVERIFY(!companyId.isEmpty());
    CompanyDraft renamed;
    renamed.name = u"مجموعة الواحة"_s;
    OMNICRM_VERIFY_OK(m_fx->companies().update(companyId, renamed));
    QCOMPARE(idsFor(u"الواحه"_s, { RecordKind::Contact }), QStringList { m_ahmed });
    QVERIFY(idsFor(u"الافق"_s, { RecordKind::Contact }).isEmpty());
}

void tst_SearchService::kindsFilter()
{
    LeadDraft lead;
    lead.personName = u"أحمد الغامدي"_s;
    auto leadId = m_fx->leads().create(lead);
    QVERIFY2(leadId.ok(), why(leadId));
    ProductDraft product;
    product.sku = u"AHM-1"_s;
    product.nameAr = u"أحمر شفاه"_s;
    auto productId = m_fx->products().create(product);
    QVERIFY2(productId.ok(), why(productId));

    QCOMPARE(idsFor(u"احم"_s, { RecordKind::Lead }), QStringList { *leadId });
    QCOMPARE(idsFor(u"احم"_s, { RecordKind::Product }), QStringList { *productId });
    QCOMPARE(idsFor(u"احم"_s, { RecordKind::Contact }), QStringList { m_ahmed });
    QStringList both = idsFor(u"احم"_s, { RecordKind::Contact, RecordKind::Lead });
    both.sort();
    QStringList expected { m_ahmed, *leadId };
    expected.sort();
    QCOMPARE(both, expected);
    QCOMPARE(idsFor(u"احم"_s).size(), 3);
    QVERIFY(idsFor(u"احم"_s, { RecordKind::Deal }).isEmpty());

    auto results = m_fx->search().search(u"احم"_s, 10, { RecordKind::Lead });
    QVERIFY2(results.ok(), why(results));
    QCOMPARE(results->size(), 1);
    QCOMPARE(results->at(0).kind, RecordKind::Lead);
    QCOMPARE(results->at(0).title, u"أحمد الغامدي"_s);
}

void tst_SearchService::deletedContactIsNotFound()
{
    OMNICRM_VERIFY_OK(m_fx->contacts().remove(m_ahmed));
    QVERIFY(idsFor(u"احمد"_s).isEmpty());
    QVERIFY(idsFor(u"0555123456"_s).isEmpty());
    QVERIFY(idsFor(u"example"_s).isEmpty());
    // Its company is still there.
    QCOMPARE(idsFor(u"الافق"_s, { RecordKind::Contact }), QStringList());
    QCOMPARE(idsFor(u"الافق"_s, { RecordKind::Company }).size(), 1);
}

void tst_SearchService::updateReindexes()
{
    ContactDraft draft;
    draft.fullName = u"أحمد الزهراني"_s;
    draft.phones = { PhoneDraft { u"0501112222"_s } };
    OMNICRM_VERIFY_OK(m_fx->contacts().update(m_ahmed, draft));
    QCOMPARE(idsFor(u"الزهراني"_s), QStringList { m_ahmed });
    QVERIFY(idsFor(u"العلي"_s).isEmpty());
    QVERIFY(idsFor(u"0555123456"_s).isEmpty());
    QCOMPARE(idsFor(u"050 111 2222"_s), QStringList { m_ahmed });
    QVERIFY(idsFor(u"example"_s).isEmpty()); // the e-mail was dropped
}

void tst_SearchService::queryIsNeverSyntax_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("findsAhmed");
    QTest::newRow("quote") << u"\""_s << false;
    QTest::newRow("star") << u"*"_s << false;
    QTest::newRow("or") << u"OR"_s << false;
    QTest::newRow("near") << u"NEAR"_s << false;
    QTest::newRow("minus") << u"-"_s << false;
    QTest::newRow("paren") << u"("_s << false;
    QTest::newRow("colon") << u"body:احمد"_s << false;
    QTest::newRow("caret") << u"^احمد"_s << true;
    QTest::newRow("open-quote") << u"\"احمد"_s << true;
    QTest::newRow("star-suffix") << u"احمد*"_s << true;
    QTest::newRow("minus-prefix") << u"-احمد"_s << true;
    QTest::newRow("parens") << u"(احمد)"_s << true;
    QTest::newRow("and-or-not") << u"احمد AND OR NOT"_s << false;
    QTest::newRow("near-slash") << u"احمد NEAR/3 العلي"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("spaces") << u"   "_s << false;
    QTest::newRow("only-punctuation") << u"\"*()-:^"_s << false;
    QTest::newRow("unbalanced") << u"((\"احمد"_s << true;
}

void tst_SearchService::queryIsNeverSyntax()
{
    QFETCH(QString, query);
    QFETCH(bool, findsAhmed);
    auto results = m_fx->search().search(query, 20);
    QVERIFY2(results.ok(), why(results));
    const bool found = std::any_of(results->begin(), results->end(),
                                   [&](const SearchResult &r) { return r.id == m_ahmed; });
    QCOMPARE(found, findsAhmed);
}

void tst_SearchService::limitIsRespected()
{
    for (int i = 0; i < 25; ++i)
        QVERIFY(!createContact(u"سعد %1"_s.arg(i)).isEmpty());
    QCOMPARE(idsFor(u"سعد"_s).size(), 25);
    auto ten = m_fx->search().search(u"سعد"_s, 10);
    QVERIFY2(ten.ok(), why(ten));
    QCOMPARE(ten->size(), 10);
    auto none = m_fx->search().search(u"سعد"_s, 0);
    QVERIFY2(none.ok(), why(none));
    QCOMPARE(none->size(), 0);
    auto one = m_fx->search().search(u"سعد"_s, 1, { RecordKind::Contact });
    QVERIFY2(one.ok(), why(one));
    QCOMPARE(one->size(), 1);
}

void tst_SearchService::unrelatedTextFindsNothing()
{
    QVERIFY(idsFor(u"زبرجد"_s).isEmpty());
    QVERIFY(idsFor(u"احمدي"_s).isEmpty()); // longer than the word: no match
    QVERIFY(idsFor(u"0566"_s).isEmpty());
    QVERIFY(idsFor(u"احمد فاطمه"_s).isEmpty()); // every word must match one record
}

QTEST_GUILESS_MAIN(tst_SearchService)
#include "tst_searchservice.moc"
