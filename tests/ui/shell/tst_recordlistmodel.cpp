// RecordListModel pages a real store by keyset through the reader thread: the first chunk comes
// on its own, more come as a view asks, a changed filter drops replies to the old one, and the
// model obeys QAbstractItemModelTester throughout.
#include "recordlistmodel.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace OmniCrm;
using OmniCrm::Test::why;

namespace {

/// Contacts by name, or search hits when filtered: the smallest source a list page would have.
class ContactNames final : public ListSource
{
public:
    RecordKind kind() const override { return RecordKind::Contact; }
    QStringList headers() const override { return { QStringLiteral("Name"), QStringLiteral("City") }; }
    Result<ListChunk> fetch(CrmStore &store, const ListQuery &query, const QString &cursor,
                            int limit) const override
    {
        ListChunk chunk;
        if (!query.filterText.isEmpty()) {
            auto found = store.search().search(query.filterText, limit, { RecordKind::Contact });
            if (!found)
                return found.error();
            for (const auto &hit : *found)
                chunk.rows.append({ hit.id, { hit.title, QString() } });
            return chunk;
        }
        auto page = store.contacts().page(Cursor::decode(cursor), limit);
        if (!page)
            return page.error();
        for (const auto &row : page->rows)
            chunk.rows.append({ row.id, { row.fullName, row.city } });
        chunk.nextCursor = page->nextCursor;
        return chunk;
    }
};

} // namespace

class tst_RecordListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { m_fixture.reset(); }
    void firstChunkThenMoreOnDemand();
    void filterReplacesRowsAndDropsStaleReplies();
    void refreshKeepsLoadedRowCount();
    void staysConsistentUnderModelTester();

private:
    void addContacts(int count);
    Test::UiStoreFixture m_fixture;
};

void tst_RecordListModel::init()
{
    const QString failed = m_fixture.create();
    QVERIFY2(failed.isEmpty(), why(failed));
}

void tst_RecordListModel::addContacts(int count)
{
    for (int i = 0; i < count; ++i) {
        ContactDraft draft;
        draft.fullName = QStringLiteral("عميل %1").arg(i, 4, 10, QLatin1Char('0'));
        draft.city = i % 2 ? QStringLiteral("الرياض") : QStringLiteral("Jeddah");
        auto id = m_fixture.store().contacts().create(draft);
        QVERIFY2(id.ok(), why(id));
    }
}

void tst_RecordListModel::firstChunkThenMoreOnDemand()
{
    addContacts(RecordListModel::kChunk + 50);
    RecordListModel model(m_fixture.reader(), std::make_shared<ContactNames>());
    QSignalSpy loaded(&model, &RecordListModel::chunkLoaded);

    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QVERIFY(loaded.wait());
    QCOMPARE(model.rowCount(), RecordListModel::kChunk);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("عميل 0000"));
    QVERIFY(!model.idAt(0).isEmpty());
    QCOMPARE(model.index(0, 0).data(RecordListModel::IdRole).toString(), model.idAt(0));

    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QVERIFY(!model.canFetchMore({})); // one request at a time
    QVERIFY(loaded.wait());
    QCOMPARE(model.rowCount(), RecordListModel::kChunk + 50);
    QCOMPARE(model.index(model.rowCount() - 1, 0).data().toString(), QStringLiteral("عميل 0249"));
    QVERIFY(!model.canFetchMore({}));
}

void tst_RecordListModel::filterReplacesRowsAndDropsStaleReplies()
{
    addContacts(30);
    RecordListModel model(m_fixture.reader(), std::make_shared<ContactNames>());
    QSignalSpy loaded(&model, &RecordListModel::chunkLoaded);
    model.fetchMore({});
    QVERIFY(loaded.wait());
    QCOMPARE(model.rowCount(), 30);

    // Two filters in a row: only the answer to the second may land.
    model.setFilterText(QStringLiteral("nothing-like-this"));
    model.setFilterText(QStringLiteral("عميل 0007"));
    QVERIFY(loaded.wait());
    m_fixture.reader().drain();
    QCoreApplication::processEvents();
    QCOMPARE(loaded.count(), 2);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("عميل 0007"));
}

void tst_RecordListModel::refreshKeepsLoadedRowCount()
{
    addContacts(RecordListModel::kChunk + 10);
    RecordListModel model(m_fixture.reader(), std::make_shared<ContactNames>());
    QSignalSpy loaded(&model, &RecordListModel::chunkLoaded);
    model.fetchMore({});
    QVERIFY(loaded.wait());
    model.fetchMore({});
    QVERIFY(loaded.wait());
    QCOMPARE(model.rowCount(), RecordListModel::kChunk + 10);

    const QString first = model.idAt(0);
    QVERIFY(m_fixture.store().contacts().remove(first));
    model.refresh();
    QVERIFY(loaded.wait());
    QCOMPARE(model.rowCount(), RecordListModel::kChunk + 9);
    QCOMPARE(model.rowOf(first), -1);
}

void tst_RecordListModel::staysConsistentUnderModelTester()
{
    // The tester fetches more on its own at every reset and insert, so it walks the whole list.
    addContacts(2 * RecordListModel::kChunk + 5);
    RecordListModel model(m_fixture.reader(), std::make_shared<ContactNames>());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model.rowCount(), 2 * RecordListModel::kChunk + 5);
    QVERIFY(!model.canFetchMore({}));

    model.setFilterText(QStringLiteral("عميل 0042"));
    QTRY_COMPARE(model.rowCount(), 1);
    model.setFilterText({});
    QTRY_COMPARE(model.rowCount(), 2 * RecordListModel::kChunk + 5);
    model.refresh();
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 2 * RecordListModel::kChunk + 5);
}

QTEST_MAIN(tst_RecordListModel)
#include "tst_recordlistmodel.moc"
