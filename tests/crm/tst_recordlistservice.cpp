// Proves RecordListService: every list order walks by keyset both ways without losing or repeating
// a row (also inside long runs of equal keys), activities sort by due date with undated last, a
// filter returns one kind's folded-Arabic matches in the list's order up to its cap, and records
// deleted then restored (leads, products, activities) leave and rejoin their lists and the index.
#include "crmstore.h"
#include "crmtestsupport.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace OmniCrm;
using namespace Qt::StringLiterals;
using OmniCrm::Test::why;

Q_DECLARE_METATYPE(OmniCrm::ListOrder)

class tst_RecordListService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_fx.close(); }

    void walksEachOrderBothWays_data();
    void walksEachOrderBothWays();
    void resumesInsideEqualKeys_data();
    void resumesInsideEqualKeys();
    void activitiesByDueUndatedLast();
    void filterFindsFoldedArabicOfOneKind();
    void filterSortsLikeTheList();
    void filterIsCapped();
    void activitiesAreIndexedRemovedAndRestored();
    void leadsAndProductsRestore();

private:
    QString addContact(const QString &name, const QString &company = {});
    /// Every contact id by walking pages of `pageSize` in `sort`.
    QStringList walkContacts(const ListSort &sort, int pageSize);

    Test::StoreFixture m_fx;
};

void tst_RecordListService::init()
{
    const QString failure = m_fx.create();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

QString tst_RecordListService::addContact(const QString &name, const QString &company)
{
    ContactDraft draft;
    draft.fullName = name;
    draft.companyName = company;
    auto id = m_fx->contacts().create(draft);
    return id ? *id : QString();
}

QStringList tst_RecordListService::walkContacts(const ListSort &sort, int pageSize)
{
    QStringList ids;
    std::optional<Cursor> after;
    for (int guard = 0; guard < 1000; ++guard) {
        auto page = m_fx->lists().contacts(sort, after, pageSize);
        if (!page)
            return { u"failed: "_s + page.error().detail };
        for (const ContactRow &row : page->rows)
            ids.append(row.id);
        if (page->nextCursor.isEmpty())
            return ids;
        after = Cursor::decode(page->nextCursor);
    }
    return { u"never ended"_s };
}

void tst_RecordListService::walksEachOrderBothWays_data()
{
    QTest::addColumn<ListOrder>("order");
    QTest::newRow("name") << ListOrder::Name;
    QTest::newRow("updated") << ListOrder::Updated;
}

void tst_RecordListService::walksEachOrderBothWays()
{
    QFETCH(ListOrder, order);
    const QStringList names { u"سارة"_s, u"أحمد"_s, u"Zaid"_s, u"بدر"_s,  u"إبراهيم"_s, u"ليلى"_s,
                              u"Adam"_s, u"تركي"_s, u"نورة"_s, u"خالد"_s, u"ريم"_s,     u"فهد"_s };
    for (const QString &name : names)
        QVERIFY(!addContact(name).isEmpty());

    const QStringList ascending = walkContacts({ order, false }, 5);
    const QStringList descending = walkContacts({ order, true }, 3);
    QCOMPARE(ascending.size(), names.size());
    QCOMPARE(QSet<QString>(ascending.begin(), ascending.end()).size(), names.size()); // no repeats
    QStringList reversed = descending;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(reversed, ascending);
    // One page holding everything is the same order as the small pages.
    auto whole = m_fx->lists().contacts({ order, false }, std::nullopt, 100);
    QVERIFY2(whole.ok(), why(whole));
    QCOMPARE(whole->rows.size(), names.size());
    for (int i = 0; i < names.size(); ++i)
        QCOMPARE(whole->rows.at(i).id, ascending.at(i));
    if (order == ListOrder::Name) {
        // Folded: Latin before Arabic; إبراهيم and أحمد sort as ابراهيم and احمد, before بدر.
        QCOMPARE(whole->rows.at(0).fullName, u"Adam"_s);
        QCOMPARE(whole->rows.at(1).fullName, u"Zaid"_s);
        QCOMPARE(whole->rows.at(2).fullName, u"إبراهيم"_s);
        QCOMPARE(whole->rows.at(3).fullName, u"أحمد"_s);
        QCOMPARE(whole->rows.at(4).fullName, u"بدر"_s);
    }
}

void tst_RecordListService::resumesInsideEqualKeys_data()
{
    QTest::addColumn<ListOrder>("order");
    QTest::addColumn<bool>("descending");
    QTest::newRow("name-asc") << ListOrder::Name << false;
    QTest::newRow("name-desc") << ListOrder::Name << true;
    QTest::newRow("updated-asc") << ListOrder::Updated << false;
    QTest::newRow("updated-desc") << ListOrder::Updated << true;
}

void tst_RecordListService::resumesInsideEqualKeys()
{
    QFETCH(ListOrder, order);
    QFETCH(bool, descending);
    // 30 namesakes written in one second of the same import: every key equal, only rowid differs.
    for (int i = 0; i < 30; ++i)
        QVERIFY(!addContact(u"محمد"_s).isEmpty());
    QVERIFY(!addContact(u"بدر"_s).isEmpty());
    QVERIFY(!addContact(u"يوسف"_s).isEmpty());
    OMNICRM_VERIFY_OK(
        m_fx->database().exec(u"UPDATE contact SET updated_at = 1000 WHERE full_name = 'محمد'"_s));

    const QStringList ids = walkContacts({ order, descending }, 7);
    QCOMPARE(ids.size(), 32);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 32);
    auto whole = m_fx->lists().contacts({ order, descending }, std::nullopt, 100);
    QVERIFY2(whole.ok(), why(whole));
    for (int i = 0; i < 32; ++i)
        QCOMPARE(ids.at(i), whole->rows.at(i).id);
    // Inside the run of equal keys, rows follow rowid in the sort's direction.
    QList<qint64> run;
    for (const ContactRow &row : whole->rows) {
        if (row.fullName == u"محمد")
            run.append(row.rowId);
    }
    QVERIFY(std::is_sorted(run.begin(), run.end(),
                           [&](qint64 a, qint64 b) { return descending ? a > b : a < b; }));
}

void tst_RecordListService::activitiesByDueUndatedLast()
{
    const QString contact = addContact(u"تركي"_s);
    const auto log = [&](const QString &subject, std::optional<qint64> due) {
        ActivityDraft draft;
        draft.kind = ActivityKind::Task;
        draft.subject = subject;
        draft.targetType = u"contact"_s;
        draft.targetId = contact;
        draft.dueAt = due;
        auto id = m_fx->activities().log(draft);
        QVERIFY2(id.ok(), why(id));
    };
    log(u"ثالث"_s, 3000);
    log(u"بلا موعد"_s, std::nullopt);
    log(u"أول"_s, 1000);
    log(u"ثان"_s, 2000);

    const auto subjects = [&](bool descending, int pageSize) {
        QStringList out;
        std::optional<Cursor> after;
        while (true) {
            auto page = m_fx->lists().activities({ ListOrder::Due, descending }, after, pageSize);
            if (!page)
                return QStringList { page.error().detail };
            for (const ActivityRow &row : page->rows)
                out.append(row.subject);
            if (page->nextCursor.isEmpty())
                return out;
            after = Cursor::decode(page->nextCursor);
        }
    };
    QCOMPARE(subjects(false, 1), (QStringList { u"أول"_s, u"ثان"_s, u"ثالث"_s, u"بلا موعد"_s }));
    QCOMPARE(subjects(true, 3), (QStringList { u"بلا موعد"_s, u"ثالث"_s, u"ثان"_s, u"أول"_s }));

    auto bySubject = m_fx->lists().activities({ ListOrder::Name, false }, std::nullopt, 10);
    QVERIFY2(bySubject.ok(), why(bySubject));
    QCOMPARE(bySubject->rows.first().subject, u"أول"_s); // folded: أ sorts as ا
    QCOMPARE(bySubject->rows.first().targetName, u"تركي"_s);
    QCOMPARE(bySubject->rows.first().targetType, u"contact"_s);
}

void tst_RecordListService::filterFindsFoldedArabicOfOneKind()
{
    const QString ahmad = addContact(u"أحمد الغامدي"_s, u"مؤسسة النور"_s);
    QVERIFY(!addContact(u"سارة"_s).isEmpty());
    CompanyDraft company;
    company.name = u"أحمد للتجارة"_s;
    OMNICRM_VERIFY_OK(m_fx->companies().create(company));

    // No hamza, ى/ي and ة/ه folded: the contact, and only the contact, answers.
    auto rows = m_fx->lists().matchingContacts(u"احمد"_s, {}, 50);
    QVERIFY2(rows.ok(), why(rows));
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().id, ahmad);
    QCOMPARE(rows->first().companyName, u"مؤسسة النور"_s); // the same columns as the list
    auto byCompany = m_fx->lists().matchingContacts(u"موسسه"_s, {}, 50);
    QVERIFY2(byCompany.ok(), why(byCompany));
    QCOMPARE(byCompany->size(), 1);
    auto companies = m_fx->lists().matchingCompanies(u"احمد"_s, {}, 50);
    QVERIFY2(companies.ok(), why(companies));
    QCOMPARE(companies->size(), 1);
    QCOMPARE(companies->first().name, u"أحمد للتجارة"_s);
}

void tst_RecordListService::filterSortsLikeTheList()
{
    for (const QString &name : { u"عميل جيم"_s, u"عميل ألف"_s, u"عميل باء"_s, u"مورد"_s })
        QVERIFY(!addContact(name).isEmpty());
    const auto names = [&](const ListSort &sort) {
        QStringList out;
        auto rows = m_fx->lists().matchingContacts(u"عميل"_s, sort, 50);
        if (rows) {
            for (const ContactRow &row : *rows)
                out.append(row.fullName);
        }
        return out;
    };
    QCOMPARE(names({ ListOrder::Name, false }),
             (QStringList { u"عميل ألف"_s, u"عميل باء"_s, u"عميل جيم"_s }));
    QCOMPARE(names({ ListOrder::Name, true }), (QStringList { u"عميل جيم"_s, u"عميل باء"_s, u"عميل ألف"_s }));
    QCOMPARE(names({ ListOrder::Updated, true }),
             (QStringList { u"عميل باء"_s, u"عميل ألف"_s, u"عميل جيم"_s }));
}

void tst_RecordListService::filterIsCapped()
{
    for (int i = 0; i < 12; ++i)
        QVERIFY(!addContact(u"عميل %1"_s.arg(i)).isEmpty());
    auto rows = m_fx->lists().matchingContacts(u"عميل"_s, {}, 5);
    QVERIFY2(rows.ok(), why(rows));
    QCOMPARE(rows->size(), 5);
}

void tst_RecordListService::activitiesAreIndexedRemovedAndRestored()
{
    const QString contact = addContact(u"عرض خاص"_s); // a contact whose name shares the word
    ActivityDraft draft;
    draft.kind = ActivityKind::Email;
    draft.subject = u"إرسال عرض السعر"_s;
    draft.body = u"Quotation for 40 units"_s;
    draft.targetType = u"contact"_s;
    draft.targetId = contact;
    auto id = m_fx->activities().log(draft);
    QVERIFY2(id.ok(), why(id));

    const auto found = [&](const QString &text) {
        auto rows = m_fx->lists().matchingActivities(text, {}, 10);
        return rows && rows->size() == 1 && rows->first().id == *id;
    };
    QVERIFY(found(u"ارسال"_s));
    QVERIFY(found(u"quotation"_s));
    // The global search keeps to the kinds it shows: the contact, not the activity.
    auto global = m_fx->search().search(u"عرض"_s, 10);
    QVERIFY2(global.ok(), why(global));
    QCOMPARE(global->size(), 1);
    QCOMPARE(global->first().kind, RecordKind::Contact);

    QSignalSpy removed(&m_fx->activities(), &ActivityService::activityRemoved);
    OMNICRM_VERIFY_OK(m_fx->activities().remove(*id));
    QCOMPARE(removed.count(), 1);
    QVERIFY(!found(u"ارسال"_s));
    auto page = m_fx->lists().activities({}, std::nullopt, 10);
    QVERIFY2(page.ok(), why(page));
    QVERIFY(page->rows.isEmpty());

    QSignalSpy saved(&m_fx->activities(), &ActivityService::activitySaved);
    OMNICRM_VERIFY_OK(m_fx->activities().restore(*id));
    QCOMPARE(saved.count(), 1);
    QVERIFY(found(u"ارسال"_s));
    auto timeline = m_fx->activities().timeline(u"contact"_s, contact);
    QVERIFY2(timeline.ok(), why(timeline));
    QCOMPARE(timeline->size(), 1);
}

void tst_RecordListService::leadsAndProductsRestore()
{
    LeadDraft lead;
    lead.title = u"طلب توريد"_s;
    auto leadId = m_fx->leads().create(lead);
    QVERIFY2(leadId.ok(), why(leadId));
    QSignalSpy leadRemoved(&m_fx->leads(), &LeadService::leadRemoved);
    OMNICRM_VERIFY_OK(m_fx->leads().remove(*leadId));
    QCOMPARE(leadRemoved.count(), 1);
    auto leads = m_fx->lists().matchingLeads(u"توريد"_s, {}, 10);
    QVERIFY2(leads.ok(), why(leads));
    QVERIFY(leads->isEmpty());
    OMNICRM_VERIFY_OK(m_fx->leads().restore(*leadId));
    leads = m_fx->lists().matchingLeads(u"توريد"_s, {}, 10);
    QVERIFY2(leads.ok(), why(leads));
    QCOMPARE(leads->size(), 1);
    auto leadPage = m_fx->lists().leads({ ListOrder::Updated, true }, std::nullopt, 10);
    QVERIFY2(leadPage.ok(), why(leadPage));
    QCOMPARE(leadPage->rows.size(), 1);

    ProductDraft product;
    product.sku = u"CEM-50"_s;
    product.nameAr = u"أسمنت"_s;
    product.priceMinor = 2500;
    auto productId = m_fx->products().create(product);
    QVERIFY2(productId.ok(), why(productId));
    QSignalSpy productRemoved(&m_fx->products(), &ProductService::productRemoved);
    OMNICRM_VERIFY_OK(m_fx->products().remove(*productId));
    QCOMPARE(productRemoved.count(), 1);
    OMNICRM_VERIFY_OK(m_fx->products().restore(*productId));
    auto products = m_fx->lists().matchingProducts(u"اسمنت"_s, {}, 10);
    QVERIFY2(products.ok(), why(products));
    QCOMPARE(products->size(), 1);

    // A deleted product whose SKU a new product took cannot come back beside it.
    OMNICRM_VERIFY_OK(m_fx->products().remove(*productId));
    product.nameAr = u"أسمنت مقاوم"_s;
    OMNICRM_VERIFY_OK(m_fx->products().create(product));
    const Status refused = m_fx->products().restore(*productId);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Duplicate);
}

QTEST_GUILESS_MAIN(tst_RecordListService)
#include "tst_recordlistservice.moc"
