// Proves the contact list's keyset paging (through ContactService::page, which is the
// repository's page): every live contact exactly once, in (sort key, rowid) order, deleted rows
// skipped, equal sort keys tie-broken by rowid, and cursors that only this build could write.
#include "crmstore.h"
#include "crmtestsupport.h"
#include "validation.h"

#include <QSet>
#include <QTest>

using namespace OmniCrm;
using namespace Qt::StringLiterals;
using OmniCrm::Test::why;

class tst_ContactRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_fx.close(); }

    void pagingVisitsEveryLiveContactOnceInOrder_data();
    void pagingVisitsEveryLiveContactOnceInOrder();
    void equalSortKeysPageByRowId();
    void cursorSurvivesDeletionOfItsRow();
    void emptySortKeysPage();
    void renameMovesTheRow();
    void cursorRoundTrips();
    void invalidCursorIsRejected_data();
    void invalidCursorIsRejected();
    void findLoadsChildrenAndMissingIsNotFound();
    void forEachLoadsTheChildrenFindDoes();

private:
    /// Inserts `count` contacts in one unit of work; returns their ids in insertion order.
    QStringList insertContacts(int count);
    /// Walks every page; fails the test on a repeat or an error.
    QList<ContactRow> walk(int pageSize, int *pages = nullptr);

    Test::StoreFixture m_fx;
};

void tst_ContactRepository::init()
{
    const QString failure = m_fx.create();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

QStringList tst_ContactRepository::insertContacts(int count)
{
    // Names repeat on purpose (and أحمد/احمد fold to one key), so many rows share a sort key.
    const QStringList first { u"أحمد"_s, u"احمد"_s, u"محمد"_s, u"فاطمة"_s, u"فاطمه"_s,  u"Sara"_s,
                              u"sara"_s, u"خالد"_s, u"نورة"_s, u"Omar"_s,  u"عبدالله"_s };
    QStringList ids;
    UnitOfWork work(m_fx->changeLog());
    if (!work.began().ok())
        return ids;
    for (int i = 0; i < count; ++i) {
        ContactDraft draft;
        draft.fullName = first.at(i % first.size()) + u' ' + QString::number(i % 37);
        auto contact = m_fx->contacts().validate(draft);
        if (!contact)
            return {};
        auto rowId = m_fx->contacts().insert(*contact, {}, {}, work);
        if (!rowId)
            return {};
        ids.append(contact->meta.id);
    }
    if (!work.commit().ok())
        return {};
    return ids;
}

QList<ContactRow> tst_ContactRepository::walk(int pageSize, int *pages)
{
    QList<ContactRow> rows;
    QSet<QString> seen;
    std::optional<Cursor> cursor;
    int count = 0;
    while (true) {
        auto page = m_fx->contacts().page(cursor, pageSize);
        if (!page) {
            qWarning("page failed: %s", why(page));
            return {};
        }
        ++count;
        if (page->rows.size() > pageSize) {
            qWarning("page larger than its limit");
            return {};
        }
        for (const ContactRow &row : page->rows) {
            if (seen.contains(row.id)) {
                qWarning("row %s repeated", qPrintable(row.id));
                return {};
            }
            seen.insert(row.id);
            rows.append(row);
        }
        if (page->nextCursor.isEmpty())
            break;
        if (page->rows.size() != pageSize) {
            qWarning("a page before the last is not full");
            return {};
        }
        cursor = Cursor::decode(page->nextCursor);
        if (!cursor) {
            qWarning("the store wrote a cursor it cannot read");
            return {};
        }
    }
    if (pages)
        *pages = count;
    return rows;
}

void tst_ContactRepository::pagingVisitsEveryLiveContactOnceInOrder_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::newRow("50") << 50;
    QTest::newRow("7") << 7;
    QTest::newRow("one-page") << 1000;
    QTest::newRow("divides-evenly") << 857; // 1000 minus 143 deleted: the last page is full
}

void tst_ContactRepository::pagingVisitsEveryLiveContactOnceInOrder()
{
    QFETCH(int, pageSize);
    constexpr int kCount = 1000;
    const QStringList ids = insertContacts(kCount);
    QCOMPARE(ids.size(), kCount);

    // Delete every seventh contact: the list must skip them.
    QSet<QString> live(ids.begin(), ids.end());
    for (int i = 0; i < ids.size(); i += 7) {
        OMNICRM_VERIFY_OK(m_fx->contacts().remove(ids.at(i)));
        live.remove(ids.at(i));
    }
    QCOMPARE(m_fx->stats()->contacts, qint64(live.size()));

    int pages = 0;
    const QList<ContactRow> rows = walk(pageSize, &pages);
    QCOMPARE(rows.size(), live.size());
    QCOMPARE(pages, int((live.size() + pageSize - 1) / pageSize));
    QSet<QString> visited;
    for (const ContactRow &row : rows)
        visited.insert(row.id);
    QCOMPARE(visited, live);

    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QString previousKey = sortKeyFor(rows.at(i - 1).fullName);
        const QString key = sortKeyFor(rows.at(i).fullName);
        const bool ordered
            = previousKey < key || (previousKey == key && rows.at(i - 1).rowId < rows.at(i).rowId);
        QVERIFY2(ordered,
                 qPrintable(u"row %1 (%2) is out of order after %3"_s.arg(i).arg(rows.at(i).fullName,
                                                                                 rows.at(i - 1).fullName)));
    }
}

void tst_ContactRepository::equalSortKeysPageByRowId()
{
    // Twelve contacts with one folded name (three spellings), paged two at a time: every page
    // boundary falls inside a run of equal keys, so only the rowid tie-break can resume it.
    const QStringList spellings { u"أحمد"_s, u"احمد"_s, u"أحْمَد"_s };
    QStringList ids;
    for (int i = 0; i < 12; ++i) {
        ContactDraft draft;
        draft.fullName = spellings.at(i % spellings.size());
        auto id = m_fx->contacts().create(draft);
        QVERIFY2(id.ok(), why(id));
        ids.append(*id);
    }
    int pages = 0;
    const QList<ContactRow> rows = walk(2, &pages);
    QCOMPARE(rows.size(), 12);
    QCOMPARE(pages, 6);
    QStringList visited;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        visited.append(rows.at(i).id);
        if (i > 0)
            QVERIFY(rows.at(i - 1).rowId < rows.at(i).rowId);
    }
    QCOMPARE(visited, ids); // same key, so insertion (rowid) order
}

void tst_ContactRepository::cursorSurvivesDeletionOfItsRow()
{
    const QStringList ids = insertContacts(30);
    QCOMPARE(ids.size(), 30);
    auto first = m_fx->contacts().page(std::nullopt, 10);
    QVERIFY2(first.ok(), why(first));
    QCOMPARE(first->rows.size(), 10);
    QVERIFY(!first->nextCursor.isEmpty());

    // The row the cursor points at is deleted before the next page is asked for.
    OMNICRM_VERIFY_OK(m_fx->contacts().remove(first->rows.last().id));
    auto cursor = Cursor::decode(first->nextCursor);
    QVERIFY(cursor);
    auto second = m_fx->contacts().page(cursor, 100);
    QVERIFY2(second.ok(), why(second));
    QCOMPARE(second->rows.size(), 20);
    QVERIFY(second->nextCursor.isEmpty());
    for (const ContactRow &row : second->rows) {
        for (const ContactRow &earlier : first->rows)
            QVERIFY(row.id != earlier.id);
    }
}

void tst_ContactRepository::emptySortKeysPage()
{
    // Names that fold to nothing (only tatweel or harakat) give an empty sort key; a cursor on
    // such a row must still resume the list.
    QStringList ids;
    for (const QString &name : { u"ـــ"_s, u"بدر"_s, u"َُ"_s, u"ـ"_s, u"Zaid"_s }) {
        ContactDraft draft;
        draft.fullName = name;
        auto id = m_fx->contacts().create(draft);
        QVERIFY2(id.ok(), why(id));
        ids.append(*id);
    }
    const QList<ContactRow> rows = walk(1);
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.at(0).id, ids.at(0));
    QCOMPARE(rows.at(1).id, ids.at(2));
    QCOMPARE(rows.at(2).id, ids.at(3));
    QCOMPARE(rows.at(3).id, ids.at(4)); // "zaid" sorts before Arabic letters
    QCOMPARE(rows.at(4).id, ids.at(1));
}

void tst_ContactRepository::renameMovesTheRow()
{
    QStringList ids;
    for (const QString &name : { u"أمل"_s, u"باسل"_s, u"تالا"_s }) {
        ContactDraft draft;
        draft.fullName = name;
        auto id = m_fx->contacts().create(draft);
        QVERIFY2(id.ok(), why(id));
        ids.append(*id);
    }
    ContactDraft renamed;
    renamed.fullName = u"يوسف"_s;
    OMNICRM_VERIFY_OK(m_fx->contacts().update(ids.at(0), renamed));
    const QList<ContactRow> rows = walk(2);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).id, ids.at(1));
    QCOMPARE(rows.at(1).id, ids.at(2));
    QCOMPARE(rows.at(2).id, ids.at(0));
    QCOMPARE(rows.at(2).fullName, u"يوسف"_s);
}

void tst_ContactRepository::cursorRoundTrips()
{
    const Cursor cursor { u"عبد الله 12"_s, 4242 };
    const auto decoded = Cursor::decode(cursor.encode());
    QVERIFY(decoded);
    QCOMPARE(decoded->sortKey, cursor.sortKey);
    QCOMPARE(decoded->rowId, cursor.rowId);

    const Cursor empty { QString(), 1 };
    QVERIFY(Cursor::decode(empty.encode()));
    QCOMPARE(Cursor::decode(empty.encode())->sortKey, QString());
}

void tst_ContactRepository::invalidCursorIsRejected_data()
{
    const auto b64 = [](const QByteArray &raw) {
        return QString::fromLatin1(
            raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("not-base64") << u"this is not a cursor!"_s;
    QTest::newRow("arabic") << u"مؤشر"_s;
    QTest::newRow("no-separator") << b64("12345");
    QTest::newRow("zero-rowid") << b64("0\x1f"
                                       "abc");
    QTest::newRow("negative-rowid") << b64("-3\x1f"
                                           "abc");
    QTest::newRow("letters-rowid") << b64("12a\x1f"
                                          "abc");
    QTest::newRow("empty-rowid") << b64("\x1f"
                                        "abc");
}

void tst_ContactRepository::invalidCursorIsRejected()
{
    QFETCH(QString, text);
    QVERIFY(!Cursor::decode(text).has_value());
}

void tst_ContactRepository::findLoadsChildrenAndMissingIsNotFound()
{
    ContactDraft draft;
    draft.fullName = u"ليلى"_s;
    draft.phones = { PhoneDraft { u"0555123456"_s } };
    draft.emails = { u"layla@example.com"_s, u"l2@example.com"_s };
    auto id = m_fx->contacts().create(draft);
    QVERIFY2(id.ok(), why(id));
    auto contact = m_fx->contacts().find(*id);
    QVERIFY2(contact.ok(), why(contact));
    QCOMPARE(contact->phones.size(), 1);
    QCOMPARE(contact->emails.size(), 2);
    QVERIFY(contact->emails.at(0).isPrimary);
    QVERIFY(!contact->emails.at(1).isPrimary);

    auto page = m_fx->contacts().page(std::nullopt, 5);
    QVERIFY2(page.ok(), why(page));
    QCOMPARE(page->rows.size(), 1);
    QCOMPARE(page->rows.at(0).primaryPhone, u"+966555123456"_s);
    QCOMPARE(page->rows.at(0).primaryEmail, u"layla@example.com"_s);
    QVERIFY(page->nextCursor.isEmpty());

    auto missing = m_fx->contacts().find(u"0190f0b8-0000-7000-8000-000000000000"_s);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

void tst_ContactRepository::forEachLoadsTheChildrenFindDoes()
{
    // More contacts than one batch of forEach's children holds, with none, one or several phones
    // and e-mails each: every live contact comes once, in list order, with the phones and e-mails
    // (in their order) that find() gives it; a deleted contact's do not leak into another's.
    constexpr int kCount = 450;
    QStringList ids;
    for (int i = 0; i < kCount; ++i) {
        ContactDraft draft;
        draft.fullName = u"عميل "_s + QString::number(i);
        for (int p = 0; p < i % 3; ++p)
            draft.phones.append(PhoneDraft { u"05%1"_s.arg(50000000 + i * 10 + p) });
        for (int e = 0; e < i % 4; ++e)
            draft.emails.append(u"c%1.%2@example.com"_s.arg(i).arg(e));
        auto id = m_fx->contacts().create(draft);
        QVERIFY2(id.ok(), why(id));
        ids.append(*id);
    }
    QVERIFY(m_fx->contacts().remove(ids.at(7)).ok());

    QList<Contact> visited;
    const Status walked = m_fx->contactRepository().forEach([&](const Contact &contact) {
        visited.append(contact);
        return true;
    });
    QVERIFY2(walked.ok(), why(walked));
    QCOMPARE(visited.size(), kCount - 1);
    const QList<ContactRow> listed = walk(500);
    QCOMPARE(listed.size(), visited.size());
    for (qsizetype i = 0; i < visited.size(); ++i) {
        const Contact &contact = visited.at(i);
        QCOMPARE(contact.meta.id, listed.at(i).id);
        auto found = m_fx->contacts().find(contact.meta.id);
        QVERIFY2(found.ok(), why(found));
        QCOMPARE(contact.phones.size(), found->phones.size());
        for (qsizetype p = 0; p < contact.phones.size(); ++p)
            QCOMPARE(contact.phones.at(p).e164, found->phones.at(p).e164);
        QCOMPARE(contact.emails.size(), found->emails.size());
        for (qsizetype e = 0; e < contact.emails.size(); ++e)
            QCOMPARE(contact.emails.at(e).email, found->emails.at(e).email);
    }

    int seen = 0; // a visit that says stop is the last
    QVERIFY(m_fx->contactRepository().forEach([&](const Contact &) { return ++seen < 250; }).ok());
    QCOMPARE(seen, 250);
}

QTEST_GUILESS_MAIN(tst_ContactRepository)
#include "tst_contactrepository.moc"
