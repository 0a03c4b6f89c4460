// MergeService on a real encrypted store: survivorship and alternates, links moved to the
// survivor, the loser soft-deleted, outbox rows for all of it, undo as a whole, and the review
// queue that remembers a dismissal and auto-merges only when allowed.
#include "companyrepository.h"
#include "contactrepository.h"
#include "crmtestsupport.h"
#include "mergerepository.h"
#include "mergeservice.h"

#include <QThread>

using namespace OmniCrm;
using namespace OmniCrm::Test;

class tst_MergeService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void keepsEveryValueWithSurvivorship();
    void movesLinksAndDeletesLoser();
    void writesOutboxRows();
    void undoRestoresLoserLinksAndValues();
    void searchFollowsMergeAndUndo();
    void mergesCompaniesWithTheirContacts();
    void reviewQueueRemembersDismissalAndAutoMergeNeedsPermission();
    void refusesBadMerges();

private:
    QString createContact(const ContactDraft &draft);
    /// Two contacts of one person: the first older and more complete, the second newer.
    void createPair();

    StoreFixture m_fixture;
    std::unique_ptr<ContactRepository> m_contacts;
    std::unique_ptr<CompanyRepository> m_companies;
    std::unique_ptr<MergeRepository> m_merges;
    std::unique_ptr<MergeService> m_service;
    QString m_older;
    QString m_newer;
};

void tst_MergeService::init()
{
    const QString error = m_fixture.create();
    QVERIFY2(error.isEmpty(), why(error));
    Database &db = m_fixture->database();
    m_contacts = std::make_unique<ContactRepository>(db);
    m_companies = std::make_unique<CompanyRepository>(db);
    m_merges = std::make_unique<MergeRepository>(db);
    m_service = std::make_unique<MergeService>(m_fixture->changeLog(), *m_contacts, *m_companies, *m_merges,
                                               m_fixture->settings(), m_fixture->phones());
}

void tst_MergeService::cleanup()
{
    m_service.reset();
    m_merges.reset();
    m_companies.reset();
    m_contacts.reset();
    m_fixture.close();
}

QString tst_MergeService::createContact(const ContactDraft &draft)
{
    auto id = m_fixture->contacts().create(draft);
    if (!id) {
        qWarning("create: %s", why(id));
        return {};
    }
    return *id;
}

void tst_MergeService::createPair()
{
    ContactDraft older;
    older.fullName = QStringLiteral(u"محمد العتيبي");
    older.title = QStringLiteral(u"مدير المشتريات");
    older.city = QStringLiteral(u"الرياض");
    older.address = QStringLiteral(u"حي العليا، طريق الملك فهد");
    older.notes = QStringLiteral(u"يفضل الاتصال صباحاً");
    older.phones = { { QStringLiteral("0555123456") } };
    older.emails = { QStringLiteral("m.otaibi@example.sa") };
    older.tags = { QStringLiteral("VIP") };
    m_older = createContact(older);
    QThread::msleep(5); // the second one is strictly newer
    ContactDraft newer;
    newer.fullName = QStringLiteral("Mohammed Al-Otaibi");
    newer.city = QStringLiteral("Riyadh");
    newer.notes = QStringLiteral("Asked for a quote");
    newer.phones = { { QStringLiteral("+966 50 111 2222") }, { QStringLiteral("0555123456") } };
    newer.emails = { QStringLiteral("mohammed@otaibi.sa") };
    newer.tags = { QStringLiteral("VIP"), QStringLiteral(u"جملة") };
    m_newer = createContact(newer);
    QVERIFY(!m_older.isEmpty() && !m_newer.isEmpty());
}

void tst_MergeService::keepsEveryValueWithSurvivorship()
{
    createPair();
    const auto outcome = m_service->merge(MergeKind::Contact, m_newer, m_older);
    OMNICRM_VERIFY_OK(outcome);
    QCOMPARE(outcome->survivorId, m_older); // more complete: it has a title and an address
    QCOMPARE(outcome->loserId, m_newer);

    const auto survivor = m_contacts->find(m_older);
    OMNICRM_VERIFY_OK(survivor);
    // Both have a name and a city: the newer record's values win, the older ones stay as alternates.
    QCOMPARE(survivor->fullName, QStringLiteral("Mohammed Al-Otaibi"));
    QCOMPARE(survivor->city, QStringLiteral("Riyadh"));
    QCOMPARE(survivor->title, QStringLiteral(u"مدير المشتريات")); // only the survivor had one
    QVERIFY(survivor->notes.contains(QStringLiteral(u"يفضل الاتصال صباحاً")));
    QVERIFY(survivor->notes.contains(QStringLiteral("Asked for a quote")));
    QStringList phones;
    for (const ContactPhone &phone : survivor->phones)
        phones.append(phone.e164);
    phones.sort();
    QCOMPARE(phones, QStringList({ QStringLiteral("+966501112222"), QStringLiteral("+966555123456") }));
    QCOMPARE(survivor->emails.size(), 2);

    const auto alternates = m_service->alternatesOf(MergeKind::Contact, m_older);
    OMNICRM_VERIFY_OK(alternates);
    QHash<QString, QString> byField;
    for (const RecordAlternate &alternate : *alternates) {
        byField.insert(alternate.field, alternate.value);
        QCOMPARE(alternate.sourceId, m_newer);
    }
    QCOMPARE(byField.value(QStringLiteral("full_name")), QStringLiteral(u"محمد العتيبي"));
    QCOMPARE(byField.value(QStringLiteral("city")), QStringLiteral(u"الرياض"));
    QVERIFY(!byField.contains(QStringLiteral("title")));
}

void tst_MergeService::movesLinksAndDeletesLoser()
{
    createPair();
    ActivityDraft call;
    call.kind = ActivityKind::Call;
    call.subject = QStringLiteral(u"اتصال متابعة");
    call.targetType = QStringLiteral("contact");
    call.targetId = m_newer;
    const auto activity = m_fixture->activities().log(call);
    OMNICRM_VERIFY_OK(activity);
    DealDraft deal;
    deal.title = QStringLiteral(u"توريد أثاث");
    deal.contactId = m_newer;
    const auto dealId = m_fixture->deals().create(deal);
    OMNICRM_VERIFY_OK(dealId);

    const auto outcome = m_service->merge(MergeKind::Contact, m_older, m_newer);
    OMNICRM_VERIFY_OK(outcome);
    QCOMPARE(m_fixture->activities().find(*activity)->targetId, m_older);
    QCOMPARE(m_fixture->deals().find(*dealId)->contactId, m_older);
    auto tags = m_fixture->contacts().tagsOf(m_older);
    OMNICRM_VERIFY_OK(tags);
    QCOMPARE(tags->size(), 2);
    QVERIFY(tags->contains(QStringLiteral(u"جملة")));
    const auto loser = m_contacts->find(m_newer);
    OMNICRM_VERIFY_OK(loser);
    QVERIFY(!loser->meta.isAlive());
    QCOMPARE(loser->meta.causalLength, 2);
}

void tst_MergeService::writesOutboxRows()
{
    createPair();
    ActivityDraft note;
    note.subject = QStringLiteral("note");
    note.targetType = QStringLiteral("contact");
    note.targetId = m_newer;
    const auto activity = m_fixture->activities().log(note);
    OMNICRM_VERIFY_OK(activity);
    const qint64 before = m_fixture.pending();
    const qint64 activityMoves = m_fixture.outboxChanges(*activity, QStringLiteral("target_id"));
    OMNICRM_VERIFY_OK(m_service->merge(MergeKind::Contact, m_older, m_newer));
    QVERIFY(m_fixture.pending() > before);
    QCOMPARE(m_fixture.outboxChanges(m_newer, QStringLiteral("cl")), 1); // the soft delete
    QCOMPARE(m_fixture.outboxChanges(*activity, QStringLiteral("target_id")), activityMoves + 1);
    QVERIFY(m_fixture.outboxChanges(m_older, QStringLiteral("full_name")) >= 2); // created, then merged
    QCOMPARE(m_fixture.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE tbl = 'record_alternate'")),
             2);
}

void tst_MergeService::undoRestoresLoserLinksAndValues()
{
    createPair();
    ActivityDraft call;
    call.subject = QStringLiteral("call");
    call.targetType = QStringLiteral("contact");
    call.targetId = m_newer;
    const auto activity = m_fixture->activities().log(call);
    OMNICRM_VERIFY_OK(activity);
    const auto olderBefore = m_contacts->find(m_older);
    OMNICRM_VERIFY_OK(olderBefore);

    const auto outcome = m_service->merge(MergeKind::Contact, m_older, m_newer);
    OMNICRM_VERIFY_OK(outcome);
    const qint64 pendingAfterMerge = m_fixture.pending();
    OMNICRM_VERIFY_OK(m_service->undo(outcome->mergeId));
    QVERIFY(m_fixture.pending() > pendingAfterMerge); // the undo syncs too

    const auto survivor = m_contacts->find(m_older);
    OMNICRM_VERIFY_OK(survivor);
    QCOMPARE(survivor->fullName, olderBefore->fullName);
    QCOMPARE(survivor->city, olderBefore->city);
    QCOMPARE(survivor->notes, olderBefore->notes);
    QCOMPARE(survivor->phones.size(), 1);
    QCOMPARE(survivor->emails.size(), 1);
    const auto loser = m_contacts->find(m_newer);
    OMNICRM_VERIFY_OK(loser);
    QVERIFY(loser->meta.isAlive());
    QCOMPARE(loser->phones.size(), 2);
    QCOMPARE(m_fixture->activities().find(*activity)->targetId, m_newer);
    auto olderTags = m_fixture->contacts().tagsOf(m_older);
    auto newerTags = m_fixture->contacts().tagsOf(m_newer);
    OMNICRM_VERIFY_OK(olderTags);
    OMNICRM_VERIFY_OK(newerTags);
    QCOMPARE(*olderTags, QStringList { QStringLiteral("VIP") });
    QCOMPARE(newerTags->size(), 2);
    QCOMPARE(m_service->alternatesOf(MergeKind::Contact, m_older)->size(), 0);

    const Status again = m_service->undo(outcome->mergeId);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::Conflict);
}

// The loser leaves the index, the survivor is found by every name and e-mail it now holds, and
// an undo puts both back as they were.
void tst_MergeService::searchFollowsMergeAndUndo()
{
    createPair();
    const auto idsFound = [this](const QString &text) {
        QStringList ids;
        const auto results = m_fixture->search().search(text, 20, { RecordKind::Contact });
        if (results) {
            for (const SearchResult &result : *results)
                ids.append(result.id);
        }
        ids.sort();
        return ids;
    };
    QStringList both { m_older, m_newer };
    both.sort();
    QCOMPARE(idsFound(QStringLiteral("0555123456")), both);

    const auto outcome = m_service->merge(MergeKind::Contact, m_newer, m_older);
    OMNICRM_VERIFY_OK(outcome);
    QCOMPARE(idsFound(QStringLiteral("0555123456")), QStringList { m_older });
    QCOMPARE(idsFound(QStringLiteral("mohammed@otaibi")), QStringList { m_older }); // the loser's e-mail
    QCOMPARE(idsFound(QStringLiteral("Mohammed Al-Otaibi")), QStringList { m_older }); // the name that won

    OMNICRM_VERIFY_OK(m_service->undo(outcome->mergeId));
    QCOMPARE(idsFound(QStringLiteral("0555123456")), both);
    QCOMPARE(idsFound(QStringLiteral("mohammed@otaibi")), QStringList { m_newer });
}

void tst_MergeService::mergesCompaniesWithTheirContacts()
{
    CompanyDraft first;
    first.name = QStringLiteral(u"شركة النخبة للتجارة");
    first.phone = QStringLiteral("0112345678");
    first.city = QStringLiteral(u"الرياض");
    const auto a = m_fixture->companies().create(first);
    OMNICRM_VERIFY_OK(a);
    CompanyDraft second;
    second.name = QStringLiteral("Al Nokhba Trading Co.");
    const auto b = m_fixture->companies().create(second);
    OMNICRM_VERIFY_OK(b);
    ContactDraft employee;
    employee.fullName = QStringLiteral(u"سارة الحربي");
    employee.companyId = *b;
    const QString employeeId = createContact(employee);

    const auto outcome = m_service->merge(MergeKind::Company, *a, *b);
    OMNICRM_VERIFY_OK(outcome);
    QCOMPARE(outcome->survivorId, *a);
    QCOMPARE(m_contacts->find(employeeId)->companyId, *a);
    QVERIFY(!m_companies->find(*b)->meta.isAlive());
    OMNICRM_VERIFY_OK(m_service->undo(outcome->mergeId));
    QCOMPARE(m_contacts->find(employeeId)->companyId, *b);
    QVERIFY(m_companies->find(*b)->meta.isAlive());
}

void tst_MergeService::reviewQueueRemembersDismissalAndAutoMergeNeedsPermission()
{
    createPair();
    ContactDraft other;
    other.fullName = QStringLiteral(u"نورة الشهري");
    other.phones = { { QStringLiteral("0533334444") } };
    createContact(other);

    QCOMPARE(*m_service->autoMergeAllowed(), false);
    auto scan = m_service->findDuplicates(MergeKind::Contact, 0.5, 0.5);
    OMNICRM_VERIFY_OK(scan);
    QCOMPARE(scan->records, 3);
    QVERIFY(scan->autoMerged.isEmpty()); // not allowed by default
    auto queue = m_service->reviewQueue(MergeKind::Contact);
    OMNICRM_VERIFY_OK(queue);
    QCOMPARE(queue->size(), 1);
    const DuplicateCandidate candidate = queue->first();
    QCOMPARE(QSet<QString>({ candidate.recordA, candidate.recordB }), QSet<QString>({ m_older, m_newer }));
    QCOMPARE(m_fixture.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE tbl = 'dedupe_review'")), 1);

    OMNICRM_VERIFY_OK(m_service->dismiss(candidate.id));
    OMNICRM_VERIFY_OK(m_service->setAutoMerge(true));
    scan = m_service->findDuplicates(MergeKind::Contact, 0.5, 0.5);
    OMNICRM_VERIFY_OK(scan);
    QVERIFY(scan->autoMerged.isEmpty()); // dismissed pairs are never merged automatically
    QCOMPARE(m_service->reviewQueue(MergeKind::Contact)->size(), 0);

    // A new duplicate with auto-merge allowed is merged by the scan.
    ContactDraft again;
    again.fullName = QStringLiteral("Noura Al Shehri");
    again.phones = { { QStringLiteral("+966533334444") } };
    createContact(again);
    scan = m_service->findDuplicates(MergeKind::Contact, 0.5, 0.5);
    OMNICRM_VERIFY_OK(scan);
    QCOMPARE(scan->autoMerged.size(), 1);
    QCOMPARE(*m_contacts->countAlive(), 3);
}

void tst_MergeService::refusesBadMerges()
{
    createPair();
    QCOMPARE(m_service->merge(MergeKind::Contact, m_older, m_older).error().code, ErrorCode::InvalidArgument);
    QCOMPARE(m_service->merge(MergeKind::Contact, m_older, QStringLiteral("no-such-id")).error().code,
             ErrorCode::NotFound);
    const qint64 pending = m_fixture.pending();
    OMNICRM_VERIFY_OK(m_service->merge(MergeKind::Contact, m_older, m_newer));
    QCOMPARE(m_service->merge(MergeKind::Contact, m_older, m_newer).error().code, ErrorCode::Conflict);
    QVERIFY(m_fixture.pending() > pending);
}

QTEST_GUILESS_MAIN(tst_MergeService)
#include "tst_mergeservice.moc"
